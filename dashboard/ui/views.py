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


def tiles(items: Sequence[tuple], per_row: int = 3) -> None:
    """One st.metric per (label, value[, flag]); a flag (text) shows under the value, highlighted.

    At most three a row: at 1366 px wider rows cut labels and dates short ("3 Mei 2…").
    """
    for start in range(0, len(items), per_row):
        _tile_row(items[start:start + per_row], per_row)


def _tile_row(items: Sequence[tuple], per_row: int) -> None:
    for column, item in zip(st.columns(per_row), items):
        label, value = item[0], item[1]
        flag = item[2] if len(item) > 2 else None
        column.container(border=True).metric(label, value, delta=flag, delta_color="inverse" if flag else "normal",
                      delta_arrow="off" if flag else "auto")


# Width follows the page, height stays the plot's own: Streamlit's default "fit" squeezes axes and legends into
# the given height, which flattens bar charts of a few regions to a few pixels.
_AUTOSIZE = alt.AutoSizeParams(type="fit-x", contains="padding")


def chart(spec: alt.TopLevelMixin | alt.Chart) -> None:
    """Every chart of the app goes on screen here."""
    st.altair_chart(spec.properties(autosize=_AUTOSIZE), width="stretch")


def table(data: tuple[pl.DataFrame, dict[str, str]], key: str, file_name: str, sheet: str, *,
          empty: str | None = None) -> None:
    """A display frame on screen with CSV and Excel downloads of exactly that frame."""
    frame, kinds = data
    table_with_downloads(frame, key=key, kinds=kinds, file_name=file_name, sheet=sheet[:31], empty=empty)


def file_stem(page: str, region: str, as_of) -> str:
    """'laju_65_2024-03-31': downloads say what they are, for where and when."""
    return f"{page}_{region}_{as_of.isoformat() if as_of else 'terbaru'}"
