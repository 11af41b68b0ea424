"""Pre-aggregated tables kept in step with the ledgers; refreshed inside every write transaction."""

from __future__ import annotations

import duckdb


def refresh(cur: duckdb.DuckDBPyConnection) -> None:
    """Rebuild derived tables from stock_ledger/coverage (no-op until pre-aggregates are needed)."""
    return None
