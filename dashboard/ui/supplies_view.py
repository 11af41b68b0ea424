"""Ribbon & film page pieces: which item binds per region, and the per-region table of the three items."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import charts_stock, fmt
from dashboard import display_stock as ds
from dashboard.text import t
from dashboard.ui import views
from dashboard.ui.sidebar import Selection
from dashboard.ui.summary_view import chart, stem
from dashboard.ui.tables import table_with_downloads


def binding_section(frame: pl.DataFrame) -> None:
    st.subheader(t("rf.chart"))
    st.caption(t("rf.chart_caption"))
    chart(charts_stock.supply_cards_chart(frame))
    counts = ds.binding_counts(frame)
    if counts:
        line = " · ".join(t("rf.binding_line", item=item, n=fmt.number(n)) for item, n in counts)
        st.markdown(f"**{t('rf.binding')}:** {line}")


def table(frame: pl.DataFrame, selection: Selection) -> None:
    st.subheader(t("rf.table"))
    shown, kinds = views.display(ds.supply_rows(frame), ds.SUPPLY_SPEC)
    table_with_downloads(shown, key="rf_wilayah", kinds=kinds, file_name=stem("ribbon_film", selection),
                         sheet=t("rf.title"))
