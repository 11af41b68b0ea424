"""The staging table of stock kept in step with the ledger; refreshed inside every write transaction.

staging_unit_day holds the staging model (store/sql/staging/unit_day.sql): one row per reporting unit, item and day a
report covers, with the day's flows, whether it was stocked out and the carried-forward closing stock. Every metric,
series and check reads it, so a day is spread and judged once. It is kept in step incrementally: a write only touches
days from the earliest day its new rows cover, so refresh() recomputes from there on; anything it cannot account for
(rows deleted without history, values changed in place) makes it rebuild everything. Readers call ensure() first: a
ledger written without refresh() (an old store, a test writing rows directly) is brought in step before it is read.
"""

from __future__ import annotations

import datetime as dt
import threading

import duckdb

from dashboard.store import queries

_EVERYTHING = dt.date(1900, 1, 1)
_checked: set[tuple[str, str]] = set()  # (store path, data version) already known to be in step
_checked_lock = threading.Lock()


def refresh(cur: duckdb.DuckDBPyConnection) -> None:
    """Bring the derived tables in step with stock_ledger, inside the caller's write transaction."""
    fingerprint = queries.frame(cur, "derived/fingerprint").row(0, named=True)
    start = _changed_from(cur, fingerprint)
    if start is None:
        return
    queries.execute(cur, "derived/unit_day_delete", {"start": start})
    queries.execute(cur, "staging/unit_day", {"start": start})
    queries.execute(cur, "derived/state_clear")
    queries.execute(cur, "derived/state_set", {k: int(v) for k, v in fingerprint.items()})


def _changed_from(cur: duckdb.DuckDBPyConnection, fingerprint: dict) -> dt.date | None:
    """The first day to recompute, or None when nothing changed since the last refresh."""
    state = queries.frame(cur, "derived/state")
    if state.is_empty():
        return _EVERYTHING
    recorded = state.row(0, named=True)
    if tuple(recorded.values()) == tuple(fingerprint.values()):
        return None
    changed_from, new_rows, old_rows = queries.frame(
        cur, "derived/changes", {"upload_id": recorded["max_upload"]}).row(0)
    if old_rows != recorded["ledger_rows"]:  # older rows went missing (or appeared) outside an upload: start again
        return _EVERYTHING
    # No new rows yet a different fingerprint: values changed in place. Start again.
    return changed_from if new_rows else _EVERYTHING


def fresh(cur: duckdb.DuckDBPyConnection) -> bool:
    """True when the derived tables reflect the ledger as it is now."""
    state = queries.frame(cur, "derived/state")
    return not state.is_empty() and queries.frame(cur, "derived/fingerprint").row(0) == state.row(0)


def ensure(store) -> None:
    """Make sure the derived tables reflect the ledger before a reader uses them (checked once per data version).

    Writes through the importer and the demo refresh inside their own transaction; this catches the rest (a store
    from before the staging table, rows written directly). The refresh changes no data, so no cache is renewed.
    """
    key = (str(store.path), store.data_version())
    with _checked_lock:
        if key in _checked:
            return
    with store.reading() as cur:
        ok = fresh(cur)
    if not ok:
        with store.writing(data_change=False) as cur:
            refresh(cur)
    with _checked_lock:
        if len(_checked) > 256:
            _checked.clear()
        _checked.add(key)
