"""Charts of recording coverage (perekaman) against the target, and the print backlog (PRR) against blank stock."""

from __future__ import annotations

import altair as alt
import polars as pl

from dashboard import fmt
from dashboard.present.charts.base import TARGET_COLOR, base, date_axis, empty_chart, int_axis, pct_axis, text_column
from dashboard.text import t

# Coverage classes are not stock statuses: their own three colours (blue/orange + purple for "check").
BELOW, REACHED, OVER = "#e66101", "#2c7bb6", "#5e3c99"


def coverage_class(pct: float | None, target: float | None) -> str:
    """Label of a region's coverage: above 100% (check), target reached, below target."""
    if pct is None:
        return t("chart.cov.none")
    if pct > 100:
        return t("chart.cov.over")
    if target is not None and pct >= target:
        return t("chart.cov.reached")
    return t("chart.cov.below")


def coverage_scale() -> alt.Scale:
    return alt.Scale(domain=[t("chart.cov.below"), t("chart.cov.reached"), t("chart.cov.over")],
                     range=[BELOW, REACHED, OVER])


def coverage_dots(frame: pl.DataFrame, *, name: str = "name", pct: str = "coverage_pct",
                  target: str = "target_pct", gap: str = "coverage_gap_persons") -> alt.Chart:
    """Coverage per region as dots against the target drawn as a rule; above 100% in its own colour with a '!'.

    Dots, not bars: coverage sits between 90 and 101%, where bars from zero hide every difference.
    """
    data = frame.filter(pl.col(pct).is_not_null())
    if data.is_empty():
        return empty_chart(t("chart.empty"))
    data = data.with_columns(pl.Series("class", [coverage_class(p, g) for p, g in
                                                 data.select(pct, target).iter_rows()], dtype=pl.String))
    data = text_column(text_column(data, pct, "pct_text", fmt.percent), target, "target_text", fmt.percent)
    data = text_column(data, gap, "gap_text", fmt.number)
    tips = [alt.Tooltip(f"{name}:N", title=t("chart.region")), alt.Tooltip("pct_text:N", title=t("chart.coverage")),
            alt.Tooltip("target_text:N", title=t("chart.target")), alt.Tooltip("gap_text:N", title=t("chart.gap")),
            alt.Tooltip("class:N", title=t("chart.note"))]
    low = min(float(data[pct].min()), float(data[target].min() or 100)) - 1
    high = max(float(data[pct].max()), 100.0) + 0.5
    x = alt.X(f"{pct}:Q", scale=alt.Scale(domain=[max(0.0, low), high], zero=False),
              axis=pct_axis(t("chart.coverage_axis")))
    y = alt.Y(f"{name}:N", sort=alt.EncodingSortField(field=pct, order="ascending"), title=None,
              axis=alt.Axis(labelLimit=220, labelOverlap=False))
    chart = base(data, height=max(120, 18 * data.height))
    dots = chart.mark_circle(size=120, opacity=1).encode(
        x=x, y=y, tooltip=tips,
        color=alt.Color("class:N", scale=coverage_scale(), legend=alt.Legend(title=None, orient="top")))
    flags = chart.transform_filter(alt.datum[pct] > 100).mark_text(
        text="!", dx=10, fontWeight="bold", fontSize=14, color=OVER).encode(x=x, y=y, tooltip=tips)
    target_value = float(data[target].drop_nulls().mode().sort()[0]) if data[target].drop_nulls().len() else None
    layers = [dots, flags]
    if target_value is not None:
        layers.insert(0, target_rule(target_value, axis="x"))
    return alt.layer(*layers).properties(width=chart.width, height=chart.height)


def target_rule(value: float, axis: str = "y") -> alt.Chart:
    """The coverage target as a dark rule with its label ("Target 99,2%")."""
    label = t("chart.target_line", pct=fmt.percent(value, 2 if round(value, 1) != value else 1))
    data = pl.DataFrame({"v": [value], "label": [label]})
    enc = {axis: alt.X("v:Q") if axis == "x" else alt.Y("v:Q")}
    rule = alt.Chart(data).mark_rule(color=TARGET_COLOR, strokeWidth=2).encode(
        tooltip=[alt.Tooltip("label:N", title=t("chart.target"))], **enc)
    text = alt.Chart(data).mark_text(align="left", dx=4, dy=-6, color=TARGET_COLOR, fontWeight="bold").encode(
        text="label:N", **enc, **({"y": alt.value(0)} if axis == "x" else {"x": alt.value(0)}))
    return rule + text


