"""The briefing's charts: the pages' own Altair builders, rendered offline to PNG by vl-convert in Indonesian."""

from __future__ import annotations

import struct
from dataclasses import dataclass

import altair as alt
import polars as pl

from dashboard import fmt, present, regions
from dashboard.briefing.content import Content
from dashboard.text import t

SCALE = 2  # twice the pixels: sharp on paper at 170 mm wide (about 190 dpi)
MAX_BARS = 20  # days-of-cover bars: the units closest to running out, so the chart stays within half a page


@dataclass(frozen=True)
class ChartImage:
    """One rendered chart: its caption, PNG bytes and pixel size (for the layout's aspect ratio)."""

    title: str
    png: bytes
    width: int
    height: int


def to_png(*figures: alt.TopLevelMixin) -> list[bytes]:
    """PNGs of Altair charts with the Indonesian number and time locales (1.500; Januari …), one child process."""
    return present.charts.png.render_many([figure.to_dict() for figure in figures], scale=SCALE,
                                 format_locale=fmt.VEGA_FORMAT_LOCALE, time_format_locale=fmt.VEGA_TIME_LOCALE)


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels from the PNG header (IHDR is always the first chunk)."""
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


@dataclass(frozen=True)
class _Pending:
    """A chart to render, with its caption (all of a briefing's charts are rendered in one go)."""

    title: str
    chart: alt.TopLevelMixin


def _image(title: str, chart: alt.TopLevelMixin) -> _Pending:
    return _Pending(title, chart)


def stock_chart(c: Content) -> _Pending:
    data = c.stock_series.filter(pl.col("stock").is_not_null())
    start = data["period"].min() if data.height else c.as_of
    title = t("briefing.chart.stock", name=c.name, start=fmt.date(start), end=fmt.date(c.as_of))
    return _image(title, present.charts.base.stock_line(data, date="period", value="stock"))


def units_chart(c: Content) -> _Pending:
    """Nationally the province status map; in a province the days of cover per unit; for a kab/kota its use."""
    date = fmt.date(c.as_of)
    if c.region == regions.NATIONAL:
        return _image(t("briefing.chart.map", date=date), present.charts.map.province_tile_map(c.table))
    if not c.is_unit:
        known = c.table.filter(pl.col("days_of_cover").is_not_null()).sort("days_of_cover", "name")
        title = (t("briefing.chart.cover_top", n=MAX_BARS, date=date) if known.height > MAX_BARS
                 else t("briefing.chart.cover", date=date))
        s = c.settings
        return _image(title, present.charts.laju.days_cover_bars(known.head(MAX_BARS), kritis_days=s.kritis_days,
                                                         waspada_days=s.waspada_days, berlebih_days=s.berlebih_days))
    data = c.stock_series.filter(pl.col("consumption").is_not_null())
    start = data["period"].min() if data.height else c.as_of
    title = t("briefing.chart.use", start=fmt.date(start), end=fmt.date(c.as_of))
    return _image(title, present.charts.laju.consumption_chart(data, freq="day"))


def coverage_chart(c: Content) -> _Pending:
    data = c.coverage_series.filter(pl.col("coverage_pct").is_not_null())
    first, last = (data["month"].min(), data["month"].max()) if data.height else (None, None)
    title = t("briefing.chart.coverage", start=fmt.month(first), end=fmt.month(last))
    return _image(title, present.charts.cakupan.coverage_trend(data))


def render(c: Content) -> list[ChartImage]:
    """The three charts of a briefing, in print order."""
    pending = [stock_chart(c), units_chart(c), coverage_chart(c)]
    pngs = to_png(*(p.chart for p in pending))
    return [ChartImage(p.title, png, *png_size(png)) for p, png in zip(pending, pngs)]
