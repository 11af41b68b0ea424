"""The rows above a sheet's header, and the file name: which region (and period) they name.

'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KAUR' names 17.04; 'KAB. KAUR PROVINSI BENGKULU' too (a kab/kota
inside the province named with it is the more precise one). Two kab/kota, or a kab/kota and another province, are
candidates to choose between: the caller refuses and names them, it never picks one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

import polars as pl

from dashboard import codes, regions
from dashboard.importer import periods
from dashboard.importer.dates import Period

_LEVEL_WORDS = {
    "kabupaten": ("kabupaten", "kab"),
    "kota": ("kota",),
    "provinsi": ("provinsi", "prov"),
}
_ADMIN = re.compile(r"^(kabupaten|kota) administrasi ")
_PROVINCE_SHORT = {"11": ("nanggroe aceh darussalam",), "31": ("dki jakarta",), "34": ("di yogyakarta", "diy")}
_DOTTED = re.compile(r"(?<![\d.])(\d{2}\.\d{2}(?:\.\d{2})?)(?![\d.])")


@dataclass(frozen=True)
class Found:
    """A region named in text: the code, or the candidates when the text names several."""

    code: str | None
    candidates: tuple[str, ...] = ()


NOTHING = Found(None)


def normal(text: object) -> str:
    """Lowercase words separated by one space, padded: ' kab kaur provinsi bengkulu '."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", str(text or "").lower())) + " "


def title_lines(frame: pl.DataFrame, end: int) -> list[str]:
    """Each row above `end` as one line of text (its filled cells joined), empty rows left out."""
    lines = []
    for cells in frame.head(end).iter_rows():
        text = " ".join(str(c) for c in cells if c is not None).strip()
        if text:
            lines.append(text)
    return lines


@lru_cache(maxsize=2)
def _phrases(bare: bool) -> tuple[tuple[str, str], ...]:
    """(phrase, code) for every province and kab/kota, longest phrase first; bare adds names without 'kabupaten'."""
    out: set[tuple[str, str]] = set()
    for region in regions.reporting_regions():
        name = normal(region.name).strip()
        if region.level == "provinsi":
            words = (name, *_PROVINCE_SHORT.get(region.code, ()))
            out |= {(f"{w} {n}", region.code) for w in _LEVEL_WORDS["provinsi"] for n in words}
            if bare:
                out |= {(n, region.code) for n in words}
            continue
        level = region.level
        rest = _ADMIN.sub("", name + " ").strip() if _ADMIN.match(name + " ") else name.split(" ", 1)[1]
        forms = {rest, f"administrasi {rest}", f"adm {rest}"} if _ADMIN.match(name + " ") else {rest}
        out |= {(f"{w} {f}", region.code) for w in _LEVEL_WORDS[level] for f in forms}
        if bare:
            out.add((rest, region.code))
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def _named(text: str, *, bare: bool) -> dict[str, set[tuple[int, int]]]:
    """Code -> where its phrase occurs as whole words (a phrase inside a longer matched one does not count)."""
    taken: list[tuple[int, int]] = []
    found: dict[str, set[tuple[int, int]]] = {}
    for phrase, code in _phrases(bare):
        start = text.find(f" {phrase} ")
        while start >= 0:
            span = (start, start + len(phrase) + 2)
            if not any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in taken):
                taken.append(span)
                found.setdefault(code, set()).add(span)
            start = text.find(f" {phrase} ", start + 1)
    return found


def _decide(found: dict[str, set[tuple[int, int]]]) -> Found:
    if not found:
        return NOTHING
    units = {c for c in found if "." in c}
    provinces = set(found) - units
    if len(units) == 1:
        unit = next(iter(units))
        # 'KAB. KAUR PROVINSI BENGKULU' is Kaur; 'bengkulu' alone is the kota or the province: not a choice to make.
        apart = not any(found[unit] & found[p] for p in provinces)
        if provinces <= {unit.split(".")[0]} and apart:
            return Found(unit)
    elif not units and len(provinces) == 1:
        return Found(next(iter(provinces)))
    return Found(None, tuple(sorted(found)))


def region_in_titles(lines: list[str]) -> Found:
    """The region the title rows name with a level word ('KABUPATEN KAUR', 'KOTA BENGKULU', 'PROVINSI BENGKULU')."""
    return _decide(_named(normal(" ".join(lines)), bare=False))


def region_in_file_name(file_name: str) -> Found:
    """The region a file name names: a dotted code ('stok_17.04_okt.xlsx') or a name ('stok_kab_kaur.csv').

    Dotless numbers are not read as codes here: '1101' in a file name is as likely a date as Simeulue.
    """
    stem = PurePath(str(file_name).replace("\\", "/")).stem
    found = _named(normal(re.sub(r"[_\-.]+", " ", stem)), bare=True)
    for m in _DOTTED.finditer(stem):
        code = codes.read_code(m[1]).code
        if code and code.count(".") == 1 and regions.get(code):
            found.setdefault(code, set()).add((-m.start() - 1, -m.end() - 1))  # its own spans, apart from names
    return _decide(found)


def period_in_titles(lines: list[str]) -> tuple[Period | None, list[Period]]:
    """(period, []) when the title rows name one period; (None, candidates) when they name several."""
    found = [f for line in lines for f in periods.find(line, titles=True)]
    return periods.choose(found)


def describe(codes: tuple[str, ...]) -> str:
    """'17.04 Kabupaten Kaur, 17.71 Kota Bengkulu'."""
    return ", ".join(f"{c} {regions.get(c).name}" if regions.get(c) else c for c in codes)
