"""Unggah page, the mapping step: for a file no shape fits (or that names no region or period), show its first rows,
let the official say which column is which (and the region and period), preview again, save the mapping on apply."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import polars as pl
import streamlit as st

from dashboard import importer, regions
from dashboard.importer import schema
from dashboard.text import t
from dashboard.ui.auth import md_escape
from dashboard.ui.state import store

CHOICES = "unggah_choices"  # sha256 -> {"choice": FileChoice, "save": name or None}
_NONE = -1


def choices() -> dict[str, dict[str, Any]]:
    return st.session_state.setdefault(CHOICES, {})


def per_file() -> dict[str, importer.FileChoice]:
    return {sha: kept["choice"] for sha, kept in choices().items()}


def saves() -> dict[str, str]:
    """sha256 -> the name to save the file's mapping under once it is applied."""
    return {sha: kept["save"] for sha, kept in choices().items() if kept.get("save") and kept["choice"].mapping}


def _fields(kind: str) -> list[str]:
    return [f.name for f in schema.FIELDS[kind]] + [f.name for f in schema.PERIOD_FIELDS]


def _region_options(allowed: set[str] | None) -> list[str]:
    units = [r.code for r in regions.reporting_regions()]
    return [c for c in units if allowed is None or c in allowed]


def _region_label(code: str) -> str:
    found = regions.get(code)
    return f"{code} {found.name}" if found else code


def step(files: list[tuple[str, bytes]], plans: list[Any], *, office: str, allowed: set[str] | None) -> None:
    """The mapping form under each refused file the official can help us read."""
    for n, ((name, data), plan) in enumerate(zip(files, plans)):
        if plan.accepted or plan.is_duplicate or not plan.needs:
            continue
        sha = hashlib.sha256(data).hexdigest()
        with st.container(border=True, key=f"unggah_map_box_{n}"):
            st.subheader(md_escape(t("mapping.ui.title", file=name)))  # a name from the user's computer: text only
            st.caption(t("mapping.ui.intro"))
            _form(n, sha, name, data, plan, office=office, allowed=allowed)


def _form(n: int, sha: str, name: str, data: bytes, plan: Any, *, office: str, allowed: set[str] | None) -> None:
    prefix = f"unggah_map_{n}"
    columns_needed = "kolom" in plan.needs
    found = importer.preview(name, data)
    if found.error:
        st.error(found.error)
        return
    if columns_needed and found.rows.height:
        top = found.rows.head(max(found.header_index + 6, 8))
        shown = top.fill_null("").with_columns(
            pl.Series(t("mapping.ui.row"), found.row_numbers[:top.height], dtype=pl.Int64)).select(
            t("mapping.ui.row"), *top.columns)
        st.dataframe(shown, hide_index=True, key=f"{prefix}_rows")
    mapping = None
    if columns_needed:
        kinds = list(schema.KINDS)
        kind = st.radio(t("mapping.ui.kind"), kinds, index=kinds.index(found.kind), key=f"{prefix}_kind",
                        format_func=lambda k: t(f"import.kind.{k}").capitalize(), horizontal=True)
        numbers = found.row_numbers or [1]
        header_row = st.selectbox(t("mapping.ui.header_row"), numbers, key=f"{prefix}_header",
                                  index=min(found.header_index, len(numbers) - 1))
        index = numbers.index(header_row)
        headers = found.headers(index)
        positions = [_NONE] + [i for i, h in enumerate(headers) if h]
        chosen: dict[str, int] = {}
        left, right = st.columns(2)
        for i, field in enumerate(_fields(kind)):
            guess = found.guess.get(field, _NONE) if kind == found.kind else _NONE
            column = (left if i % 2 == 0 else right).selectbox(
                _field_label(kind, field), positions, index=positions.index(guess) if guess in positions else 0,
                key=f"{prefix}_f_{kind}_{field}",
                format_func=lambda p, h=headers: t("mapping.ui.no_column") if p == _NONE
                else f"{importer.column_letter(p)}: {h[p]}")
            if column != _NONE:
                chosen[field] = column
        item = None
        if kind == schema.STOCK and "jenis" not in chosen:
            item = st.selectbox(t("mapping.ui.item"), ["blangko", "ribbon", "film"], key=f"{prefix}_item",
                                format_func=lambda i: t(f"item.{i}"))
        mapping = found.mapping(name="", kind=kind, index=index, columns=chosen, item=item, region=None,
                                office=office)
    region = period = None
    if "wilayah" in plan.needs or (mapping is not None and "kode_wilayah" not in mapping.columns):
        options = [""] + _region_options(allowed)
        region = st.selectbox(t("mapping.ui.region"), options, key=f"{prefix}_region",
                              format_func=lambda c: t("mapping.ui.region_from_file") if not c else _region_label(c))
        region = region or None
    if "periode" in plan.needs or (mapping is not None and not {"tanggal", "semester", "triwulan", "tahun"}
                                   & mapping.columns.keys()):
        period = st.text_input(t("mapping.ui.period"), key=f"{prefix}_period",
                               placeholder=t("mapping.ui.period_hint")).strip() or None
    save = None
    if mapping is not None:
        save = st.text_input(t("mapping.ui.save_as"), value=Path(name).stem[:40], key=f"{prefix}_save",
                             help=t("mapping.ui.save_help")).strip() or None
    if st.button(t("mapping.ui.use"), key=f"{prefix}_use", icon=":material/table_view:"):
        _use(sha, mapping, region, period, save)


def _field_label(kind: str, field: str) -> str:
    word = t(f"import.field.{field}")
    required = field in schema.required(kind) and schema.field(kind, field).type == "count"
    return f"{word} ({t('mapping.ui.required')})" if required else word


def _use(sha: str, mapping: importer.Mapping | None, region: str | None, period: str | None,
         save: str | None) -> None:
    if mapping is not None:
        mapping = importer.Mapping.from_spec({**mapping.spec(), "name": save or "", "region": region})
        problems = importer.mapping_problems(mapping)
        if problems:
            st.error(" ".join(t(key) for key in problems))
            return
    choices()[sha] = {"choice": importer.FileChoice(mapping=mapping, region=region, period=period), "save": save}
    st.rerun()


def save_applied(results: list[Any], files: list[tuple[str, bytes]], *, actor: str) -> None:
    """Save the mappings of files that were applied with one (next month's file with the same headers then needs
    no mapping step); forget every answer of the batch."""
    wanted = saves()
    for (_, data), result in zip(files, results):
        sha = hashlib.sha256(data).hexdigest()
        kept = choices().get(sha)
        if result.accepted and result.upload_id is not None and sha in wanted:
            spec = {**kept["choice"].mapping.spec(), "name": wanted[sha]}
            importer.save_mapping(store(), importer.Mapping.from_spec(spec), actor=actor)
        choices().pop(sha, None)
