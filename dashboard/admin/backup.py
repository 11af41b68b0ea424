"""Backup (checkpointed file + upload archive + manifest with sha256), verified restore, and rebuild from the archive.

Backup and restore take the store's cross-process file lock (<db>.lock, the protocol of dashboard.store.connection) and work
with no connection open, so no writer can change the file while it is copied or replaced.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, Iterator

import duckdb

from dashboard.store import DUCKDB_CONFIG, Store, StoreBusy, audit, faults, queries
from dashboard.text import t

MANIFEST = "manifest.json"
DB_FILE = "ektp.duckdb"
ARCHIVE = "archive"
FORMAT = "ektp-backup/1"
# Tables copied verbatim into a rebuilt store (identifiers from this list only).
COPIED_TABLES = ("settings", "coverage_targets", "users", "import_mappings")
_CHUNK = 1 << 20


class BackupError(RuntimeError):
    """A refused backup, restore or rebuild; str() is a message in Bahasa Indonesia."""


@contextmanager
def exclusive(store: Store) -> Iterator[None]:
    """Hold the store's file lock with no connection open (this process's own Store is closed first)."""
    store.close()
    fd = os.open(str(store.path) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + store.wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreBusy(t("store.busy", seconds=f"{store.wait_seconds:.0f}")) from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy(src: Path, dst: Path) -> None:
    # Write beside the target and rename, so a crash never leaves a half-copied file under the real name.
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".part")
    with open(src, "rb") as fin, open(tmp, "wb") as fout:
        shutil.copyfileobj(fin, fout, _CHUNK)
        fout.flush()
        os.fsync(fout.fileno())
    os.replace(tmp, dst)


def _archive_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()) if root.is_dir() else []


def backup(store: Store, out_dir: str | Path, *, actor: str = "sistem") -> dict[str, Any]:
    """Copy the checkpointed store and its upload archive into an empty out_dir; return the manifest.

    manifest.json is written last: a folder without one is an unfinished backup and restore refuses it.
    """
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BackupError(t("auth.backup.out_not_empty", dir=out))
    if not store.path.exists():
        raise BackupError(t("auth.backup.no_store", path=store.path))
    out.mkdir(parents=True, exist_ok=True)
    with exclusive(store):
        try:
            con = duckdb.connect(str(store.path), config=DUCKDB_CONFIG)
        except duckdb.Error as exc:  # a damaged store is not backed up: restore or rebuild it instead
            raise (faults.classify(exc, store.path, opening=True) or exc) from exc
        try:
            faults.check_opened(con, store.path)
            con.execute("checkpoint")
            version = queries.scalar(con, "backup/data_version") or "0"
            applied = [name for _, name in con.execute(queries.load("store/migrations_applied")).fetchall()]
        except duckdb.Error as exc:
            raise (faults.classify(exc, store.path, opening=True) or exc) from exc
        finally:
            con.close()  # closing checkpoints again and leaves no WAL: the file alone is the whole store
        _copy(store.path, out / DB_FILE)
        for src in _archive_files(store.archive_dir):
            _copy(src, out / ARCHIVE / src.relative_to(store.archive_dir))
    files = {DB_FILE: _entry(out / DB_FILE)}
    for path in _archive_files(out / ARCHIVE):
        files[path.relative_to(out).as_posix()] = _entry(path)
    manifest = {"format": FORMAT, "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
                "source": str(store.path), "data_version": version, "migrations": applied,
                "duckdb": duckdb.__version__, "files": files}
    tmp = out / (MANIFEST + ".part")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, out / MANIFEST)
    audit.log(store, actor, audit.BACKUP, {"dir": str(out), "data_version": version, "files": len(files)})
    return manifest


def _entry(path: Path) -> dict[str, Any]:
    return {"sha256": sha256(path), "bytes": path.stat().st_size}


def _safe_member(root: Path, name: str) -> Path:
    rel = PurePosixPath(name)
    if (not name or rel.is_absolute() or ".." in rel.parts or "\\" in name or "\x00" in name
            or not (rel.parts[0] == DB_FILE and len(rel.parts) == 1 or rel.parts[0] == ARCHIVE and len(rel.parts) > 1)):
        raise BackupError(t("auth.restore.bad_path", file=name[:200]))
    path = root / rel
    if path.is_symlink() or not path.resolve().is_relative_to(root.resolve()):
        raise BackupError(t("auth.restore.bad_path", file=name[:200]))
    return path


def verify(backup_dir: str | Path) -> dict[str, Any]:
    """The manifest of a complete, unaltered backup; BackupError naming the first problem otherwise."""
    root = Path(backup_dir)
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        files = manifest["files"]
        if manifest.get("format") != FORMAT or not isinstance(files, dict) or DB_FILE not in files:
            raise ValueError
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupError(t("auth.restore.no_manifest", dir=root)) from None
    for name, entry in sorted(files.items()):
        path = _safe_member(root, str(name))
        if not path.is_file():
            raise BackupError(t("auth.restore.bad_file", file=name, problem="tidak ada"))
        if not isinstance(entry, dict) or path.stat().st_size != entry.get("bytes") or sha256(path) != entry.get("sha256"):
            raise BackupError(t("auth.restore.bad_file", file=name, problem="tidak cocok dengan sha256 di manifest"))
    return manifest


def held_rows(path: Path) -> int:
    """Stock + coverage rows, uploads and accounts in a store file (0 when absent or not a store)."""
    if not path.exists():
        return 0
    con = duckdb.connect(str(path), read_only=True, config=DUCKDB_CONFIG)
    try:
        faults.check_opened(con, path)
        present = [r[0] for r in con.execute(queries.load("backup/tables_present")).fetchall()]
        # Table names come from the fixed list in backup_tables_present.sql and are bound as values.
        return sum(queries.scalar(con, "backup/table_count", {"name": name}) for name in present)
    finally:
        con.close()


def _held_or_damaged(path: Path) -> tuple[int, bool]:
    """(rows held, damaged): a target that cannot be opened (StoreDamaged's cases) is damaged, not an error."""
    try:
        return held_rows(path), False
    except faults.StoreDamaged:
        return 0, True
    except duckdb.Error as exc:
        if faults.as_fs_failure(exc, path) or faults.is_busy(exc):
            raise
        return 0, True


def restore(store: Store, backup_dir: str | Path, *, force: bool = False, actor: str = "sistem") -> dict[str, Any]:
    """Replace the store (and its archive) with a verified backup; refuses a store holding data unless force.

    The replaced file, its WAL and archive are moved aside (never deleted): a damaged file (one that cannot be
    opened: the case restore exists for) as NAME.damaged-<time>, a healthy one as NAME.before-restore-<time>.
    The data version is set above both the old and the restored one so no cache serves the old data under a
    reused version number.
    """
    root = Path(backup_dir)
    manifest = verify(root)
    path = store.path
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    with exclusive(store):
        old_version = 0
        rows, damaged = _held_or_damaged(path) if path.exists() else (0, False)
        aside = path.with_name(f"{path.name}.{'damaged' if damaged else 'before-restore'}-{stamp}")
        if damaged and not force:
            raise BackupError(t("recovery.restore.damaged", path=path, aside=aside.name))
        if rows and not force:
            raise BackupError(t("auth.restore.has_data", path=path, rows=rows, aside=aside.name))
        if path.exists():
            old_version = 0 if damaged else _version_of(path)
            os.replace(path, aside)
        wal = path.with_name(path.name + ".wal")
        if wal.exists():  # a WAL of the old file must never be replayed onto the restored one
            os.replace(wal, aside.with_name(aside.name + ".wal"))
        if store.archive_dir.exists():
            os.replace(store.archive_dir, store.archive_dir.with_name(f"{store.archive_dir.name}.before-restore-{stamp}"))
        for name in sorted(manifest["files"]):
            if name != DB_FILE:
                _copy(root / name, store.archive_dir / PurePosixPath(name).relative_to(ARCHIVE))
        _copy(root / DB_FILE, path)
        version = str(max(old_version, _version_of(path)) + 1)
        con = duckdb.connect(str(path), config=DUCKDB_CONFIG)
        try:
            queries.execute(con, "backup/set_data_version", {"version": version})
        finally:
            con.close()
    # A fresh Store migrates an older backup and rewrites the version file other processes read.
    fresh = Store(path, wait_seconds=store.wait_seconds, linger_seconds=0)
    try:
        audit.log(fresh, actor, audit.RESTORE, {"dir": str(root), "data_version": manifest.get("data_version"),
                                                "replaced": rows, "damaged": damaged,
                                                "aside": aside.name if rows or damaged else None})
    finally:
        fresh.close()
    return {**manifest, "aside": aside.name if path.with_name(aside.name).exists() else None, "damaged": damaged}


def _version_of(path: Path) -> int:
    con = duckdb.connect(str(path), read_only=True, config=DUCKDB_CONFIG)
    try:
        return int(queries.scalar(con, "backup/data_version") or 0)
    except (duckdb.Error, ValueError):
        return 0
    finally:
        con.close()