def coverage_trend(series: pl.DataFrame, *, month: str = "month", pct: str = "coverage_pct",
                   target: str = "target_pct") -> alt.Chart:
    """Monthly coverage as a line with the (per-year) target as a dark step line."""
    data = series.filter(pl.col(pct).is_not_null())
    if data.is_empty():
        return empty_chart(t("chart.empty"))
    data = text_column(text_column(text_column(data, month, "month_text", fmt.month), pct, "pct_text",
                                   fmt.percent), target, "target_text", fmt.percent)
    low = min(float(data[pct].min()), float(data[target].min() or 100)) - 1
    high = max(float(data[pct].max()), float(data[target].max() or 100)) + 0.5
    x = alt.X(f"{month}:T", axis=date_axis(monthly=True), title=None)
    y_scale = alt.Scale(domain=[max(0.0, low), high], zero=False)
    tips = [alt.Tooltip("month_text:N", title=t("chart.month")), alt.Tooltip("pct_text:N", title=t("chart.coverage")),
            alt.Tooltip("target_text:N", title=t("chart.target"))]
    line = base(data).mark_line(point=True, color=REACHED).encode(
        x=x, y=alt.Y(f"{pct}:Q", scale=y_scale, axis=pct_axis(t("chart.coverage_axis"))), tooltip=tips)
    targets = data[target].drop_nulls().unique()
    if targets.len() == 1:  # one year's target: a full-width rule with its label
        goal = target_rule(float(targets[0]), axis="y")
    else:  # targets change by year: a step line
        goal = alt.Chart(data).mark_line(interpolate="step-after", color=TARGET_COLOR, strokeWidth=2,
                                         strokeDash=[6, 3]).encode(x=x, y=alt.Y(f"{target}:Q"), tooltip=tips)
    return alt.layer(goal, line).properties(width=line.width, height=line.height)


def prr_vs_stock(frame: pl.DataFrame, *, name: str = "name", prr: str = "prr", stock: str = "blank_stock",
                 flag: str | None = "stock_below_prr") -> alt.Chart:
    """PRR (print backlog) and blank stock per region, side by side; a region whose stock is below its PRR
    cannot even clear its backlog, so it is marked "stok < PRR" at the end of its bars (flag column)."""
    data = frame.filter(pl.col(prr).is_not_null() | pl.col(stock).is_not_null())
    if data.is_empty():
        return empty_chart(t("chart.empty"))
    prr_label, stock_label = t("chart.prr"), t("chart.blank_stock")
    long = pl.concat([
        data.select(pl.col(name), pl.lit(prr_label).alias("measure"), pl.col(prr).cast(pl.Float64).alias("value")),
        data.select(pl.col(name), pl.lit(stock_label).alias("measure"), pl.col(stock).cast(pl.Float64).alias("value")),
    ])
    long = text_column(long, "value", "value_text", fmt.number)
    y = alt.Y(f"{name}:N", title=None, axis=alt.Axis(labelLimit=220, labelOverlap=False))
    bars = base(long, height=max(140, 30 * data.height)).mark_bar().encode(
        y=y,
        yOffset=alt.YOffset("measure:N", sort=[prr_label, stock_label]),
        x=alt.X("value:Q", axis=int_axis(t("chart.prr_axis"))),
        color=alt.Color("measure:N", scale=alt.Scale(domain=[prr_label, stock_label], range=[BELOW, REACHED]),
                        legend=alt.Legend(title=None, orient="top")),
        tooltip=[alt.Tooltip(f"{name}:N", title=t("chart.region")), alt.Tooltip("measure:N", title=t("chart.series")),
                 alt.Tooltip("value_text:N", title=t("chart.amount"))],
    )
    if "units_below_prr" in data.columns and "level" in data.columns and (data["level"] == "provinsi").all():
        # a province is flagged by its units below PRR (the same count every face gives), not by pooled stock
        marks = data.filter(pl.col("units_below_prr") > 0).select(
            pl.col(name), pl.max_horizontal(pl.col(prr), pl.col(stock)).cast(pl.Float64).alias("value"),
            pl.col("units_below_prr").map_elements(lambda n: t("cakupan.note.units_below_prr", n=fmt.number(n)),
                                                   return_dtype=pl.String).alias("flag_text"))
    elif flag and flag in data.columns:
        marks = data.filter(pl.col(flag).fill_null(False)).select(
            pl.col(name), pl.max_horizontal(pl.col(prr), pl.col(stock)).cast(pl.Float64).alias("value"),
            pl.lit(t("note.stock_below_prr")).alias("flag_text"))
    else:
        return bars
    if marks.is_empty():
        return bars
    text = alt.Chart(marks).mark_text(align="left", dx=6, fontWeight="bold", color=OVER).encode(
        y=y, x=alt.X("value:Q"), text="flag_text:N")
    return alt.layer(bars, text).properties(width=bars.width, height=bars.height)
