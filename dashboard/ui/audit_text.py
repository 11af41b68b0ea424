"""Audit entries as readable Indonesian sentences with WIB times (the Jejak audit page shows no raw JSON and no
code-style action names)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Callable

import polars as pl

from dashboard import fmt, regions
from dashboard.domain import WIB
from dashboard.settings import SPECS
from dashboard.store import audit
from dashboard.text import catalogue, t

MAX_SENTENCE = 400  # details are capped at 4000 characters in the store; a sentence stays readable
_SPECS = {spec.key: spec for spec in SPECS}


def action_word(action: str) -> str:
    """'unggah_ditolak' -> 'Unggahan ditolak'; an action this build does not know reads as words, not as code."""
    key = f"audit.action.{action}"
    if key in catalogue():
        return t(key)
    return str(action).replace("_", " ").strip().capitalize() or fmt.EMPTY


def when(at: dt.datetime | None) -> str:
    """'1 Des 2026, 19:42 WIB' (the officials' clock), whatever zone the store returned."""
    if at is None:
        return fmt.EMPTY
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    local = at.astimezone(WIB)
    return f"{fmt.date(local.date())}, {local:%H:%M} WIB"


def _detail(raw: Any) -> dict[str, Any] | str | None:
    if raw is None or isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return str(raw)
    return value if isinstance(value, dict) else str(raw)


def _n(value: Any) -> str:
    return fmt.number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else fmt.EMPTY


def _role(role: Any) -> str:
    key = f"auth.role.{role}"
    return t(key) if key in catalogue() else str(role or fmt.EMPTY)


def _region(code: Any) -> str:
    region = regions.get(str(code)) if code else None
    return region.name if region else str(code or "")


def _setting_value(key: str, value: Any) -> str:
    spec = _SPECS.get(key)
    if isinstance(value, bool) or (spec is not None and spec.kind is bool):
        return t("audit.yes") if value else t("audit.no")
    if isinstance(value, (int, float)):
        if key.endswith("_pct"):
            return fmt.exact_percent(value)
        return fmt.number(value) if spec is not None and spec.kind is int else fmt.trimmed(value, 2)
    return str(value)


def _settings(d: dict[str, Any]) -> str:
    parts = []
    for key, value in d.items():
        if key == "targets" and isinstance(value, dict):
            parts += [t("audit.setting", label=t("numtext.target_year", year=year),
                        value=fmt.exact_percent(pct) if isinstance(pct, (int, float)) else str(pct))
                      for year, pct in sorted(value.items())]
        else:
            label = _SPECS[key].label if key in _SPECS else key.replace("_", " ")
            parts.append(t("audit.setting", label=label, value=_setting_value(key, value)))
    return t("audit.s.settings", changes="; ".join(parts) or fmt.EMPTY)


def _upload(d: dict[str, Any]) -> str:
    kind = t(f"ops.kind.{d.get('kind')}") if f"ops.kind.{d.get('kind')}" in catalogue() else t("audit.file")
    source = t(f"ops.source.{d.get('source')}") if f"ops.source.{d.get('source')}" in catalogue() else ""
    text = t("audit.s.unggah", file=d.get("file_name") or t("audit.file"), kind=kind.lower(),
             added=_n(d.get("rows_added", 0)), replaced=_n(d.get("rows_replaced", 0)),
             unchanged=_n(d.get("rows_unchanged", 0)))
    if d.get("warnings"):
        text += t("audit.s.warnings", n=_n(d["warnings"]))
    if d.get("upload_id") is not None:
        text += t("audit.s.upload_id", upload_id=d["upload_id"])
    if source:
        text += t("audit.s.source", source=source.lower())
    return text + "."


def _refused(d: dict[str, Any]) -> str:
    n = d.get("problem_total") or d.get("problems") or 1
    text = t("audit.s.unggah_ditolak", file=d.get("file_name") or t("audit.file"), n=_n(n))
    first = d.get("first_problems") or []
    if first:
        text += t("audit.s.first_problem", problem=str(first[0]))
    return text


def _login(d: dict[str, Any]) -> str:
    if d.get("via") == "sso":
        return t("audit.s.login_sso")
    return t("audit.s.login", role=_role(d.get("role"))) if d.get("role") else t("audit.s.login_plain")


_SENTENCES: dict[str, Callable[[dict[str, Any]], str]] = {
    audit.LOGIN: _login,
    audit.LOGIN_FAILED: lambda d: t("audit.s.login_gagal_known" if d.get("known") else "audit.s.login_gagal_unknown"),
    audit.LOGIN_LOCKED: lambda d: t("audit.s.login_ditolak", n=_n(d.get("failures"))),
    audit.LOGOUT: lambda d: t("audit.s.logout"),
    audit.USER_ADD: lambda d: t("audit.s.pengguna_tambah", name=d.get("username"), role=_role(d.get("role")),
                                region=(", " + _region(d["region"])) if d.get("region") else ""),
    audit.USER_REMOVE: lambda d: t("audit.s.pengguna_hapus", name=d.get("username"), role=_role(d.get("role"))),
    audit.PASSWORD: lambda d: t("audit.s.pengguna_sandi", name=d.get("username")),
    audit.UPLOAD: _upload,
    audit.UPLOAD_REFUSED: _refused,
    audit.SETTINGS: _settings,
    audit.BACKUP: lambda d: t("audit.s.backup", dir=d.get("dir"), files=_n(d.get("files"))),
    audit.RESTORE: lambda d: t("audit.s.restore", dir=d.get("dir")),
    audit.REBUILD: lambda d: t("audit.s.rebuild", uploads=_n(d.get("uploads", 0)), demo=_n(d.get("demo", 0))),
    "demo": lambda d: t("audit.s.demo", stock=_n(d.get("stock_rows")), coverage=_n(d.get("coverage_rows"))),
}


def sentence(action: str, detail: Any) -> str:
    """One event in words: 'Mengunggah stok.xlsx (stok): 12 baris ditambah, …'. Never raises: an unexpected
    detail falls back to the action's word and the detail's values in plain words."""
    parsed = _detail(detail)
    maker = _SENTENCES.get(action)
    try:
        if maker is not None:
            text = maker(parsed if isinstance(parsed, dict) else {})
        elif isinstance(parsed, dict) and parsed:
            values = "; ".join(f"{str(k).replace('_', ' ')}: {v}" for k, v in parsed.items() if v not in (None, ""))
            text = f"{action_word(action)} ({values})." if values else f"{action_word(action)}."
        else:
            text = f"{action_word(action)}{': ' + parsed if isinstance(parsed, str) and parsed else ''}."
    except (KeyError, TypeError, ValueError, AttributeError):
        text = f"{action_word(action)}."
    return text if len(text) <= MAX_SENTENCE else text[:MAX_SENTENCE - 1] + "…"


def frame(entries: pl.DataFrame) -> pl.DataFrame:
    """The audit log as shown: Waktu (WIB), Pelaku, Tindakan (a word), Kejadian (a sentence)."""
    rows = [(when(at), actor, action_word(action), sentence(action, detail))
            for at, actor, action, detail in entries.select("at", "actor", "action", "detail").iter_rows()]
    names = (t("auth.audit.col.at"), t("auth.audit.col.actor"), t("auth.audit.col.action"), t("audit.col.what"))
    return pl.DataFrame(rows, schema={name: pl.String for name in names}, orient="row")
