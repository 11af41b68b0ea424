"""Imports uploaded exports into the store: a dry-run plan, then apply, each file accepted or refused whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import replace
from typing import Any, Sequence

import polars as pl

from dashboard.domain import today_wib
from dashboard.importer import changes, parse, schema
from dashboard.importer.options import ImportOptions
from dashboard.importer.outcome import FilePlan, FileResult, audit_detail, from_parsed
from dashboard.importer.problems import Problem
from dashboard.importer.write import (
    archive_name,
    compare,
    compare_after,
    now,
    overlay,
    remove_archived,
    replaced_where,
    upload_manifest,
    write_archive,
    write_clean_rows,
    write_flags,
    write_manifest,
    write_options,
    write_upload_regions,
)
from dashboard.store import FileSystemFailure, Store, audit, derived, load_settings, queries
from dashboard.text import t

MAX_FILE_NAME = 255  # uploads.file_name is display text; a hostile name must not bloat the table
_log = logging.getLogger(__name__)
Files = Sequence[tuple[str, bytes]]


def _display_name(name: Any) -> str:
    text = "".join(ch for ch in str(name or "") if ch.isprintable())
    return text[:MAX_FILE_NAME] or "berkas"


def _limits(store: Store) -> dict[str, int]:
    s = load_settings(store)
    return {"max_bytes": int(s.max_upload_mb) * 1024 * 1024, "max_rows": int(s.max_upload_rows),
            "ribbon_yield": int(s.ribbon_yield), "film_yield": int(s.film_yield)}


def _parse(name: str, data: bytes, *, today: dt.date, allowed: set[str] | None, limits: dict[str, int],
           options: ImportOptions | None = None) -> Any:
    """The importer's ParsedExport; None when it failed (a bug there must refuse one file, not crash a batch)."""
    limits = dict(limits)
    yields = {"ribbon_yield": limits.pop("ribbon_yield", 450), "film_yield": limits.pop("film_yield", 1000)}
    hints = (options or ImportOptions()).hints(hashlib.sha256(data).hexdigest(), **yields)
    try:
        return parse.read_export(name, data, today=today, allowed_regions=allowed, hints=hints, **limits)
    except Exception:
        _log.exception("importer failed on %s", name)
        return None


def _unreadable(cls: type[FilePlan], name: str, sha: str) -> FilePlan:
    return cls(file_name=name, problems=[Problem(name, t("ingest.err.unreadable"))], problem_total=1, sha256=sha)


def _earlier_upload(store: Store, sha: str, before: int | None = None) -> dict[str, Any] | None:
    """The newest stored upload of exactly these bytes (before upload id `before`), or None."""
    with store.reading() as cur:
        rows = queries.frame(cur, "ingest/duplicate", {"sha256": sha, "before": before})
    return rows.row(0, named=True) if rows.height else None


def _note_same_bytes(store: Store, item: FilePlan, first_in_batch: str | None) -> FilePlan:
    """Name an earlier upload (or file of the batch) with the same bytes: the message tells the user why."""
    before = getattr(item, "upload_id", None)
    earlier = _earlier_upload(store, item.sha256, before) if item.accepted and item.sha256 else None
    item.duplicate_of = int(earlier["upload_id"]) if earlier else None
    item.duplicate_in_batch = first_in_batch if item.duplicate_of is None else None
    return item


def plan_files(store: Store, files: Files, *, allowed_regions: set[str] | None = None,
               today: dt.date | None = None, options: ImportOptions | None = None) -> list[FilePlan]:
    """A dry run: what apply_files would do with these files, in order; reads the store, writes nothing.

    Later files are judged as if the earlier accepted ones had been applied, as apply_files does: a file is
    compared with the values it would meet, so re-sending an original after a correction plans to restore it.
    options: what the user gave besides the files (region, period, column mappings; importer.options).
    """
    today = today or today_wib()
    limits = _limits(store)
    plans: list[FilePlan] = []
    pending: dict[str, pl.DataFrame] = {}
    refused: dict[str, FilePlan] = {}
    first_name: dict[str, str] = {}
    for raw_name, data in files:
        name, sha = _display_name(raw_name), hashlib.sha256(data).hexdigest()
        if sha in refused:  # a refused file sent twice is refused twice (no need to read it again)
            plans.append(replace(refused[sha], file_name=name))
            continue
        parsed = _parse(name, data, today=today, allowed=allowed_regions, limits=limits, options=options)
        plan = _plan_one(store, parsed, pending) if parsed is not None else _unreadable(FilePlan, name, sha)
        if not plan.accepted:
            refused[sha] = plan
        _note_same_bytes(store, plan, first_name.get(sha))
        first_name.setdefault(sha, name)
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
        details = changes.describe(cur, parsed.frames, pending, file_name=parsed.file_name)  # old -> new, continuity
    for kind, frame in parsed.frames.items():
        pending[kind] = overlay(kind, pending.get(kind), frame)
    return from_parsed(FilePlan, parsed, rows_added=added, rows_replaced=replaced, rows_unchanged=unchanged,
                       details=details)


