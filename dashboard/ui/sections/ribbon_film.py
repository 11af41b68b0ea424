"""Ribbon & film page pieces: which item binds how often, the cards per item per region, and the per-region table."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import fmt, present
from dashboard.text import t
from dashboard.ui import widgets
from dashboard.ui.sidebar import Selection


def binding_line(frame: pl.DataFrame) -> None:
    """Which item binds how many regions ('Pembatas: Blangko 30 · Ribbon 8'), above the tabs."""
    counts = present.ribbon_film.binding_counts(frame)
    if counts:
        line = " · ".join(t("rf.binding_line", item=item, n=fmt.number(n)) for item, n in counts)
        st.markdown(f"**{t('rf.binding')}:** {line}")


def binding_section(frame: pl.DataFrame) -> None:
    st.caption(t("rf.chart_caption"))
    widgets.chart(present.charts.stok.supply_cards_chart(frame))


def table(frame: pl.DataFrame, selection: Selection) -> None:
    rows = present.ribbon_film.supply_rows(present.stok.by_cover(frame))  # most urgent first
    shown, kinds = present.tables.display(rows, present.ribbon_film.SUPPLY_COLUMNS)
    widgets.table_with_downloads(shown, key="rf_wilayah", kinds=kinds, file_name=widgets.file_stem("ribbon_film", selection.region, selection.as_of),
                         sheet=t("rf.title"))
