"""Imports uploaded exports into the store: a dry-run plan, then apply, each file accepted or refused whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import replace
from typing import Any, Sequence

import polars as pl

from dashboard.domain import today_wib
from dashboard.importer import parse, preview, schema
from dashboard.importer.outcome import FilePlan, FileResult, audit_detail, from_parsed
from dashboard.importer.problems import Problem
from dashboard.importer.write import (
    archive_name,
    compare_after,
    now,
    overlay,
    write_archive,
    write_clean_rows,
    write_flags,
)
from dashboard.store import Store, audit, derived, load_settings, queries
from dashboard.text import t

MAX_FILE_NAME = 255  # uploads.file_name is display text; a hostile name must not bloat the table
_log = logging.getLogger(__name__)
Files = Sequence[tuple[str, bytes]]



def _display_name(name: Any) -> str:
    text = "".join(ch for ch in str(name or "") if ch.isprintable())
    return text[:MAX_FILE_NAME] or "berkas"


def _limits(store: Store) -> dict[str, int]:
    s = load_settings(store)
    return {"max_bytes": int(s.max_upload_mb) * 1024 * 1024, "max_rows": int(s.max_upload_rows)}


def _parse(name: str, data: bytes, *, today: dt.date, allowed: set[str] | None, limits: dict[str, int]) -> Any:
    """The importer's ParsedExport; None when it failed (a bug there must refuse one file, not crash a batch)."""
    try:
        return parse.read_export(name, data, today=today, allowed_regions=allowed, **limits)
    except Exception:
        _log.exception("importer failed on %s", name)
        return None


def _unreadable(cls: type[FilePlan], name: str, sha: str) -> FilePlan:
    return cls(file_name=name, problems=[Problem(name, t("ingest.err.unreadable"))], problem_total=1, sha256=sha)


def _earlier_upload(store: Store, sha: str) -> dict[str, Any] | None:
    with store.reading() as cur:
        rows = queries.frame(cur, "ingest/duplicate", {"sha256": sha})
    return rows.row(0, named=True) if rows.height else None


def _duplicate(cls: type[FilePlan], name: str, sha: str, earlier: dict[str, Any]) -> FilePlan:
    rows = int(earlier["rows_total"] or 0)
    return cls(file_name=name, kind=earlier["kind"], accepted=True, rows_total=rows, rows_unchanged=rows,
               duplicate_of=int(earlier["upload_id"]), sha256=sha)


def plan_files(store: Store, files: Files, *, allowed_regions: set[str] | None = None,
               today: dt.date | None = None) -> list[FilePlan]:
    """A dry run: what apply_files would do with these files, in order; reads the store, writes nothing.

    Later files are judged as if the earlier accepted ones had been applied, as apply_files does.
    """
    today = today or today_wib()
    limits = _limits(store)
    plans: list[FilePlan] = []
    pending: dict[str, pl.DataFrame] = {}
    seen: dict[str, FilePlan] = {}
    for raw_name, data in files:
        name, sha = _display_name(raw_name), hashlib.sha256(data).hexdigest()
        if sha in seen:
            first = seen[sha]
            # A refused file sent twice is refused twice; an accepted one changes nothing the second time.
            plans.append(replace(first, file_name=name) if not first.accepted else FilePlan(
                file_name=name, kind=first.kind, accepted=True, rows_total=first.rows_total,
                rows_unchanged=first.rows_total, duplicate_of=first.duplicate_of,
                duplicate_in_batch=None if first.duplicate_of is not None else first.file_name, sha256=sha))
            continue
        earlier = _earlier_upload(store, sha)
        if earlier is not None:
            plan = _duplicate(FilePlan, name, sha, earlier)
        else:
            parsed = _parse(name, data, today=today, allowed=allowed_regions, limits=limits)
            plan = _plan_one(store, parsed, pending) if parsed is not None else _unreadable(FilePlan, name, sha)
        seen[sha] = plan
        plans.append(plan)
    return plans


def _plan_one(store: Store, parsed: Any, pending: dict[str, pl.DataFrame]) -> FilePlan:
    if not parsed.accepted:
        return from_parsed(FilePlan, parsed)
    added = replaced = unchanged = 0
    with store.reading() as cur:
        for kind, frame in parsed.frames.items():
            a, r, u = compare_after(cur, kind, frame, pending.get(kind))
            added, replaced, unchanged = added + a, replaced + r, unchanged + u
        details = preview.describe(cur, parsed.frames, pending, file_name=parsed.file_name)  # old -> new, continuity
    for kind, frame in parsed.frames.items():
        pending[kind] = overlay(kind, pending.get(kind), frame)
    return from_parsed(FilePlan, parsed, rows_added=added, rows_replaced=replaced, rows_unchanged=unchanged,
                       details=details)