class _NothingChanges(Exception):
    """Raised inside the write transaction when every row equals the stored one (rolls back: no upload row)."""


def apply_files(store: Store, files: Files, *, uploader: str, source: str, allowed_regions: set[str] | None = None,
                today: dt.date | None = None, options: ImportOptions | None = None) -> list[FileResult]:
    """Apply files one after another, each accepted file in one write transaction; refused files change nothing
    but an audit event.

    The newest send wins, also when its bytes equal an earlier upload's (the original re-sent after a correction
    restores it, and history keeps the corrected values); a file whose rows all equal the stored ones changes
    nothing and gets no upload row. A refused write (disk full...) raises FileSystemFailure with `.done`, the
    results of the files before it; the failing file left nothing behind.
    """
    today = today or today_wib()
    limits = _limits(store)
    results: list[FileResult] = []
    for raw_name, data in files:
        name, sha = _display_name(raw_name), hashlib.sha256(data).hexdigest()
        parsed = _parse(name, data, today=today, allowed=allowed_regions, limits=limits, options=options)
        if parsed is None or not parsed.accepted:
            result = from_parsed(FileResult, parsed) if parsed is not None else _unreadable(FileResult, name, sha)
            audit.log(store, uploader, audit.UPLOAD_REFUSED, audit_detail(result, source))
            results.append(result)
            continue
        try:
            results.append(_apply_one(store, parsed, data, uploader=uploader, source=source))
        except FileSystemFailure as exc:
            exc.done = list(results)
            exc.file_name = name
            raise
    return results


def _apply_one(store: Store, parsed: Any, data: bytes, *, uploader: str, source: str) -> FileResult:
    result = from_parsed(FileResult, parsed)
    uploader = str(uploader or "?")[:audit.MAX_ACTOR]
    at = now()
    path, upload_id = None, None
    try:
        with store.writing() as cur:
            # Judged inside the transaction against the values stored now (another writer may have changed them
            # since the preview): equal everywhere means nothing to write, not even an upload row.
            counts = [compare(cur, kind, parsed.frames[kind]) for kind in schema.KINDS if kind in parsed.frames]
            if not any(added or replaced for added, replaced, _ in counts):
                result.rows_unchanged = sum(c[2] for c in counts)
                raise _NothingChanges
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
            write_options(cur, upload_id, parsed.used)
            write_upload_regions(cur, parsed.frames, upload_id)
            result.upload_id = upload_id
            queries.execute(cur, "ingest/upload_insert", {
                "upload_id": upload_id, "file_name": result.file_name, "sha256": result.sha256, "at": at,
                "uploader": uploader, "kind": result.kind or "?", "source": source,
                "rows_total": result.rows_total, "rows_added": result.rows_added,
                "rows_replaced": result.rows_replaced, "rows_unchanged": result.rows_unchanged,
                "warnings": result.warning_total, "archive_path": rel})
            audit.record(cur, uploader, audit.UPLOAD, audit_detail(result, source), at=at)
            derived.refresh(cur)
            result.replaced_where = replaced_where(cur, upload_id)
    except _NothingChanges:
        return _note_same_bytes(store, result, None)
    except BaseException:
        # A rolled-back transaction's archive file must not outlive it; but when the failure came after the
        # commit, the uploads row names the file and it must stay.
        if path is not None and not _landed(store, upload_id):
            remove_archived(path)
        result.upload_id = None
        raise
    _manifest(store, upload_manifest(upload_id, rel, file_name=result.file_name, sha256=result.sha256,
                                     uploader=uploader, at=at, source=source, kind=result.kind or "?",
                                     options=parsed.used))
    return _note_same_bytes(store, result, None)


def _manifest(store: Store, manifest: dict[str, Any]) -> None:
    try:
        write_manifest(store, manifest)
    except Exception:
        # The upload landed; only a rebuild from the bare archive would miss it. `doctor --fix` writes it later.
        _log.warning("manifest of upload %s not written", manifest["upload_id"], exc_info=True)


def _landed(store: Store, upload_id: int | None) -> bool:
    if upload_id is None:
        return False
    try:
        with store.reading() as cur:
            return queries.scalar(cur, "uploads/exists", {"upload_id": int(upload_id)}) is not None
    except Exception:
        return True  # unsure: an orphan file costs a little disk, a lost raw file cannot be recovered


def _next_upload_id(cur: Any) -> int:
    """One above every stored upload (ingest/next_upload_id.sql; unique: writes go one at a time)."""
    return int(queries.scalar(cur, "ingest/next_upload_id"))
