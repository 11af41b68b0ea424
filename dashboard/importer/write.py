"""Set-based writes of clean rows: compare with the store, keep replaced rows in history, archive raw bytes."""

from __future__ import annotations

import datetime as dt
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import duckdb
import polars as pl

from dashboard.importer import schema
from dashboard.store import Store, faults, queries

ROWS_VIEW = "ingest_rows"  # the name the ingest_*.sql files read the incoming frame under
FLAGS_VIEW = "ingest_flags"
# Query files per kind: table names come from this whitelist, never from input.
_SQL = {
    schema.STOCK: {"compare": "ingest/stock_compare", "history": "ingest/stock_history",
                   "delete": "ingest/stock_delete", "insert": "ingest/stock_insert"},
    schema.COVERAGE: {"compare": "ingest/coverage_compare", "history": "ingest/coverage_history",
                      "delete": "ingest/coverage_delete", "insert": "ingest/coverage_insert"},
}
FLAG_COLUMNS = {"kind": pl.String, "region_code": pl.String, "item": pl.String, "period_end": pl.Date,
                "source_row": pl.Int32, "flag": pl.String, "message": pl.String, "value": pl.Float64}
# Raw files keep only a known extension; anything else is stored as .bin (the user's name never makes a path).
ARCHIVE_SUFFIXES = frozenset({".csv", ".xlsx", ".xls", ".txt", ".tsv"})
MANIFEST_SUFFIX = ".json"
MANIFEST_FORMAT = "ektp-upload/1"


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def clean(kind: str, frame: pl.DataFrame) -> pl.DataFrame:
    """Exactly schema.COLUMNS[kind], in order and types; ValueError for an unknown kind, a missing column or a
    key sent twice (the store keeps one row per key, so a frame must not say two things about one key)."""
    if kind not in _SQL:
        raise ValueError(f"unknown kind: {kind!r}")
    columns = schema.COLUMNS[kind]
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{kind} frame lacks columns {missing}")
    out = frame.select([pl.col(c).cast(dtype) for c, dtype in columns.items()])
    if out.height and out.select(schema.KEYS[kind]).is_duplicated().any():
        raise ValueError(f"{kind} frame sends a key twice")
    return out


@contextmanager
def registered(cur: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame) -> Iterator[None]:
    cur.register(name, frame)
    try:
        yield
    finally:
        cur.unregister(name)


def _counts(cur: duckdb.DuckDBPyConnection, kind: str) -> tuple[int, int, int]:
    added, replaced, unchanged = queries.frame(cur, _SQL[kind]["compare"]).row(0)
    return int(added or 0), int(replaced or 0), int(unchanged or 0)


def compare(cur: duckdb.DuckDBPyConnection, kind: str, frame: pl.DataFrame) -> tuple[int, int, int]:
    """(added, replaced, unchanged) that writing this frame would give; reads only."""
    rows = clean(kind, frame)
    if rows.is_empty():
        return 0, 0, 0
    with registered(cur, ROWS_VIEW, rows):
        return _counts(cur, kind)


def compare_after(cur: duckdb.DuckDBPyConnection, kind: str, frame: pl.DataFrame,
                  pending: pl.DataFrame | None) -> tuple[int, int, int]:
    """Like compare(), as if `pending` (clean rows of earlier files in the same batch) had been written first."""
    rows = clean(kind, frame)
    if pending is None or pending.is_empty() or rows.is_empty():
        return compare(cur, kind, rows)
    keys, values = list(schema.KEYS[kind]), schema.VALUES[kind]
    # Keys an earlier file of the batch sends are judged against that file, the rest against the store.
    over = rows.join(pending.select(keys + list(values)), on=keys, how="inner", suffix="__old", nulls_equal=True)
    same = pl.all_horizontal([pl.col(v).eq_missing(pl.col(f"{v}__old")) for v in values])
    unchanged = over.filter(same).height
    added, replaced, still = compare(cur, kind, rows.join(pending.select(keys), on=keys, how="anti", nulls_equal=True))
    return added, replaced + over.height - unchanged, still + unchanged


def overlay(kind: str, pending: pl.DataFrame | None, frame: pl.DataFrame) -> pl.DataFrame:
    """Pending rows of a batch after a later file: its keys win."""
    rows = clean(kind, frame)
    if pending is None or pending.is_empty():
        return rows
    kept = pending.join(rows.select(schema.KEYS[kind]), on=list(schema.KEYS[kind]), how="anti", nulls_equal=True)
    return pl.concat([kept, rows])


def write_clean_rows(cur: duckdb.DuckDBPyConnection, kind: str, frame: pl.DataFrame, upload_id: int,
                     *, at: dt.datetime | None = None) -> tuple[int, int, int]:
    """Write clean rows inside the caller's transaction; return (added, replaced, unchanged).

    New keys are inserted; a stored key with other values (schema.VALUES) is copied to *_history (replaced_at,
    replaced_by) and then replaced, so the newest upload wins and the old value stays queryable; a stored key
    with the same values is left alone (it keeps its first upload id).
    """
    rows = clean(kind, frame)
    if rows.is_empty():
        return 0, 0, 0
    names = _SQL[kind]
    params = {"upload_id": int(upload_id), "at": at or now()}
    with registered(cur, ROWS_VIEW, rows):
        added, replaced, unchanged = _counts(cur, kind)
        if replaced:
            queries.execute(cur, names["history"], params)
            queries.execute(cur, names["delete"], params)
        if added or replaced:
            queries.execute(cur, names["insert"], params)
    return added, replaced, unchanged


