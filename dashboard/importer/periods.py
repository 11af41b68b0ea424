"""Periods longer than a month, and periods written in words inside text: semesters, quarters, whole years.

'Semester I 2024', 'Semester 1 Tahun 2024', 'S1 2024', 'SMT II 2023' -> Jan-Jun / Jul-Dec; 'Triwulan III 2024',
'TW 3 2024' -> Jul-Sep; 'Tahun 2024' -> the whole year. A coverage figure for such a period is a reading at its end
(period_end), like a monthly one. find() looks for these, and for months and days ('BULAN OKTOBER 2026',
'KEADAAN S.D. DESEMBER 2020', 'PER 31 DESEMBER 2024'), anywhere in a title row or a header cell.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dashboard.importer import dates
from dashboard.importer.dates import Period

SEMESTER, QUARTER, YEARLY = "semester", "triwulan", "tahunan"
GRANULARITIES = (dates.DAILY, dates.MONTHLY, QUARTER, SEMESTER, YEARLY)
LONG = frozenset({QUARTER, SEMESTER, YEARLY})  # longer than a month

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_SEP = r"[\s\-/.,:]*"
_YEAR = r"((?:19|20|21)\d{2})"
_OPT_YEAR = rf"(?:{_SEP}(?:tahun|thn|th)?\.?{_SEP}{_YEAR}\b)?"
_MONTHS = "|".join(sorted(dates.MONTH_WORDS, key=len, reverse=True))
_PATTERNS = (  # (what, regex): earlier ones win where matches overlap
    ("semester_yf", re.compile(rf"\b{_YEAR}{_SEP}(?:semester|smt|sem|s)\.?{_SEP}(ii|i|[12])\b")),
    ("semester", re.compile(rf"\b(?:semester|smt|sem|s)\.?{_SEP}(?:ke{_SEP})?(ii|i|[12])\b{_OPT_YEAR}")),
    ("triwulan", re.compile(rf"\b(?:triwulan|tw|kuartal|quarter|q)\.?{_SEP}(?:ke{_SEP})?(iv|iii|ii|i|[1-4])\b{_OPT_YEAR}")),
    ("day", re.compile(rf"\b(\d{{1,2}}){_SEP}({_MONTHS})\b{_SEP}{_YEAR}\b")),
    ("numeric_day", re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20|21)\d{2})\b")),
    ("month", re.compile(rf"\b({_MONTHS})\b(?:{_SEP}(?:tahun|thn|th)?\.?{_SEP}{_YEAR}\b|[-'](\d{{2}})\b)?")),
    ("tahun", re.compile(rf"\b(?:tahun|thn|th|ta)\.?\s*(?:anggaran\s*)?{_YEAR}\b")),
    ("year", re.compile(rf"^{_YEAR}$")),
)
_ISSUED = re.compile(r"(dicetak|diunduh|dibuat|download|diperbarui|update|tanggal cetak|tgl cetak|ditandatangani)"
                     r"\W*(\d{1,2}\W*)?$")


@dataclass(frozen=True)
class Found:
    """A period named in text; year None when the text left it out ('Semester I', 'Jan')."""

    what: str  # day | month | semester | triwulan | tahun
    number: int  # day of month, month, semester or quarter (0 for a year)
    year: int | None
    month: int = 0  # for a day
    start: int = 0
    end: int = 0

    def period(self, year: int | None = None) -> Period | None:
        year = self.year or year
        if year is None:
            return None
        try:
            if self.what == "day":
                return dates.day_period(dt.date(year, self.month, self.number))
            if self.what == "month":
                return dates.month_period(year, self.number)
            if self.what == "semester":
                return semester(year, self.number)
            if self.what == "triwulan":
                return quarter(year, self.number)
            return whole_year(year)
        except ValueError:
            return None


def semester(year: int, n: int) -> Period:
    first = 1 if n == 1 else 7
    return Period(dt.date(year, first, 1), dt.date(year, first + 5, 30 if n == 1 else 31), SEMESTER)


def quarter(year: int, q: int) -> Period:
    first = 3 * q - 2
    last = first + 2
    return Period(dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]), QUARTER)


def whole_year(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), YEARLY)


def _number(text: str) -> int:
    return _ROMAN.get(text) or int(text)


def _normal(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "").strip().lower())


def find(text: object, *, titles: bool = False) -> list[Found]:
    """Every period named in the text, left to right, without overlaps; titles skips 'dicetak 5 Juli 2024'."""
    s = _normal(text)
    taken: list[tuple[int, int]] = []
    out: list[Found] = []
    for what, pattern in _PATTERNS:
        for m in pattern.finditer(s):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if titles and _ISSUED.search(s[max(0, m.start() - 30):m.start()]):
                taken.append((m.start(), m.end()))  # the day a report was printed is not its period
                continue
            found = _found(what, m)
            if found is not None:
                taken.append((m.start(), m.end()))
                out.append(found)
    return sorted(out, key=lambda f: f.start)


def _found(what: str, m: re.Match) -> Found | None:
    span = {"start": m.start(), "end": m.end()}
    if what == "semester":
        return Found("semester", _number(m[1]), int(m[2]) if m[2] else None, **span)
    if what == "semester_yf":
        return Found("semester", _number(m[2]), int(m[1]), **span)
    if what == "triwulan":
        return Found("triwulan", _number(m[1]), int(m[2]) if m[2] else None, **span)
    if what == "day":
        return Found("day", int(m[1]), int(m[3]), month=dates.MONTH_WORDS[m[2]], **span)
    if what == "numeric_day":
        return Found("day", int(m[1]), int(m[3]), month=int(m[2]), **span)
    if what == "month":
        year = int(m[2]) if m[2] else (2000 + int(m[3]) if m[3] else None)
        return Found("month", dates.MONTH_WORDS[m[1]], year, **span)
    return Found("tahun", 0, int(m[1]), **span)


def parse_cell(text: object, *, month_column: bool = False) -> Period | None:
    """One period cell: a date or month (dates.parse_date), or 'Semester II 2023', 'TW 3 2024', '2024'."""
    period = dates.parse_date(text, month_column=month_column)
    if period is not None or text is None or isinstance(text, dt.date):
        return period
    s = _normal(text)
    found = find(s)
    if len(found) == 1 and found[0].what in ("semester", "triwulan", "tahun") and _whole(s, found[0]):
        period = found[0].period()
    return period if period is not None and dates.MIN_DATE <= period.start <= dates.MAX_DATE else None


def _whole(s: str, found: Found) -> bool:
    """The match is the whole cell, up to punctuation: 'Semester II 2023' yes, 'Semester II 2023 revisi' no."""
    rest = s[:found.start] + s[found.end:]
    return not re.sub(r"[\s\-/.,:()]", "", rest)


def part_cell(what: str, value: object, year: int | None) -> Period | None:
    """A cell of a 'SEMESTER' / 'TRIWULAN' / 'TAHUN' column ('I', '2', 'Semester II', 'S1', 'I/2024') -> Period."""
    s = _normal(value)
    if not s:
        return None
    if what == "tahun":  # '2024', '2024.0' (a number cell), '2.024' (a number written with a thousands dot)
        m = re.fullmatch(r"((?:19|20|21)\d{2})(?:\.0+)?|(\d)\.(\d{3})", s)
        year = int(m[1] or m[2] + m[3]) if m else 0
        return whole_year(year) if 1900 <= year <= 2199 else None
    word = "semester" if what == "semester" else "triwulan"
    if re.fullmatch(r"(iv|iii|ii|i|[1-4])(\.0+)?", s):
        s = f"{word} {s.split('.')[0]}"
    elif re.match(r"(iv|iii|ii|i|[1-4])\b", s):
        s = f"{word} {s}"  # 'I/2024'
    found = [f for f in find(s) if f.what == what]
    if len(found) != 1 or not _whole(s, found[0]):
        return None
    if what == "semester" and found[0].number > 2:
        return None
    return found[0].period(year)


def choose(candidates: list[Found]) -> tuple[Period | None, list[Period]]:
    """The one period a set of title phrases names: (period, []) or (None, the competing periods).

    A year-less phrase takes the year named elsewhere ('SEMESTER I' + 'TAHUN 2024'); a whole year yields to a
    shorter period inside it ('TAHUN ANGGARAN 2024' + 'BULAN OKTOBER 2024').
    """
    years = {f.year for f in candidates if f.year is not None}
    year = next(iter(years)) if len(years) == 1 else None
    periods: list[Period] = []
    for f in candidates:
        p = f.period(year)
        if p is not None and p not in periods:
            periods.append(p)
    inner = [p for p in periods if not any(q != p and p.start <= q.start and q.end <= p.end for q in periods)]
    if len(inner) == 1:
        return inner[0], []
    return None, inner
