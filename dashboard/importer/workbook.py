"""What an XLSX holds before any sheet is loaded: its sheets (name, part, hidden or not), each sheet's size in
cells and bytes, and the date cells no reader can convert, so a workbook too big for memory is refused unread.

calamine (via fastexcel) parses a whole sheet into memory however few rows are asked for: about 70 bytes a cell
and 2.5 bytes per byte of text (measured, tests/test_faults_memory.py), so the limits below bound one sheet's
load to about 250 MB; sheets are then loaded one at a time. A date-formatted cell holding a serial far outside
Excel's calendar (-5e12) makes calamine panic: such cells are found here, in the XML, and refused by address.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from posixpath import join, normpath
from xml.etree import ElementTree

from dashboard.importer.sniff import MB

MAX_SHEET_XML = 100 * MB  # one sheet's XML with the shared strings; 200k rows x 10 columns from Excel is ~66 MB
MAX_SHEET_CELLS = 3_000_000  # 200k rows x 15 columns
MAX_INDEX_XML = 8 * MB  # workbook.xml, its relationships and styles.xml are small in any real workbook
LAST_SERIAL = 2_958_465  # 9999-12-31, Excel's last date; far beyond it calamine's date conversion panics
_CHUNK = 4 * MB
_OVERLAP = 4096  # a cell split across two chunks is still seen whole
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
# A value of 8+ integer digits or with an exponent: the only numbers that can be a date past year 9999.
_HUGE = re.compile(rb"<(?:\w+:)?v>(-?(?:\d{8,}(?:\.\d*)?|\d+(?:\.\d*)?[eE][+-]?\d+))</(?:\w+:)?v>")
_CELL_START = re.compile(rb"<(?:\w+:)?c\s([^>]*)>")
_ATTR = re.compile(rb'\b(r|s|t)="([^"]*)"')
_BUILTIN_DATES = set(range(14, 23)) | {45, 46, 47}
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.')


@dataclass(frozen=True)
class SheetInfo:
    """One sheet as the zip holds it: size before loading, and any date cells out of Excel's calendar."""

    name: str
    part: str
    hidden: bool
    xml_bytes: int
    rows: int
    cells: int
    bad_dates: tuple[tuple[str, str], ...]  # (cell address 'A2', value as written) of out-of-calendar dates


def inspect(data: bytes) -> dict[str, SheetInfo] | None:
    """Sheet name -> what it holds. When the workbook's index cannot be read, every worksheet part of the zip is
    listed under its part name instead (so the size limits still apply); None when data is not a zip at all."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        sizes = {info.filename: info.file_size for info in archive.infolist()}
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    try:
        sheets = _sheet_parts(archive, sizes)
        dates = _date_styles(archive, sizes)
    except (KeyError, ValueError, ElementTree.ParseError, OSError, EOFError, zipfile.BadZipFile):
        sheets, dates = [(n, n, False) for n in sizes if "worksheets/" in n and n.endswith(".xml")], frozenset()
    shared = sizes.get("xl/sharedStrings.xml", 0)
    out = {}
    for name, part, hidden in sheets:
        if part not in sizes:
            continue  # a chart sheet or a dangling reference: fastexcel shows it as an empty sheet
        rows, cells, bad = (0, 0, ()) if hidden else _scan(archive, part, dates)
        out[name] = SheetInfo(name, part, hidden, sizes[part] + shared, rows, cells, bad)
    return out


def _xml(archive: zipfile.ZipFile, sizes: dict[str, int], name: str) -> ElementTree.Element:
    if sizes[name] > MAX_INDEX_XML:
        raise ValueError(name)
    return ElementTree.fromstring(archive.read(name))


def _sheet_parts(archive: zipfile.ZipFile, sizes: dict[str, int]) -> list[tuple[str, str, bool]]:
    """(name, zip member, hidden) of every sheet, in workbook order."""
    rels = {r.get("Id"): r.get("Target", "") for r in _xml(archive, sizes, "xl/_rels/workbook.xml.rels").iter(f"{_PKG}Relationship")}
    out = []
    for sheet in _xml(archive, sizes, "xl/workbook.xml").iter(f"{_MAIN}sheet"):
        target = rels.get(sheet.get(f"{_REL}id"), "")
        part = normpath(target.lstrip("/") if target.startswith("/") else join("xl", target))
        out.append((sheet.get("name", ""), part, sheet.get("state", "visible") != "visible"))
    return out


def _date_styles(archive: zipfile.ZipFile, sizes: dict[str, int]) -> frozenset[bytes]:
    """Style indices (the s="N" of a cell) whose number format shows a date or time."""
    if "xl/styles.xml" not in sizes:
        return frozenset()
    root = _xml(archive, sizes, "xl/styles.xml")
    custom = {int(f.get("numFmtId", -1)): f.get("formatCode", "") for f in root.iter(f"{_MAIN}numFmt")}
    xfs = root.find(f"{_MAIN}cellXfs")
    found = set()
    for index, xf in enumerate(xfs if xfs is not None else []):
        fmt_id = int(xf.get("numFmtId", 0))
        if fmt_id in _BUILTIN_DATES or (fmt_id in custom and _is_date_format(custom[fmt_id])):
            found.add(str(index).encode())
    return frozenset(found)


def _is_date_format(code: str) -> bool:
    """A format whose first section has a day, month, year, hour or second token outside quotes and brackets
    (roughly calamine's own rule; erring towards 'date' only means a huge number in it is checked)."""
    first = _QUOTED.sub("", code.split(";")[0]).lower()
    return any(ch in first for ch in "dmyhs")


def _scan(archive: zipfile.ZipFile, part: str, dates: frozenset[bytes]) -> tuple[int, int, tuple]:
    """(rows, cells, bad dates) of one sheet, streamed through in chunks (never the whole XML in memory)."""
    rows = cells = 0
    bad: list[tuple[str, str]] = []
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            rows += len(_ROW.findall(chunk))
            cells += len(_CELL.findall(chunk))
            if dates and len(bad) < 10:
                window = tail + chunk
                bad.extend(_bad_dates(window, dates, skip=len(tail)))
            tail = chunk[-_OVERLAP:]
    return rows, cells, tuple(dict.fromkeys(bad))[:10]


def _bad_dates(window: bytes, dates: frozenset[bytes], *, skip: int) -> list[tuple[str, str]]:
    out = []
    for hit in _HUGE.finditer(window):
        if hit.end() <= skip:
            continue  # seen in the previous chunk
        value = hit.group(1)
        try:
            if abs(float(value)) <= LAST_SERIAL:
                continue
        except ValueError:
            continue
        start = window.rfind(b"<c", 0, hit.start())
        cell = _CELL_START.match(window, start) if start >= 0 else None
        attrs = dict(_ATTR.findall(cell.group(1))) if cell else {}
        if attrs.get(b"s") in dates and attrs.get(b"t", b"n") == b"n":
            out.append((attrs.get(b"r", b"?").decode("ascii", "replace"), value.decode("ascii")))
    return out
