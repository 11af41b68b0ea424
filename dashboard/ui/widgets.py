"""Widgets every page shares: headline tiles, a stretched chart, and tables with CSV/Excel downloads of exactly
what is shown (Indonesian formats; the display frames come from dashboard.present)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

import altair as alt
import pandas as pd
import polars as pl
import streamlit as st

from dashboard import fmt, metrics, present
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import layout, sidebar, state
from dashboard.ui.sidebar import Selection


def tiles(items: Sequence[tuple], per_row: int = 3) -> None:
    """One st.metric per (label, value[, flag]); a flag (text) shows under the value, highlighted.

    At most three a row: at 1366 px wider rows cut labels and dates short ("3 Mei 2…"). On a phone two a row
    (screen.css: the tile block keeps its columns side by side there).
    """
    box = _tile_box([str(item[0]) for item in items])
    per_row = 2 if layout.is_phone() else per_row
    for start in range(0, len(items), per_row):
        _tile_row(box, items[start:start + per_row], per_row)


def _tile_box(labels: Sequence[str], key: str | None = None):
    """The container of a block of tiles, named st-key-ektp_tiles_<key> (by default a digest of its labels, stable
    across reruns) so screen.css can lay its tiles two a row on a phone."""
    key = key or hashlib.sha1("|".join(labels).encode("utf-8")).hexdigest()[:10]
    return st.container(key=f"ektp_tiles_{key}")


def _tile_row(box, items: Sequence[tuple], per_row: int) -> None:
    for column, item in zip(box.columns(per_row), items):
        label, value = item[0], item[1]
        flag = item[2] if len(item) > 2 else None
        column.container(border=True).metric(label, value, delta=flag, delta_color="inverse" if flag else "normal",
                      delta_arrow="off" if flag else "auto")


# Width follows the page, height stays the plot's own: Streamlit's default "fit" squeezes axes and legends into
# the given height, which flattens bar charts of a few regions to a few pixels.
_AUTOSIZE = alt.AutoSizeParams(type="fit-x", contains="padding")
# Upright date labels on a phone: slanted at -45 degrees a 'Nov 2026' took 45 px of a weekly axis 45 px a week wide,
# so it was dropped and a month-long stock-out timeline read four dates; upright, each takes a line's height.
PHONE_LABEL_ANGLE, PHONE_TIME_TICKS, PHONE_NAME_LIMIT = -90, 8, 140


def for_screen(spec: alt.TopLevelMixin | alt.Chart, phone: bool) -> alt.TopLevelMixin:
    """The chart as drawn: width follows the page. On a phone legends go on top, one entry a line and uncut (on
    the right they squeezed the plot and cut labels: "Distribusi/transfe…"), and time axes slant their labels and
    ask for more ticks, so a 300 px axis still reads five dates or more (flat, all but one were dropped)."""
    spec = spec.properties(autosize=_AUTOSIZE)
    if phone:
        spec = _narrow_names(spec.copy(deep=True))
        spec = spec.configure_legend(orient="top", direction="vertical", labelLimit=0, titleLimit=0)
        spec = spec.configure_axisTemporal(labelAngle=PHONE_LABEL_ANGLE, tickCount=PHONE_TIME_TICKS)
    return spec


def _narrow_names(spec):
    """Region names on a y axis take at most PHONE_NAME_LIMIT px on a phone (220 px left a 390 px screen a plot
    140 px wide and a time axis with one label); a cut name ends in '…' and the tooltip names it in full."""
    if isinstance(spec, alt.LayerChart):
        spec.layer = [_narrow_names(layer) for layer in spec.layer]
        return spec
    if not isinstance(spec, alt.Chart):
        return spec
    # Item access, not attributes: on Altair's channel objects `.axis` is the setter method.
    encoding = spec["encoding"]
    y = encoding["y"] if encoding is not alt.Undefined else alt.Undefined
    axis = y["axis"] if isinstance(y, alt.Y) else alt.Undefined
    if isinstance(axis, alt.Axis):
        limit = axis["labelLimit"]
        if limit is alt.Undefined or limit > PHONE_NAME_LIMIT:
            axis["labelLimit"] = PHONE_NAME_LIMIT
    return spec


def tabs(labels: Sequence[str], key: str, default: str | None = None) -> list:
    """st.tabs that remember the chosen tab and rerun on a switch: only the open tab's content is computed
    (`if tab.open:`), so a page pays for its open tab only; the first tab (or default) is open at first."""
    return list(st.tabs(list(labels), key=key, on_change="rerun", default=default))


def tab_views(views: Sequence[tuple[str, Callable[[], None]]], key: str, default: str | None = None) -> None:
    """tabs() given as (label, view) pairs: only the open tab's view runs."""
    for tab, (_, view) in zip(tabs([label for label, _ in views], key, default), views):
        if tab.open:
            with tab:
                view()


