"""How a written region code is read, the one way every entry point reads one (importer, report --region,
?wilayah=, accounts, demo): a dotted code is Kemendagri's, a dotless one BPS's, translated through the crosswalk
(never by inserting a dot); a two-digit province code the systems read differently is settled by the row's name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard import crosswalk
from dashboard.regions import get, name_matches
from dashboard.text import t

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
