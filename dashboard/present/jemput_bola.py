"""Jemput bola display: the plan's tiles, schedule (with working-day dates), summary rows, the sentences on pemula and
blanks, and the Excel workbook. The screen, the Excel file and the PDF are all built from these frames and lines."""

from __future__ import annotations

import datetime as dt
import html

import polars as pl

from dashboard import fmt, metrics, regions
from dashboard.present.exports import to_xlsx_bytes
from dashboard.present.tables import Table, display
from dashboard.text import t

# The plan first (gap, its split, days and dates), then the figures it comes from.
_SCHEDULE = ("rank", ("code", "region_code"), "name", ("gap_persons", "coverage_gap_persons"), "new_persons",
             "backlog_persons", "first_day", "last_day", "start_date", "end_date", "coverage_pct", "wajib_ktp",
             "sudah_rekam", "wajib_ktp_growth", ("period_end", "coverage_end"))
SUMMARY = ("measure", "figure")


def schedule_columns(plan: metrics.OutreachPlan) -> tuple:
    """The schedule's columns; the area column is headed Kecamatan in a kab/kota's plan."""
    name = ("name", "kecamatan") if plan.area_level == "kecamatan" else "name"
    return tuple(name if c == "name" else c for c in _SCHEDULE)


def finish_date(plan: metrics.OutreachPlan, start: dt.date) -> dt.date | None:
    """The working day the last recordings are made (None without a gap)."""
    return metrics.outreach_workday(start, plan.days_needed) if plan.days_needed else None


def schedule_frame(plan: metrics.OutreachPlan, start: dt.date) -> pl.DataFrame:
    """The plan's areas with the dates of their first and last working day from start (Monday–Friday)."""
    def dates(column: str) -> pl.Series:
        days = plan.areas[column].to_list()
        return pl.Series([metrics.outreach_workday(start, d) if d else None for d in days], dtype=pl.Date)

    return plan.areas.with_columns(start_date=dates("first_day"), end_date=dates("last_day"))


def schedule_table(plan: metrics.OutreachPlan, start: dt.date) -> Table:
    return display(schedule_frame(plan, start), schedule_columns(plan))


def schedule_cards(plan: metrics.OutreachPlan, start: dt.date, limit: int) -> str:
    """The first `limit` areas of the schedule as phone cards (HTML, classes in ui/screen.css): rank and name, the
    gap with its split, and the working days with their dates."""
    rows = schedule_frame(plan, start).filter(pl.col("gap_persons") > 0).head(limit)
    cards = []
    for r in rows.iter_rows(named=True):
        split = (t("outreach.card.split", new=fmt.number(r["new_persons"]), backlog=fmt.number(r["backlog_persons"]))
                 if r["new_persons"] is not None else "")
        days = t("outreach.card.days", first=r["first_day"], last=r["last_day"], start=fmt.date(r["start_date"]),
                 end=fmt.date(r["end_date"]))
        cards.append(f'<div class="ektp-card"><div class="ektp-card-head"><b>{r["rank"]}. {html.escape(r["name"])}'
                     f'</b></div><div>{html.escape(t("outreach.card.gap", n=fmt.number(r["gap_persons"])))}'
                     f"{html.escape(split)}</div><div>{html.escape(days)}</div></div>")
    return f'<div class="ektp-cards">{"".join(cards)}</div>'


def _persons(value: int | None) -> str:
    return t("outreach.persons", n=fmt.number(value))


def _keping(value: int | None) -> str:
    return t("outreach.keping", n=fmt.number(value))


def tiles(plan: metrics.OutreachPlan) -> list[tuple[str, str, str | None]]:
    """(label, value, flag) of the headline tiles."""
    blanks = plan.blanks
    short = t("outreach.tile.short", n=fmt.number(blanks.shortfall)) if blanks.shortfall else None
    return [
        (t("outreach.tile.gap"), _persons(plan.gap_persons), None),
        (t("outreach.tile.days"), t("outreach.workdays", n=fmt.number(plan.days_needed)), None),
        (t("outreach.tile.blanks"), _keping(blanks.needed), short),
    ]


def area_count(plan: metrics.OutreachPlan) -> str:
    """'4 dari 5 kecamatan masih kurang' / '2 dari 3 kab/kota masih kurang', with those without data when any
    ('3 dari 4 kecamatan masih kurang (11 tanpa data)'): an area at or above the target is listed, not counted."""
    words = t(f"outreach.areas.{plan.area_level}", gap=fmt.number(plan.areas_with_gap),
              n=fmt.number(plan.areas.height))
    return t("outreach.areas.with_missing", areas=words, n=len(plan.without_data)) if plan.without_data else words


