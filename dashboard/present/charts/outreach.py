"""Charts of coverage by kecamatan (bars against the target line) and of the jemput-bola gap (new people, backlog)."""

from __future__ import annotations

import altair as alt
import polars as pl

from dashboard import fmt
from dashboard.present.charts.base import base, empty_chart, int_axis, pct_axis, text_column
from dashboard.present.charts.cakupan import BELOW, OVER, coverage_class, coverage_scale, target_rule
from dashboard.text import t

UNSPLIT = "#bdbdbd"
INSIDE_FROM = 0.3  # bars at least this share of the axis hold their figure inside, at their start


def kecamatan_bars(frame: pl.DataFrame, *, name: str = "name", pct: str = "coverage_pct",
                   target: str = "target_pct", gap: str = "coverage_gap_persons") -> alt.Chart:
    """Coverage per kecamatan as bars from 0 with the target as a dark rule; above 100% in its own colour.

    Bars start at zero (a bar's length is its value); the figure on each bar and the tooltip's gap in persons carry
    the differences of a few tenths of a percent that bars alone would hide. Lowest coverage on top.
    """
    data = frame.filter(pl.col(pct).is_not_null())
    if data.is_empty():
        return empty_chart(t("chart.empty"))
    data = data.with_columns(pl.Series("class", [coverage_class(p, g) for p, g in data.select(pct, target).iter_rows()],
                                       dtype=pl.String))
    data = text_column(text_column(data, pct, "pct_text", fmt.percent), gap, "gap_text", fmt.number)
    tips = [alt.Tooltip(f"{name}:N", title=t("chart.region")), alt.Tooltip("pct_text:N", title=t("chart.coverage")),
            alt.Tooltip("gap_text:N", title=t("chart.gap")), alt.Tooltip("class:N", title=t("chart.note"))]
    high = max(float(data[pct].max()), 100.0) + 2
    data = data.with_columns(inside=pl.col(pct) >= high * INSIDE_FROM)
    x = alt.X(f"{pct}:Q", scale=alt.Scale(domain=[0, high]), axis=pct_axis(t("chart.coverage_axis")))
    # An explicit order: a sort by field is not kept across the layers (bars, labels, rule) of one chart.
    order = data.sort([pct, name])[name].to_list()
    y = alt.Y(f"{name}:N", sort=order, title=None, axis=alt.Axis(labelLimit=220))
    chart = base(data, height=max(120, 22 * data.height))
    bars = chart.mark_bar().encode(
        x=x, y=y, tooltip=tips,
        color=alt.Color("class:N", scale=coverage_scale(), legend=alt.Legend(title=None, orient="top")))
    # The figure sits at the bar's start (inside, white), far from the target rule near the bar ends: at the end it
    # lay on the rule for every bar near or above the target ("101,0%" over the 99,04% line). A bar too short to
    # hold it gets it just past its end, in dark text (far below the target, so still clear of the rule).
    inside = chart.transform_filter(alt.datum.inside).mark_text(
        align="left", dx=4, fontSize=11, color="white", fontWeight="bold").encode(
        x=alt.value(0), y=y, text="pct_text:N", tooltip=tips)
    outside = chart.transform_filter(~alt.datum.inside).mark_text(
        align="left", dx=4, fontSize=11, color="#1a1a1a").encode(x=x, y=y, text="pct_text:N", tooltip=tips)
    layers = [bars, inside, outside]
    targets = data[target].drop_nulls()
    if targets.len():
        layers.append(target_rule(float(targets[0]), axis="x"))
    return alt.layer(*layers).properties(width=chart.width, height=chart.height)


def gap_bars(areas: pl.DataFrame, *, name: str = "name") -> alt.Chart:
    """The gap of each area to its target, largest first, split into new wajib KTP (pemula) and backlog; the gap of
    areas without an earlier reading is shown unsplit."""
    data = areas.filter(pl.col("gap_persons") > 0)
    if data.is_empty():
        return empty_chart(t("outreach.chart.no_gap"))
    new, backlog, unsplit = t("outreach.chart.new"), t("outreach.chart.backlog"), t("outreach.chart.unsplit")
    long = pl.concat([
        data.select(name, "rank", part=pl.lit(new), persons=pl.col("new_persons")),
        data.select(name, "rank", part=pl.lit(backlog), persons=pl.col("backlog_persons")),
        data.select(name, "rank", part=pl.lit(unsplit),
                    persons=pl.when(pl.col("new_persons").is_null()).then(pl.col("gap_persons"))),
    ]).filter(pl.col("persons").fill_null(0) > 0).with_columns(pl.col("persons").cast(pl.Float64))
    long = text_column(long, "persons", "persons_text", fmt.number)
    order = data.sort("rank")[name].to_list()
    return base(long, height=max(120, 22 * data.height)).mark_bar().encode(
        y=alt.Y(f"{name}:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
        x=alt.X("persons:Q", stack="zero", axis=int_axis(t("outreach.chart.axis"))),
        color=alt.Color("part:N", scale=alt.Scale(domain=[new, backlog, unsplit], range=[OVER, BELOW, UNSPLIT]),
                        legend=alt.Legend(title=None, orient="top")),
        order=alt.Order("part:N", sort="descending"),
        tooltip=[alt.Tooltip(f"{name}:N", title=t("chart.region")), alt.Tooltip("part:N", title=t("chart.series")),
                 alt.Tooltip("persons_text:N", title=t("chart.amount"))],
    )