def write_flags(cur: duckdb.DuckDBPyConnection, flags: pl.DataFrame | None, upload_id: int) -> int:
    """Store an accepted file's warnings as quality_flags rows; return how many."""
    if flags is None or flags.is_empty():
        return 0
    frame = flags.select([(pl.col(c) if c in flags.columns else pl.lit(None)).cast(dtype).alias(c)
                          for c, dtype in FLAG_COLUMNS.items()])
    with registered(cur, FLAGS_VIEW, frame):
        queries.execute(cur, "ingest/flags_insert", {"upload_id": int(upload_id)})
    return frame.height


def write_options(cur: duckdb.DuckDBPyConnection, upload_id: int, used: dict | None) -> None:
    """Keep what an accepted file took from outside its bytes (importer.options.replay restores it)."""
    if used:
        queries.execute(cur, "ingest/upload_options_insert", {
            "upload_id": int(upload_id), "options": json.dumps(used, ensure_ascii=False, sort_keys=True)})


def write_upload_regions(cur: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], upload_id: int) -> None:
    """Record every region the file carries (all of its rows, also those equal to stored ones)."""
    codes = pl.concat([f.select("region_code") for f in frames.values()]).unique()
    with registered(cur, "upload_regions_in", codes):
        queries.execute(cur, "ingest/upload_regions_insert", {"upload_id": int(upload_id)})


def replaced_where(cur: duckdb.DuckDBPyConnection, upload_id: int) -> list[tuple[str, int, dt.date, dt.date]]:
    """(region, rows, first day, last day) of the stored values this upload replaced, most rows first."""
    return queries.frame(cur, "ingest/replaced_where", {"upload_id": int(upload_id)}).rows()


def archive_name(upload_id: int, sha256: str, file_name: str) -> str:
    """'00000042-3f2a9c1b0d4e.xlsx': the upload id, a sha prefix (a reused id never overwrites another file's
    bytes) and a whitelisted extension; the user's file name itself is never part of a path."""
    suffix = Path(str(file_name).replace("\\", "/")).suffix.lower()
    return f"{int(upload_id):08d}-{sha256[:12]}{suffix if suffix in ARCHIVE_SUFFIXES else '.bin'}"


def write_archive(store: Store, name: str, data: bytes) -> Path:
    """Write raw bytes under the archive folder, durably (the commit that names them is durable too).

    A refused write (disk full, no permission, read-only) raises FileSystemFailure and leaves nothing behind.
    """
    root = store.archive_dir
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise (faults.as_fs_failure(exc, root) or exc) from exc
    return _durable(root / name, data)


def _durable(path: Path, data: bytes) -> Path:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)  # the rename itself must survive a power cut
    except BaseException as exc:
        tmp.unlink(missing_ok=True)  # a full disk must not leave half a file behind
        if isinstance(exc, OSError):
            raise (faults.as_fs_failure(exc, path) or exc) from exc
        raise
    return path


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def manifest_path(archive_file: Path) -> Path:
    """The manifest beside an archived file: '00000042-3f2a9c1b0d4e.xlsx' -> '00000042-3f2a9c1b0d4e.xlsx.json'."""
    return archive_file.with_name(archive_file.name + MANIFEST_SUFFIX)


def upload_manifest(upload_id: int, rel: str, *, file_name: str, sha256: str, uploader: str, at: dt.datetime,
                    source: str, kind: str, options: dict | None = None) -> dict[str, Any]:
    """What `rebuild --from-archive` needs to replay one upload without the store: who sent which file when, and
    what it took from outside its bytes (a column mapping, a region or period the user gave, the yields)."""
    return {"format": MANIFEST_FORMAT, "upload_id": int(upload_id), "archive": rel, "file_name": file_name,
            "sha256": sha256, "uploader": uploader, "uploaded_at": at.isoformat(), "source": source, "kind": kind,
            "options": options or {}}


def write_manifest(store: Store, manifest: dict[str, Any]) -> Path:
    """Write an upload's manifest beside its archived file, durably (written after the commit: a manifest
    always names an upload that landed, so a rebuild from the folder never replays a rolled-back file)."""
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True)
    return _durable(manifest_path(store.archive_dir / manifest["archive"]), text.encode("utf-8"))


def remove_archived(path: Path) -> None:
    """Remove an archived file and its manifest (a rolled-back upload's, or an orphan)."""
    for extra in (path, manifest_path(path), path.with_name(f".{path.name}.tmp")):
        try:
            extra.unlink(missing_ok=True)
        except OSError:
            pass  # doctor --fix finds whatever a failing disk kept
