"""Jemput bola sections: the plan's inputs (teams, recordings a day, target, first day), its tiles, the schedule,
pemula vs backlog, the blanks against the stock, and the Excel/PDF downloads of the plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl
import streamlit as st

from dashboard import briefing, fmt, metrics, present
from dashboard.domain import today_wib
from dashboard.settings import SPECS, Settings
from dashboard.text import t
from dashboard.ui import layout, number_text, widgets
from dashboard.ui.sidebar import Selection

TEAMS_KEY, PER_DAY_KEY, TARGET_KEY, START_KEY = "jb_teams", "jb_per_day", "jb_target", "jb_start"
_SPEC = {s.key: s for s in SPECS}
PHONE_CARDS = 15  # the first areas of the schedule as cards on a phone
CHART_AREAS = 30  # bars in the gap chart: a national plan lists every kab/kota (514 bars, 11.000 px)


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


def _target(year_target: float) -> float:
    """The target typed the Indonesian way ('99,2'; st.number_input printed '99.20'); a bad entry says why and the
    year's target stays in force."""
    default = number_text.shown(min(max(float(year_target), 1.0), 100.0), integer=False)
    label = t("outreach.input.target")
    raw = st.text_input(label, value=default, key=TARGET_KEY,
                        help=t("outreach.input.target_help", pct=fmt.exact_percent(year_target)))
    try:
        value = float(number_text.parse(raw, integer=False, label=label))
        problem = number_text.check_range(value, 1.0, 100.0, integer=False, label=label)
    except number_text.NumberTextError as exc:
        value, problem = float(year_target), str(exc)
    if problem:
        st.warning(problem, icon=":material/warning:")
        return float(year_target)
    return value


def inputs(settings: Settings, selection: Selection) -> Choice:
    """Teams and recordings a day (defaults from Pengaturan), the target (the year's) and the first working day."""
    year_target = settings.target_for(selection.as_of.year) if selection.as_of else settings.default_target_pct
    left, middle, right, last = st.columns(4)
    with left:
        teams = _count(t("outreach.input.teams"), TEAMS_KEY, "outreach_teams", settings.outreach_teams)
    with middle:
        per_day = _count(t("outreach.input.per_day"), PER_DAY_KEY, "outreach_per_day", settings.outreach_per_day)
    with right:
        target = _target(year_target)
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
    """The areas largest gap first, with their days and dates: a table, on a phone the first areas as cards (the
    whole schedule in the files)."""
    st.caption(t("outreach.schedule.help", capacity=fmt.number(plan.capacity)))
    table = present.jemput_bola.schedule_table(plan, start)
    stem = f"{present.jemput_bola.file_stem(plan)}_jadwal"
    if layout.is_phone():
        st.html(present.jemput_bola.schedule_cards(plan, start, PHONE_CARDS))
        shown = min(PHONE_CARDS, int((plan.areas["gap_persons"] > 0).sum()))
        if plan.areas.height > shown:
            st.caption(t("phone.more_rows", shown=fmt.number(shown), total=fmt.number(plan.areas.height)))
        widgets.downloads(*table, key="jemput_bola_jadwal", file_name=stem, sheet=t("outreach.sheet.schedule"))
    else:
        widgets.table(table, "jemput_bola_jadwal", stem, t("outreach.sheet.schedule"))
    if plan.without_data:
        with st.expander(t("outreach.without_data_heading", n=len(plan.without_data))):
            st.caption(t("outreach.without_data", n=len(plan.without_data),
                         names=", ".join(present.jemput_bola.without_data_names(plan))))


def gap_chart(plan: metrics.OutreachPlan) -> None:
    """The gap bars (pemula / backlog) of the areas with the largest gaps (a national plan has hundreds)."""
    areas = plan.areas.filter(pl.col("gap_persons") > 0).sort("rank")
    if areas.height > CHART_AREAS:
        st.caption(t("phone.top_chart", shown=CHART_AREAS, total=fmt.number(areas.height)))
    widgets.chart(present.charts.outreach.gap_bars(areas.head(CHART_AREAS)))


def pemula(plan: metrics.OutreachPlan) -> None:
    st.markdown(f"**{t('outreach.pemula.heading')}**")
    lines = present.jemput_bola.pemula_lines(plan)
    if plan.new_persons is None:
        st.info(lines[0], icon=":material/info:")
        lines = lines[1:]
    for line in lines:
        st.caption(line)


def blanks(plan: metrics.OutreachPlan) -> None:
    st.markdown(f"**{t('outreach.blanks.heading')}**")
    lines = present.jemput_bola.blank_lines(plan)
    if plan.blanks.shortfall:
        st.warning(lines[0], icon=":material/warning:")
    else:
        st.markdown(lines[0])
    for line in lines[1:]:
        st.caption(line)


def downloads(plan: metrics.OutreachPlan, start: dt.date) -> None:
    """The whole plan (summary + schedule) as Excel and as PDF, built when a button is pressed."""
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
