"""The audit trail: who logged in, changed accounts or settings, uploaded, backed up or restored, and when."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import duckdb
import polars as pl

from dashboard.store import queries
from dashboard.store.connection import Store

# Action names stored in audit_log.action (settings.save writes 'settings' itself).
LOGIN = "login"
LOGIN_FAILED = "login_gagal"
LOGIN_LOCKED = "login_ditolak"
LOGOUT = "logout"
USER_ADD = "pengguna_tambah"
USER_REMOVE = "pengguna_hapus"
PASSWORD = "pengguna_sandi"
UPLOAD = "unggah"
UPLOAD_REFUSED = "unggah_ditolak"
SETTINGS = "settings"
BACKUP = "backup"
RESTORE = "restore"
REBUILD = "rebuild"

# Hostile or careless input must not bloat the log: names and details are capped.
MAX_ACTOR = 64
MAX_DETAIL = 4000


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _text(detail: Any) -> str | None:
    if detail is None:
        return None
    text = detail if isinstance(detail, str) else json.dumps(detail, default=str, ensure_ascii=False, sort_keys=True)
    return text[:MAX_DETAIL]


def record(cur: duckdb.DuckDBPyConnection, actor: str, action: str, detail: Any = None,
           *, at: dt.datetime | None = None) -> None:
    """Append one event inside the caller's write transaction (commits or rolls back with it).

    detail may be text or anything JSON can hold (dicts are stored as sorted JSON).
    """
    queries.execute(cur, "audit/insert", {
        "at": at or _now(), "actor": str(actor or "?")[:MAX_ACTOR], "action": action, "detail": _text(detail),
    })


def log(store: Store, actor: str, action: str, detail: Any = None) -> None:
    """Append one event in a transaction of its own (for events with no other write, e.g. a refused upload).

    It is not a data change: cached pages stay valid (the audit page reads the log uncached).
    """
    with store.writing(data_change=False) as cur:
        record(cur, actor, action, detail)


def entries(store: Store, *, action: str | None = None, actor: str | None = None, limit: int = 1000) -> pl.DataFrame:
    """The newest events first (columns id, at, actor, action, detail)."""
    return store.query("audit/entries", action=action, actor=actor, limit=int(limit))


def actions(store: Store) -> list[str]:
    """Distinct actions present in the log (for the page's filter)."""
    return store.query("audit/actions")["action"].to_list()


def upload_detail(result: Any, *, source: str) -> dict[str, Any]:
    """What an 'unggah' event records about one file result (ingest's FileResult or FilePlan)."""
    keys = ("file_name", "kind", "accepted", "rows_total", "rows_added", "rows_replaced", "rows_unchanged",
            "duplicate_of")
    detail = {k: getattr(result, k, None) for k in keys}
    detail["source"] = source
    problems = getattr(result, "problems", None) or []
    if problems:
        detail["problems"] = len(problems)
    return detail
