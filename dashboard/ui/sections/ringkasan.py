"""Ringkasan page sections: the headline row, the "perlu tindakan" list (what to send from where), and under it the
units per status and the other figures in tabs."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import fmt, metrics, present
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import layout, state, widgets
from dashboard.ui.sidebar import Selection

# How many units the list shows before "show all": the most urgent fit the first screen on a laptop, and a phone
# keeps its first cards within one and a half screens.
FIRST_ROWS, FIRST_CARDS = 10, 5
ALL_KEY, TABS_KEY = "ringkasan_semua", "ringkasan_tab"


def headline(report: dict, settings: Settings) -> None:
    """One row: units at risk (aggregates) or the unit's stock, how long the stock lasts, the request."""
    widgets.cards(present.ringkasan.headline_cards(report, settings), key="ringkasan_headline")
    # How fresh the figures are: officials act on a stock-out date only if the reports behind it are recent.
    st.caption(present.ringkasan.report_note(report, settings))


def action_section(actions: pl.DataFrame, supply: pl.DataFrame, selection: Selection, settings: Settings) -> None:
    """The units to act on, most urgent first: a compact table on wide screens, cards on a phone; the whole list
    (with the CSV/Excel of every column) behind an expander that is computed only when opened."""
    st.subheader(t("act.heading", n=fmt.number(actions.height)), anchor="perlu-tindakan")
    if actions.is_empty():
        st.success(t("ringkasan.action_none", name=selection.name, date=fmt.date(selection.as_of)),
                   icon=":material/check_circle:")
        return
    phone = layout.is_phone()
    first = FIRST_CARDS if phone else FIRST_ROWS
    rows = present.actions.action_rows(actions.head(first), supply)
    st.html(present.actions.html_cards(rows) if phone else present.actions.html_table(rows))
    if actions.height > first:
        st.caption(t("act.more", shown=fmt.number(first), total=fmt.number(actions.height)))
    st.caption(t("act.caption", days=settings.kritis_days, min_stock=fmt.number(settings.kritis_min_stock)))
    label = (t("act.all_phone", n=fmt.number(actions.height - first)) if phone and actions.height > first
             else t("act.all", n=fmt.number(actions.height)))
    box = st.expander(label, key=ALL_KEY, on_change="rerun", icon=":material/list:")
    if not box.open:
        return
    with box:
        frame, kinds = present.actions.detail_table(actions, supply)
        stem = widgets.file_stem("ringkasan_tindakan", selection.region, selection.as_of)
        if phone:  # a phone gets the rest as cards; the wide table only as files
            st.html(present.actions.html_cards(present.actions.action_rows(actions.slice(first), supply)))
            widgets.downloads(frame, kinds, key="ringkasan_tindakan", file_name=stem, sheet=t("ringkasan.action_heading"))
        else:
            widgets.table_with_downloads(frame, key="ringkasan_tindakan", kinds=kinds, file_name=stem,
                                         sheet=t("ringkasan.action_heading"))


def more_section(report: dict, selection: Selection, settings: Settings) -> None:
    """Under the list: units per status (chart) and the other figures (cards), one tab at a time (only the chosen
    tab is computed)."""
    status_tab, more_tab = st.tabs([t("first.tab.status"), t("first.tab.more")], key=TABS_KEY, on_change="rerun")
    if status_tab.open:
        with status_tab:
            counts = state.cached(metrics.status_counts, selection.region, selection.as_of, settings=settings)
            st.caption(t("ringkasan.status_caption", name=selection.name,
                         line=present.ringkasan.status_line(counts)))
            widgets.chart(present.charts.stok.status_count_bars(present.ringkasan.status_counts_frame(counts)))
    if more_tab.open:
        with more_tab:
            widgets.cards(present.ringkasan.other_cards(report, settings), key="ringkasan_more")
