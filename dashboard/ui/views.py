"""Pieces shared by the analysis pages: headline tiles, a stretched chart, a headed table with its downloads.

The display frames themselves are built by the pure modules dashboard.display* (re-exported here so older
imports of views.display / views.coverage_table keep working).
"""

from __future__ import annotations

from typing import Sequence

import altair as alt
import polars as pl
import streamlit as st

from dashboard.display import Spec, display, notes
from dashboard.display_coverage import COVERAGE_SPEC, coverage_table
from dashboard.ui.tables import table_with_downloads

__all__ = ["Spec", "display", "notes", "COVERAGE_SPEC", "coverage_table", "tiles", "chart", "table", "file_stem"]


def tiles(items: Sequence[tuple]) -> None:
    """One st.metric per (label, value[, flag]); a flag (text) shows under the value, highlighted.

    At most three a row: at 1366 px wider rows cut labels and dates short ("3 Mei 2…").
    """
    per_row = 3
    for start in range(0, len(items), per_row):
        _tile_row(items[start:start + per_row], per_row)


def _tile_row(items: Sequence[tuple], per_row: int) -> None:
    for column, item in zip(st.columns(per_row, border=True), items):
        label, value = item[0], item[1]
        flag = item[2] if len(item) > 2 else None
        column.metric(label, value, delta=flag, delta_color="inverse" if flag else "normal",
                      delta_arrow="off" if flag else "auto")


def chart(spec: alt.TopLevelMixin | alt.Chart) -> None:
    st.altair_chart(spec, width="stretch")


def table(data: tuple[pl.DataFrame, dict[str, str]], key: str, file_name: str, sheet: str, *,
          empty: str | None = None) -> None:
    """A display frame on screen with CSV and Excel downloads of exactly that frame."""
    frame, kinds = data
    table_with_downloads(frame, key=key, kinds=kinds, file_name=file_name, sheet=sheet[:31], empty=empty)


def file_stem(page: str, region: str, as_of) -> str:
    """'laju_65_2024-03-31': downloads say what they are, for where and when."""
    return f"{page}_{region}_{as_of.isoformat() if as_of else 'terbaru'}"
