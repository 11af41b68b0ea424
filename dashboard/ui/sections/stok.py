"""Stok page pieces: drill-down into a child region, the per-region table, and the tabs' views: units at risk per
province (tile map; a ranked list on a phone), stock over time, status per month (heat map; a month bar on a phone)."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import metrics, present, regions
from dashboard.metrics import FREQS
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import sidebar, state, widgets
from dashboard.ui.sidebar import Selection

DRILL_KEY = "stok_drill"
FREQ_KEY = "stok_freq"
PROMPT = ""  # the drill box's resting choice: "— pilih wilayah —"


def _open_region() -> None:
    # A callback runs before the next script run, the only moment the sidebar's widget values may be set.
    code = st.session_state.get(DRILL_KEY)
    if not code:
        return
    sidebar.select_region(code)
    st.session_state[DRILL_KEY] = PROMPT  # back to the prompt: the sidebar now holds the choice


def drill(table: pl.DataFrame, selection: Selection) -> None:
    """A box of the selection's children (provinces under Indonesia, kab/kota under a province) that opens one."""
    if selection.region != regions.NATIONAL and "." in selection.region:
        return
    options = present.stok.drill_options(table)
    if not options:
        return
    labels = {PROMPT: t("stok.drill_pick"), **options}
    if st.session_state.get(DRILL_KEY) not in labels:
        st.session_state[DRILL_KEY] = PROMPT
    st.selectbox(t("stok.drill"), list(labels), key=DRILL_KEY, format_func=labels.__getitem__,
                 on_change=_open_region, help=t("stok.drill_help"))


def children_caption(selection: Selection) -> str:
    """What the bars stand for: provinces under Indonesia, warehouse + kab/kota under a province, or the kab/kota."""
    if selection.region == regions.NATIONAL:
        children = t("stok.children.ID")
    elif "." not in selection.region:
        children = t("stok.children.provinsi", name=selection.name)
    else:
        children = t("stok.children.kabkota", name=selection.name)
    colour = t("stok.colour.provinces") if selection.region == regions.NATIONAL else t("stok.colour.units")
    return t("stok.by_region_caption", children=children, colour=colour)


def heatmap_caption(selection: Selection) -> str:
    key = "stok.heatmap.provinces" if selection.region == regions.NATIONAL else "stok.heatmap.units"
    return t("stok.heatmap_caption", colour=t(key))


def freq_picker() -> str:
    """Day / week / month for the stock-over-time chart (week by default: a year of days is a blur)."""
    return st.radio(t("stok.freq"), list(FREQS), index=1, key=FREQ_KEY, horizontal=True,
                    format_func=lambda f: t(f"series.freq.{f}"))


def table(frame: pl.DataFrame, selection: Selection) -> None:
    shown, kinds = present.tables.display(present.stok.stock_rows(frame, selection.region),
                                          present.stok.columns(selection.region))
    widgets.table_with_downloads(shown, key="stok_wilayah", kinds=kinds, file_name=widgets.file_stem("stok", selection.region, selection.as_of),
                         sheet=t("stok.title"))


def risk_section(selection: Selection, settings: Settings, phone: bool) -> None:
    """Units at risk per province: the tile map, or on a phone every province ranked by its units at risk."""
    provinces = state.cached(metrics.region_table, regions.NATIONAL, selection.as_of, settings=settings)
    extra = "" if selection.region == regions.NATIONAL else t("stok.map_extra_province", name=selection.name)
    if phone:
        st.caption(f"{t('phone.risk_caption')} {extra}".strip())
        widgets.chart(present.charts.risk.risk_ranked_bars(provinces))
        return
    st.caption(t("stok.map_caption", extra=extra))
    widgets.chart(present.charts.map.province_tile_map(provinces, value="stock"))


def over_time_section(selection: Selection) -> None:
    freq = freq_picker()
    stock = state.cached(metrics.stock_series, selection.region, end=selection.as_of, freq=freq)
    st.caption(t("stok.series_caption", name=selection.name))
    widgets.chart(present.charts.stok.stock_over_time(stock, freq))


def months_section(selection: Selection, settings: Settings, phone: bool) -> None:
    """The region × month status grid; on a phone (a grid 50 px wide there) the units at risk month by month."""
    matrix = state.cached(metrics.status_matrix, selection.region, selection.as_of, settings=settings)
    if phone:
        st.caption(t("phone.risk_months_caption", name=selection.name))
        widgets.chart(present.charts.risk.risk_month_bars(matrix))
        return
    st.caption(heatmap_caption(selection))
    widgets.chart(present.charts.stok.status_heatmap_chart(matrix))
