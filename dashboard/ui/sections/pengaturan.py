"""Pengaturan page helpers: a form drawn from dashboard.settings.SPECS, the per-year target table, and what changed."""

from __future__ import annotations

import math
from typing import Any

import polars as pl
import streamlit as st

from dashboard import fmt
from dashboard.settings import SPECS, Settings, SettingSpec
from dashboard.text import t

FORM_KEY = "pengaturan_form"
TARGETS_KEY = "pengaturan_targets"
_NONCE = "pengaturan_targets_nonce"
_YEAR, _PCT = "year", "target_pct"


def _number_input(spec: SettingSpec, current: Any) -> Any:
    """One setting as a number input within its allowed range (a stored value outside it is shown clamped)."""
    if spec.kind is bool:
        return st.checkbox(spec.label, value=bool(current), help=spec.help, key=f"{FORM_KEY}_{spec.key}")
    is_int = spec.kind is int
    cast = int if is_int else float
    low, high = cast(spec.minimum), cast(spec.maximum)
    value = min(max(cast(current), low), high)
    return st.number_input(spec.label, min_value=low, max_value=high, value=value, step=1 if is_int else 0.1,
                           format="%d" if is_int else "%.2f", help=spec.help, key=f"{FORM_KEY}_{spec.key}")


def targets_key() -> str:
    """The editor's widget key; a new one after each save so old edits are not replayed onto the saved table."""
    return f"{TARGETS_KEY}_{st.session_state.get(_NONCE, 0)}"


def after_save() -> None:
    """Start the target table afresh from the stored values on the next run."""
    st.session_state[_NONCE] = st.session_state.get(_NONCE, 0) + 1


def targets_frame(current: Settings) -> pl.DataFrame:
    """The per-year coverage targets as an editable table, oldest year first."""
    years = sorted(current.targets)
    return pl.DataFrame({_YEAR: years, _PCT: [float(current.targets[y]) for y in years]},
                        schema={_YEAR: pl.Int64, _PCT: pl.Float64})


def _rows(edited: Any) -> list[dict[str, Any]]:
    # data_editor hands back the type it was given (polars), but accept pandas or records too.
    if isinstance(edited, pl.DataFrame):
        return edited.to_dicts()
    if hasattr(edited, "to_dict"):
        return edited.to_dict("records")
    return list(edited or [])


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def targets_from_editor(edited: Any) -> tuple[dict[int, float], list[str]]:
    """({year: percent}, problems in Indonesian) from the edited table; fully empty rows are ignored."""
    targets: dict[int, float] = {}
    problems: list[str] = []
    for row in _rows(edited):
        year, pct = row.get(_YEAR), row.get(_PCT)
        if _blank(year) and _blank(pct):
            continue
        if _blank(year) or _blank(pct):
            problems.append(t("ops.pengaturan.target_incomplete"))
            continue
        if int(year) in targets and targets[int(year)] != float(pct):
            problems.append(t("ops.pengaturan.target_twice", year=int(year)))
        targets[int(year)] = float(pct)
    return targets, problems


def changes(current: Settings, values: dict[str, Any], targets: dict[int, float]) -> dict[str, Any]:
    """Only what differs from the stored settings (so the audit trail shows the real edit)."""
    out = {k: v for k, v in values.items() if getattr(current, k) != v}
    new_targets = {y: p for y, p in targets.items() if current.targets.get(y) != p}
    if new_targets:
        out["targets"] = new_targets
    return out


def settings_form(current: Settings) -> tuple[dict[str, Any], list[str]] | None:
    """Draw the form; on submit return (changed values, problems found before saving), else None."""
    with st.form(FORM_KEY):
        st.subheader(t("ops.pengaturan.general"))
        values = {}
        columns = st.columns(2)
        for i, spec in enumerate(SPECS):
            with columns[i % 2]:
                values[spec.key] = _number_input(spec, getattr(current, spec.key))
        st.subheader(t("ops.pengaturan.targets"))
        st.caption(t("ops.pengaturan.targets_help", pct=fmt.percent(current.default_target_pct, 2)))
        edited = st.data_editor(
            targets_frame(current), num_rows="add", key=targets_key(), hide_index=True,
            column_config={
                _YEAR: st.column_config.NumberColumn(t("ops.pengaturan.col_year"), min_value=1900, max_value=2200,
                                                     step=1, format="%d", required=True),
                _PCT: st.column_config.NumberColumn(t("ops.pengaturan.col_target"), min_value=0.01, max_value=100,
                                                    step=0.01, format="%.2f", required=True),
            })
        submitted = st.form_submit_button(t("ops.pengaturan.save"), type="primary")
    if not submitted:
        return None
    targets, problems = targets_from_editor(edited)
    return changes(current, values, targets), problems


def show_problems(message: str | list[str]) -> None:
    """Validation problems as one red box, one line each (never a traceback)."""
    lines = message if isinstance(message, list) else str(message).splitlines()
    st.error(t("ops.pengaturan.invalid") + "\n\n" + "\n".join(f"- {line}" for line in lines if line))
