"""Dates and months as Dukcapil exports write them: ISO, dd/mm/yyyy, Excel serials and dates, 2024-01, 'Des 2020'.

A day gives a daily period (start = end = that day, granularity 'harian'); a month gives its first..last day
(granularity 'bulanan'). Slash and dash dates are always day first (Indonesian order): 03/04/2024 is 3 April.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

import polars as pl

DAILY, MONTHLY = "harian", "bulanan"
EXCEL_EPOCH = dt.date(1899, 12, 30)
MIN_DATE = dt.date(2000, 1, 1)  # earlier dates are typos or misread numbers (e-KTP began in 2011)
MAX_DATE = dt.date(2200, 12, 31)

MONTH_WORDS: dict[str, int] = {}
for _number, _words in enumerate((
    ("januari", "jan", "january"),
    ("februari", "feb", "pebruari", "peb", "february"),
    ("maret", "mar", "march"),
    ("april", "apr"),
    ("mei", "may"),
    ("juni", "jun", "june"),
    ("juli", "jul", "july"),
    ("agustus", "agu", "agt", "ags", "agus", "aug", "august"),
    ("september", "sep", "sept"),
    ("oktober", "okt", "oct", "october"),
    ("november", "nov", "nopember", "nop"),
    ("desember", "des", "dec", "december"),
), start=1):
    for _word in _words:
        MONTH_WORDS[_word] = _number


class Period(NamedTuple):
    start: dt.date
    end: dt.date
    granularity: str


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(dt.date(year, month, 1), dt.date(year, month, last), MONTHLY)


def day_period(day: dt.date) -> Period:
    return Period(day, day, DAILY)


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_YM = re.compile(r"(\d{4})[-/.](\d{1,2})")
_MY = re.compile(r"(\d{1,2})[-/.](\d{4})")
_YMD8 = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YM6 = re.compile(r"(\d{4})(\d{2})")
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?")
_WORDS = re.compile(r"(?:(\d{1,2})[\s\-/.]*)?([a-z]+)\.?[\s\-/.,']*(\d{4}|\d{2})")


def parse_date(text: object, *, month_column: bool = False) -> Period | None:
    """One cell -> Period, or None when it is not a date we can read with certainty.

    month_column: the column is headed 'bulan', so any day in it stands for its month.
    """
    if text is None:
        return None
    if isinstance(text, dt.datetime):
        text = text.date()
    if isinstance(text, dt.date):
        period = day_period(text)
    else:
        period = _parse_text(re.sub(r"\s+", " ", str(text).strip().lower()))
    if period is None or not MIN_DATE <= period.start <= MAX_DATE:
        return None
    if month_column and period.granularity == DAILY:
        return month_period(period.start.year, period.start.month)
    return period


def _parse_text(s: str) -> Period | None:
    try:
        if m := _ISO.fullmatch(s):
            return day_period(dt.date(int(m[1]), int(m[2]), int(m[3])))
        if m := _DMY.fullmatch(s):
            return day_period(dt.date(_year(m[3]), int(m[2]), int(m[1])))
        if m := _YM.fullmatch(s):
            return month_period(int(m[1]), int(m[2]))
        if m := _MY.fullmatch(s):
            return month_period(int(m[2]), int(m[1]))
        if m := _YMD8.fullmatch(s):
            return day_period(dt.date(int(m[1]), int(m[2]), int(m[3])))
        if m := _YM6.fullmatch(s):
            return month_period(int(m[1]), int(m[2]))
        if m := _SERIAL.fullmatch(s):
            return day_period(EXCEL_EPOCH + dt.timedelta(days=int(m[1])))
        if m := _WORDS.fullmatch(s):
            month = MONTH_WORDS.get(m[2])
            if month is None:
                return None
            if m[1]:
                return day_period(dt.date(_year(m[3]), month, int(m[1])))
            return month_period(_year(m[3]), month)
    except (ValueError, OverflowError):  # 31/02/2024, month 13, ...
        return None
    return None


def parse_column(text: pl.Series, native: pl.Series | None = None, *, month_column: bool = False) -> pl.DataFrame:
    """Cells -> frame(period_start, period_end, granularity, empty, bad); each distinct value parsed once.

    native holds the spreadsheet's own date (or number-as-date) for cells that were not text, else null.
    """
    text = text.cast(pl.String).str.strip_chars()
    frame = pl.DataFrame({"text": text})
    if native is not None:
        frame = frame.with_columns(native=native.cast(pl.Date))
    else:
        frame = frame.with_columns(native=pl.lit(None, pl.Date))
    keys = frame.unique()
    parsed = [
        parse_date(nat if nat is not None else txt, month_column=month_column) if (nat or txt) else None
        for txt, nat in keys.iter_rows()
    ]
    lookup = keys.with_columns(
        period_start=pl.Series([p.start if p else None for p in parsed], dtype=pl.Date),
        period_end=pl.Series([p.end if p else None for p in parsed], dtype=pl.Date),
        granularity=pl.Series([p.granularity if p else None for p in parsed], dtype=pl.String),
    )
    out = frame.join(lookup, on=["text", "native"], how="left", nulls_equal=True, maintain_order="left")
    return out.select(
        "period_start", "period_end", "granularity",
        empty=(pl.col("text").is_null() | (pl.col("text") == "")) & pl.col("native").is_null(),
    ).with_columns(bad=~pl.col("empty") & pl.col("period_start").is_null())
