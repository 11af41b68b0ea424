"""Creates and upgrades the store schema from store/sql/migrations/NNN_*.sql, once each, in order; syncs regions.

The shared store (DuckLake) supports no keys and no sequences: it gets the same files with those parts left out
(lake_form). No query relies on them: ids are max + 1 and upserts are MERGE, inside the one-writer transaction.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import polars as pl

from dashboard import regions
from dashboard.store import queries
from dashboard.store.connection import rollback

MIGRATIONS_DIR = Path(__file__).resolve().parent / "sql" / "migrations"


_TABLE_KEY = re.compile(r",\s*primary key\s*\([^)]*\)", re.IGNORECASE)
_COLUMN_KEY = re.compile(r"\s+primary key\b", re.IGNORECASE)
_SEQUENCE_DEFAULT = re.compile(r"\s+default\s+nextval\('[a-z_]+'\)", re.IGNORECASE)


def _statements(sql: str, *, lake: bool = False) -> list[str]:
    # Migration files hold plain DDL with no "--" or ";" inside strings, so stripping and splitting is safe.
    body = re.sub(r"--[^\n]*", "", sql)
    found = [s.strip() for s in body.split(";") if s.strip()]
    return [lake_form(s) for s in found if not _is_sequence(s)] if lake else found


def _is_sequence(stmt: str) -> bool:
    return stmt.lower().startswith("create sequence")


def lake_form(stmt: str) -> str:
    """A DDL statement as DuckLake takes it: without primary keys and sequence defaults (NOT NULL stays)."""
    return _SEQUENCE_DEFAULT.sub("", _COLUMN_KEY.sub("", _TABLE_KEY.sub("", stmt)))


def migrate(con: duckdb.DuckDBPyConnection, *, lake: bool = False) -> list[str]:
    """Apply the migrations this store lacks (each in its own transaction); return their names.

    lake=True for the shared store: the caller holds its writer lock, so two servers starting at once migrate once.
    """
    queries.execute(con, "store/migrations_table")
    done = set(queries.frame(con, "store/migrations_applied")["version"].to_list())
    applied = []
    for path in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql")):
        version = int(path.name[:3])
        if version in done:
            continue
        con.execute("begin transaction")
        try:
            for stmt in _statements(path.read_text(encoding="utf-8"), lake=lake):
                con.execute(stmt)
            queries.execute(con, "store/migration_done", {"version": version, "name": path.stem})
            con.execute("commit")
        except BaseException:
            rollback(con)
            raise
        applied.append(path.stem)
    sync_regions(con)
    return applied


def sync_regions(con: duckdb.DuckDBPyConnection) -> None:
    """Make the store's regions table equal to the reporting reference of dashboard.regions (run on every open)."""
    rows = pl.DataFrame([(r.code, r.name, r.level, r.parent_code, r.province_code) for r in regions.reporting_regions()],
                        schema=["code", "name", "level", "parent_code", "province_code"], orient="row")
    if queries.frame(con, "store/regions_state").row(0) == (rows.height, regions.SOURCE):
        return
    con.execute("begin transaction")
    try:
        queries.execute(con, "store/regions_clear")
        con.register("regions_in", rows)
        try:
            queries.execute(con, "store/regions_insert")
        finally:
            con.unregister("regions_in")
        queries.execute(con, "store/regions_stamp", {"source": regions.SOURCE})
        con.execute("commit")
    except BaseException:
        rollback(con)
        raise
