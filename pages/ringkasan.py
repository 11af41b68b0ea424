"""Ringkasan: the region's headline row, the units that need action now (what to send from where), then the units
per status and the other figures in tabs."""

from dashboard import metrics, present
from dashboard.ui import sections, shell, state, widgets

shell.route_through_app()

selection, settings = widgets.page_top("ringkasan.title")

# Every figure is metrics' own (region_report / action_list / action_supply): the page only lays them out.
report = state.cached(metrics.region_report, selection.region, selection.as_of, settings=settings)
if not present.ringkasan.has_data(report):
    widgets.no_data("ringkasan.no_data", selection)
sections.ringkasan.headline(report, settings)

actions = state.cached(metrics.action_list, selection.region, selection.as_of, settings=settings)
supply = state.cached(metrics.action_supply, selection.region, selection.as_of, settings=settings)
sections.ringkasan.action_section(actions, supply, selection, settings)
sections.ringkasan.more_section(report, selection, settings)