def chart(spec: alt.TopLevelMixin | alt.Chart) -> None:
    """Every chart of the app goes on screen here."""
    st.altair_chart(for_screen(spec, layout.is_phone()), width="stretch")


def table(data: tuple[pl.DataFrame, dict[str, str]], key: str, file_name: str, sheet: str, *,
          empty: str | None = None) -> None:
    """A present.tables.display frame on screen with CSV and Excel downloads of exactly that frame."""
    frame, kinds = data
    table_with_downloads(frame, key=key, kinds=kinds, file_name=file_name, sheet=sheet[:31], empty=empty)


def file_stem(page: str, region: str, as_of) -> str:
    """'laju_65_2024-03-31': downloads say what they are, for where and when."""
    return f"{page}_{region}_{as_of.isoformat() if as_of else 'terbaru'}"


NO_STATUS = "tanpa_data"  # present.exports.format_value and the colours read it as "no status"


def _status_css(status: object) -> str:
    key = status if isinstance(status, str) and status in present.charts.base.STATUS_COLORS else None
    colour = "white" if key in present.charts.base.DARK_STATUSES else "#1a1a1a"
    return f"background-color: {present.charts.base.STATUS_COLORS[key]}; color: {colour}"


def styled(frame: pl.DataFrame, kinds: Mapping[str, str]):
    """A pandas Styler: values stay typed (numeric sorting), text shows 1.500 / 95,2% / 25 Nov 2022.

    The grid draws empty cells itself (st.dataframe's placeholder, not the Styler's text), so an empty status gets
    its word here: "Tanpa data" in the no-data colour.
    """
    status = [c for c in frame.columns if kinds[c] == "status"]
    data = frame.with_columns(pl.col(status).fill_null(NO_STATUS)).to_pandas() if status else frame.to_pandas()
    styler = data.style
    for name in data.columns:
        styler = styler.format(present.exports.formatter(kinds[name]), subset=[name])
        if kinds[name] == "status":
            styler = styler.map(_status_css, subset=[name])
    return styler


# On a phone the grid shows the name first and keeps it in view while the numbers scroll beside it; the code and
# the level (long words, little to act on) stay in the files only.
PHONE_HIDDEN = ("col.region_code", "col.level")
PHONE_PINNED = ("col.name",)


def _grid_layout(frame: pl.DataFrame) -> dict:
    """st.dataframe options of the layout: on a phone, no code/level columns and the name pinned on the left."""
    if not layout.is_phone():
        return {}
    hidden = {t(k) for k in PHONE_HIDDEN}
    pinned = {t(k) for k in PHONE_PINNED} & set(frame.columns)
    shown = [c for c in frame.columns if c not in hidden]
    if not shown:
        return {}
    return {"column_order": shown, "column_config": {c: st.column_config.Column(pinned=True) for c in pinned}}


def table_with_downloads(frame: pl.DataFrame, key: str, *, kinds: Mapping[str, str] | None = None,
                         file_name: str | None = None, sheet: str | None = None, height: int | str = "auto",
                         empty: str | None = None) -> None:
    """st.dataframe of a display frame (Indonesian labels, final order) plus CSV and Excel of exactly that.

    kinds: column label -> present.exports.KINDS entry ('pct', 'status', 'days', ...); others follow the dtype.
    The files are built only when a button is pressed (deferred), from the same frame and the same formatting.
    On a phone the code and level columns are left out of the grid (not of the files) and the name is pinned.
    """
    if frame.is_empty():
        st.info(empty or t("view.table_empty"))
        return
    resolved = present.exports.infer_kinds(frame, kinds)
    st.dataframe(styled(frame, resolved), hide_index=True, height=height, key=f"{key}_table",
                 placeholder=fmt.EMPTY, **_grid_layout(frame))
    downloads(frame, resolved, key=key, file_name=file_name, sheet=sheet)


