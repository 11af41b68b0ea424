"""Stok: blank stock per region (most urgent first), then in tabs the table, the units at risk per province (a map;
on a phone a ranked list), stock over time and the status per month (on a phone: units at risk per month)."""

import streamlit as st

from dashboard import metrics, present
from dashboard.text import t
from dashboard.ui import layout, sections, shell, state, widgets

shell.route_through_app()

selection, settings = widgets.page_top("stok.title")

table = state.cached(metrics.region_table, selection.region, selection.as_of, settings=settings)
if not present.stok.has_stock(table):
    widgets.no_data("stok.no_stock", selection)

st.subheader(t("stok.by_region"))
st.caption(sections.stok.children_caption(selection))
widgets.chart(present.charts.stok.region_stock_bars(table))
sections.stok.drill(table, selection)

# The secondary views, one at a time: only the open tab is computed (the heat map's twelve months are not cheap).
phone = layout.is_phone()
table_tab, risk_tab, time_tab, months_tab = widgets.tabs(
    [t("tab.table"), t("tab.risk_ranked") if phone else t("tab.map"), t("tab.over_time"),
     t("tab.risk_months") if phone else t("tab.heatmap")], key="stok_tab")
if table_tab.open:
    with table_tab:
        sections.stok.table(table, selection)
if risk_tab.open:
    with risk_tab:
        sections.stok.risk_section(selection, settings, phone)
if time_tab.open:
    with time_tab:
        sections.stok.over_time_section(selection)
if months_tab.open:
    with months_tab:
        sections.stok.months_section(selection, settings, phone)
