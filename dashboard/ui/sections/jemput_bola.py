"""Jemput bola sections: the plan's inputs (teams, recordings a day, target, first day), its tiles, the schedule,
pemula vs backlog, the blanks against the stock, and the Excel/PDF downloads of the plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from dashboard import briefing, fmt, metrics, present
from dashboard.domain import today_wib
from dashboard.settings import SPECS, Settings
from dashboard.text import t
from dashboard.ui import widgets
from dashboard.ui.sidebar import Selection

TEAMS_KEY, PER_DAY_KEY, TARGET_KEY, START_KEY = "jb_teams", "jb_per_day", "jb_target", "jb_start"
_SPEC = {s.key: s for s in SPECS}


@dataclass(frozen=True)
class Choice:
    """What the user set for this plan."""

    teams: int
    per_day: int
    target_pct: float | None
    start: dt.date


def _count(label: str, key: str, setting: str, current: int) -> int:
    spec = _SPEC[setting]
    value = min(max(int(current), int(spec.minimum)), int(spec.maximum))
    return int(st.number_input(label, min_value=int(spec.minimum), max_value=int(spec.maximum), value=value, step=1,
                               key=key, help=t("outreach.input.default_help", value=fmt.number(current))))


def inputs(settings: Settings, selection: Selection) -> Choice:
    """Teams and recordings a day (defaults from Pengaturan), the target (the year's) and the first working day."""
    year_target = settings.target_for(selection.as_of.year) if selection.as_of else settings.default_target_pct
    left, middle, right, last = st.columns(4)
    with left:
        teams = _count(t("outreach.input.teams"), TEAMS_KEY, "outreach_teams", settings.outreach_teams)
    with middle:
        per_day = _count(t("outreach.input.per_day"), PER_DAY_KEY, "outreach_per_day", settings.outreach_per_day)
    with right:
        target = st.number_input(t("outreach.input.target"), min_value=1.0, max_value=100.0,
                                 value=min(max(float(year_target), 1.0), 100.0), step=0.01, format="%.2f",
                                 key=TARGET_KEY,
                                 help=t("outreach.input.target_help", pct=fmt.exact_percent(year_target)))
    with last:
        start = st.date_input(t("outreach.input.start"), value=today_wib(), key=START_KEY, format="DD/MM/YYYY",
                              help=t("outreach.input.start_help"))
    return Choice(teams, per_day, round(float(target), 4), start if isinstance(start, dt.date) else today_wib())


def summary(plan: metrics.OutreachPlan, start: dt.date) -> None:
    widgets.tiles(present.jemput_bola.tiles(plan))
    end = present.jemput_bola.finish_date(plan, start)
    if end:
        st.caption(t("outreach.finish", areas=present.jemput_bola.area_count(plan), start=fmt.date(start),
                     end=fmt.date(end), capacity=t("outreach.tile.capacity", teams=plan.teams,
                                                   per_day=fmt.number(plan.per_day))))
    else:
        st.success(t("outreach.no_gap", target=fmt.exact_percent(plan.target_pct)))


def schedule(plan: metrics.OutreachPlan, start: dt.date) -> None:
    """The areas largest gap first, with their days and dates, and the gap bars (pemula / backlog)."""
    st.subheader(t("outreach.schedule.heading"))
    st.caption(t("outreach.schedule.help", capacity=fmt.number(plan.capacity)))
    widgets.table(present.jemput_bola.schedule_table(plan, start), "jemput_bola_jadwal",
                  f"{present.jemput_bola.file_stem(plan)}_jadwal", t("outreach.sheet.schedule"))
    widgets.chart(present.charts.outreach.gap_bars(plan.areas))
    if plan.without_data:
        with st.expander(t("outreach.without_data_heading", n=len(plan.without_data))):
            st.caption(t("outreach.without_data", n=len(plan.without_data),
                         names=", ".join(present.jemput_bola.without_data_names(plan))))


def pemula(plan: metrics.OutreachPlan) -> None:
    st.subheader(t("outreach.pemula.heading"))
    lines = present.jemput_bola.pemula_lines(plan)
    if plan.new_persons is None:
        st.info(lines[0], icon=":material/info:")
        lines = lines[1:]
    for line in lines:
        st.caption(line)


def blanks(plan: metrics.OutreachPlan) -> None:
    st.subheader(t("outreach.blanks.heading"))
    lines = present.jemput_bola.blank_lines(plan)
    if plan.blanks.shortfall:
        st.warning(lines[0], icon=":material/warning:")
    else:
        st.markdown(lines[0])
    for line in lines[1:]:
        st.caption(line)


def downloads(plan: metrics.OutreachPlan, start: dt.date) -> None:
    """The whole plan (summary + schedule) as Excel and as PDF, built when a button is pressed."""
    st.subheader(t("outreach.download.heading"))
    stem = present.jemput_bola.file_stem(plan)
    left, right, _ = st.columns([1, 1, 3])
    with left:
        st.download_button(t("outreach.download.xlsx"), data=lambda: present.jemput_bola.workbook(plan, start),
                           file_name=f"{stem}.xlsx", key="jemput_bola_xlsx", on_click="ignore",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           icon=":material/table_view:")
    with right:
        st.download_button(t("outreach.download.pdf"), data=lambda: briefing.outreach_pdf(plan, start),
                           file_name=f"{stem}.pdf", key="jemput_bola_pdf", on_click="ignore",
                           mime="application/pdf", icon=":material/picture_as_pdf:")
