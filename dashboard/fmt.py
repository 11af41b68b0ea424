"""Indonesian number and date formatting (1.500; 95,2%; 25 Nov 2022) shared by pages, briefing, exports and CLI text."""

from __future__ import annotations

import datetime as dt
import math

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EMPTY = "–"


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: float | int | None, decimals: int = 0) -> str:
    """1500 -> '1.500'; 1234.5 with decimals=1 -> '1.234,5'; None -> '–'."""
    if _missing(value):
        return EMPTY
    if math.isinf(value):
        return "∞"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent(value: float | None, decimals: int = 1) -> str:
    """95.2 -> '95,2%'; never rounded across 100: 100.04 -> '100,04%', 99.96 -> '99,96%' (up to 4 decimals)."""
    if _missing(value):
        return EMPTY
    while decimals < 4 and value != 100 and round(value, decimals) == 100:
        decimals += 1
    return f"{number(value, decimals)}%"


def date(value: dt.date | None) -> str:
    """2022-11-25 -> '25 Nov 2022'."""
    if _missing(value):
        return EMPTY
    return f"{value.day} {MONTHS_SHORT[value.month - 1]} {value.year}"


def date_long(value: dt.date | None) -> str:
    """2022-11-25 -> '25 November 2022'."""
    if _missing(value):
        return EMPTY
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def month(value: dt.date | None) -> str:
    """2022-11-30 -> 'Nov 2022'."""
    if _missing(value):
        return EMPTY
    return f"{MONTHS_SHORT[value.month - 1]} {value.year}"


def rate(value: float | None) -> str:
    """Cards per day everywhere (screen, PDF, Excel text, CLI): whole cards, one decimal below 10 (2,5 is not 3)."""
    if _missing(value):
        return EMPTY
    return number(value, 1 if 0 < abs(value) < 10 else 0)


def trimmed(value: float | None, decimals: int = 2) -> str:
    """99.04 -> '99,04'; 99.2 -> '99,2'; 3.0 -> '3' (targets and settings shown as typed, not rounded)."""
    if _missing(value):
        return EMPTY
    text = number(value, decimals)
    return text.rstrip("0").rstrip(",") if "," in text else text


def exact_percent(value: float | None) -> str:
    """99.04 -> '99,04%'; 99.2 -> '99,2%' (a target as it was set)."""
    return EMPTY if _missing(value) else f"{trimmed(value)}%"


def days(value: float | None) -> str:
    """12.4 -> '12 hari'; None -> '–'."""
    return EMPTY if _missing(value) else f"{number(math.floor(value))} hari"


# Vega (Altair, vl-convert) locale so charts print 1.500 and Indonesian month names.
VEGA_FORMAT_LOCALE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["Rp ", ""]}
VEGA_TIME_LOCALE = {
    "dateTime": "%A, %e %B %Y %X",
    "date": "%d/%m/%Y",
    "time": "%H:%M:%S",
    "periods": ["AM", "PM"],
    "days": ["Minggu"] + DAYS[:-1],
    "shortDays": ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
    "months": MONTHS,
    "shortMonths": MONTHS_SHORT,
}