class _AlreadyThere(Exception):
    """Raised inside the write transaction when another writer landed the same bytes first (rolls back)."""

    def __init__(self, earlier: dict[str, Any]):
        super().__init__(earlier["upload_id"])
        self.earlier = earlier


def apply_files(store: Store, files: Files, *, uploader: str, source: str, allowed_regions: set[str] | None = None,
                today: dt.date | None = None) -> list[FileResult]:
    """Apply files one after another, each accepted file in one write transaction; refused files change nothing
    but an audit event. A file whose bytes were accepted before is reported as a duplicate and not written."""
    today = today or today_wib()
    limits = _limits(store)
    results: list[FileResult] = []
    for raw_name, data in files:
        name, sha = _display_name(raw_name), hashlib.sha256(data).hexdigest()
        earlier = _earlier_upload(store, sha)
        if earlier is not None:
            results.append(_duplicate(FileResult, name, sha, earlier))
            continue
        parsed = _parse(name, data, today=today, allowed=allowed_regions, limits=limits)
        if parsed is None or not parsed.accepted:
            result = from_parsed(FileResult, parsed) if parsed is not None else _unreadable(FileResult, name, sha)
            audit.log(store, uploader, audit.UPLOAD_REFUSED, audit_detail(result, source))
            results.append(result)
            continue
        try:
            results.append(_apply_one(store, parsed, data, uploader=uploader, source=source))
        except _AlreadyThere as dup:
            results.append(_duplicate(FileResult, name, sha, dup.earlier))
    return results


def _apply_one(store: Store, parsed: Any, data: bytes, *, uploader: str, source: str) -> FileResult:
    result = from_parsed(FileResult, parsed)
    at = now()
    path = None
    try:
        with store.writing() as cur:
            # Checked again inside the transaction: two sessions sending the same file at once store it once.
            found = queries.frame(cur, "ingest/duplicate", {"sha256": result.sha256})
            if found.height:
                raise _AlreadyThere(found.row(0, named=True))
            upload_id = _next_upload_id(cur)
            rel = archive_name(upload_id, result.sha256, result.file_name)
            path = write_archive(store, rel, data)
            for kind in schema.KINDS:
                if kind in parsed.frames:
                    a, r, u = write_clean_rows(cur, kind, parsed.frames[kind], upload_id, at=at)
                    result.rows_added += a
                    result.rows_replaced += r
                    result.rows_unchanged += u
            write_flags(cur, parsed.flags, upload_id)
            result.upload_id = upload_id
            queries.execute(cur, "ingest/upload_insert", {
                "upload_id": upload_id, "file_name": result.file_name, "sha256": result.sha256, "at": at,
                "uploader": str(uploader or "?")[:audit.MAX_ACTOR], "kind": result.kind or "?", "source": source,
                "rows_total": result.rows_total, "rows_added": result.rows_added,
                "rows_replaced": result.rows_replaced, "rows_unchanged": result.rows_unchanged,
                "warnings": result.warning_total, "archive_path": rel})
            audit.record(cur, uploader, audit.UPLOAD, audit_detail(result, source), at=at)
            derived.refresh(cur)
    except BaseException:
        # A rolled-back transaction's archive file must not outlive it; but when the failure came after the
        # commit (the version file), the uploads row names the file and it must stay.
        if path is not None and not _landed(store, result.sha256):
            path.unlink(missing_ok=True)
        result.upload_id = None
        raise
    return result


def _landed(store: Store, sha: str) -> bool:
    try:
        return _earlier_upload(store, sha) is not None
    except Exception:
        return True  # unsure: an orphan file costs a little disk, a lost raw file cannot be recovered


def _next_upload_id(cur: Any) -> int:
    """The next sequence value, moved past any id already stored: rows written without the sequence (a test
    fixture, a copied table) must not make the uploads primary key refuse a good file."""
    next_id, max_id = queries.frame(cur, "ingest/next_upload_id").row(0)
    if next_id > max_id:
        return int(next_id)
    return int(queries.scalar(cur, "ingest/skip_upload_ids", {"n": int(max_id - next_id + 1)}))
