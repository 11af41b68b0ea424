"""What a file really is (CSV text or XLSX workbook) from its bytes, zip-bomb inspection, and text decoding."""

from __future__ import annotations

import codecs
import io
import zipfile
from copy import copy

from charset_normalizer import from_bytes

from dashboard.importer.problems import Refusal
from dashboard.text import t

CSV, XLSX = "csv", "xlsx"
EXTENSIONS = {".csv": CSV, ".txt": CSV, ".xlsx": XLSX, ".xlsm": XLSX}
MB = 1024 * 1024
# A real workbook's XML shrinks 5-30x in the zip; a bomb shrinks hundreds or thousands of times.
MAX_RATIO = 100
MAX_UNZIPPED = 256 * MB  # ~ 200k rows x 20 columns of sheet XML; calamine holds all of it in memory
MAX_ENTRIES = 5000
_CHUNK = 1 << 20

_MAGIC = (
    (b"%PDF", "import.what.pdf"),
    (b"\x89PNG", "import.what.image"),
    (b"\xff\xd8\xff", "import.what.image"),
    (b"GIF8", "import.what.image"),
    (b"II*\x00", "import.what.image"),
    (b"MM\x00*", "import.what.image"),
    (b"{\\rtf", "import.what.rtf"),
)


def kind_of(file_name: str, data: bytes) -> str:
    """CSV or XLSX, decided by the content (a renamed file is read for what it is); Refusal otherwise."""
    suffix = "." + file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    if suffix not in EXTENSIONS and suffix != ".xls":
        raise Refusal("import.file.extension", ext=suffix or file_name[-20:])
    head = data[:8192]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise Refusal("import.file.wrong_type", what=_what(what))
    if head[4:12] == b"ftypheic" or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        raise Refusal("import.file.wrong_type", what=_what("import.what.image"))
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: Excel 97-2003, or an encrypted (password) xlsx
        raise Refusal("import.file.old_excel")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        check_zip(data)
        return XLSX
    lowered = head.lstrip(codecs.BOM_UTF8).lstrip().lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")):
        # Several district systems export an HTML table named .xls; Excel opens it, we cannot.
        raise Refusal("import.file.wrong_type", what=_what("import.what.html"))
    if suffix == ".xls":
        raise Refusal("import.file.old_excel")
    return CSV


def _what(key: str) -> str:
    return t(key)


def check_zip(data: bytes) -> None:
    """Refuse a zip that is not a workbook, or whose content would balloon (checked by really inflating it)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
        raise Refusal("import.file.unreadable") from exc
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise Refusal("import.file.wrong_type", what=_what(_zip_what(names)))
    declared = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if len(infos) > MAX_ENTRIES or declared > MAX_UNZIPPED or (declared > MB and declared / packed > MAX_RATIO):
        raise Refusal("import.file.bomb", size=declared // MB)
    # Sizes in the zip directory can lie: inflate every entry and stop as soon as it passes what it declared.
    # (The probe's own size is a ceiling only: zipfile stops there, checking the CRC, if the real size is bigger.)
    try:
        for info in infos:
            probe = copy(info)
            probe.file_size = info.file_size + MAX_UNZIPPED
            seen = 0
            with archive.open(probe) as stream:
                while chunk := stream.read(_CHUNK):
                    seen += len(chunk)
                    if seen > info.file_size:
                        raise Refusal("import.file.bomb", size=max(seen, declared) // MB)
    except Refusal:
        raise
    except Exception as exc:  # bad CRC, unknown compression, encrypted entry, truncated data
        raise Refusal("import.file.unreadable") from exc


def _zip_what(names: set[str]) -> str:
    if "xl/workbook.bin" in names:
        return "import.what.xlsb"
    if any(n.startswith("word/") for n in names):
        return "import.what.word"
    if any(n.startswith("ppt/") for n in names):
        return "import.what.powerpoint"
    if "content.xml" in names:
        return "import.what.ods"
    return "import.what.zip"


def decode(data: bytes) -> str:
    """Bytes of a CSV -> text: UTF-16 with BOM, UTF-8 (BOM or not), Windows-1252, else charset-normalizer's guess."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16")
    else:
        text = _try(data, "utf-8-sig") or _try(data, "cp1252")
    if text is None:
        best = from_bytes(data[: 4 * MB]).best()
        text = _try(data, best.encoding) if best is not None else None
    if text is None or "\x00" in text[:65536]:
        raise Refusal("import.file.wrong_type", what=_what("import.what.binary"))
    return text


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
