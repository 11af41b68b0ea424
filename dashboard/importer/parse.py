"""read_export: one uploaded file (name + bytes) -> clean typed frames, or every reason to refuse it. Never raises."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field

import polars as pl

from dashboard import fmt
from dashboard.importer import checks, schema
from dashboard.importer.header import Layout, find_layout
from dashboard.importer.problems import CellRefusal, Collector, Problem, Refusal
from dashboard.importer.read import Sheet, is_panic, read_sheets
from dashboard.importer.sniff import MB
from dashboard.importer.validate import Context, SheetCheck, data_rows, validate_sheet
from dashboard.text import t

DEFAULT_MAX_BYTES = 20 * MB  # = settings.Settings.max_upload_mb (a test keeps them equal)
DEFAULT_MAX_ROWS = 200_000  # = settings.Settings.max_upload_rows
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
                max_bytes: int = DEFAULT_MAX_BYTES, max_rows: int = DEFAULT_MAX_ROWS) -> ParsedExport:
    """Parse and validate one export. Every failure becomes a problem in the result; nothing is raised."""
    data = bytes(data or b"")
    name = str(file_name or "berkas")
    result = ParsedExport(name, hashlib.sha256(data).hexdigest())
    try:
        if len(data) > max_bytes:
            raise Refusal("import.file.too_big", size=_mb(len(data)), limit=_mb(max_bytes))
        if not data.strip():
            raise Refusal("import.file.empty")
        _parse(result, data, today=today, allowed=allowed_regions, max_rows=max_rows)
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


def _parse(result: ParsedExport, data: bytes, *, today: dt.date, allowed: set[str] | None, max_rows: int) -> None:
    ctx = Context(result.file_name, today, set(allowed) if allowed is not None else None,
                  Collector(result.file_name), Collector(result.file_name))
    sheets = read_sheets(result.file_name, data, max_rows=max_rows)
    found: list[tuple[Sheet, Layout]] = [(s, lay) for s in sheets if s.text.height and (lay := find_layout(s.text))]
    if not found:
        raise Refusal("import.file.no_header", stok=_looked_for(schema.STOCK), perekaman=_looked_for(schema.COVERAGE))
    result.detected = sorted({layout.kind for _, layout in found})
    parts: dict[str, list[pl.DataFrame]] = {}
    bodies = []
    for sheet, layout in found:
        if _header_problems(ctx, sheet, layout):
            continue
        body = data_rows(sheet, layout)
        result.rows_total += body.height
        bodies.append((sheet, layout, body))
    if result.rows_total > max_rows:
        raise Refusal("import.file.too_many_rows", rows=fmt.number(result.rows_total), limit=fmt.number(max_rows))
    for sheet, layout, body in bodies:
        if body.height == 0:
            continue
        check = SheetCheck(ctx, sheet, layout)
        frame = validate_sheet(check, body)
        checks.warn(check, frame)
        parts.setdefault(layout.kind, []).append(frame)
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


def _header_problems(ctx: Context, sheet: Sheet, layout: Layout) -> bool:
    """Report a sheet's missing or doubled columns; True when its rows cannot be read at all."""
    row = int(sheet.rows[layout.header_index])
    order = (sheet.index, row, 0)
    if layout.missing:
        columns = "; ".join(_with_aliases(layout.kind, name) for name in layout.missing)
        ctx.problems.add(t("import.header.missing", kind=t(f"import.kind.{layout.kind}").capitalize(),
                           columns=columns), row=row, sheet=sheet.name, order=order)
    for name, first, second in layout.twice:
        ctx.problems.add(t("import.header.twice", first=first, second=second, field=t(f"import.field.{name}")),
                         row=row, sheet=sheet.name, order=order)
    return bool(layout.missing or layout.twice)


def _with_aliases(kind: str, name: str) -> str:
    """'stok_akhir (atau: stok akhir, sisa, saldo akhir)': the column name and a few headers we also accept."""
    aliases = [a for a in schema.field(kind, name).aliases if "_" not in a][:3]
    return f"{name} ({t('import.header.also')}: {', '.join(aliases)})" if aliases else name


def _looked_for(kind: str) -> str:
    return ", ".join(schema.required(kind))
