"""Rebuild: replay every archived upload, in upload order, into a fresh store; then copy settings, targets,
accounts and the audit trail. Same files through the same importer give the same metrics.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import polars as pl

from dashboard import audit, sqlfiles
from dashboard.backup import COPIED_TABLES, BackupError
from dashboard.store import Store
from dashboard.text import t

DEMO_PREFIX = "demo:"


def parse_demo(file_name: str) -> dict[str, Any]:
    """'demo:seed=1;today=2024-03-31;months=24;regions=65,52.08' -> build_demo keyword arguments."""
    if not file_name.startswith(DEMO_PREFIX):
        raise ValueError(file_name)
    params = dict(part.split("=", 1) for part in file_name[len(DEMO_PREFIX):].split(";") if part)
    kwargs: dict[str, Any] = {}
    if params.get("seed") not in (None, "", "None"):
        kwargs["seed"] = int(params["seed"])
    if params.get("today") not in (None, "", "None"):
        kwargs["today"] = dt.date.fromisoformat(params["today"])
    if params.get("months") not in (None, "", "None"):
        kwargs["months"] = int(params["months"])
    raw = (params.get("regions") or "").strip()
    if raw and raw not in ("None", "all", "*", "ID"):
        kwargs["regions"] = [code for code in raw.replace("|", ",").split(",") if code]
    return kwargs


def _clear(out: Path) -> None:
    for extra in (out, out.with_name(out.name + ".wal"), out.with_name(out.name + ".version")):
        extra.unlink(missing_ok=True)
    shutil.rmtree(out.parent / f"{out.stem}-archive", ignore_errors=True)


def rebuild(source: Store, out_path: str | Path, *, force: bool = False, actor: str = "sistem") -> dict[str, int]:
    """Build a fresh store at out_path from source's uploads and archive; return counts of what was replayed.

    Each archived file goes through dashboard.ingest.apply_files again (source='rebuild', its original
    uploader, its original day as 'today'); demo builds are re-run from the parameters in their file name.
    """
    from dashboard import demo, ingest  # late: rebuild is the only user here of the import machinery

    out = Path(out_path).resolve()
    if out == source.path:
        raise BackupError(t("auth.rebuild.same"))
    if out.exists() and not force:
        raise BackupError(t("auth.rebuild.exists", path=out))
    with source.reading() as cur:
        uploads = sqlfiles.frame(cur, "backup_uploads_replay")
        copied = {name: sqlfiles.frame(cur, "backup_table_rows", {"name": name}) for name in COPIED_TABLES}
        trail = sqlfiles.frame(cur, "backup_audit_rows")
    source.close()
    _clear(out)
    target = Store(out, wait_seconds=source.wait_seconds, linger_seconds=0)
    counts = {"uploads": 0, "demo": 0}
    try:
        for row in uploads.iter_rows(named=True):
            if row["kind"] == "demo" or str(row["file_name"]).startswith(DEMO_PREFIX):
                try:
                    kwargs = parse_demo(row["file_name"])
                except ValueError:
                    raise BackupError(t("auth.rebuild.bad_demo", upload_id=row["upload_id"], file=row["file_name"])) from None
                demo.build_demo(target, **kwargs)
                counts["demo"] += 1
                continue
            raw = _archived(source, row)
            day = row["uploaded_at"].date() if row["uploaded_at"] is not None else None
            results = ingest.apply_files(target, [(row["file_name"], raw)], uploader=row["uploader"],
                                         source="rebuild", today=day)
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
            sqlfiles.execute(cur, f"backup_{name}_delete")  # a query file per table of COPIED_TABLES
            if frame.height:
                cur.register("rebuild_rows", frame)
                sqlfiles.execute(cur, f"backup_{name}_insert")
                cur.unregister("rebuild_rows")
        # The replay wrote its own upload events; the source's trail replaces them, then one rebuild event.
        sqlfiles.execute(cur, "backup_audit_clear")
        if trail.height:
            cur.register("rebuild_audit", trail)
            sqlfiles.execute(cur, "backup_audit_copy")
            cur.unregister("rebuild_audit")
        audit.record(cur, actor, audit.REBUILD, counts)
