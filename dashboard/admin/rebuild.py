"""Rebuild: replay every archived upload, in upload order, into a fresh store; then copy settings, targets,
accounts and the audit trail. Same files through the same importer give the same metrics.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import polars as pl

from dashboard.admin.backup import COPIED_TABLES, BackupError
from dashboard.store import Store, audit, queries
from dashboard.text import t


def _clear(out: Path) -> None:
    for extra in (out, out.with_name(out.name + ".wal"), out.with_name(out.name + ".version")):
        extra.unlink(missing_ok=True)
    shutil.rmtree(out.parent / f"{out.stem}-archive", ignore_errors=True)


def rebuild(source: Store, out_path: str | Path, *, force: bool = False, actor: str = "sistem") -> dict[str, int]:
    """Build a fresh store at out_path from source's uploads and archive; return counts of what was replayed.

    Each archived file goes through dashboard.importer.apply_files again (source='rebuild', its original
    uploader, its original day as 'today'); demo builds are re-run from the parameters in their file name.
    """
    from dashboard import demo, importer  # late: rebuild is the only user here of the import machinery

    out = Path(out_path).resolve()
    if out == source.path:
        raise BackupError(t("auth.rebuild.same"))
    if out.exists() and not force:
        raise BackupError(t("auth.rebuild.exists", path=out))
    with source.reading() as cur:
        uploads = queries.frame(cur, "backup/uploads_replay")
        replay = dict(queries.frame(cur, "backup/upload_options").iter_rows())
        copied = {name: queries.frame(cur, "backup/table_rows", {"name": name}) for name in COPIED_TABLES}
        trail = queries.frame(cur, "backup/audit_rows")
    source.close()
    _clear(out)
    target = Store(out, wait_seconds=source.wait_seconds, linger_seconds=0)
    counts = {"uploads": 0, "demo": 0}
    try:
        for row in uploads.iter_rows(named=True):
            if row["kind"] == "demo" or str(row["file_name"]).startswith(demo.FILE_PREFIX):
                try:
                    kwargs = demo.parse_description(row["file_name"])
                except ValueError:
                    raise BackupError(t("auth.rebuild.bad_demo", upload_id=row["upload_id"], file=row["file_name"])) from None
                demo.build_demo(target, **kwargs)
                counts["demo"] += 1
                continue
            raw = _archived(source, row)
            day = row["uploaded_at"].date() if row["uploaded_at"] is not None else None
            # What the upload took from outside its file (a mapping, a region or period the user gave, the yields
            # that converted cards) is replayed as it was, whatever the source's mappings and settings say now.
            options = importer.replay_options(json.loads(replay.get(row["upload_id"]) or "{}"))
            results = importer.apply_files(target, [(row["file_name"], raw)], uploader=row["uploader"],
                                           source="rebuild", today=day, options=options)
            refused = [r for r in results if not r.accepted]
            if refused:
                raise BackupError(t("auth.rebuild.refused", upload_id=row["upload_id"], file=row["file_name"],
                                    message=refused[0].message()))
            counts["uploads"] += 1
        _copy_tables(target, copied, trail, actor, counts)
    finally:
        target.close()
    return counts


def _archived(source: Store, row: dict[str, Any]) -> bytes:
    rel = row["archive_path"]
    path = (source.archive_dir / rel).resolve() if rel else None
    # Archive paths come from our own table, but a tampered store must not read files outside the archive.
    if path is None or not path.is_relative_to(source.archive_dir.resolve()) or not path.is_file():
        raise BackupError(t("auth.rebuild.missing", upload_id=row["upload_id"], file=row["file_name"], path=path))
    return path.read_bytes()


def _copy_tables(target: Store, copied: dict[str, pl.DataFrame], trail: pl.DataFrame, actor: str,
                 counts: dict[str, int]) -> None:
    with target.writing() as cur:
        for name, frame in copied.items():
            queries.execute(cur, f"backup/{name}_delete")  # a query file per table of COPIED_TABLES
            if frame.height:
                cur.register("rebuild_rows", frame)
                queries.execute(cur, f"backup/{name}_insert")
                cur.unregister("rebuild_rows")
        # The replay wrote its own upload events; the source's trail replaces them, then one rebuild event.
        queries.execute(cur, "backup/audit_clear")
        if trail.height:
            cur.register("rebuild_audit", trail)
            queries.execute(cur, "backup/audit_copy")
            cur.unregister("rebuild_audit")
        audit.record(cur, actor, audit.REBUILD, counts)
