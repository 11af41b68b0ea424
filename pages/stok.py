"""Stok: blank stock per region, a map of status by province, stock over time, the status heat map and the table."""

import streamlit as st

from dashboard import metrics, present, regions
from dashboard.text import t
from dashboard.ui.sections import stok as view
from dashboard.ui.sections.ringkasan import chart, header, no_data
from dashboard.ui.shell import route_through_app
from dashboard.ui.sidebar import current
from dashboard.ui.state import cached, current_settings

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

selection = current()
settings = current_settings()
header("stok.title", selection)

table = cached(metrics.region_table, selection.region, selection.as_of, settings=settings)
if not present.stok.has_stock(table):
    no_data("stok.no_stock", selection)

st.subheader(t("stok.by_region"))
st.caption(view.children_caption(selection))
chart(present.charts.stok.region_stock_bars(table))
view.drill(table, selection)

st.subheader(t("stok.map"))
provinces = cached(metrics.region_table, regions.NATIONAL, selection.as_of, settings=settings)
extra = "" if selection.region == regions.NATIONAL else t("stok.map_extra_province", name=selection.name)
st.caption(t("stok.map_caption", extra=extra))
chart(present.charts.map.province_tile_map(provinces, value="stock"))

st.subheader(t("stok.over_time"))
freq = view.freq_picker()
stock = cached(metrics.stock_series, selection.region, end=selection.as_of, freq=freq)
st.caption(t("stok.series_caption", name=selection.name))
chart(present.charts.stok.stock_over_time(stock, freq))

st.subheader(t("stok.heatmap"))
st.caption(t("stok.heatmap_caption"))
matrix = cached(metrics.status_matrix, selection.region, selection.as_of, settings=settings)
chart(present.charts.stok.status_heatmap_chart(matrix))

view.table(table, selection)
