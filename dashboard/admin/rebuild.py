"""Rebuild: replay every archived upload, in upload order, into a fresh store; then copy settings, targets,
accounts and the audit trail. Same files through the same importer give the same metrics.

The list of uploads comes from the store's uploads table, or, when the store cannot be opened (or with
from_archive), from the manifests beside the archived files: the archive folder alone is enough. What lives only
in the store (accounts, settings, targets, the audit trail) is copied when the source can still be read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from dashboard.admin import archive
from dashboard.admin.backup import COPIED_TABLES, BackupError, exclusive
from dashboard.store import DUCKDB_CONFIG, Store, StoreDamaged, audit, location, queries
from dashboard.text import t


def _clear(out: Path) -> None:
    for extra in (out, out.with_name(out.name + ".wal"), out.with_name(out.name + ".version")):
        extra.unlink(missing_ok=True)
    shutil.rmtree(out.parent / f"{out.stem}-archive", ignore_errors=True)


def rebuild(source: Store, out_path: str | Path, *, force: bool = False, actor: str = "sistem",
            from_archive: str | Path | None = None, replace: bool = False) -> dict[str, Any]:
    """Build a fresh store at out_path from source's uploads and archive; return counts of what was replayed.

    Each archived file goes through dashboard.importer.apply_files again (source='rebuild', its original
    uploader, its original day as 'today'); demo builds are re-run from the parameters in their file name
    (only when the list comes from the store: a demo build has no archived file). replace=True then puts the
    rebuilt store and its archive in the source's place, the old ones moved aside (never deleted).
    """
    from dashboard import demo, importer  # late: rebuild is the only user here of the import machinery

    if location.is_url(str(out_path)):  # into a shared store: how an embedded store moves to several servers
        target = _empty_server(source, str(out_path), replace)
    else:
        out = Path(out_path).resolve()
        if out == source.path:
            raise BackupError(t("auth.rebuild.same"))
        if out.exists() and not force:
            raise BackupError(t("auth.rebuild.exists", path=out))
    root, uploads, copied, trail, unread = _sources(source, from_archive)
    source.close()
    if not location.is_url(str(out_path)):
        _clear(out)
        target = Store(out, wait_seconds=source.wait_seconds, linger_seconds=0)
    counts: dict[str, Any] = {"uploads": 0, "demo": 0, "from_archive": str(root) if unread is not None else None,
                              "unreadable_manifests": unread or [], "salvaged": copied is not None}
    try:
        for row in uploads:
            if row["kind"] == "demo" or str(row["file_name"]).startswith(demo.FILE_PREFIX):
                try:
                    kwargs = demo.parse_description(row["file_name"])
                except ValueError:
                    raise BackupError(t("auth.rebuild.bad_demo", upload_id=row["upload_id"], file=row["file_name"])) from None
                demo.build_demo(target, **kwargs)
                counts["demo"] += 1
                continue
            raw = _archived(root, row)
            day = row["uploaded_at"].date() if row["uploaded_at"] is not None else None
            # What the upload took from outside its file (a mapping, a region or period the user gave, the yields
            # that converted cards) is replayed as it was, whatever the source's mappings and settings say now.
            options = importer.replay_options(json.loads(row.get("options") or "{}"))
            results = importer.apply_files(target, [(row["file_name"], raw)], uploader=row["uploader"],
                                           source="rebuild", today=day, options=options)
            refused = [r for r in results if not r.accepted]
            if refused:
                raise BackupError(t("auth.rebuild.refused", upload_id=row["upload_id"], file=row["file_name"],
                                    message=refused[0].message()))
            counts["uploads"] += 1
        _copy_tables(target, copied or {}, trail, actor, counts)
    finally:
        target.close()
    if replace:
        counts["aside"] = _swap(source, target)
    return counts


def _empty_server(source: Store, url: str, replace: bool) -> Store:
    """The shared store at url, refused unless it holds nothing yet (a rebuild never mixes into existing data)."""
    target = Store.open(url, wait_seconds=source.wait_seconds)
    if target is source or replace:
        raise BackupError(t("shared.rebuild.same" if target is source else "shared.rebuild.replace"))
    with target.reading() as cur:
        if queries.scalar(cur, "uploads/count") or not target.is_empty():
            raise BackupError(t("shared.rebuild.not_empty", server=target.path))
    return target


def _sources(source: Store, from_archive: str | Path | None) -> tuple[Path, list[dict], Any, Any, list | None]:
    """(archive folder, uploads in order, copied tables or None, audit rows or None, unreadable manifests or
    None when the list came from the store)."""
    if from_archive is None:
        try:
            with source.reading() as cur:
                uploads = queries.frame(cur, "backup/uploads_replay").to_dicts()
                replay = dict(queries.frame(cur, "backup/upload_options").iter_rows())
                uploads = [{**row, "options": replay.get(row["upload_id"])} for row in uploads]
                copied = {name: queries.frame(cur, "backup/table_rows", {"name": name}) for name in COPIED_TABLES}
                trail = queries.frame(cur, "backup/audit_rows")
            return source.archive_dir, uploads, copied, trail, None
        except StoreDamaged:
            from_archive = source.archive_dir  # the way out the damage message names
    root = Path(from_archive).resolve()
    found, unread = archive.manifests(root)
    if not found:
        raise BackupError(t("recovery.rebuild.no_manifests", dir=root))
    copied, trail = _salvage(source)
    return root, [m.row() for m in found], copied, trail, unread


def _salvage(source: Store) -> tuple[dict[str, pl.DataFrame] | None, pl.DataFrame | None]:
    """Accounts, settings, targets and the audit trail from a store that may be damaged (None when unreadable)."""
    if not source.path.exists():
        return None, None
    try:
        with exclusive(source):
            con = duckdb.connect(str(source.path), read_only=True, config=DUCKDB_CONFIG)
            try:
                copied = {name: queries.frame(con, "backup/table_rows", {"name": name}) for name in COPIED_TABLES}
                return copied, queries.frame(con, "backup/audit_rows")
            finally:
                con.close()
    except (duckdb.Error, OSError):
        return None, None


def _archived(root: Path, row: dict[str, Any]) -> bytes:
    rel = row["archive_path"]
    path = (root / rel).resolve() if rel else None
    # Archive paths come from our own table or manifests, but a tampered one must not read outside the archive.
    if path is None or not path.is_relative_to(root.resolve()) or not path.is_file():
        raise BackupError(t("auth.rebuild.missing", upload_id=row["upload_id"], file=row["file_name"], path=path))
    raw = path.read_bytes()
    if row.get("sha256") and hashlib.sha256(raw).hexdigest() != row["sha256"]:
        raise BackupError(t("recovery.rebuild.changed", upload_id=row["upload_id"], file=row["file_name"]))
    return raw


def _copy_tables(target: Store, copied: dict[str, pl.DataFrame], trail: pl.DataFrame | None, actor: str,
                 counts: dict[str, Any]) -> None:
    with target.writing() as cur:
        for name, frame in copied.items():
            queries.execute(cur, f"backup/{name}_delete")  # a query file per table of COPIED_TABLES
            if frame.height:
                cur.register("rebuild_rows", frame)
                queries.execute(cur, f"backup/{name}_insert")
                cur.unregister("rebuild_rows")
        if trail is not None:
            # The replay wrote its own upload events; the source's trail replaces them, then one rebuild event.
            queries.execute(cur, "backup/audit_clear")
            if trail.height:
                cur.register("rebuild_audit", trail)
                queries.execute(cur, "backup/audit_copy")
                cur.unregister("rebuild_audit")
        audit.record(cur, actor, audit.REBUILD, {k: v for k, v in counts.items() if k != "unreadable_manifests"})


def _swap(source: Store, target: Store) -> str:
    """Put the rebuilt store and archive where the source's were; the old ones stay beside them, renamed."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = source.path.with_name(f"{source.path.name}.before-rebuild-{stamp}")
    old_version = _version_of(source)
    with exclusive(source):
        for suffix in ("", ".wal"):
            old = source.path.with_name(source.path.name + suffix)
            if old.exists():
                os.replace(old, aside.with_name(aside.name + suffix))
        if source.archive_dir.exists():
            os.replace(source.archive_dir, source.archive_dir.with_name(f"{source.archive_dir.name}.before-rebuild-{stamp}"))
        os.replace(target.path, source.path)
        if target.archive_dir.exists():
            os.replace(target.archive_dir, source.archive_dir)
        for extra in (".version", ".lock", ".wal"):
            target.path.with_name(target.path.name + extra).unlink(missing_ok=True)
        source.path.with_name(source.path.name + ".version").unlink(missing_ok=True)
        con = duckdb.connect(str(source.path), config=DUCKDB_CONFIG)
        try:  # above the old version: no cache of the old store is served under a reused number
            new = int(queries.scalar(con, "backup/data_version") or 0)
            queries.execute(con, "backup/set_data_version", {"version": str(max(old_version, new) + 1)})
        finally:
            con.close()
    return aside.name


def _version_of(store: Store) -> int:
    """The last data version this store announced (its version file survives when the store file is damaged)."""
    try:
        return int(store.path.with_name(store.path.name + ".version").read_text() or 0)
    except (OSError, ValueError):
        return 0
