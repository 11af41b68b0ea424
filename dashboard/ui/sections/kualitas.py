"""Kualitas data page helpers: the problem lists of dashboard.metrics.quality as Indonesian tables with CSV/Excel downloads."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import fmt, present
from dashboard.text import t
from dashboard.ui import widgets

# Each list: (problems key) -> the catalog columns it shows (labels, units and formats from dashboard.metrics).
_UNIT = ("region_code", "name", "level")
LISTS: dict[str, tuple] = {
    "completeness_summary": ("month", "expected", ("reported", "on_time"), "late", "missing", "rate_pct",
                             "on_time_pct"),
    "late": (*_UNIT, "month", "state"),
    "missing": (*_UNIT, "month", "state"),
    "ledger": (*_UNIT, "item", "period_start", ("period_end", "period_last"), ("kind", "ledger_check"),
               ("reported", "reported_value"), "computed", "difference"),
    "names": (*_UNIT, "reported_name", "message", ("period_end", "last_period"), "rows"),
    "over_100": (*_UNIT, ("period_end", "coverage_end"), "wajib_ktp", "sudah_rekam", "coverage_pct"),
    "stale": (*_UNIT, "last_report", "days_since"),
    "kecamatan_mismatch": (*_UNIT, ("period_end", "period_last"), "wajib_ktp", "wajib_ktp_kecamatan",
                           "wajib_ktp_difference", "sudah_rekam", "sudah_rekam_kecamatan", "sudah_rekam_difference",
                           "kecamatan_reported", "kecamatan_total"),
}
# Metric tiles at the top: (summary key, label key).
METRICS = (("late", "ops.kualitas.m_late"), ("missing", "ops.kualitas.m_missing"),
           ("ledger", "ops.kualitas.m_ledger"), ("names", "ops.kualitas.m_names"),
           ("over_100", "ops.kualitas.m_over_100"), ("stale", "ops.kualitas.m_stale"))


def metrics(counts: dict[str, int]) -> None:
    """One tile per problem kind (unit-months for late/missing, rows for the others)."""
    for column, (key, label) in zip(st.columns(len(METRICS)), METRICS):
        column.metric(t(label), fmt.number(counts.get(key, 0)))


# The tabs, in order: (problems key, count key of quality_summary or None for the monthly summary).
TABS = (("completeness_summary", None), ("late", "late"), ("missing", "missing"), ("ledger", "ledger"),
        ("names", "names"), ("over_100", "over_100"), ("stale", "stale"), ("kecamatan_mismatch", "kecamatan_mismatch"))


def tab_label(key: str, counts: dict[str, int]) -> str:
    """'Selisih neraca (2)': the list's short name and how many rows it holds."""
    count = dict(TABS)[key]
    short = t(f"ops.kualitas.m_{key}") if count else t("kualitas.tab.completeness")
    return f"{short} ({fmt.number(counts.get(count, 0))})" if count else short


def sections(problems: dict[str, pl.DataFrame], counts: dict[str, int], file_stem: str, **notes: object) -> None:
    """The seven lists in tabs (the page stays within a screen or two), each with its explanation and downloads."""
    for tab, (key, _) in zip(st.tabs([tab_label(key, counts) for key, _ in TABS]), TABS):
        with tab:
            section(problems, key, file_stem, **notes)


def section(problems: dict[str, pl.DataFrame], key: str, file_stem: str, **notes: object) -> None:
    """Heading, one-line explanation (notes fill its {placeholders}), then the table with its downloads."""
    st.markdown(f"**{t(f'ops.kualitas.{key}')}**")
    st.caption(t(f"ops.kualitas.{key}_help", **notes))
    frame, kinds = present.tables.display(problems[key], LISTS[key])
    widgets.table_with_downloads(frame, key=f"kualitas_{key}", kinds=kinds, file_name=f"{file_stem}_{key}",
                         sheet=t(f"ops.kualitas.{key}")[:31], empty=t("ops.kualitas.none"))
