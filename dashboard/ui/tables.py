"""Tables on screen in Indonesian formats, each with CSV and Excel downloads equal to what is shown."""

from __future__ import annotations

import re
from typing import Mapping

import pandas as pd
import polars as pl
import streamlit as st

from dashboard import exports, fmt
from dashboard.charts import STATUS_COLORS
from dashboard.text import t

_DARK = {"habis", "kritis", "aman"}  # white text reads better on these status colours
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]+")


NO_STATUS = "tanpa_data"  # exports.format_value and the colours read it as "no status"


def _status_css(status: object) -> str:
    key = status if isinstance(status, str) and status in STATUS_COLORS else None
    colour = "white" if key in _DARK else "#1a1a1a"
    return f"background-color: {STATUS_COLORS[key]}; color: {colour}"


def styled(frame: pl.DataFrame, kinds: Mapping[str, str]):
    """A pandas Styler: values stay typed (numeric sorting), text shows 1.500 / 95,2% / 25 Nov 2022.

    The grid draws empty cells itself (st.dataframe's placeholder, not the Styler's text), so an empty status gets
    its word here: "Tanpa data" in the no-data colour.
    """
    status = [c for c in frame.columns if kinds[c] == "status"]
    data = frame.with_columns(pl.col(status).fill_null(NO_STATUS)).to_pandas() if status else frame.to_pandas()
    styler = data.style
    for name in data.columns:
        styler = styler.format(exports.formatter(kinds[name]), subset=[name])
        if kinds[name] == "status":
            styler = styler.map(_status_css, subset=[name])
    return styler


def table_with_downloads(frame: pl.DataFrame, key: str, *, kinds: Mapping[str, str] | None = None,
                         file_name: str | None = None, sheet: str | None = None, height: int | str = "auto",
                         empty: str | None = None) -> None:
    """st.dataframe of a display frame (Indonesian labels, final order) plus CSV and Excel of exactly that.

    kinds: column label -> exports.KINDS entry ('pct', 'status', 'days', ...); others follow the dtype.
    The files are built only when a button is pressed (deferred), from the same frame and the same formatting.
    """
    if frame.is_empty():
        st.info(empty or t("view.table_empty"))
        return
    resolved = exports.infer_kinds(frame, kinds)
    st.dataframe(styled(frame, resolved), hide_index=True, height=height, key=f"{key}_table",
                 placeholder=fmt.EMPTY)
    base = _SAFE_NAME.sub("_", file_name or key).strip("_") or "tabel"
    left, right, _ = st.columns([1, 1, 4])
    with left:
        st.download_button(t("view.download_csv"), data=lambda: exports.to_csv_bytes(frame, resolved),
                           file_name=f"{base}.csv", mime="text/csv", key=f"{key}_csv",
                           on_click="ignore", icon=":material/download:")
    with right:
        st.download_button(t("view.download_xlsx"),
                           data=lambda: exports.to_xlsx_bytes({sheet or base: frame}, resolved),
                           file_name=f"{base}.xlsx", key=f"{key}_xlsx", on_click="ignore",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           icon=":material/table_view:")


def displayed_text(frame: pl.DataFrame, kinds: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The text a table shows (for tests and the briefing): exports.as_text as pandas."""
    return exports.as_text(frame, exports.infer_kinds(frame, kinds)).to_pandas()
