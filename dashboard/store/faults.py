"""What goes wrong under the store, said plainly: a damaged file (StoreDamaged) or a file system that refuses a write.

Kept apart from connection.py so another backend (a server database) can bring its own checks: the connection
calls check_opened() once a file is open and classify() on any DuckDB error, and raises what they return.
"""

from __future__ import annotations

import errno
from pathlib import Path

import duckdb

from dashboard import fmt
from dashboard.store import queries

# DuckDB's file starts with three 4 KiB headers, then whole blocks (tests/test_faults_damaged.py checks the layout).
HEADER_BYTES = 3 * 4096

# errno -> reason key (text/id_faults.py: faults.reason.<key>, faults.hint.<key>)
_ERRNO = {errno.ENOSPC: "full", errno.EDQUOT: "quota", errno.EACCES: "permission", errno.EPERM: "permission",
          errno.EROFS: "read_only"}
# How DuckDB words the same failures (its errors carry text, not an errno).
_WORDS = (("no space left on device", "full"), ("disk quota exceeded", "quota"), ("permission denied", "permission"),
          ("read-only file system", "read_only"))
# DuckDB's words for a file it cannot make sense of: not ours to fix by retrying.
_DAMAGE = ("not a valid duckdb database file", "corrupt database file", "checksum", "could not read enough bytes",
           "invalid block", "database file with version number", "serialization", "invalid unicode",
           "failed to read", "is not a duckdb")
_BUSY = ("could not set lock on file", "conflicting lock")


class StoreDamaged(RuntimeError):
    """The store file exists but cannot be read as a store; str() names the file and the way out (Bahasa)."""

    def __init__(self, path: Path, reason: str, detail: str = ""):
        from dashboard.text import t

        self.path, self.reason, self.detail = Path(path), reason, detail
        super().__init__(t("faults.damaged", path=self.path, reason=reason, archive=archive_of(self.path)))


class StoreTooNew(StoreDamaged):
    """The file was written by a newer DuckDB than the one pinned here (2.0 -> 1.5.5): not damaged, but this version
    cannot read it; str() names the versions and the way out (rebuild from the archive folder)."""

    def __init__(self, path: Path, found: str, detail: str = ""):
        from dashboard.text import t

        self.path, self.found, self.detail = Path(path), found, detail
        self.reason = t("shared.too_new.reason", found=found, ours=duckdb.__version__)
        RuntimeError.__init__(self, t("shared.too_new", path=self.path, found=found, ours=duckdb.__version__,
                                      archive=archive_of(self.path)))


class FileSystemFailure(OSError):
    """A write the file system refused (disk full, no permission, read-only); str() says what and what to do."""

    def __init__(self, path: Path | str | None, reason: str, detail: str = ""):
        self.path, self.reason_key, self.detail = (Path(path) if path else None), reason, detail
        super().__init__(self.text())

    def text(self, *, with_path: bool = True) -> str:
        """The Bahasa message; without the path for screens that anonymous or regional users see."""
        from dashboard.text import t

        where = t("faults.fs.where", path=self.path) if with_path and self.path else ""
        return t("faults.fs", reason=t(f"faults.reason.{self.reason_key}"), where=where,
                 hint=t(f"faults.hint.{self.reason_key}"))

    def __str__(self) -> str:
        return self.text()


def archive_of(path: Path) -> Path:
    """The upload archive folder beside a store file (Store.archive_dir, without opening anything)."""
    return path.parent / f"{path.stem}-archive"


def fs_reason(exc: BaseException) -> str | None:
    """'full' | 'quota' | 'permission' | 'read_only' when exc is a file-system refusal, else None."""
    if isinstance(exc, FileSystemFailure):
        return exc.reason_key
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        return _ERRNO[exc.errno]
    if isinstance(exc, duckdb.Error):
        text = str(exc).lower()
        return next((key for words, key in _WORDS if words in text), None)
    return None


def as_fs_failure(exc: BaseException, path: Path | str | None) -> FileSystemFailure | None:
    """exc as a FileSystemFailure (the file it names when it names one), or None when it is something else."""
    if isinstance(exc, FileSystemFailure):
        return exc
    reason = fs_reason(exc)
    if reason is None:
        return None
    named = getattr(exc, "filename", None) if isinstance(exc, OSError) else None
    return FileSystemFailure(named or path, reason, detail=str(exc))


def is_damage(exc: BaseException) -> bool:
    """True for DuckDB's words about a file it cannot read (not a lock, not a full disk)."""
    if not isinstance(exc, duckdb.Error) or fs_reason(exc) or is_busy(exc):
        return False
    text = str(exc).lower()
    return any(words in text for words in _DAMAGE)


def is_busy(exc: BaseException) -> bool:
    """True when another program (not one of ours: they queue on the .lock file) holds the DuckDB file."""
    return isinstance(exc, duckdb.Error) and any(words in str(exc).lower() for words in _BUSY)


def classify(exc: BaseException, path: Path, *, opening: bool = False) -> Exception | None:
    """The error to raise instead of a raw DuckDB/OS error, or None to let exc through unchanged.

    opening=True: any DuckDB error while opening an existing file means the file is unusable (a store we wrote
    ourselves opens, or fails only for the reasons above), so it counts as damage.
    """
    from dashboard.text import t

    failure = as_fs_failure(exc, path)
    if failure is not None:
        return failure
    if is_busy(exc):
        from dashboard.store.file_lock import StoreBusy

        return StoreBusy(t("faults.busy_other"))
    if isinstance(exc, duckdb.Error) and "newer version of duckdb" in str(exc).lower():
        return StoreTooNew(path, written_by(path), detail=str(exc))
    if is_damage(exc) or (opening and isinstance(exc, duckdb.Error) and path.exists()):
        return StoreDamaged(path, _reason(exc, path), detail=str(exc))
    return None


def written_by(path: Path) -> str:
    """The DuckDB version a store file names in its header ('v2.0.0'), or '?' when it names none."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return "?"
    # The main header stores the writer's version as text at byte 52 (checked in tests/test_shared_config.py).
    text = head[52:64].split(b"\0", 1)[0].decode("ascii", "replace").strip()
    return text if text.startswith("v") else "?"


def _reason(exc: BaseException, path: Path) -> str:
    from dashboard.text import t

    text = str(exc).lower()
    try:
        size = path.stat().st_size
    except OSError:
        size = None
    if size == 0:
        return t("faults.why.empty")
    if "not a valid duckdb" in text or "is not a duckdb" in text:
        return t("faults.why.header")
    if "version number" in text:
        return t("faults.why.version")
    if "could not read enough bytes" in text:
        return t("faults.why.truncated")
    if "checksum" in text or "corrupt" in text:
        return t("faults.why.checksum")
    return t("faults.why.unreadable")


def check_opened(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Cheap checks right after DuckDB opened the file: StoreDamaged when the file cannot hold the blocks its own
    header says are in use (a truncated copy opens fine and fails only on the first read of a missing block).

    A lower bound, never a false alarm: a cut that spares the used blocks' count is found by the first query that
    reads a missing block (classify) or by `doctor`, which reads everything. Skipped when a WAL sits beside the
    file: replaying it may have allocated blocks not yet written.
    """
    if path.with_name(path.name + ".wal").exists() or not path.exists():
        return
    block_size, blocks = queries.frame(con, "store/database_size").row(0)
    expected = HEADER_BYTES + int(blocks) * int(block_size)
    size = path.stat().st_size
    if size < expected:
        from dashboard.text import t

        raise StoreDamaged(path, t("faults.why.short", size=fmt.number(size), expected=fmt.number(expected)))
