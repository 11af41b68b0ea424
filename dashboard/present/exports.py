"""CSV and Excel exports that match the screen (Indonesian text, same columns), with formula injection neutralised."""

from __future__ import annotations

import datetime as dt
import io
import math
from typing import Any, Callable, Mapping

import polars as pl
import xlsxwriter

from dashboard import fmt
from dashboard.domain import item_word, level_word, status_word
from dashboard.text import catalogue, t

# Spreadsheet programs run a cell that starts with one of these as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# How a column kind is written as text (screen and CSV) and which Excel number format shows the same.
KINDS = ("text", "int", "dec1", "rate", "pct", "pct_target", "date", "month", "days", "status", "level", "item", "flag",
         "state", "check")
# Kinds whose cells are words (a code written as Bahasa), in Excel as text too.
WORD_KINDS = {"status", "level", "item", "flag", "state", "check"}
_XLSX_FORMATS = {
    "int": "#,##0",
    "dec1": "#,##0.0",
    "rate": "#,##0.0",
    "pct": '0.0"%"',
    "pct_target": '0.0#"%"',  # targets such as 99,04% need their second decimal, 99,2% only one
    "days": "#,##0",
    "date": "d mmm yyyy",
    "month": "mmm yyyy",
}
_SHEET_BAD = str.maketrans({c: "_" for c in "[]:*?/\\"})


def neutralise(value: Any) -> Any:
    """'=1+2' -> \"'=1+2\" so a spreadsheet shows the text instead of running it; other values unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and NaT are the values not equal to themselves
    except (TypeError, ValueError):
        return False


def word(value: Any, kind: str) -> str:
    """A code in a cell as its Bahasa word ('kritis' -> 'Kritis', True -> 'Ya'); a status without data is named too."""
    if kind == "status":
        return status_word(None if _missing(value) else value)
    if _missing(value):
        return fmt.EMPTY
    if kind == "level":
        return level_word(value)
    if kind == "item":
        return item_word(value)
    if kind == "flag":
        return t("cell.yes") if value else t("cell.no")
    key = f"ops.state.{value}" if kind == "state" else f"ops.check.{value}"
    return t(key) if key in catalogue() else str(value)


def format_value(value: Any, kind: str) -> str:
    """One cell as it appears on screen: 1.500 / 95,2% / 25 Nov 2022 / '–' when empty."""
    if kind in WORD_KINDS:
        return word(value, kind)
    if _missing(value):
        return fmt.EMPTY
    if kind == "int":
        return fmt.number(value)
    if kind == "dec1":
        return fmt.number(value, 1)
    if kind == "rate":
        return fmt.rate(value)
    if kind == "pct":
        return fmt.percent(value)
    if kind == "pct_target":
        return fmt.exact_percent(value)
    if kind == "days":
        return fmt.number(math.floor(value))
    if kind == "date":
        return fmt.date(value)
    if kind == "month":
        return fmt.month(value)
    return str(value)


def infer_kinds(frame: pl.DataFrame, kinds: Mapping[str, str] | None = None) -> dict[str, str]:
    """A kind for every column: the given ones, else from the dtype (integers, decimals, dates, text)."""
    out = {}
    for name, dtype in frame.schema.items():
        if kinds and name in kinds:
            out[name] = kinds[name]
        elif dtype.is_integer():
            out[name] = "int"
        elif dtype.is_float() or dtype.is_decimal():
            out[name] = "dec1"
        elif dtype in (pl.Date, pl.Datetime):
            out[name] = "date"
        else:
            out[name] = "text"
    return out


def formatter(kind: str) -> Callable[[Any], str]:
    """format_value bound to one kind (for pandas Styler and polars map_elements)."""
    return lambda value: format_value(value, kind)


def as_text(frame: pl.DataFrame, kinds: Mapping[str, str] | None = None) -> pl.DataFrame:
    """Every cell as the screen shows it (all String columns, same labels and order)."""
    resolved = infer_kinds(frame, kinds)
    return pl.DataFrame(
        {name: [format_value(v, resolved[name]) for v in frame[name].to_list()] for name in frame.columns},
        schema={name: pl.String for name in frame.columns},
    )


def to_csv_bytes(frame: pl.DataFrame, kinds: Mapping[str, str] | None = None) -> bytes:
    """CSV of the on-screen text: UTF-8 with BOM and ';' (what Excel in an Indonesian locale opens directly)."""
    text = as_text(frame, kinds)
    safe = text.with_columns(pl.col(c).map_elements(neutralise, return_dtype=pl.String) for c in text.columns) \
        if text.height else text
    buf = io.BytesIO()
    safe.write_csv(buf, include_bom=True, separator=";")
    return buf.getvalue()


def _sheet_name(name: str, used: set[str]) -> str:
    base = (str(name).translate(_SHEET_BAD).strip("'") or "Data")[:31]
    candidate, n = base, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate


def _xlsx_value(value: Any, kind: str) -> Any:
    if kind in WORD_KINDS:
        return word(value, kind)
    if _missing(value):
        return None
    if kind in _XLSX_FORMATS and kind not in ("date", "month"):
        number = float(value)
        return math.floor(number) if kind == "days" else number
    if kind in ("date", "month") and isinstance(value, dt.date):
        return value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
    return str(value)


def to_xlsx_bytes(sheets: Mapping[str, pl.DataFrame], kinds: Mapping[str, str] | None = None) -> bytes:
    """An Excel workbook, one sheet per frame: numbers stay numbers, formatted as on screen; text neutralised.

    Cells are written one by one with explicit types so no string is ever taken for a formula or a link.
    """
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "strings_to_numbers": False})
    bold = book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1})
    formats = {k: book.add_format({"num_format": v}) for k, v in _XLSX_FORMATS.items()}
    used: set[str] = set()
    for name, frame in sheets.items():
        sheet = book.add_worksheet(_sheet_name(name, used))
        resolved = infer_kinds(frame, kinds)
        for col, label in enumerate(frame.columns):
            kind = resolved[label]
            sheet.write_string(0, col, str(neutralise(label)), bold)
            values = [_xlsx_value(v, kind) for v in frame[label].to_list()]
            width = max([len(str(label))] + [len(format_value(v, kind)) for v in frame[label].to_list()[:500]])
            sheet.set_column(col, col, min(60, width + 2))
            for row, value in enumerate(values, start=1):
                if value is None:
                    continue
                if isinstance(value, dt.datetime):
                    sheet.write_datetime(row, col, value, formats[kind])
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    sheet.write_number(row, col, value, formats.get(kind))
                else:
                    sheet.write_string(row, col, neutralise(str(value)))
        sheet.freeze_panes(1, 0)
        if frame.width:
            sheet.autofilter(0, 0, max(frame.height, 1), frame.width - 1)
    book.close()
    return buf.getvalue()
