"""The one way into the DuckDB store: per-call read cursors, a single writer, and cross-process sharing.

This module is the embedded store (a DuckDB file, the default); Store.open() hands a PostgreSQL URL to the shared
store of store/lake.py instead, which keeps the same interface.

DuckDB lets only one process hold a database file read-write, and the app and the command line
(cron ingests, scheduled briefings) must both work on the same file. So no process keeps the
file open: a process opens it when its first reader or writer arrives, keeps it for a short
linger after the last one leaves (a page runs several queries in a burst), then closes it and
releases an OS file lock that other processes wait on. Inside a process every read takes its
own cursor (DuckDB 2.0 refuses one connection shared across threads) and writes go one at a
time through `writing()`, one transaction each, so readers never see half a file.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import duckdb
import polars as pl

from dashboard import paths
from dashboard.store import faults, file_lock, location, queries

DEFAULT_DB = paths.DEFAULT_DB
DUCKDB_CONFIG = {
    # Nothing may reach the network at run time.
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    # One thread per query: the largest accepted upload peaked at 500-540 MB with two (over the app's 500 MB
    # budget; DuckDB 1.5) and 445-466 MB with one, while page data took the same time on this 2-core machine
    # (bench, realistic scale: uncached pages 80-374 ms either way). Sessions run side by side anyway.
    "threads": 1,
}
_log = logging.getLogger(__name__)


def default_path() -> Path | str:
    """The store: $EKTP_DB if set, else data/ektp.duckdb (a file Path, or the server URL as written)."""
    raw = os.environ.get("EKTP_DB") or str(DEFAULT_DB)
    return raw if location.is_url(raw) else Path(raw)


class Store:
    """A DuckDB file shared by threads of this process and, in turns, by other processes."""

    _instances: dict[str, "Store"] = {}
    _instances_lock = threading.Lock()
    shared = False  # the shared store (store/lake.py) says True

    def __init__(self, path: Path, *, wait_seconds: float = 60.0, linger_seconds: float = 0.5):
        self.path = path
        self.wait_seconds = wait_seconds
        self.linger_seconds = linger_seconds
        self._state_lock = threading.Lock()
        self._writer_lock = threading.Lock()
        self._users = 0
        self._con: duckdb.DuckDBPyConnection | None = None
        self._lock_fd: int | None = None
        self._timer: threading.Timer | None = None
        self._migrated = False

    @classmethod
    def open(cls, path: str | Path | None = None, **kwargs: Any) -> "Store":
        """The process-wide Store for this file or server (threads must share one to share its writer lock).

        A server URL opens the shared store (store/lake.py); str(store.path) of an open store finds it again (the
        caches of ui/state key by it). StoreConfigError for a location that is neither a file nor our URL.
        """
        with cls._instances_lock:
            known = cls._instances.get(str(path)) if path is not None else None
            if known is not None:
                return known
            where = location.parse(path)
            key = where.shown if isinstance(where, location.Server) else str(where)
            store = cls._instances.get(key)
            if store is None:
                if isinstance(where, location.Server):
                    from dashboard.store.lake import SharedStore

                    store = SharedStore(where, **kwargs)
                else:
                    try:
                        where.parent.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise (faults.as_fs_failure(exc, where.parent) or exc) from exc
                    store = cls(where, **kwargs)
                cls._instances[key] = store
            return store

    # -- paths next to the store ---------------------------------------------------------
    @property
    def archive_dir(self) -> Path:
        """Where raw bytes of accepted uploads are kept (data/archive for the default store)."""
        return self.path.parent / f"{self.path.stem}-archive"

    @property
    def _version_file(self) -> Path:
        return self.path.with_name(self.path.name + ".version")

    # -- connection lifetime -------------------------------------------------------------
    def _acquire(self) -> duckdb.DuckDBPyConnection:
        with self._state_lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._con is None:
                self._lock_fd = file_lock.take(self.path, self.wait_seconds)
                try:
                    self._con = self._connect()
                except BaseException:
                    self._close_locked()
                    raise
            self._users += 1
            return self._con

    def _connect(self) -> duckdb.DuckDBPyConnection:
        """Open the file, check it (faults.check_opened) and migrate it once per process.

        A file DuckDB cannot read raises StoreDamaged, a refused write FileSystemFailure: never a raw DuckDB error.
        """
        try:
            con = duckdb.connect(str(self.path), config=DUCKDB_CONFIG)
        except (duckdb.Error, OSError) as exc:
            raise (faults.classify(exc, self.path, opening=True) or exc) from exc
        try:
            faults.check_opened(con, self.path)
            if not self._migrated:
                from dashboard.store import migrations

                migrations.migrate(con)
                self._migrated = True
            self._sync_version_file(con)
        except BaseException as exc:
            con.close()
            if isinstance(exc, (duckdb.Error, OSError)) and not isinstance(exc, duckdb.ProgrammingError):
                raise (faults.classify(exc, self.path, opening=True) or exc) from exc
            raise
        return con

    def _release(self) -> None:
        with self._state_lock:
            self._users -= 1
            if self._users == 0 and self._con is not None:
                if self.linger_seconds <= 0:
                    self._close_locked()
                else:
                    self._timer = threading.Timer(self.linger_seconds, self._close_if_idle)
                    self._timer.daemon = True
                    self._timer.start()

    def _close_if_idle(self) -> None:
        with self._state_lock:
            if self._users == 0:
                self._close_locked()

    def _close_locked(self) -> None:
        if self._con is not None:
            try:
                self._con.close()
            finally:
                self._con = None
        if self._lock_fd is not None:
            file_lock.release(self._lock_fd)
            self._lock_fd = None

    def close(self) -> None:
        """Close now (tests, CLI exit); the next use opens again."""
        with self._state_lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._users == 0:
                self._close_locked()

    # -- reads ---------------------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one read (or a short burst of reads)."""
        con = self._acquire()
        cur = con.cursor()
        try:
            yield cur
        except duckdb.Error as exc:
            # A block that fails its checksum is found when a query first reads it, not when the file opens.
            raise (faults.classify(exc, self.path) or exc) from exc
        finally:
            cur.close()
            self._release()

    def query(self, name: str, **params: Any) -> pl.DataFrame:
        """Run dashboard/sql/<name>.sql with bound named parameters and return a Polars frame."""
        with self.reading() as cur:
            return queries.frame(cur, name, params)

    def scalar(self, name: str, **params: Any) -> Any:
        """First column of the first row of dashboard/sql/<name>.sql (None when empty)."""
        with self.reading() as cur:
            return queries.scalar(cur, name, params)

    # -- writes --------------------------------------------------------------------------
    @contextmanager
    def writing(self, *, data_change: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """The single writer path: one transaction; commit on success, nothing on failure.

        Bumps the data version inside the same transaction so caches keyed by it never serve
        data from before the commit under the new version. data_change=False is for bookkeeping that
        no cached view depends on (audit events, login attempts): every cache stays valid.
        """
        with self._writer_lock:
            con = self._acquire()
            cur = con.cursor()
            try:
                with transaction(cur, data_change=data_change, translate=self._translate):
                    yield cur
                self._sync_version_file(cur)
            finally:
                cur.close()
                self._release()

    def _translate(self, exc: BaseException) -> BaseException:
        """A DuckDB or OS error of a write as our own (a damaged store, a full disk); anything else as it is."""
        if isinstance(exc, (duckdb.Error, OSError)):
            return faults.classify(exc, self.path) or exc
        return exc

    # -- data version --------------------------------------------------------------------
    def _sync_version_file(self, con: duckdb.DuckDBPyConnection) -> None:
        value = queries.scalar(con, "store/data_version") or "0"
        tmp = self._version_file.with_suffix(".tmp")
        try:
            tmp.write_text(value)
            os.replace(tmp, self._version_file)
        except OSError:
            # After a commit a full disk must not turn a landed write into an error: without the file,
            # data_version() reads the store itself, so no cache serves old data under a new version.
            _log.warning("version file %s not written", self._version_file, exc_info=True)
            for stale in (tmp, self._version_file):
                try:
                    stale.unlink(missing_ok=True)
                except OSError:
                    pass

    def data_version(self) -> str:
        """A token that changes with every committed write; cheap (no database open while the file exists)."""
        try:
            return self._version_file.read_text()
        except FileNotFoundError:
            with self.reading() as cur:  # opening migrates and writes the version file when it can
                return str(queries.scalar(cur, "store/data_version") or "0")

    def is_empty(self) -> bool:
        """True when no stock and no coverage rows are stored."""
        return not self.scalar("store/row_count")


@contextmanager
def transaction(cur: duckdb.DuckDBPyConnection, *, data_change: bool,
                translate: Callable[[BaseException], BaseException]) -> Iterator[None]:
    """One transaction on cur, for both stores: commit (bumping the data version when data changed), or roll back
    and raise the failure as translate() names it."""
    cur.execute("begin transaction")
    try:
        yield
        if data_change:
            queries.execute(cur, "store/data_version_bump")
        cur.execute("commit")
    except BaseException as exc:
        rollback(cur)
        named = translate(exc)
        if named is exc:
            raise
        raise named from exc


def rollback(cur: duckdb.DuckDBPyConnection) -> None:
    """Roll back, never hiding the error that got us here: after a failed commit DuckDB has already ended the
    transaction ("cannot rollback - no transaction is active"), and that is not the news."""
    try:
        cur.execute("rollback")
    except duckdb.Error:
        _log.debug("rollback after a failed transaction", exc_info=True)


@atexit.register
def _close_all() -> None:
    # Closing before interpreter exit checkpoints the WAL and releases the file for other processes.
    for store in list(Store._instances.values()):
        store.close()


def open_store(path: str | Path | None = None) -> Store:
    """Shorthand used by the CLI and the app."""
    return Store.open(path)