def downloads(frame: pl.DataFrame, kinds: Mapping[str, str] | None, *, key: str, file_name: str | None = None,
              sheet: str | None = None) -> None:
    """The CSV and Excel buttons of a display frame (built when pressed)."""
    resolved = present.exports.infer_kinds(frame, kinds)
    base = re.sub(r"[^A-Za-z0-9_-]+", "_", file_name or key).strip("_") or "tabel"
    left, right, _ = st.columns([1, 1, 4])
    with left:
        st.download_button(t("view.download_csv"), data=lambda: present.exports.to_csv_bytes(frame, resolved),
                           file_name=f"{base}.csv", mime="text/csv", key=f"{key}_csv",
                           on_click="ignore", icon=":material/download:")
    with right:
        st.download_button(t("view.download_xlsx"),
                           data=lambda: present.exports.to_xlsx_bytes({sheet or base: frame}, resolved),
                           file_name=f"{base}.xlsx", key=f"{key}_xlsx", on_click="ignore",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           icon=":material/table_view:")


def displayed_text(frame: pl.DataFrame, kinds: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The text a table shows (for tests and the briefing): present.exports.as_text as pandas."""
    return present.exports.as_text(frame, present.exports.infer_kinds(frame, kinds)).to_pandas()


CARDS_PER_ROW = 3


def page_top(title_key: str, intro_key: str | None = None) -> tuple[Selection, Settings]:
    """Every analysis page's start: the sidebar's region and date, the stored settings, and the header."""
    selection = sidebar.current()
    header(title_key, selection, intro_key)
    return selection, state.current_settings()


@dataclass(frozen=True)
class ReportPage:
    """A page that opens with the region's report: the sidebar's choice, the stored settings, the report and the
    stem of the page's download files."""

    selection: Selection
    settings: Settings
    report: dict
    stem: str

    def cached(self, func: Callable[..., Any]) -> Any:
        """func(region, as_of, settings=...), the shape of most per-region metrics, through the data-versioned cache."""
        return state.cached(func, self.selection.region, self.selection.as_of, settings=self.settings)


def report_page(page: str, has_data: Callable[[dict], bool]) -> ReportPage:
    """page_top with '<page>.title' and '<page>.intro', then the region's report; the page stops with
    '<page>.no_data' when has_data(report) finds nothing to show."""
    selection, settings = page_top(f"{page}.title", f"{page}.intro")
    report = state.cached(metrics.region_report, selection.region, selection.as_of, settings=settings)
    if not has_data(report):
        no_data(f"{page}.no_data", selection)
    return ReportPage(selection, settings, report, file_stem(page, selection.region, selection.as_of))


def header(title_key: str, selection: Selection, intro_key: str | None = None) -> None:
    """The page title, the line saying which region and date the page shows, and the page's one-line intro."""
    st.title(t(title_key))
    st.caption(selection.caption())
    if intro_key:
        st.caption(t(intro_key))


def cards(items: Sequence[present.cards.Card], per_row: int = CARDS_PER_ROW, *, key: str | None = None) -> None:
    """st.metric tiles, per_row to a row; deltas are words (status, dates), so no arrow. A key names the block
    (CSS class st-key-<key>; screen.css lays tiles two a row on a phone)."""
    box = _tile_box([c.label for c in items], key)
    per_row = 2 if layout.is_phone() else per_row
    for start in range(0, len(items), per_row):
        for column, card in zip(box.columns(per_row), items[start:start + per_row]):
            column.metric(card.label, card.value, delta=card.delta, delta_color=card.color, delta_arrow="off",
                          help=card.help, border=True)


def no_data(key: str, selection: Selection) -> None:
    """A friendly note instead of empty charts, and the page stops here."""
    st.info(t(key, name=selection.name, date=fmt.date(selection.as_of)), icon=":material/info:")
    st.stop()
