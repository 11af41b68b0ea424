"""The briefing's tables as display frames (Indonesian labels + exports kinds): the PDF and the Excel share them."""

from __future__ import annotations

import math

import polars as pl

from dashboard import fmt, present
from dashboard.briefing import figures
from dashboard.briefing import sentences as text
from dashboard.briefing.content import Content
from dashboard.metrics import catalog_label
from dashboard.text import t

Display = present.tables.Table

# Which item is short (short_items) and since when / until when; requests of ribbon and film are in the workbook.
ACTIONS = ("region_code", "name", "status", "short_items", "stock", "stockout_when", "suggested_request", "prr",
           "notes")
ACTIONS_SHEET = ("region_code", "name", "level", "status", "short_items", "stock", "days_of_cover",
                 "printable_days_of_cover", "stockout_since", "stockout_date", "suggested_request", "ribbon_request",
                 "film_request", "prr", "notes")
STATUS_CHANGES = ("region_code", "name", "status_before", "status", "stock_before", "stock", "days_of_cover")
REGIONS = ("region_code", "name", "level", "units_at_risk", "units_habis", "units_kritis", "units_total", "status",
           "stock", "burn_rate_per_day", "days_of_cover", "stockout_date", "stockout_since", "amc", "months_of_stock",
           "suggested_request", "ribbon_stock", "ribbon_days_of_cover", "ribbon_status", "ribbon_request",
           "film_stock", "film_days_of_cover", "film_status", "film_request", "printable_cards", "binding_constraint",
           "wajib_ktp", "sudah_rekam", "coverage_pct", "coverage_gap_persons", "prr", "units_below_prr", "notes",
           "last_report")
QUALITY = ("region_code", "name", "month", "state")
COMPLETENESS = ("month", "expected", ("reported", "on_time"), "late", "missing", "rate_pct")


