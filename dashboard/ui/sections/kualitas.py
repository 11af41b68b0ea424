"""Kualitas data page helpers: the problem lists of dashboard.metrics.quality as Indonesian tables with CSV/Excel downloads."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import fmt
from dashboard.text import catalogue, t
from dashboard.ui import widgets

# Each list: (problems key, [(column, label key, exports kind)]). Labels and kinds are what screen and files show.
_UNIT = [("region_code", "ops.col.code", "text"), ("name", "ops.col.region", "text"), ("level", "ops.col.level", "text")]
LISTS: dict[str, list[tuple[str, str, str]]] = {
    "completeness_summary": [("month", "ops.col.month", "month"), ("expected", "ops.col.expected", "int"),
                             ("reported", "ops.col.reported", "int"), ("late", "ops.col.late", "int"),
                             ("missing", "ops.col.missing", "int"), ("rate_pct", "ops.col.rate_pct", "pct"),
                             ("on_time_pct", "ops.col.on_time_pct", "pct")],
    "late": _UNIT + [("month", "ops.col.month", "month"), ("state", "ops.col.state", "text")],
    "missing": _UNIT + [("month", "ops.col.month", "month"), ("state", "ops.col.state", "text")],
    "ledger": _UNIT + [("item", "ops.col.item", "text"), ("period_start", "ops.col.period_start", "date"),
                       ("period_end", "ops.col.period_end", "date"), ("kind", "ops.col.check", "text"),
                       ("reported", "ops.col.reported_value", "int"), ("computed", "ops.col.computed", "int"),
                       ("difference", "ops.col.difference", "int")],
    "names": _UNIT + [("reported_name", "ops.col.reported_name", "text"), ("message", "ops.col.message", "text"),
                      ("period_end", "ops.col.last_period", "date"), ("rows", "ops.col.rows", "int")],
    "over_100": _UNIT + [("period_end", "ops.col.period_end", "date"), ("wajib_ktp", "ops.col.wajib_ktp", "int"),
                         ("sudah_rekam", "ops.col.sudah_rekam", "int"), ("coverage_pct", "ops.col.coverage_pct", "pct")],
    "stale": _UNIT + [("last_report", "ops.col.last_report", "date"), ("days_since", "ops.col.days_since", "days")],
}
# Metric tiles at the top: (summary key, label key).
METRICS = (("late", "ops.kualitas.m_late"), ("missing", "ops.kualitas.m_missing"),
           ("ledger", "ops.kualitas.m_ledger"), ("names", "ops.kualitas.m_names"),
           ("over_100", "ops.kualitas.m_over_100"), ("stale", "ops.kualitas.m_stale"))
# Codes inside cells shown as words: level, state, item and ledger-check kind.
_VALUE_KEYS = {"level": ("level.{}", "series.level.{}"), "state": ("ops.state.{}",),
               "item": ("item.{}",), "kind": ("ops.check.{}",)}


def _word(column: str, value: object) -> object:
    if value is None:
        return None
    for pattern in _VALUE_KEYS.get(column, ()):
        key = pattern.format(value)
        if key in catalogue():
            return t(key)
    return value


def display(frame: pl.DataFrame, key: str) -> tuple[pl.DataFrame, dict[str, str]]:
    """(frame with Indonesian column labels and words, {label: kind}) for one problem list."""
    columns = [c for c in LISTS[key] if c[0] in frame.columns]
    worded = frame.with_columns(
        pl.col(col).map_elements(lambda v, col=col: _word(col, v), return_dtype=pl.String)
        for col in _VALUE_KEYS if col in frame.columns and frame.height)
    out = worded.select(pl.col(col).alias(t(label)) for col, label, _ in columns)
    return out, {t(label): kind for _, label, kind in columns}


def metrics(counts: dict[str, int]) -> None:
    """One tile per problem kind (unit-months for late/missing, rows for the others)."""
    for column, (key, label) in zip(st.columns(len(METRICS)), METRICS):
        column.metric(t(label), fmt.number(counts.get(key, 0)))


def section(problems: dict[str, pl.DataFrame], key: str, file_stem: str, **notes: object) -> None:
    """Heading, one-line explanation (notes fill its {placeholders}), then the table with its downloads."""
    st.subheader(t(f"ops.kualitas.{key}"))
    st.caption(t(f"ops.kualitas.{key}_help", **notes))
    frame, kinds = display(problems[key], key)
    widgets.table_with_downloads(frame, key=f"kualitas_{key}", kinds=kinds, file_name=f"{file_stem}_{key}",
                         sheet=t(f"ops.kualitas.{key}")[:31], empty=t("ops.kualitas.none"))
