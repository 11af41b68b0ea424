"""read_export: one uploaded file (name + bytes) -> clean typed frames, or every reason to refuse it. Never raises."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, field

import polars as pl

from dashboard import fmt
from dashboard.importer import checks, schema, shapes, sheetrows
from dashboard.importer.header import SCAN_ROWS, label
from dashboard.importer.options import Hints
from dashboard.importer.problems import CellRefusal, Collector, Problem, Refusal
from dashboard.importer.read import Sheet, is_panic, read_sheets
from dashboard.importer.sniff import MB
from dashboard.importer.validate import Context
from dashboard.text import t

DEFAULT_MAX_BYTES = 20 * MB  # = settings.Settings.max_upload_mb (a test keeps them equal)
DEFAULT_MAX_ROWS = 200_000  # = settings.Settings.max_upload_rows
_NUMBER = re.compile(r"^[\d\s.,%-]+$")
_log = logging.getLogger(__name__)


@dataclass
class ParsedExport:
    """The importer's verdict on one file (see docs/TEAM_NOTES.md, "Importer contract")."""

    file_name: str
    sha256: str
    frames: dict[str, pl.DataFrame] = field(default_factory=dict)  # kind -> rows, columns = schema.COLUMNS[kind]
    problems: list[Problem] = field(default_factory=list)  # reasons to refuse, spreadsheet order, capped
    problem_total: int = 0
    warnings: list[Problem] = field(default_factory=list)  # accepted-with-warning findings, capped
    warning_total: int = 0
    flags: pl.DataFrame = field(default_factory=checks.empty_flags)  # one row per warning (quality_flags)
    rows_total: int = 0  # data rows read (header, title, blank and total rows excluded)
    detected: list[str] = field(default_factory=list)  # kinds whose header was found, even when refused
    needs: list[str] = field(default_factory=list)  # what the user can settle: kolom | wilayah | periode
    used: dict = field(default_factory=dict)  # what came from outside the file (kept with the upload)
    mapping: str | None = None  # the column mapping the file was read with

    @property
    def kinds(self) -> list[str]:
        """The kinds of data in the file, in schema order (also for a refused file: what it was meant to be)."""
        found = set(self.frames) | set(self.detected)
        return [k for k in schema.KINDS if k in found]

    @property
    def kind(self) -> str | None:
        kinds = self.kinds
        return None if not kinds else kinds[0] if len(kinds) == 1 else "campuran"

    @property
    def accepted(self) -> bool:
        return bool(self.frames) and self.problem_total == 0


def read_export(file_name: str, data: bytes, *, today: dt.date, allowed_regions: set[str] | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, max_rows: int = DEFAULT_MAX_ROWS,
                hints: Hints | None = None) -> ParsedExport:
    """Parse and validate one export. Every failure becomes a problem in the result; nothing is raised.

    hints: what is known besides the bytes (a region or period the user gave, saved column mappings, yields)."""
    data = bytes(data or b"")
    name = str(file_name or "berkas")
    result = ParsedExport(name, hashlib.sha256(data).hexdigest())
    try:
        if len(data) > max_bytes:
            raise Refusal("import.file.too_big", size=_mb(len(data)), limit=_mb(max_bytes))
        if not data.strip():
            raise Refusal("import.file.empty")
        _parse(result, data, today=today, allowed=allowed_regions, max_rows=max_rows, hints=hints or Hints())
    except CellRefusal as refusal:  # a cell or sheet that cannot be read is named, not the whole file
        _refuse(result, refusal.text(), refusal.problem(name))
    except Refusal as refusal:
        _refuse(result, refusal.text())
    except BaseException as exc:  # a parser bug or a file calamine/polars choke on: the user gets a plain refusal
        if not isinstance(exc, Exception) and not is_panic(exc):
            raise  # KeyboardInterrupt, SystemExit
        _log.exception("import: %s could not be read", name)
        _refuse(result, t("import.file.unreadable"))
    return result


def _mb(n: int) -> str:
    return f"{n / MB:.1f}".replace(".", ",")


def _refuse(result: ParsedExport, message: str, problem: Problem | None = None) -> None:
    result.frames = {}
    result.problems = [problem or Problem(result.file_name, message)]
    result.problem_total = 1


def _parse(result: ParsedExport, data: bytes, *, today: dt.date, allowed: set[str] | None, max_rows: int,
           hints: Hints) -> None:
    ctx = Context(result.file_name, today, set(allowed) if allowed is not None else None,
                  Collector(result.file_name), Collector(result.file_name))
    out = shapes.Outcome()
    found, seen = [], []
    # Sheets load one at a time (read_sheets is an iterator): keep those with a header, and of the others only the
    # header-like cells a refusal names.
    for sheet in read_sheets(result.file_name, data, max_rows=max_rows):
        layout = shapes.sheet_layout(sheet, hints, out) if sheet.text.height else None
        if layout:
            found.append((sheet, layout))
        else:
            seen = max(seen, _seen([sheet]), key=len)
    if not found:
        result.needs = ["kolom"]
        if hints.forced is not None:
            raise Refusal("shapes.mapping.mismatch", name=hints.forced.name or "?",
                          headers=shapes.describe_headers(list(hints.forced.headers)))
        raise Refusal("shapes.file.no_header", seen=shapes.describe_headers(seen),
                      stok=shapes.required_words(schema.STOCK), perekaman=shapes.required_words(schema.COVERAGE))
    result.detected = sorted({layout.kind for _, layout in found})
    works = []
    for sheet, layout in found:
        for work in shapes.prepare(ctx, sheet, layout, hints, result.file_name, out):
            result.rows_total += work.body.height
            works.append((sheet, work))
    if result.rows_total > max_rows:
        raise Refusal("import.file.too_many_rows", rows=fmt.number(result.rows_total), limit=fmt.number(max_rows))
    parts: dict[str, list[pl.DataFrame]] = {}
    for sheet, work in works:
        if work.body.height == 0:
            continue
        frame = sheetrows.finish(ctx, sheet, work, hints, out)
        if frame is not None:
            parts.setdefault(work.kind, []).append(frame)
    result.rows_total -= out.rows_left_out
    _outcome(result, out)
    if result.rows_total == 0 and ctx.problems.total == 0:
        raise Refusal("import.file.header_only")
    frames = {kind: pl.concat(chunks, how="vertical") for kind, chunks in parts.items()}
    for kind, frame in frames.items():
        checks.duplicates(ctx, kind, frame)
    result.problems, result.problem_total = ctx.problems.listed(), ctx.problems.total
    result.warnings, result.warning_total = ctx.warnings.listed(), ctx.warnings.total
    if ctx.flags:
        result.flags = pl.concat(ctx.flags, how="vertical")
    if result.problem_total == 0:
        result.frames = {kind: frame.drop("_sheet", "_sheet_index") for kind, frame in frames.items()}


def _outcome(result: ParsedExport, out: shapes.Outcome) -> None:
    result.needs = sorted(out.needs)
    result.used = dict(out.used)
    result.mapping = out.mapping


def _seen(sheets: list[Sheet]) -> list[str]:
    """The header cells of the row that looks most like a header (the most filled text cells near the top)."""
    best: list[str] = []
    for sheet in sheets:
        for cells in sheet.text.head(SCAN_ROWS).iter_rows():
            texts = [label(c) for c in cells if c is not None and not _NUMBER.match(str(c))]
            if len(texts) > len(best):
                best = texts
    return best
