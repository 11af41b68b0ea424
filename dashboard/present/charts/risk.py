"""Charts of units at risk that stay legible on a phone: provinces ranked by their units at risk (instead of the tile
map) and units at risk month by month (instead of the region × month heat map). Pure Altair, base's conventions."""

from __future__ import annotations

import altair as alt
import polars as pl

from dashboard import fmt
from dashboard.present.charts.base import MONTH_LABEL, base, empty_chart, int_axis, risk_text, text_column, with_colour
from dashboard.present.charts.stok import AXIS_ROOM, ROW
from dashboard.text import t


def risk_ranked_bars(provinces: pl.DataFrame) -> alt.Chart:
    """metrics.region_table under 'ID': one bar per province, its units at risk (habis + kritis), most on top, every
    province named; coloured by the share of its units at risk (the map's rule) and the count written at the end."""
    data = provinces.filter(pl.col("units_total") > pl.col("units_tanpa_data"))
    if data.is_empty():
        return empty_chart(t("chart.empty"))
    data = data.select("name", "units_at_risk", "units_habis", "units_kritis", "units_total", "units_tanpa_data",
                       "at_risk_pct").sort(["units_at_risk", "at_risk_pct", "name"], descending=[True, True, False],
                                           nulls_last=True)
    data, scale, legend = with_colour(data, "risk")
    data = text_column(data, "units_at_risk", "count_text", fmt.number)
    data = data.with_columns(pl.Series("split_text", [t("ringkasan.card.risk_value", habis=fmt.number(h),
                                                        kritis=fmt.number(k))
                                                      for h, k in zip(data["units_habis"], data["units_kritis"])],
                                       dtype=pl.String))
    order = data["name"].to_list()
    y = alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=150, labelOverlap=False))
    x = alt.X("units_at_risk:Q", axis=int_axis(t("phone.risk_axis"), tickMinStep=1))
    tips = [alt.Tooltip("name:N", title=t("chart.region")), alt.Tooltip("split_text:N", title=t("chart.risk.title")),
            alt.Tooltip("risk_text:N", title=t("chart.risk.title"))]
    chart = base(data, height=ROW * data.height + AXIS_ROOM)
    bars = chart.mark_bar().encode(y=y, x=x, color=alt.Color("colour_label:N", scale=scale,
                                                               legend=alt.Legend(title=legend)), tooltip=tips)
    counts = chart.mark_text(align="left", dx=3, fontSize=11, color="#1a1a1a").encode(y=y, x=x, text="count_text:N")
    return alt.layer(bars, counts).properties(width=chart.width, height=chart.height)


def risk_month_bars(matrix: pl.DataFrame) -> alt.Chart:
    """metrics.status_matrix summed per month: how many units were habis or kritis at each month's end, one bar a
    month (a time axis of months), the count on each bar."""
    if matrix.is_empty():
        return empty_chart(t("chart.empty"))
    data = matrix.group_by("month").agg(pl.col("units_at_risk").sum(), pl.col("units_with_status").sum()).sort("month")
    data = data.with_columns(pl.Series("risk_text", [risk_text(a, j) for a, j in
                                                     zip(data["units_at_risk"], data["units_with_status"])],
                                       dtype=pl.String))
    data = text_column(text_column(data, "month", "month_text", fmt.month), "units_at_risk", "count_text", fmt.number)
    x = alt.X("month:O", timeUnit="yearmonth", title=None,
              axis=alt.Axis(labelExpr=MONTH_LABEL, labelAngle=-45, labelOverlap=False))
    y = alt.Y("units_at_risk:Q", axis=int_axis(t("phone.units_axis"), tickMinStep=1))
    tips = [alt.Tooltip("month_text:N", title=t("chart.month")),
            alt.Tooltip("risk_text:N", title=t("chart.risk.title"))]
    chart = base(data, height=240)
    bars = chart.mark_bar(color="#d7191c").encode(x=x, y=y, tooltip=tips)
    counts = chart.mark_text(dy=-6, fontSize=10, color="#1a1a1a").encode(x=x, y=y, text="count_text:N")
    return alt.layer(bars, counts).properties(width=chart.width, height=chart.height)
