"""Cakupan perekaman: coverage per region against the yearly target, gap in persons, trend, PRR against stock."""

import streamlit as st

from dashboard import fmt, metrics, present
from dashboard.text import t
from dashboard.ui import widgets
from dashboard.ui.sections import cakupan as view
from dashboard.ui.shell import route_through_app
from dashboard.ui.sidebar import current
from dashboard.ui.state import cached, current_settings

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

selection = current()
settings = current_settings()
region, as_of = selection.region, selection.as_of
st.title(t("cakupan.title"))
st.caption(selection.caption())
st.caption(t("cakupan.intro"))

report = cached(metrics.region_report, region, as_of, settings=settings)
if not present.cakupan.has_coverage_data(report):
    st.info(t("cakupan.no_data", name=selection.name, date=fmt.date(as_of)))
    st.stop()
widgets.tiles(present.cakupan.tiles(report))
stem = widgets.file_stem("cakupan", region, as_of)

table = cached(metrics.coverage_table, region, as_of, settings=settings)
view.regions_section(table, report, stem)
view.trend_section(cached(metrics.coverage_series, region, end=as_of, settings=settings), stem)
view.prr_section(table)
