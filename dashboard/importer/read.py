"""Bytes -> sheets of text cells with the row numbers the user sees (CSV via polars, XLSX via fastexcel/calamine)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

import fastexcel
import polars as pl

from dashboard import fmt
from dashboard.importer import header
from dashboard.importer.problems import Refusal
from dashboard.importer.sniff import CSV, decode, kind_of

MAX_COLUMNS = 200  # exports have 5-15 columns; a hostile line of 100k separators must not make 100k columns
ROW_SLACK = 10_000  # title, blank and total rows a sheet may hold beyond max_rows before we stop reading it
DELIMITERS = (";", ",", "\t", "|")
_SNIFF_LINES = 60


@dataclass
class Sheet:
    """One sheet: every cell as text (String columns c0..cN, null when empty) and its spreadsheet row numbers.

    XLSX number cells come as calamine renders them ('1500', '95.23'), dates as '2024-01-31 00:00:00'.
    native_grid is the same grid read as datetimes: non-null where a cell was a number or a date in the workbook
    (text cells never convert), which tells a typed 1.234 from the text '1.234' (Indonesian 1234). Numbers past
    Excel's last date (2,958,465) come back null; they are told apart by their shape instead.
    """

    name: str | None  # XLSX sheet name; None for CSV
    index: int
    text: pl.DataFrame
    rows: pl.Series  # Int32, 1-based as the user sees them (title rows included; CSV: physical line)
    natives: Callable[[], pl.DataFrame] | None = None  # XLSX only, loaded when a column needs it

    @cached_property
    def native_grid(self) -> pl.DataFrame | None:
        """The typed grid, or None (CSV, or calamine panicked on an absurd date: then text rules apply)."""
        if self.natives is None:
            return None
        try:
            return self.natives()
        except BaseException as exc:
            if not is_panic(exc):
                raise
            return None


def is_panic(exc: BaseException) -> bool:
    """pyo3 turns a Rust panic (calamine on a date cell of -5e12) into PanicException, a BaseException."""
    return type(exc).__name__ == "PanicException"


def read_sheets(file_name: str, data: bytes, *, max_rows: int) -> list[Sheet]:
    """Every sheet of the file (a CSV is one sheet); Refusal when the file cannot be a table at all."""
    if kind_of(file_name, data) == CSV:
        return [read_csv(decode(data), max_rows=max_rows)]
    return read_xlsx(data, max_rows=max_rows)


def _named(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.rename({old: f"c{i}" for i, old in enumerate(frame.columns)})


def read_xlsx(data: bytes, *, max_rows: int) -> list[Sheet]:
    reader = fastexcel.read_excel(data)
    sheets = []
    for index, name in enumerate(reader.sheet_names):
        loaded = reader.load_sheet(index, header_row=None, skip_rows=0, dtypes="string", whitespace_as_null=True,
                                   use_columns=_first_columns)
        if loaded.visible != "visible":
            continue  # the user cannot see a hidden sheet, so it cannot be what they meant to send
        if loaded.height > max_rows + ROW_SLACK:
            raise Refusal("import.file.too_many_rows", rows=fmt.number(loaded.height), limit=fmt.number(max_rows))
        text = _named(loaded.to_polars()) if loaded.width else pl.DataFrame()  # width 0: a chart sheet
        # skip_rows=0 keeps leading empty rows, so position i is spreadsheet row i + 1.
        rows = pl.int_range(1, text.height + 1, dtype=pl.Int32, eager=True)
        sheets.append(Sheet(name, index, text, rows, natives=_native_loader(reader, index)))
    return sheets


def _first_columns(column: fastexcel.ColumnInfoNoDtype) -> bool:
    return column.index < MAX_COLUMNS


def _native_loader(reader: fastexcel.ExcelReader, index: int) -> Callable[[], pl.DataFrame]:
    def load() -> pl.DataFrame:
        loaded = reader.load_sheet(index, header_row=None, skip_rows=0, dtypes="datetime", use_columns=_first_columns)
        return _named(loaded.to_polars()) if loaded.width else pl.DataFrame()

    return load


def read_csv(text: str, *, max_rows: int) -> Sheet:
    if "\n" not in text and "\r" in text:
        text = text.replace("\r", "\n")  # classic Mac line ends
    if text.count("\n") > max_rows + ROW_SLACK:
        raise Refusal("import.file.too_many_rows", rows=fmt.number(text.count("\n")), limit=fmt.number(max_rows))
    delimiter = _sniff(text)
    return Sheet(None, 0, *_parse_csv(text, delimiter))


def _sniff(text: str) -> str:
    """The delimiter under which the first lines show the best header; ties go to the most frequent one."""
    head = "\n".join(text.split("\n", _SNIFF_LINES)[:_SNIFF_LINES])
    ranked = []
    for delimiter in DELIMITERS:
        frame, _ = _parse_python(head, delimiter)
        ranked.append((header.best_score(frame), head.count(delimiter), delimiter))
    return max(ranked)[2]


def _parse_csv(text: str, delimiter: str) -> tuple[pl.DataFrame, pl.Series]:
    """Every line a row (blank lines too, so positions stay aligned), every column String (keeps '52.10')."""
    width = min(max((line.count(delimiter) for line in text.split("\n")), default=0) + 1, MAX_COLUMNS)
    try:
        frame = pl.read_csv(
            text.encode("utf-8"), has_header=False, separator=delimiter, quote_char='"',
            schema={f"c{i}": pl.String for i in range(width)}, truncate_ragged_lines=True, raise_if_empty=False,
            missing_columns="insert", infer_schema=False, comment_prefix=None,
        )
    except pl.exceptions.PolarsError:
        # polars gives up on some quote placements Excel accepts (a quote inside an unquoted cell, a quoted
        # line break under an odd delimiter); Python's csv module reads them the way Excel does, only slower.
        return _parse_python(text, delimiter)
    # A quoted cell may hold line breaks: the next record starts that many lines further down.
    breaks = frame.select(pl.sum_horizontal(pl.all().str.count_matches("\n").fill_null(0)).alias("n"))["n"]
    rows = pl.int_range(1, frame.height + 1, eager=True) + breaks.cum_sum().shift(1, fill_value=0)
    return _tidy(frame), rows.cast(pl.Int32)


def _parse_python(text: str, delimiter: str) -> tuple[pl.DataFrame, pl.Series]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    records, starts, line = [], [], 1
    for record in reader:
        records.append(record[:MAX_COLUMNS])
        starts.append(line)
        line = reader.line_num + 1
    width = max((len(r) for r in records), default=0) or 1
    columns = {f"c{i}": [r[i] if i < len(r) else None for r in records] for i in range(width)}
    frame = pl.DataFrame(columns, schema={name: pl.String for name in columns})
    return _tidy(frame), pl.Series(starts, dtype=pl.Int32)


def _tidy(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(pl.all().str.strip_chars().replace("", None))
