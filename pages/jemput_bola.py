"""Jemput bola: the outreach plan that closes the recording gap to the target, kecamatan by kecamatan; the schedule,
the gap chart and the pemula/blanks notes in tabs."""

import streamlit as st

from dashboard import metrics
from dashboard.text import t
from dashboard.ui import sections, shell, state, widgets

shell.route_through_app()

selection, settings = widgets.page_top("outreach.title")
st.caption(t("outreach.intro"))

choice = sections.jemput_bola.inputs(settings, selection)
plan = state.cached(metrics.outreach_plan, selection.region, selection.as_of, teams=choice.teams,
                    per_day=choice.per_day, target_pct=choice.target_pct, settings=settings)
if plan.problem:
    st.info(plan.problem, icon=":material/info:")
    st.stop()
sections.jemput_bola.summary(plan, choice.start)
sections.jemput_bola.downloads(plan, choice.start)
schedule_tab, chart_tab, notes_tab = widgets.tabs(
    [t("tab.schedule"), t("tab.gap_chart"), t("tab.pemula_blanks")], key="jemput_bola_tab")
if schedule_tab.open:
    with schedule_tab:
        sections.jemput_bola.schedule(plan, choice.start)
if chart_tab.open:
    with chart_tab:
        sections.jemput_bola.gap_chart(plan)
if notes_tab.open:
    with notes_tab:
        sections.jemput_bola.pemula(plan)
        sections.jemput_bola.blanks(plan)
