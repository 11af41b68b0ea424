"""Laju pemakaian sections (one per tab): the two pickers, and per section one line of help, a chart and a table."""

from __future__ import annotations

import datetime as dt

import polars as pl
import streamlit as st

from dashboard import fmt, present
from dashboard.domain import WAREHOUSE
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import widgets

FREQS = ("day", "week", "month")
WINDOWS = (30, 90, 180, 365)  # 90 by default: a month's transfers (often on the 1st) fall inside it
TIMELINE_CHART_ROWS = 40  # a national timeline can list hundreds of units; the chart keeps the most urgent


def pick_freq() -> str:
    """Daily / weekly / monthly bars; kept in the URL (?periode=) so a shared link shows the same chart."""
    return st.radio(t("laju.freq"), FREQS, index=1, key="periode", horizontal=True, bind="query-params",
                    format_func=lambda f: t(f"series.freq.{f}"))


def pick_window() -> int:
    return st.selectbox(t("laju.transfers.window"), WINDOWS, index=1, key="laju_window",
                        format_func=lambda d: t("laju.transfers.window_option", days=d))


def series_section(usage: pl.DataFrame, freq: str, as_of: dt.date, stem: str) -> None:
    if not present.laju.has_use(usage):
        st.info(t("laju.series.none", date=fmt.date(as_of)))
        return
    st.caption(t("laju.series.help", unit=t(f"chart.freq.{freq}"), date=fmt.date(as_of)))
    if present.laju.has_partial(usage):
        st.caption(t("laju.series.partial", unit=t(f"chart.freq.{freq}")))
    widgets.chart(present.charts.laju.consumption_chart(usage, freq=freq))
    box = st.expander(t("laju.series.data"), key="laju_series_table", on_change="rerun")
    if not box.open:  # the table and its files are built when the expander is opened
        return
    with box:
        widgets.table(present.laju.series_table(usage, freq), "laju_series", f"{stem}_pemakaian_{freq}",
                    t("laju.series.heading"))


def cover_section(table: pl.DataFrame, settings: Settings, stem: str) -> None:
    st.caption(t("laju.cover.help", window=settings.burn_window_days, kritis=settings.kritis_days,
                 waspada=settings.waspada_days))
    if (table["level"] == WAREHOUSE).any():
        st.caption(t("laju.cover.warehouse"))
    widgets.chart(present.charts.laju.days_cover_bars(table, kritis_days=settings.kritis_days,
                                            waspada_days=settings.waspada_days,
                                            berlebih_days=settings.berlebih_days))
    widgets.table(present.laju.burn_table(table), "laju_cover", f"{stem}_laju", t("laju.cover.heading"))


def timeline_section(timeline: pl.DataFrame, as_of: dt.date, stem: str) -> None:
    if timeline.is_empty():
        st.info(t("laju.timeline.none"))
        return
    st.caption(t("laju.timeline.help"))
    if timeline.height > TIMELINE_CHART_ROWS:
        st.caption(t("laju.timeline.top", shown=TIMELINE_CHART_ROWS, total=fmt.number(timeline.height)))
    widgets.chart(present.charts.laju.stockout_timeline_chart(timeline.head(TIMELINE_CHART_ROWS), as_of))
    widgets.table(present.laju.timeline_table(timeline), "laju_timeline", f"{stem}_perkiraan_habis",
                t("laju.timeline.heading"))


def requests_section(units: pl.DataFrame, settings: Settings, stem: str) -> None:
    months = fmt.trimmed(settings.target_months)
    st.caption(t("laju.requests.help", months=months, amc=settings.amc_months))
    widgets.table(present.laju.request_table(units), "laju_requests", f"{stem}_usulan", t("laju.requests.heading"),
                empty=t("laju.requests.none", months=months))


def transfers_section(flows: pl.DataFrame, days: int, as_of: dt.date, stem: str) -> None:
    st.caption(t("laju.transfers.help"))
    widgets.table(present.laju.transfer_table(flows), "laju_transfers", f"{stem}_distribusi_{days}h",
                t("laju.transfers.heading"), empty=t("laju.transfers.none", days=days, date=fmt.date(as_of)))
