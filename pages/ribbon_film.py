"""Ribbon & film: cards printable from ribbon and film against blank stock, which item binds, what is needed; the
chart and the table in tabs."""

import streamlit as st

from dashboard import fmt, metrics, present
from dashboard.text import t
from dashboard.ui import sections, shell, state, widgets

shell.route_through_app()

selection, settings = widgets.page_top("rf.title")
st.caption(t("rf.intro"))
# The yields turn ribbons and film rolls into cards; say which ones these numbers use.
st.caption(t("rf.yields", ribbon=fmt.number(settings.ribbon_yield), film=fmt.number(settings.film_yield)))

report = state.cached(metrics.region_report, selection.region, selection.as_of, settings=settings)
if not present.ribbon_film.has_items(report):
    widgets.no_data("rf.no_data", selection)
widgets.cards(present.ribbon_film.supply_cards(report))

table = state.cached(metrics.region_table, selection.region, selection.as_of, settings=settings)
sections.ribbon_film.binding_line(table)
chart_tab, table_tab = widgets.tabs([t("tab.chart"), t("tab.rf_table")], key="rf_tab")
if chart_tab.open:
    with chart_tab:
        sections.ribbon_film.binding_section(table)
if table_tab.open:
    with table_tab:
        sections.ribbon_film.table(table, selection)
