"""Pengaturan page helpers: a form drawn from dashboard.settings.SPECS, the per-year target table, and what changed."""

from __future__ import annotations

import math
from typing import Any

import polars as pl
import streamlit as st

from dashboard import fmt
from dashboard.settings import SPECS, Settings, SettingSpec
from dashboard.text import t
from dashboard.ui import layout, number_text

FORM_KEY = "pengaturan_form"
TARGETS_KEY = "pengaturan_targets"
_NONCE = "pengaturan_targets_nonce"
_YEAR, _PCT = "year", "target_pct"
TARGET_MIN, TARGET_MAX = 0.01, 100.0
# The form's tabs: (group, setting keys); a key missing here is added to the last tab (a new setting still shows).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("status", ("kritis_days", "waspada_days", "berlebih_days", "kritis_min_stock", "target_months",
                "burn_window_days", "amc_months", "stale_days")),
    ("cakupan", ("default_target_pct", "outreach_teams", "outreach_per_day")),
    ("ribbon_film", ("ribbon_yield", "film_yield")),
    ("akses", ("max_upload_mb", "max_upload_rows", "session_hours", "browse_requires_login")),
)


def _input(spec: SettingSpec, current: Any) -> Any:
    """One setting: a checkbox, or a text box holding the number in Indonesian format (200.000, 99,2)."""
    if spec.kind is bool:
        return st.checkbox(spec.label, value=bool(current), help=spec.help, key=f"{FORM_KEY}_{spec.key}")
    return st.text_input(spec.label, value=number_text.shown(current, integer=spec.kind is int), help=spec.help,
                         key=f"{FORM_KEY}_{spec.key}", max_chars=24)


def read_values(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """({key: typed value}, problems in Indonesian) from the form's texts; a bad or out-of-range number is a problem
    naming its field and the allowed range, and is left out of the values."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for spec in SPECS:
        if spec.key not in raw:
            continue
        if spec.kind is bool:
            values[spec.key] = bool(raw[spec.key])
            continue
        integer = spec.kind is int
        try:
            value = number_text.parse(raw[spec.key], integer=integer, label=spec.label)
        except number_text.NumberTextError as exc:
            problems.append(str(exc))
            continue
        problem = number_text.check_range(value, spec.minimum, spec.maximum, integer=integer, label=spec.label)
        if problem:
            problems.append(problem)
            continue
        values[spec.key] = spec.kind(value)
    return values, problems


def targets_key() -> str:
    """The editor's widget key; a new one after each save so old edits are not replayed onto the saved table."""
    return f"{TARGETS_KEY}_{st.session_state.get(_NONCE, 0)}"


def after_save() -> None:
    """Start the target table afresh from the stored values on the next run."""
    st.session_state[_NONCE] = st.session_state.get(_NONCE, 0) + 1


def targets_frame(current: Settings) -> pl.DataFrame:
    """The per-year coverage targets as an editable table, oldest year first."""
    years = sorted(current.targets)
    return pl.DataFrame({_YEAR: years, _PCT: [number_text.shown(current.targets[y], integer=False) for y in years]},
                        schema={_YEAR: pl.Int64, _PCT: pl.String})


def _rows(edited: Any) -> list[dict[str, Any]]:
    # data_editor hands back the type it was given (polars), but accept pandas or records too.
    if isinstance(edited, pl.DataFrame):
        return edited.to_dicts()
    if hasattr(edited, "to_dict"):
        return edited.to_dict("records")
    return list(edited or [])


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or (isinstance(value, str)
                                                                                 and not value.strip())


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
        label = t("numtext.target_year", year=int(year))
        try:
            value = float(number_text.parse(pct, integer=False, label=label))
        except number_text.NumberTextError as exc:
            problems.append(str(exc))
            continue
        problem = number_text.check_range(value, TARGET_MIN, TARGET_MAX, integer=False, label=label)
        if problem:
            problems.append(problem)
            continue
        if int(year) in targets and targets[int(year)] != value:
            problems.append(t("ops.pengaturan.target_twice", year=int(year)))
        targets[int(year)] = value
    return targets, problems


def changes(current: Settings, values: dict[str, Any], targets: dict[int, float]) -> dict[str, Any]:
    """Only what differs from the stored settings (so the audit trail shows the real edit)."""
    out = {k: v for k, v in values.items() if getattr(current, k) != v}
    new_targets = {y: p for y, p in targets.items() if current.targets.get(y) != p}
    if new_targets:
        out["targets"] = new_targets
    return out


def tab_groups() -> list[tuple[str, tuple[str, ...]]]:
    """GROUPS with every setting of SPECS placed once (one not listed goes to the last tab)."""
    listed = {key for _, keys in GROUPS for key in keys}
    extra = tuple(spec.key for spec in SPECS if spec.key not in listed)
    groups = list(GROUPS)
    groups[-1] = (groups[-1][0], groups[-1][1] + extra)
    return groups


def _targets_editor(current: Settings) -> Any:
    st.markdown(f"**{t('ops.pengaturan.targets')}**")
    st.caption(t("ops.pengaturan.targets_help", pct=fmt.exact_percent(current.default_target_pct)))
    return st.data_editor(
        targets_frame(current), num_rows="add", key=targets_key(), hide_index=True,
        column_config={
            _YEAR: st.column_config.NumberColumn(t("ops.pengaturan.col_year"), min_value=1900, max_value=2200,
                                                 step=1, format="%d", required=True),
            # Text, so the percent reads 99,2 as officials write it (a number column prints 99.20).
            _PCT: st.column_config.TextColumn(t("ops.pengaturan.col_target"), required=True, max_chars=12,
                                              help=t("numtext.target_help")),
        })


def settings_form(current: Settings) -> tuple[dict[str, Any], list[str]] | None:
    """Draw the form; on submit return (changed values, problems found before saving), else None."""
    with st.form(FORM_KEY):
        raw: dict[str, Any] = {}
        specs = {spec.key: spec for spec in SPECS}
        groups = tab_groups()
        # Tabs keep the page within a screen or two; a problem in a hidden tab is named in the error box.
        tabs = st.tabs([t(f"pengaturan.tab.{group}") for group, _ in groups])
        for tab, (group, keys) in zip(tabs, groups):
            with tab:
                # One column on a phone: stacked pairs would read out of order (kritis, berlebih, …, waspada).
                columns = st.columns(1 if layout.is_phone() else 2)
                for i, key in enumerate(k for k in keys if k in specs):
                    with columns[i % len(columns)]:
                        raw[key] = _input(specs[key], getattr(current, key))
                if group == "cakupan":
                    edited = _targets_editor(current)
        submitted = st.form_submit_button(t("ops.pengaturan.save"), type="primary")
    if not submitted:
        return None
    values, problems = read_values(raw)
    targets, target_problems = targets_from_editor(edited)
    return changes(current, values, targets), problems + target_problems


def show_problems(message: str | list[str]) -> None:
    """Validation problems as one red box, one line each (never a traceback)."""
    lines = message if isinstance(message, list) else str(message).splitlines()
    st.error(t("ops.pengaturan.invalid") + "\n\n" + "\n".join(f"- {line}" for line in lines if line))