def _prr_note(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(present.tables.notes(frame, (("stock_below_prr", "note.stock_below_prr"),)))


def _actions(c: Content) -> pl.DataFrame:
    return present.ringkasan.with_short_items(present.ringkasan.stockout_when(_prr_note(c.actions)))


def actions(c: Content) -> Display:
    return present.tables.display(_actions(c), ACTIONS)


def actions_sheet(c: Content) -> Display:
    """The workbook's action sheet: the page's columns, typed (dates as dates), with ribbon and film to send."""
    return present.tables.display(_actions(c), ACTIONS_SHEET)


def status_changes(c: Content) -> Display:
    return present.tables.display(c.status_changes, STATUS_CHANGES)


def regions(c: Content) -> Display:
    return present.tables.display(_prr_note(c.table), REGIONS)


def quality_rows(c: Content) -> Display:
    """Every late or missing unit-month (the Excel sheet); the PDF shows quality_by_unit instead."""
    rows = pl.concat([c.problems["missing"], c.problems["late"]], how="diagonal_relaxed").sort("region_code", "month")
    return present.tables.display(rows, QUALITY)


def quality_by_unit(c: Content) -> pl.DataFrame:
    """One text row per unit with missing or late months ('Okt 2023, Nov 2023'), most missing first."""
    def months(state: str) -> pl.DataFrame:
        rows = c.problems[state].sort("month")
        return rows.group_by("region_code", "name", maintain_order=True).agg(
            pl.col("month").alias(state), pl.len().alias(f"n_{state}"))
    joined = months("missing").join(months("late"), on=["region_code", "name"], how="full", coalesce=True)
    joined = joined.with_columns(pl.col("n_missing", "n_late").fill_null(0)).sort(
        ["n_missing", "n_late", "name"], descending=[True, True, False])
    listing = {state: [", ".join(fmt.month(m) for m in (v or [])) or fmt.EMPTY for v in joined[state].to_list()]
               for state in ("missing", "late")}
    region, missing, late = catalog_label("name"), t("briefing.col.missing_months"), t("briefing.col.late_months")
    return pl.DataFrame({region: joined["name"].to_list(), missing: listing["missing"], late: listing["late"]},
                        schema={region: pl.String, missing: pl.String, late: pl.String})


def completeness(c: Content) -> Display:
    return present.tables.display(c.problems["completeness_summary"], COMPLETENESS)


def _delta(now: object, before: object, kind: str) -> str:
    """'naik 1.200', 'turun 0,3 poin', 'tetap', '–' (a difference of the numbers as printed)."""
    if figures.is_missing(now) or figures.is_missing(before):
        return fmt.EMPTY
    if kind == "days":
        now, before = math.floor(now), math.floor(before)
    if kind == "date":
        diff = (now - before).days
        if diff == 0:
            return t("briefing.dir.same")
        return t("briefing.delta.later" if diff > 0 else "briefing.delta.earlier", n=fmt.number(abs(diff)))
    if kind == "rate":
        shown = figures.rate_text(now), figures.rate_text(before)
        return t("briefing.dir.same") if shown[0] == shown[1] else (
            f"{text.direction(now - before)} {figures.rate_text(abs(now - before))}")
    decimals = {"dec1": 1, "pct": 1}.get(kind, 0)
    diff = round(now, decimals) - round(before, decimals)
    if round(diff, decimals) == 0:
        return t("briefing.dir.same")
    unit = t("briefing.delta.points") if kind == "pct" else ""
    return f"{text.direction(diff)} {fmt.number(abs(diff), decimals)}{unit}"


def _cell(value: object, kind: str) -> str:
    # Days read "33 hari" and rates "1.292" as in the headline figures; the rest as in every table.
    if kind == "days":
        return fmt.days(value)
    return figures.rate_text(value) if kind == "rate" else present.exports.format_value(value, kind)


def changes(c: Content) -> pl.DataFrame:
    """Last week against this week, every cell as printed (text): the PDF table and the 'Perubahan' sheet."""
    now, before = c.report, c.previous
    rows = [
        (t("briefing.fig.stock"), before["stock"], now["stock"], "int"),
        (t("briefing.row.use_week"), c.use_previous_week, c.use_week, "int"),
        (t("briefing.fig.burn"), before["burn_rate_per_day"], now["burn_rate_per_day"], "rate"),
        (t("briefing.fig.cover"), before["days_of_cover"], now["days_of_cover"], "days"),
        (t("briefing.fig.stockout"), before["stockout_date"], now["stockout_date"], "date"),
        (t("briefing.fig.coverage"), before["coverage_pct"], now["coverage_pct"], "pct"),
        (t("briefing.fig.prr"), before["prr"], now["prr"], "int"),
    ]
    cells = [(label, _cell(b, kind), _cell(a, kind), _delta(a, b, kind)) for label, b, a, kind in rows]
    columns = [t("briefing.col.measure"), t("briefing.col.last_week", date=fmt.date(c.week.previous)),
               t("briefing.col.this_week", date=fmt.date(c.as_of)), t("briefing.col.change")]
    return pl.DataFrame(cells, schema={col: pl.String for col in columns}, orient="row")


def headline(c: Content, sentences: dict[str, list[str]]) -> pl.DataFrame:
    """The 'Ringkasan' sheet: title lines, the headline figures and every sentence, as printed in the PDF."""
    fig, summ = t("briefing.sec.figures"), t("briefing.sec.summary")
    rows = [(summ, catalog_label("name"), f"{c.name} ({c.region})"), (summ, t("briefing.col.week"), c.week.label),
            (summ, t("briefing.col.data_until"), fmt.date(c.report["last_report"]))]
    rows += [(fig, label, value) for label, value in figures.figures(c)]
    rows += [(text.section_title(key, c), None, line) for key, lines in sentences.items() for line in lines]
    columns = [t("briefing.col.section"), t("briefing.col.measure"), t("briefing.col.value")]
    return pl.DataFrame(rows, schema={col: pl.String for col in columns}, orient="row")


def sheets(c: Content, sentences: dict[str, list[str]]) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    """Every Excel sheet (name -> display frame) and the kinds of their columns (labels agree across sheets)."""
    typed = {"briefing.sheet.actions": actions_sheet(c), "briefing.sheet.status_changes": status_changes(c),
             "briefing.sheet.quality": quality_rows(c), "briefing.sheet.completeness": completeness(c),
             "briefing.sheet.regions": regions(c)}
    out = {t("briefing.sheet.summary"): headline(c, sentences), t("briefing.sheet.changes"): changes(c)}
    kinds: dict[str, str] = {}
    for key, (frame, frame_kinds) in typed.items():
        out[t(key)] = frame
        kinds.update(frame_kinds)
    return out, kinds
