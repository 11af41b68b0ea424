"""Ringkasan: headline figures of the selected region, its units per status, and the units that need action now."""

import streamlit as st

from dashboard import metrics, present
from dashboard.ui import sections, shell, sidebar, state, widgets

shell.route_through_app()

selection = sidebar.current()
settings = state.current_settings()
widgets.header("ringkasan.title", selection)

# Every figure is metrics' own (region_report / status_counts / action_list): the page only lays them out.
report = state.cached(metrics.region_report, selection.region, selection.as_of, settings=settings)
if not present.ringkasan.has_data(report):
    widgets.no_data("ringkasan.no_data", selection)
widgets.cards(present.ringkasan.summary_cards(report, settings))
# How fresh the figures are: officials act on a stock-out date only if the reports behind it are recent.
st.caption(present.ringkasan.report_note(report, settings))

counts = state.cached(metrics.status_counts, selection.region, selection.as_of, settings=settings)
sections.ringkasan.status_section(counts, selection)

actions = state.cached(metrics.action_list, selection.region, selection.as_of, settings=settings)
sections.ringkasan.action_section(actions, selection, settings)
