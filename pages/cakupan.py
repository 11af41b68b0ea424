"""Cakupan perekaman: coverage per region against the yearly target, gap in persons, trend, PRR against stock."""

import streamlit as st

from dashboard import fmt, metrics, present
from dashboard.text import t
from dashboard.ui import sections, shell, sidebar, state, widgets

shell.route_through_app()

selection = sidebar.current()
settings = state.current_settings()
region, as_of = selection.region, selection.as_of
st.title(t("cakupan.title"))
st.caption(selection.caption())
st.caption(t("cakupan.intro"))

report = state.cached(metrics.region_report, region, as_of, settings=settings)
if not present.cakupan.has_coverage_data(report):
    st.info(t("cakupan.no_data", name=selection.name, date=fmt.date(as_of)))
    st.stop()
widgets.tiles(present.cakupan.tiles(report))
stem = widgets.file_stem("cakupan", region, as_of)

table = state.cached(metrics.coverage_table, region, as_of, settings=settings)
over_units = state.cached(metrics.over_100_units, region, as_of, settings=settings)
sections.cakupan.regions_section(table, report, stem, over_units)
sections.cakupan.trend_section(state.cached(metrics.coverage_series, region, end=as_of, settings=settings), stem)
sections.cakupan.prr_section(table, state.cached(metrics.below_prr_units, region, as_of, settings=settings))
sections.cakupan_kecamatan.section(selection, settings)
