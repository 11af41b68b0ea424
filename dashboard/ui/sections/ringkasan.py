"""Ringkasan page sections: units per status and the "perlu tindakan" list."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import fmt, present
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import widgets
from dashboard.ui.sidebar import Selection


def status_section(counts: dict[str, int], selection: Selection) -> None:
    st.subheader(t("ringkasan.status_heading"))
    st.caption(t("ringkasan.status_caption", name=selection.name, line=present.ringkasan.status_line(counts)))
    widgets.chart(present.charts.stok.status_count_bars(present.ringkasan.status_counts_frame(counts)))


def action_section(actions: pl.DataFrame, selection: Selection, settings: Settings) -> None:
    st.subheader(t("ringkasan.action_heading"))
    if actions.is_empty():
        st.success(t("ringkasan.action_none", name=selection.name, date=fmt.date(selection.as_of)),
                   icon=":material/check_circle:")
        return
    st.caption(t("ringkasan.action_caption", days=settings.kritis_days,
                 min_stock=fmt.number(settings.kritis_min_stock)))
    st.markdown(t("ringkasan.action_count", n=fmt.number(actions.height)))
    frame, kinds = present.tables.display(present.ringkasan.with_short_items(actions), present.ringkasan.ACTION_COLUMNS)
    widgets.table_with_downloads(frame, key="ringkasan_tindakan", kinds=kinds,
                         file_name=widgets.file_stem("ringkasan_tindakan", selection.region, selection.as_of), sheet=t("ringkasan.action_heading"))
