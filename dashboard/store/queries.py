"""Loads the one-query-per-file SQL in dashboard/store/sql/<group>/ and runs it with bound named parameters."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import duckdb
import polars as pl

from dashboard.store.binding import pandas_free

SQL_DIR = Path(__file__).resolve().parent / "sql"
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_NAME = re.compile(r"^[a-z0-9_]+/[a-z0-9_]+$")  # "<group>/<query>", e.g. "metrics/units_stock"


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """The text of store/sql/<group>/<query>.sql; names are whitelisted to the files that exist."""
    if not _NAME.match(name):
        raise ValueError(f"bad query name: {name!r}")
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise ValueError(f"no such query: {name}")
    return path.read_text(encoding="utf-8")


def parameters(sql: str) -> set[str]:
    """The $named parameters a query expects (comment lines ignored)."""
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return set(_PARAM.findall(body))


def _bind(name: str, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    sql = load(name)
    wanted = parameters(sql)
    missing = wanted - params.keys()
    if missing:
        raise ValueError(f"query {name} needs parameters {sorted(missing)}")
    # DuckDB refuses surplus named parameters; callers may pass a shared superset.
    return sql, {k: v for k, v in params.items() if k in wanted}


def frame(cur: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, Any] | None = None) -> pl.DataFrame:
    """Run a query file and return a Polars frame."""
    sql, bound = _bind(name, params or {})
    # Polars reads the result through the Arrow C stream interface: same frame as .pl(), but without importing
    # pyarrow (0,13 s of every command line run).
    with pandas_free():
        return pl.DataFrame(cur.sql(sql, params=bound or None))


def scalar(cur: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, Any] | None = None) -> Any:
    """First value of the first row, or None."""
    sql, bound = _bind(name, params or {})
    with pandas_free():
        rows = cur.execute(sql, bound or None).fetchall()
    return rows[0][0] if rows else None


def execute(cur: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, Any] | None = None) -> None:
    """Run a statement file (insert/update/delete) inside the caller's transaction."""
    sql, bound = _bind(name, params or {})
    with pandas_free():
        cur.execute(sql, bound or None).fetchall()


def all_names() -> list[str]:
    """Every query file (for the test that executes each one)."""
    return sorted(f"{p.parent.name}/{p.stem}" for p in SQL_DIR.glob("*/*.sql") if p.parent.name != "migrations")
