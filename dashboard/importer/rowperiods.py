"""Each data row's period, from wherever the sheet gives it: a date column (days, months, 'Semester II 2023'),
'SEMESTER' / 'TRIWULAN' / 'TAHUN' columns, a day-of-month column under a title month, or one period for all rows
(a period column header, the title rows, or the user's answer)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import polars as pl

from dashboard import fmt
from dashboard.importer import dates, periods
from dashboard.importer.dates import Period
from dashboard.importer.header import Cell, Layout
from dashboard.importer.validate import SheetCheck
from dashboard.text import t

_DATETIME = r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"  # how calamine renders a date cell
_COLUMNS = ("period_start", "period_end", "granularity")


@dataclass(frozen=True)
class Source:
    """Where a slot's rows take their period from; fixed wins, then the columns."""

    fixed: Period | None = None
    date: Cell | None = None
    parts: dict[str, Cell] = field(default_factory=dict)  # semester | triwulan | tahun -> column
    month: Period | None = None  # a title (or given) month: a day-of-month column counts days in it
    year: int | None = None  # a title (or given) year: 'Semester I' / 'Jan' cells without a year take it
    month_column: bool = False  # the date column is headed 'bulan'


def frame(check: SheetCheck, body: pl.DataFrame, source: Source) -> pl.DataFrame:
    """period_start, period_end, granularity for every body row; unreadable, empty and future cells reported."""
    n = body.height
    if source.fixed is not None:
        p = source.fixed
        return pl.DataFrame({"period_start": [p.start] * n, "period_end": [p.end] * n,
                             "granularity": [p.granularity] * n}, schema=_schema())
    used = [c for c in (source.date, *(source.parts.get(k) for k in ("semester", "triwulan", "tahun"))) if c]
    keys = pl.DataFrame({c.name: body[c.name] for c in used}).with_columns(_native=_native(check, body, source))
    distinct = keys.unique(maintain_order=True)
    parsed = [_parse(dict(zip(distinct.columns, row)), source) for row in distinct.iter_rows()]
    lookup = distinct.with_columns(
        period_start=pl.Series([p.start if p else None for p in parsed], dtype=pl.Date),
        period_end=pl.Series([p.end if p else None for p in parsed], dtype=pl.Date),
        granularity=pl.Series([p.granularity if p else None for p in parsed], dtype=pl.String),
    )
    out = keys.join(lookup, on=keys.columns, how="left", nulls_equal=True, maintain_order="left")
    main = used[0]
    empty = pl.all_horizontal([pl.col(c.name).is_null() for c in used]) & pl.col("_native").is_null()
    report = out.with_columns(_row=body["_row"], value=body[main.name], empty=empty).with_columns(
        bad=~pl.col("empty") & pl.col("period_start").is_null())
    _emit(check, report.filter("empty"), main, t("import.row.required", field=t("import.field.tanggal")))
    plain = not source.parts and source.month is None and source.year is None
    _emit(check, report.filter("bad"), main, t("import.row.bad_date" if plain else "shapes.row.bad_period"))
    today = check.ctx.today
    future = report.filter(pl.col("period_start") > today)
    _emit(check, future, main, lambda r: t("import.row.future", date=_shown(r), today=fmt.date(today)))
    return out.select(_COLUMNS)


def _schema() -> dict[str, pl.DataType]:
    return {"period_start": pl.Date, "period_end": pl.Date, "granularity": pl.String}


def _native(check: SheetCheck, body: pl.DataFrame, source: Source) -> pl.Series:
    """The date a date cell held in the workbook (a typed date), else null."""
    if source.date is None or check.sheet.natives is None:
        return pl.Series([None] * body.height, dtype=pl.Date)
    text = body[source.date.name]
    return pl.select(pl.when(text.str.contains(_DATETIME)).then(
        text.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False))).to_series()


def _parse(row: dict, source: Source) -> Period | None:
    year = source.year
    if "tahun" in source.parts:
        whole = periods.part_cell("tahun", row.get(source.parts["tahun"].name), None)
        if whole is None:
            return None
        year = whole.start.year
    if source.date is not None:
        return _date(row.get(source.date.name), row.get("_native"), source, year)
    for what in ("semester", "triwulan"):
        if what in source.parts:
            return periods.part_cell(what, row.get(source.parts[what].name), year)
    return periods.whole_year(year) if year is not None and "tahun" in source.parts else None


def _date(text: str | None, native: dt.date | None, source: Source, year: int | None) -> Period | None:
    if native is not None:
        return dates.parse_date(native, month_column=source.month_column)
    if text is None:
        return None
    found = periods.parse_cell(text, month_column=source.month_column)
    if found is not None:
        return found
    s = text.strip()
    if source.month is not None and re.fullmatch(r"\d{1,2}(\.0+)?", s):
        try:  # '1'..'31' in a sheet titled 'BULAN OKTOBER 2026'
            return dates.day_period(source.month.start.replace(day=int(float(s))))
        except ValueError:
            return None
    if year is not None:  # 'Oktober' or 'Semester I' beside a year given elsewhere
        return periods.parse_cell(f"{s} {year}", month_column=source.month_column)
    return None


def _shown(rec: dict) -> str:
    g = rec["granularity"]
    if g == dates.DAILY:
        return fmt.date(rec["period_start"])
    return fmt.month(rec["period_start"]) if g == dates.MONTHLY else describe(
        Period(rec["period_start"], rec["period_end"], g))


def describe(p: Period) -> str:
    """'Semester I 2024', 'Triwulan III 2024', 'Tahun 2024', 'Okt 2026', '31 Des 2024'."""
    if p.granularity == periods.SEMESTER:
        return t("shapes.period.semester", n="I" if p.start.month == 1 else "II", year=p.start.year)
    if p.granularity == periods.QUARTER:
        return t("shapes.period.triwulan", n=("I", "II", "III", "IV")[(p.start.month - 1) // 3], year=p.start.year)
    if p.granularity == periods.YEARLY:
        return t("shapes.period.tahun", year=p.start.year)
    return fmt.month(p.start) if p.granularity == dates.MONTHLY else fmt.date(p.start)


def _emit(check: SheetCheck, hits: pl.DataFrame, cell: Cell, message) -> None:
    emit_at(check, hits, cell, message)


def emit_at(check: SheetCheck, hits: pl.DataFrame, cell: Cell, message, *, into=None) -> None:
    """check.emit under one header cell's own label and position (cells that are no field's column)."""
    layout = Layout(check.layout.kind, check.layout.header_index, {"_cell": cell.name}, {"_cell": cell.label},
                    {"_cell": cell.position}, False)
    SheetCheck(check.ctx, check.sheet, layout).emit(hits, "_cell", message, into=into)
