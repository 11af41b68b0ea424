"""Bytes -> sheets of text cells with the row numbers the user sees (CSV via polars, XLSX via fastexcel/calamine,
one sheet at a time after importer.workbook has checked that each fits in memory)."""

from __future__ import annotations

import csv
import ctypes
import io
import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Callable, Iterator

import fastexcel
import polars as pl

from dashboard import fmt
from dashboard.importer import header, workbook
from dashboard.importer.problems import CellRefusal, Refusal
from dashboard.importer.sniff import CSV, MB, decode, kind_of

MAX_COLUMNS = 200  # exports have 5-15 columns; a hostile line of 100k separators must not make 100k columns
ROW_SLACK = 10_000  # title, blank and total rows a sheet may hold beyond max_rows before we stop reading it
DELIMITERS = (";", ",", "\t", "|")
_SNIFF_LINES = 60
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
_FIELD_LIMIT = 1 << 30


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


def read_sheets(file_name: str, data: bytes, *, max_rows: int) -> Iterator[Sheet]:
    """Every sheet of the file (a CSV is one sheet), each loaded only when the caller reaches it (iterate once);
    Refusal when the file cannot be a table at all or a sheet is too big to load (checked before any loading)."""
    if kind_of(file_name, data) == CSV:
        return iter([read_csv(decode(data), max_rows=max_rows)])
    info = workbook.inspect(data)
    if info is not None:
        _check_sizes(info, max_rows)
    return read_xlsx(data, max_rows=max_rows, info=info)


def _named(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.rename({old: f"c{i}" for i, old in enumerate(frame.columns)})


def _check_sizes(info: dict[str, workbook.SheetInfo], max_rows: int) -> None:
    """Refuse, before loading anything, a workbook whose sheets would not fit in memory or hold a date cell the
    reader cannot convert (the cell is named)."""
    visible = [s for s in info.values() if not s.hidden]
    for sheet in visible:
        if sheet.bad_dates:
            ref, value = sheet.bad_dates[0]
            row, column = _address(ref)
            raise CellRefusal("memory.bad_date", sheet=sheet.name, row=row, column=column, value=value)
        if sheet.cells > workbook.MAX_SHEET_CELLS or sheet.xml_bytes > workbook.MAX_SHEET_XML:
            raise CellRefusal("memory.sheet_too_big", sheet=sheet.name, cells=fmt.number(sheet.cells),
                              mb=fmt.number(sheet.xml_bytes / MB, 1), max_cells=fmt.number(workbook.MAX_SHEET_CELLS),
                              max_mb=fmt.number(workbook.MAX_SHEET_XML / MB, 0))
    rows = sum(s.rows for s in visible)
    if rows > max_rows + ROW_SLACK:
        raise Refusal("import.file.too_many_rows", rows=fmt.number(rows), limit=fmt.number(max_rows))


def _address(ref: str) -> tuple[int | None, str | None]:
    """'AB12' -> (12, 'AB')."""
    match = re.fullmatch(r"([A-Z]{1,3})(\d+)", ref or "")
    return (int(match.group(2)), match.group(1)) if match else (None, None)


def read_xlsx(data: bytes, *, max_rows: int, info: dict[str, workbook.SheetInfo] | None = None) -> Iterator[Sheet]:
    """The visible sheets, one at a time: a sheet's cells are parsed when the caller asks for it, and only its
    text frame stays (calamine's copy is freed before the next sheet is parsed)."""
    reader = fastexcel.read_excel(data)
    for index, name in enumerate(reader.sheet_names):
        known = info.get(name) if info is not None else None
        if known is not None and known.hidden:
            continue  # the user cannot see a hidden sheet, so it cannot be what they meant to send
        loaded = _load(reader, index, name)
        if loaded.visible != "visible":
            continue
        if loaded.height > max_rows + ROW_SLACK:
            raise Refusal("import.file.too_many_rows", rows=fmt.number(loaded.height), limit=fmt.number(max_rows))
        text = _named(loaded.to_polars()) if loaded.width else pl.DataFrame()  # width 0: a chart sheet
        del loaded
        release_memory()
        check_cells(text, None, sheet=name)
        # skip_rows=0 keeps leading empty rows, so position i is spreadsheet row i + 1.
        rows = pl.int_range(1, text.height + 1, dtype=pl.Int32, eager=True)
        yield Sheet(name, index, text, rows, natives=_native_loader(reader, index))


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None  # not glibc: nothing to give back this way


def release_memory() -> None:
    """Hand the memory calamine freed back to the OS. glibc keeps freed blocks for reuse, but polars and DuckDB
    allocate through their own allocators and cannot reuse them, so without this each parsed sheet would keep
    ~100 MB of a 500 MB budget resident until the process ends."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def _load(reader: fastexcel.ExcelReader, index: int, name: str) -> fastexcel.ExcelSheet:
    try:
        return reader.load_sheet(index, header_row=None, skip_rows=0, dtypes="string", whitespace_as_null=True,
                                 use_columns=_first_columns)
    except BaseException as exc:
        if not is_panic(exc):
            raise
        # A cell the inspection did not catch made calamine panic: the sheet is named, not the whole file.
        raise CellRefusal("memory.sheet_panic", sheet=name) from None


def check_cells(text: pl.DataFrame, rows: pl.Series | None, *, sheet: str | None) -> None:
    """CellRefusal naming the first cell longer than Excel allows (32.767 characters): no export holds one, and a
    5 MB cell would otherwise travel into every message and warning that quotes it."""
    for position, column in enumerate(text.columns):
        long = text.select(pl.col(column).str.len_chars().gt(MAX_CELL_CHARS).arg_true()).to_series()
        if long.len():
            at = int(long[0])
            row = int(rows[at]) if rows is not None else at + 1
            raise CellRefusal("memory.cell_too_long", sheet=sheet, row=row, column=column_letter(position),
                              value=text[column][at][:40], chars=fmt.number(len(text[column][at])),
                              limit=fmt.number(MAX_CELL_CHARS))


def column_letter(position: int) -> str:
    """0 -> 'A', 27 -> 'AB' (how the user finds the column in Excel)."""
    letters, n = "", position + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _first_columns(column: fastexcel.ColumnInfoNoDtype) -> bool:
    return column.index < MAX_COLUMNS


def _native_loader(reader: fastexcel.ExcelReader, index: int) -> Callable[[], pl.DataFrame]:
    def load() -> pl.DataFrame:
        loaded = reader.load_sheet(index, header_row=None, skip_rows=0, dtypes="datetime", use_columns=_first_columns)
        grid = _named(loaded.to_polars()) if loaded.width else pl.DataFrame()
        del loaded
        release_memory()
        return grid

    return load


def read_csv(text: str, *, max_rows: int) -> Sheet:
    if "\n" not in text and "\r" in text:
        text = text.replace("\r", "\n")  # classic Mac line ends
    if text.count("\n") > max_rows + ROW_SLACK:
        raise Refusal("import.file.too_many_rows", rows=fmt.number(text.count("\n")), limit=fmt.number(max_rows))
    delimiter = _sniff(text)
    frame, rows = _parse_csv(text, delimiter)
    check_cells(frame, rows, sheet=None)
    return Sheet(None, 0, frame, rows)


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
    # The csv module stops at 128 KiB a cell with an error; check_cells names an over-long cell instead.
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
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
