"""Laju pemakaian: use over time, burn and days of cover per region, stock-out dates, requests, use vs transfers."""

import streamlit as st

from dashboard import fmt, metrics, present
from dashboard.text import t
from dashboard.ui import widgets
from dashboard.ui.sections import laju as view
from dashboard.ui.shell import route_through_app
from dashboard.ui.sidebar import current
from dashboard.ui.state import cached, current_settings

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

selection = current()
settings = current_settings()
region, as_of = selection.region, selection.as_of
st.title(t("laju.title"))
st.caption(selection.caption())
st.caption(t("laju.intro"))

report = cached(metrics.region_report, region, as_of, settings=settings)
if not present.laju.has_stock_data(report):
    st.info(t("laju.no_data", name=selection.name, date=fmt.date(as_of)))
    st.stop()
widgets.tiles(present.laju.tiles(report))
stem = widgets.file_stem("laju", region, as_of)

st.subheader(t("laju.series.heading"))
freq = view.pick_freq()
usage = cached(metrics.stock_series, region, "blangko", end=as_of, freq=freq)
view.series_section(usage, freq, as_of, stem)

view.cover_section(cached(metrics.region_table, region, as_of, settings=settings), settings, stem)
view.timeline_section(cached(metrics.stockout_timeline, region, as_of, settings=settings), as_of, stem)
view.requests_section(cached(metrics.units_in, region, as_of, settings=settings), settings, stem)

st.subheader(t("laju.transfers.heading"))
days = view.pick_window()
view.transfers_section(cached(metrics.consumption_by_region, region, as_of, days), days, as_of, stem)
