"""Rencana distribusi: a province's moves from plenty to short, units before and after, the request to the centre;
the moves, the units and every province's request in tabs."""

from dashboard import metrics, present
from dashboard.ui import sections, shell, state, widgets

shell.route_through_app()

selection, settings = widgets.page_top("rencana.title")
sections.rencana.intro(settings)

# Every province's plan: the national request is their sum (the page says so under the table).
national = state.cached(metrics.national_plans, selection.as_of, settings=settings)
province = sections.rencana.province_of(selection, national)
plan = state.cached(metrics.province_plan, province, selection.as_of, settings=settings)
if not present.rencana.has_data(plan):
    widgets.no_data("rencana.no_data", selection)
sections.rencana.plan_section(plan, selection, national)
