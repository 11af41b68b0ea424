"""Ringkasan: headline figures of the selected region, its units per status, and the units that need action now."""

import streamlit as st

from dashboard import metrics, present
from dashboard.ui.sections import ringkasan as view
from dashboard.ui.shell import route_through_app
from dashboard.ui.sidebar import current
from dashboard.ui.state import cached, current_settings

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

selection = current()
settings = current_settings()
view.header("ringkasan.title", selection)

# Every figure is metrics' own (region_report / status_counts / action_list): the page only lays them out.
report = cached(metrics.region_report, selection.region, selection.as_of, settings=settings)
if not present.stok.has_data(report):
    view.no_data("ringkasan.no_data", selection)
view.cards(present.stok.summary_cards(report, settings))
# How fresh the figures are: officials act on a stock-out date only if the reports behind it are recent.
st.caption(present.stok.report_note(report, settings))

counts = cached(metrics.status_counts, selection.region, selection.as_of, settings=settings)
view.status_section(counts, selection)

actions = cached(metrics.action_list, selection.region, selection.as_of, settings=settings)
view.action_section(actions, selection, settings)
