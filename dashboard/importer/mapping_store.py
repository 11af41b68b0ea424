"""Saved column mappings in the store: save, list, find, remove; saving and removing are audited."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl

from dashboard.importer.mapping import MAX_NAME, Mapping, check
from dashboard.store import Store, audit, queries
from dashboard.text import t

SAVE, REMOVE = "pemetaan_simpan", "pemetaan_hapus"  # audit_log.action


class MappingError(ValueError):
    """A mapping that cannot be saved or found; str() is a message in Bahasa Indonesia."""


def clean_name(name: object) -> str:
    text = " ".join(str(name or "").split())[:MAX_NAME]
    if not text:
        raise MappingError(t("mapping.err.no_name"))
    return text


def save_mapping(store: Store, mapping: Mapping, *, actor: str) -> Mapping:
    """Save (or replace) an office's mapping under its name, with an audit event in the same transaction."""
    problems = check(mapping)
    if problems:
        raise MappingError(" ".join(t(key) for key in problems))
    mapping = Mapping.from_spec({**mapping.spec(), "name": clean_name(mapping.name)})
    at = dt.datetime.now(dt.timezone.utc)
    with store.writing(data_change=False) as cur:
        queries.execute(cur, "mapping/save", {
            "office": mapping.office, "name": mapping.name, "kind": mapping.kind, "signature": mapping.signature(),
            "spec": json.dumps(mapping.spec(), ensure_ascii=False, sort_keys=True), "created_by": str(actor)[:64],
            "created_at": at})
        audit.record(cur, actor, SAVE, {"office": mapping.office, "name": mapping.name, "kind": mapping.kind,
                                        "columns": mapping.columns}, at=at)
    return mapping


def list_mappings(store: Store, office: str | None = None) -> list[Mapping]:
    """Saved mappings of one office (None: every office), newest first within an office."""
    return [Mapping.from_spec(json.loads(spec)) for spec in _rows(store, office)["spec"].to_list()]


def mapping_rows(store: Store, office: str | None = None) -> pl.DataFrame:
    """office, name, kind, created_by, created_at of saved mappings (for `mapping list` and the page)."""
    return _rows(store, office).drop("spec", "signature")


def _rows(store: Store, office: str | None) -> pl.DataFrame:
    with store.reading() as cur:
        return queries.frame(cur, "mapping/list", {"office": office})


def find_mapping(store: Store, name: str, office: str | None = None) -> Mapping:
    """The mapping called name (of this office; of any office when office is None and the name is unique)."""
    wanted = " ".join(str(name or "").split()).lower()
    found = [m for m in list_mappings(store, office) if m.name.lower() == wanted]
    if not found:
        raise MappingError(t("mapping.err.unknown", name=str(name)[:MAX_NAME]))
    if len(found) > 1:
        raise MappingError(t("mapping.err.several", name=found[0].name,
                             offices=", ".join(m.office or t("mapping.office.pusat") for m in found)))
    return found[0]


def remove_mapping(store: Store, mapping: Mapping, *, actor: str) -> None:
    with store.writing(data_change=False) as cur:
        queries.execute(cur, "mapping/remove", {"office": mapping.office, "name": mapping.name})
        audit.record(cur, actor, REMOVE, {"office": mapping.office, "name": mapping.name, "kind": mapping.kind})
