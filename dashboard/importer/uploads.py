"""Upload history and archived raw files for the Unggah page, and the batch key that ties a preview to its files."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

import polars as pl

from dashboard.store import Store
from dashboard.text import t

HISTORY_LIMIT = 1000


def batch_key(files: Sequence[tuple[str, bytes]]) -> str:
    """One sha256 over the names and contents of a batch, in order (order matters: a later file wins)."""
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode("utf-8", "replace") + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def upload_history(store: Store, limit: int = HISTORY_LIMIT) -> pl.DataFrame:
    """The newest uploads first (time in WIB), with what each one added, replaced and left unchanged."""
    return store.query("uploads/history", limit=limit)


def downloadable(store: Store, *, allowed_regions: set[str] | None) -> set[int]:
    """Upload ids whose raw file this scope may download (None = an admin: every archived upload)."""
    rows = store.query("uploads/downloadable", everything=allowed_regions is None,
                       regions=sorted(allowed_regions or ()))
    return set(rows["upload_id"].to_list())


def archived_path(store: Store, upload_id: int, *, allowed_regions: set[str] | None) -> tuple[str, Path] | None:
    """(original file name, archived file) of an upload; None when it has no archive, the file is gone, or the
    upload carries a region outside allowed_regions (None = an admin: all). The scope is checked here, in the
    library, so no page can hand out another region's raw file by forgetting to filter."""
    if allowed_regions is not None and int(upload_id) not in downloadable(store, allowed_regions=allowed_regions):
        return None
    rows = store.query("uploads/archive_path", upload_id=int(upload_id))
    if rows.is_empty() or not rows["archive_path"][0]:
        return None
    root = store.archive_dir.resolve()
    path = (root / rows["archive_path"][0]).resolve()
    # Paths come from our own table, but a tampered row must never serve a file outside the archive.
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return rows["file_name"][0], path


def archived_bytes(store: Store, upload_id: int, *, allowed_regions: set[str] | None) -> tuple[str, bytes]:
    """(original file name, raw bytes) of an upload's archived file; LookupError (Indonesian text) when missing
    or outside allowed_regions."""
    found = archived_path(store, upload_id, allowed_regions=allowed_regions)
    if found is None:
        raise LookupError(t("ops.unggah.archive_missing", upload_id=upload_id))
    name, path = found
    return name, path.read_bytes()
