"""Cakupan perekaman sections (one per tab): coverage per region against the target, the monthly trend, PRR against
stock."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import fmt, present
from dashboard.text import t
from dashboard.ui import widgets


def regions_section(table: pl.DataFrame, report: dict, over_units: pl.DataFrame) -> None:
    """Dots against the target rule and the over-100% warning (its units: metrics.over_100_units)."""
    year = report["as_of"].year if report.get("as_of") else ""
    st.caption(t("cakupan.regions.help", year=year, target=fmt.exact_percent(report.get("target_pct"))))
    widgets.chart(present.charts.cakupan.coverage_dots(table))
    over = present.cakupan.over_100_names(over_units)
    if over:
        st.warning(t("cakupan.units_over_100", names=", ".join(over)), icon=":material/search:")


def table_section(table: pl.DataFrame, stem: str) -> None:
    """Coverage per region as a table (flags in its Catatan column), with its files."""
    widgets.table(present.cakupan.coverage_table(table), "cakupan_regions", f"{stem}_wilayah",
                  t("cakupan.regions.heading"))


def trend_section(trend: pl.DataFrame, stem: str) -> None:
    if trend["coverage_pct"].drop_nulls().is_empty():
        st.info(t("cakupan.trend.none"))
        return
    st.caption(t("cakupan.trend.help"))
    widgets.chart(present.charts.cakupan.coverage_trend(trend))
    with st.expander(t("cakupan.trend.data")):
        widgets.table(present.cakupan.trend_table(trend), "cakupan_trend", f"{stem}_tren", t("cakupan.trend.heading"))


def prr_section(table: pl.DataFrame, below_units: pl.DataFrame) -> None:
    """PRR and blank stock side by side; the units that cannot clear their backlog (metrics.below_prr_units, the
    same list the briefing counts) are named in a warning."""
    st.caption(t("cakupan.prr.help"))
    widgets.chart(present.charts.cakupan.prr_vs_stock(table))
    lines = present.cakupan.below_prr_lines(below_units)
    if lines:
        st.warning(t("cakupan.prr.units_below", n=fmt.number(len(lines)), lines="; ".join(lines)),
                   icon=":material/warning:")
    else:
        st.success(t("cakupan.prr.units_none"))
