"""Cakupan perekaman sections: coverage per region against the target, the monthly trend, PRR against stock."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import fmt, present
from dashboard.text import t
from dashboard.ui import widgets


def regions_section(table: pl.DataFrame, report: dict, stem: str) -> None:
    """Dots against the target rule, the over-100% warning, and the table (flags in its Catatan column)."""
    st.subheader(t("cakupan.regions.heading"))
    year = report["as_of"].year if report.get("as_of") else ""
    st.caption(t("cakupan.regions.help", year=year, target=fmt.exact_percent(report.get("target_pct"))))
    widgets.chart(present.charts.cakupan.coverage_dots(table))
    over = present.cakupan.over_100_names(table)
    if over:
        st.warning(t("cakupan.over_100", names=", ".join(over)), icon=":material/search:")
    widgets.table(present.cakupan.coverage_table(table), "cakupan_regions", f"{stem}_wilayah", t("cakupan.regions.heading"))


def trend_section(trend: pl.DataFrame, stem: str) -> None:
    st.subheader(t("cakupan.trend.heading"))
    if trend["coverage_pct"].drop_nulls().is_empty():
        st.info(t("cakupan.trend.none"))
        return
    st.caption(t("cakupan.trend.help"))
    widgets.chart(present.charts.cakupan.coverage_trend(trend))
    with st.expander(t("cakupan.trend.data")):
        widgets.table(present.cakupan.trend_table(trend), "cakupan_trend", f"{stem}_tren", t("cakupan.trend.heading"))


def prr_section(table: pl.DataFrame) -> None:
    """PRR and blank stock side by side; regions that cannot clear their backlog are named in a warning."""
    st.subheader(t("cakupan.prr.heading"))
    st.caption(t("cakupan.prr.help"))
    widgets.chart(present.charts.cakupan.prr_vs_stock(table))
    lines = present.cakupan.below_prr_lines(table)
    if lines:
        st.warning(t("cakupan.prr.below", lines="; ".join(lines)), icon=":material/warning:")
    else:
        st.success(t("cakupan.prr.none"))
