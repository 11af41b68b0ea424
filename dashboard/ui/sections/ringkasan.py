"""Ringkasan page pieces (headline cards, units per status, "perlu tindakan") and helpers the stock pages share."""

from __future__ import annotations

from typing import Sequence

import altair as alt
import polars as pl
import streamlit as st

from dashboard import fmt, present
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import widgets
from dashboard.ui.sidebar import Selection

CARDS_PER_ROW = 3


def header(title_key: str, selection: Selection) -> None:
    st.title(t(title_key))
    st.caption(selection.caption())


def stem(page: str, selection: Selection) -> str:
    """Download file names say what they hold: ringkasan_tindakan_65_2024-03-31."""
    return f"{page}_{selection.region}_{selection.as_of.isoformat() if selection.as_of else 'terbaru'}"


def cards(items: Sequence[present.stok.Card], per_row: int = CARDS_PER_ROW) -> None:
    """st.metric tiles, per_row to a row; deltas are words (status, dates), so no arrow."""
    for start in range(0, len(items), per_row):
        for column, card in zip(st.columns(per_row), items[start:start + per_row]):
            column.metric(card.label, card.value, delta=card.delta, delta_color=card.color, delta_arrow="off",
                          help=card.help, border=True)


def chart(figure: alt.TopLevelMixin) -> None:
    widgets.chart(figure)


def no_data(key: str, selection: Selection) -> None:
    """A friendly note instead of empty charts, and the page stops here."""
    st.info(t(key, name=selection.name, date=fmt.date(selection.as_of)), icon=":material/info:")
    st.stop()


def status_section(counts: dict[str, int], selection: Selection) -> None:
    st.subheader(t("ringkasan.status_heading"))
    st.caption(t("ringkasan.status_caption", name=selection.name, line=present.stok.status_line(counts)))
    chart(present.charts.stok.status_count_bars(present.stok.status_counts_frame(counts)))


def action_section(actions: pl.DataFrame, selection: Selection, settings: Settings) -> None:
    st.subheader(t("ringkasan.action_heading"))
    if actions.is_empty():
        st.success(t("ringkasan.action_none", name=selection.name, date=fmt.date(selection.as_of)),
                   icon=":material/check_circle:")
        return
    st.caption(t("ringkasan.action_caption", days=settings.kritis_days,
                 min_stock=fmt.number(settings.kritis_min_stock)))
    st.markdown(t("ringkasan.action_count", n=fmt.number(actions.height)))
    frame, kinds = present.tables.display(present.stok.action_rows(actions), present.stok.ACTION_SPEC)
    widgets.table_with_downloads(frame, key="ringkasan_tindakan", kinds=kinds,
                         file_name=stem("ringkasan_tindakan", selection), sheet=t("ringkasan.action_heading"))