def summary_rows(plan: metrics.OutreachPlan, start: dt.date) -> list[tuple[str, str]]:
    """(what, figure) lines of the plan: the Ringkasan sheet, the PDF's figures and the page's summary table."""
    blanks = plan.blanks
    end = finish_date(plan, start)
    rows = [
        (t("outreach.sum.region"), f"{plan.name} ({plan.region})"),
        (t("outreach.sum.as_of"), fmt.date(plan.as_of)),
        (t("outreach.sum.target"), fmt.exact_percent(plan.target_pct)),
        (t("outreach.sum.areas"), area_count(plan)),
        (t("outreach.sum.gap"), _persons(plan.gap_persons)),
        (t("outreach.sum.new"), _persons(plan.new_persons) if plan.new_persons is not None else fmt.EMPTY),
        (t("outreach.sum.backlog"), _persons(plan.backlog_persons) if plan.backlog_persons is not None else fmt.EMPTY),
        (t("outreach.sum.unsplit"), _persons(plan.unsplit_persons)),
        (t("outreach.sum.capacity"), t("outreach.capacity", teams=plan.teams, per_day=fmt.number(plan.per_day),
                                       total=fmt.number(plan.capacity))),
        (t("outreach.sum.days"), t("outreach.workdays", n=fmt.number(plan.days_needed))),
        (t("outreach.sum.dates"), t("outreach.dates", start=fmt.date(start), end=fmt.date(end)) if end else fmt.EMPTY),
        (t("outreach.sum.growth"), _persons(plan.growth_per_semester) if plan.growth_per_semester is not None
         else fmt.EMPTY),
        (t("outreach.sum.keep_up"), t("outreach.workdays", n=fmt.number(plan.days_per_semester))
         if plan.days_per_semester is not None else fmt.EMPTY),
        (t("outreach.sum.blanks"), _keping(blanks.needed)),
        (t("outreach.sum.stock"), _keping(blanks.stock) if blanks.stock is not None else fmt.EMPTY),
        (t("outreach.sum.stock_after"), _keping(blanks.stock_after) if blanks.stock_after is not None else fmt.EMPTY),
        (t("outreach.sum.shortfall"), _keping(blanks.shortfall) if blanks.shortfall is not None else fmt.EMPTY),
        (t("outreach.sum.cover_now"), fmt.days(blanks.days_of_cover_now)),
        (t("outreach.sum.cover_after"), fmt.days(blanks.days_of_cover_after)),
    ]
    return rows


def summary_table(plan: metrics.OutreachPlan, start: dt.date) -> Table:
    frame = pl.DataFrame(summary_rows(plan, start), schema={"measure": pl.String, "figure": pl.String}, orient="row")
    return display(frame, SUMMARY)


def pemula_lines(plan: metrics.OutreachPlan) -> list[str]:
    """How much of the gap is new wajib KTP and how much backlog, how it is estimated, and what history lacks."""
    if plan.new_persons is None:
        return [t("outreach.pemula.no_history"), t("outreach.pemula.how")]
    lines = [t("outreach.pemula.split", gap=fmt.number(plan.gap_persons), new=fmt.number(plan.new_persons),
               backlog=fmt.number(plan.backlog_persons))]
    if plan.areas_without_history:
        lines.append(t("outreach.pemula.partial", n=plan.areas_without_history, unsplit=fmt.number(plan.unsplit_persons)))
    lines.append(t("outreach.pemula.growth", growth=fmt.number(plan.growth_per_semester),
                   days=fmt.number(plan.days_per_semester)))
    lines.append(t("outreach.pemula.how"))
    return lines


def blank_lines(plan: metrics.OutreachPlan) -> list[str]:
    """The blanks the outreach will use against the stock, the cover left after it, and how that is computed."""
    b = plan.blanks
    if b.stock is None:
        return [t("outreach.blanks.no_stock", needed=fmt.number(b.needed)), t("outreach.blanks.how")]
    key = "outreach.blanks.short" if b.shortfall else "outreach.blanks.enough"
    lines = [t(key, needed=fmt.number(b.needed), stock=fmt.number(b.stock), after=fmt.number(b.stock_after),
               short=fmt.number(b.shortfall))]
    if b.burn_rate_per_day:
        lines.append(t("outreach.blanks.cover", burn=fmt.rate(b.burn_rate_per_day), now=fmt.days(b.days_of_cover_now),
                       after=fmt.days(b.days_of_cover_after)))
    else:
        lines.append(t("outreach.blanks.no_burn"))
    lines.append(t("outreach.blanks.how"))
    return lines


def without_data_names(plan: metrics.OutreachPlan) -> list[str]:
    return [f"{regions.get(c).name} ({c})" if regions.get(c) else c for c in plan.without_data]


def file_stem(plan: metrics.OutreachPlan) -> str:
    """'jemput_bola_52.08_2024-03-31'."""
    return f"jemput_bola_{plan.region}_{plan.as_of.isoformat() if plan.as_of else 'terbaru'}"


def workbook(plan: metrics.OutreachPlan, start: dt.date) -> bytes:
    """The plan as Excel: a Ringkasan sheet (the summary rows) and a Jadwal sheet (the schedule as on screen)."""
    summary, summary_kinds = summary_table(plan, start)
    schedule, schedule_kinds = schedule_table(plan, start)
    return to_xlsx_bytes({t("outreach.sheet.summary"): summary, t("outreach.sheet.schedule"): schedule},
                         {**summary_kinds, **schedule_kinds})
