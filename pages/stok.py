"""Stok: blank stock per region, a map of status by province, stock over time, the status heat map and the table."""

import streamlit as st

from dashboard import metrics, present, regions
from dashboard.text import t
from dashboard.ui import sections, shell, sidebar, state, widgets

shell.route_through_app()

selection = sidebar.current()
settings = state.current_settings()
widgets.header("stok.title", selection)

table = state.cached(metrics.region_table, selection.region, selection.as_of, settings=settings)
if not present.stok.has_stock(table):
    widgets.no_data("stok.no_stock", selection)

st.subheader(t("stok.by_region"))
st.caption(sections.stok.children_caption(selection))
widgets.chart(present.charts.stok.region_stock_bars(table))
sections.stok.drill(table, selection)

st.subheader(t("stok.map"))
provinces = state.cached(metrics.region_table, regions.NATIONAL, selection.as_of, settings=settings)
extra = "" if selection.region == regions.NATIONAL else t("stok.map_extra_province", name=selection.name)
st.caption(t("stok.map_caption", extra=extra))
widgets.chart(present.charts.map.province_tile_map(provinces, value="stock"))

st.subheader(t("stok.over_time"))
freq = sections.stok.freq_picker()
stock = state.cached(metrics.stock_series, selection.region, end=selection.as_of, freq=freq)
st.caption(t("stok.series_caption", name=selection.name))
widgets.chart(present.charts.stok.stock_over_time(stock, freq))

st.subheader(t("stok.heatmap"))
st.caption(sections.stok.heatmap_caption(selection))
matrix = state.cached(metrics.status_matrix, selection.region, selection.as_of, settings=settings)
widgets.chart(present.charts.stok.status_heatmap_chart(matrix))

sections.stok.table(table, selection)
