"""Creates and upgrades the store schema from dashboard/sql/migrations/NNN_*.sql, once each, in order."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from dashboard import regions

MIGRATIONS_DIR = Path(__file__).resolve().parent / "sql" / "migrations"


def _statements(sql: str) -> list[str]:
    # Migration files hold plain DDL with no "--" or ";" inside strings, so stripping and splitting is safe.
    body = re.sub(r"--[^\n]*", "", sql)
    return [s.strip() for s in body.split(";") if s.strip()]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations this store lacks (each in its own transaction); return their names."""
    con.execute(
        "create table if not exists schema_migrations (version integer primary key, name varchar, "
        "applied_at timestamptz default current_timestamp)"
    )
    done = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
    applied = []
    for path in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql")):
        version = int(path.name[:3])
        if version in done:
            continue
        con.execute("begin transaction")
        try:
            for stmt in _statements(path.read_text(encoding="utf-8")):
                con.execute(stmt)
            con.execute("insert into schema_migrations (version, name) values (?, ?)", [version, path.stem])
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        applied.append(path.stem)
    regions.sync(con)
    return applied
