"""Pre-aggregated tables kept in step with the ledgers; refreshed inside every write transaction.

derived_series_day holds, per province, item and day, what series_stock.sql otherwise computes from every unit's
rows on each page view (flows and changes of the carried-forward stock), so the national and provincial stock series
read ~38 rows a day instead of ~550. It is kept in step incrementally: a write only touches days from the earliest
day its new rows cover, so refresh() recomputes from there on; anything it cannot account for (rows deleted without
history, a ledger written behind its back) makes it rebuild everything. Readers use the table only while the ledger
still has the fingerprint recorded at the last refresh (fresh()), and fall back to the ledger query otherwise.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from dashboard.store import queries

_EVERYTHING = dt.date(1900, 1, 1)


def refresh(cur: duckdb.DuckDBPyConnection) -> None:
    """Bring the derived tables in step with stock_ledger, inside the caller's write transaction."""
    start = _changed_from(cur)
    if start is None:
        return
    queries.execute(cur, "derived/series_day_delete", {"start": start})
    queries.execute(cur, "derived/series_day_insert", {"start": start})
    queries.execute(cur, "derived/state_clear")
    queries.execute(cur, "derived/state_set")


def _changed_from(cur: duckdb.DuckDBPyConnection) -> dt.date | None:
    """The first day to recompute, or None when nothing changed since the last refresh."""
    state = queries.frame(cur, "derived/state")
    if state.is_empty():
        return _EVERYTHING
    rows, max_upload, upload_sum = state.row(0)
    if queries.frame(cur, "derived/fingerprint").row(0) == (rows, max_upload, upload_sum):
        return None
    changed_from, new_rows, old_rows = queries.frame(cur, "derived/changes", {"upload_id": max_upload}).row(0)
    if old_rows != rows:  # older rows went missing (or appeared) outside an upload: start again
        return _EVERYTHING
    return changed_from if new_rows else _EVERYTHING


def fresh(cur: duckdb.DuckDBPyConnection) -> bool:
    """True when the derived tables reflect the ledger as it is now (readers fall back to the ledger otherwise)."""
    state = queries.frame(cur, "derived/state")
    return not state.is_empty() and queries.frame(cur, "derived/fingerprint").row(0) == state.row(0)
