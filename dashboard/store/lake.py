"""The shared store: one DuckLake (catalog in PostgreSQL, table files in $EKTP_LAKE_DATA) for several app servers.

Same interface as the embedded Store (reading(), writing(), query/scalar, data_version(), archive_dir), so every
query stays DuckDB SQL. What differs:
- no file lock: each process keeps its connection open, and every read cursor is a new transaction that sees the
  latest committed snapshot (DuckLake's snapshot isolation);
- one writer across servers: each write transaction first takes a PostgreSQL advisory lock in the catalog database
  (held by a second cursor until the write has committed). DuckLake alone would let two servers insert the same
  keys at once (concurrent inserts never conflict), so the duplicate check of an import needs this turn-taking;
- the data version is the `meta` row in the lake, read by a small query (no version file: the servers share no disk
  but the lake folder), so a server sees another server's upload on its next page view.
The extensions come from the pinned PyPI packages (duckdb-extension-ducklake, -postgres-scanner) and are LOADed from
their installed paths: nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb

from dashboard.store import faults, location, queries
from dashboard.store.connection import DUCKDB_CONFIG, Store, rollback, transaction
from dashboard.store.file_lock import StoreBusy

LAKE = "lake"          # the DuckLake catalog as attached
CATALOG = "ektp_pg"    # the same PostgreSQL database, attached plainly: for the writer lock only
WRITER_LOCK = 0x454B5450  # "EKTP": the advisory lock key every server takes for a write
# A page view asks for the data version once per cached call (a burst of ~10 within a fraction of a second); each
# ask of the lake costs a catalog round trip (~10-30 ms), so one answer serves the burst. Another server's upload
# shows on the first page view after this long; this process's own writes show at once.
VERSION_TTL = 1.0
EXTENSIONS = (("duckdb_extension_postgres_scanner", "postgres_scanner"), ("duckdb_extension_ducklake", "ducklake"))
_PASSWORD = re.compile(r"password='(?:[^'\\]|\\.)*'")
_log = logging.getLogger(__name__)


class StoreConflict(StoreBusy):
    """A write lost to another writer's commit (only writers outside this app can cause it: ours take turns)."""


def extension_files() -> list[Path]:
    """The extension files of the installed packages for this duckdb version; StoreConfigError when missing."""
    found = []
    for package, name in EXTENSIONS:
        spec = importlib.util.find_spec(package)
        path = (Path(spec.origin).parent / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
                if spec and spec.origin else None)
        if path is None or not path.is_file():
            raise location.StoreConfigError("extension", package=package.replace("_", "-"),
                                            version=duckdb.__version__)
        found.append(path)
    return found


def _sql_text(value: str) -> str:
    """A string literal for ATTACH and LOAD, which take no bound parameters (DuckDB's parser refuses `attach $p` and
    `attach ?`): the operator's server URL and folders are quoted here, the only SQL text built in Python."""
    return "'" + value.replace("'", "''") + "'"


class SharedStore(Store):
    """The DuckLake store of one PostgreSQL catalog; one per process (Store.open), shared by its threads."""

    shared = True

    def __init__(self, server: location.Server, *, wait_seconds: float = 60.0, linger_seconds: float = 0.5):
        self.server = server
        self.path = server.shown  # identity (caches, logs, messages): the URL without its password
        self.wait_seconds = wait_seconds
        self.linger_seconds = linger_seconds  # unused: the connection stays open (no file to hand over)
        self._state_lock = threading.Lock()
        self._writer_lock = threading.Lock()
        self._users = 0
        self._con: duckdb.DuckDBPyConnection | None = None
        self._version: tuple[float, str] | None = None  # (when read, value)
        self._lost = False  # the server dropped the connection: reconnect when no one is using it

    @property
    def archive_dir(self) -> Path:
        """The raw uploads, in the lake folder every server shares (beside the table files)."""
        return self.server.lake_data / "archive"

    @property
    def tables_dir(self) -> Path:
        return self.server.lake_data / "tables"

    # -- connection lifetime -------------------------------------------------------------
    def _acquire(self) -> duckdb.DuckDBPyConnection:
        with self._state_lock:
            if self._lost and self._users == 0 and self._con is not None:
                # The server went away under an open connection: start afresh rather than reuse a dead one.
                try:
                    self._con.close()
                finally:
                    self._con, self._lost = None, False
            if self._con is None:
                self._con = self._connect()
            self._users += 1
            return self._con

    def _release(self) -> None:
        with self._state_lock:
            self._users -= 1

    def close(self) -> None:
        with self._state_lock:
            if self._users == 0 and self._con is not None:
                try:
                    self._con.close()
                finally:
                    self._con = None

    def _connect(self) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(config=DUCKDB_CONFIG)
        try:
            for path in extension_files():
                con.execute(f"load {_sql_text(str(path))}")
            try:
                self._attach(con)
            except duckdb.Error as exc:  # refused, unknown host, wrong password, no such database
                raise location.StoreConfigError("unreachable", server=self.path,
                                                why=_first_line(str(exc), self.server)) from None
            from dashboard.store import migrations

            with self._turn(con):  # two servers starting at once: one migrates, the other finds it done
                migrations.migrate(self._cursor(con), lake=True)
        except BaseException as exc:
            con.close()
            _reraise(self._translate(exc), exc)
        return con

    def _attach(self, con: duckdb.DuckDBPyConnection) -> None:
        libpq = self.server.libpq()
        self.tables_dir.mkdir(parents=True, exist_ok=True)
        for attempt in range(3):
            try:
                con.execute(f"attach {_sql_text('ducklake:postgres:' + libpq)} as {LAKE} "
                            f"(data_path {_sql_text(str(self.tables_dir) + '/')})")
                break
            except duckdb.Error:
                # Two servers creating a new catalog at the same moment: the loser finds it made on a second try.
                if attempt == 2 or LAKE in {r[0] for r in con.execute("select database_name from duckdb_databases()")
                                            .fetchall()}:
                    raise
                time.sleep(0.3 * (attempt + 1))
        con.execute(f"attach {_sql_text(libpq)} as {CATALOG} (type postgres)")

    def _cursor(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        cur = con.cursor()
        cur.execute(f"use {LAKE}")  # queries name tables unqualified, as in the embedded store
        return cur

    @contextmanager
    def _turn(self, con: duckdb.DuckDBPyConnection) -> Iterator[None]:
        """Hold the cross-server writer lock (a transaction-scoped advisory lock) until the block ends."""
        holder = con.cursor()
        try:
            holder.execute("begin transaction")
            query = (f"select * from postgres_query({_sql_text(CATALOG)}, "
                     f"'select pg_try_advisory_xact_lock({WRITER_LOCK}) as got')")
            deadline = time.monotonic() + self.wait_seconds
            while not holder.execute(query).fetchone()[0]:
                if time.monotonic() >= deadline:
                    from dashboard.text import t

                    raise StoreBusy(t("shared.busy", seconds=f"{self.wait_seconds:.0f}"))
                time.sleep(0.02)
            yield
        finally:
            rollback(holder)  # ends the lock's transaction: the next writer's turn
            holder.close()

    # -- reads and writes ----------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self._acquire()
        try:
            cur = self._cursor(con)
        except BaseException as exc:
            self._release()
            _reraise(self._translate(exc), exc)
        try:
            yield cur
        except duckdb.Error as exc:
            _reraise(self._translate(exc), exc)
        finally:
            cur.close()
            self._release()

    @contextmanager
    def _writer_cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor in this server's turn to write: the process's writer lock, then the servers' advisory lock."""
        with self._writer_lock:
            con = self._acquire()
            try:
                with self._turn(con):
                    cur = self._cursor(con)
                    try:
                        yield cur
                    finally:
                        cur.close()
            finally:
                self._release()

    @contextmanager
    def writing(self, *, data_change: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """As Store.writing: one transaction, the data version bumped inside it; servers take turns."""
        with self._writer_cursor() as cur:
            with transaction(cur, data_change=data_change, translate=self._translate):
                yield cur
            self._version = None

    def data_version(self) -> str:
        """The meta row of the lake (one small query, reused for VERSION_TTL seconds): another server's commit shows
        on the next page view."""
        memo = self._version
        if memo is not None and time.monotonic() - memo[0] < VERSION_TTL:
            return memo[1]
        with self.reading() as cur:
            value = str(queries.scalar(cur, "store/data_version") or "0")
        self._version = (time.monotonic(), value)
        return value

    def maintain(self) -> None:
        """DuckLake's CHECKPOINT (merge small files, expire old snapshots, delete unneeded files), in a writer's turn.

        Not while a backup copies the lake folder: it deletes files an older catalog dump may still name.
        """
        with self._writer_cursor() as cur:
            try:
                cur.execute("checkpoint")
            except duckdb.Error as exc:
                _reraise(self._translate(exc), exc)

    # -- errors --------------------------------------------------------------------------
    def _translate(self, exc: BaseException) -> BaseException:
        """Our own errors for what goes wrong under a shared store (never a password, never a raw trace)."""
        if isinstance(exc, (StoreBusy, location.StoreConfigError, faults.FileSystemFailure)):
            return exc
        if not isinstance(exc, (duckdb.Error, OSError)):
            return exc
        text = str(exc)
        failure = faults.as_fs_failure(exc, self.server.lake_data)
        if failure is not None:
            return failure
        lowered = text.lower()
        if "transaction conflict" in lowered or "failed to commit ducklake transaction" in lowered:
            from dashboard.text import t

            return StoreConflict(t("shared.conflict"))
        if "unable to connect to postgres" in lowered or "connection" in lowered and "postgres" in lowered:
            # The server went away after the store opened (restart, network): said as at opening.
            self._lost = True
            return location.StoreConfigError("unreachable", server=self.path, why=_first_line(text, self.server))
        return exc


def _reraise(new: BaseException, original: BaseException) -> None:
    if new is original:
        raise original
    raise new from original


def _first_line(text: str, server: location.Server) -> str:
    """The server's own words, first line only, with the password (if any) blanked out."""
    line = text.strip().splitlines()[0] if text.strip() else "?"
    line = _PASSWORD.sub("password='***'", line)  # DuckDB's errors may quote the whole connection string
    return line.replace(server.password, "***") if server.password else line
