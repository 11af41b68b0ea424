"""Charts of use over time: consumption vs transfers, days of cover per region, projected stock-out dates."""

from __future__ import annotations

import calendar
import datetime as dt

import altair as alt
import polars as pl

from dashboard import fmt
from dashboard.present.charts.base import (
    base,
    date_axis,
    empty_chart,
    int_axis,
    period_text,
    status_scale,
    text_column,
    threshold_rules,
    today_rule,
    with_colour,
    with_status_label,
)
from dashboard.present.charts.stok import AXIS_ROOM, ROW
from dashboard.text import t

USE_COLOR, TRANSFER_COLOR = "#2c7bb6", "#e66101"
GAP_HOURS = {"day": 3, "week": 12, "month": 36}


def consumption_chart(series: pl.DataFrame, *, freq: str = "day", period: str = "period",
                      consumption: str = "consumption", transfers: str | None = "transfers_out") -> alt.Chart:
    """Consumption (pemakaian + rusak) per period as bars; transfers out (distribusi) as a separate line.

    series: dashboard.metrics.series.stock_series output. Transfers are drawn apart so they never read as use.
    A week or month still running at the series' end (partial) is drawn pale, as narrow as the days it covers, and
    says so in the legend and tooltip: a few days of use is not a fall in use.
    """
    if series.is_empty():
        return empty_chart(t("chart.empty"))
    # The short transfer label: the long one ran past a phone's screen in the legend ("Distribusi/transfe…").
    use_label, transfer_label = t("chart.consumption"), t("chart.transfers_short")
    keep = [period, consumption] + ([transfers] if transfers else [])
    keep += [c for c in ("partial", "period_days") if c in series.columns]
    # A bar spans its whole period (a week is a week wide), not a hairline at its first day; a small gap
    # (GAP_HOURS) keeps neighbouring bars apart.
    gap = pl.duration(hours=GAP_HOURS.get(freq, 12))
    last = pl.col("period_end") if "period_end" in series.columns else pl.col(period)
    data = series.with_columns(
        period_from=pl.col(period).cast(pl.Datetime) + gap,
        period_next=last.cast(pl.Datetime) + pl.duration(days=1) - gap,
    ).select(*keep, "period_from", "period_next").filter(
        pl.col(consumption).is_not_null()).with_columns(pl.col(consumption).round(0))
    if data.is_empty():
        return empty_chart(t("chart.empty"))
    data = text_column(data, period, "period_text", period_text(freq))
    data = text_column(data, consumption, "use_text", fmt.number)
    colour = alt.Scale(domain=[use_label, transfer_label], range=[USE_COLOR, TRANSFER_COLOR])
    x = alt.X(f"{period}:T", axis=date_axis(monthly=freq == "month"), title=None)
    tips = [alt.Tooltip("period_text:N", title=t("chart.period")), alt.Tooltip("use_text:N", title=use_label)]
    extra: dict = {}
    if "partial" in data.columns and data["partial"].any():
        complete, partial = t("chart.complete"), t("chart.partial")
        totals = {"week": lambda d: 7, "month": lambda d: calendar.monthrange(d.year, d.month)[1]}.get(
            freq, lambda d: 1)
        data = data.with_columns(
            completeness=pl.when(pl.col("partial")).then(pl.lit(partial)).otherwise(pl.lit(complete)),
            days_text=pl.Series([t("chart.partial_days", days=n, total=totals(p)) if part else ""
                                 for p, n, part in zip(data[period], data["period_days"], data["partial"])],
                                dtype=pl.String))
        extra["opacity"] = alt.Opacity("completeness:N", scale=alt.Scale(domain=[complete, partial], range=[0.85, 0.3]),
                                       legend=alt.Legend(title=None, orient="top"))
        tips.append(alt.Tooltip("days_text:N", title=partial))
    bars = base(data).transform_calculate(series=f"'{use_label}'").mark_bar().encode(
        x=alt.X("period_from:T", axis=date_axis(monthly=freq == "month"), title=None), x2="period_next:T",
        y2=alt.datum(0), y=alt.Y(f"{consumption}:Q", axis=int_axis(t("chart.units_per", unit=t(f"chart.freq.{freq}")))),
        color=alt.Color("series:N", scale=colour, legend=alt.Legend(title=None, orient="top", labelLimit=400)),
        tooltip=tips, **({"opacity": extra["opacity"]} if extra else {"opacity": alt.value(0.85)}),
    )
    if not transfers or not data[transfers].sum():
        return bars
    data = text_column(data, transfers, "transfer_text", fmt.number)
    line = alt.Chart(data).transform_calculate(series=f"'{transfer_label}'").mark_line(
        point=True, strokeDash=[5, 3]).encode(
        x=x, y=alt.Y(f"{transfers}:Q"), color=alt.Color("series:N", scale=colour),
        tooltip=[alt.Tooltip("period_text:N", title=t("chart.period")),
                 alt.Tooltip("transfer_text:N", title=transfer_label)],
    )
    return alt.layer(bars, line).properties(width=bars.width, height=bars.height)


def days_cover_bars(frame: pl.DataFrame, *, kritis_days: int, waspada_days: int, berlebih_days: int,
                    name: str = "name", days: str = "days_of_cover", status: str = "status") -> alt.Chart:
    """Days of cover per region with the kritis/waspada thresholds as rules; units coloured by status, provinces
    (pooled cover: "stok gabungan") by the share of their units at risk.

    Regions without use (empty days of cover) are left out; bars past 1.2 × berlebih are clipped (the tooltip
    keeps the true number).
    """
    data = frame.filter(pl.col(days).is_not_null())
    if data.is_empty():
        return empty_chart(t("chart.no_use"))
    by = "risk" if "level" in data.columns and bool((data["level"] == "provinsi").all()) else "status"
    data, scale, legend = with_colour(with_status_label(text_column(data, days, "days_text", fmt.days), status), by,
                                      status)
    cap = float(max(min(data[days].max(), berlebih_days * 1.2), waspada_days * 1.5))
    # ROW px a region, as the Stok bars: at 18 px the theme's 12 px labels touched each other.
    bars = base(data, height=max(120, ROW * data.height + AXIS_ROOM)).mark_bar().encode(
        y=alt.Y(f"{name}:N", sort="x", title=None, axis=alt.Axis(labelLimit=220, labelOverlap=False)),
        x=alt.X(f"{days}:Q", scale=alt.Scale(domain=[0, cap], clamp=True),
                axis=int_axis(t("chart.days_of_cover"))),
        color=alt.Color("colour_label:N", scale=scale, legend=alt.Legend(title=legend)),
        tooltip=[alt.Tooltip(f"{name}:N", title=t("chart.region")),
                 alt.Tooltip("days_text:N", title=t("chart.days_of_cover")),
                 alt.Tooltip("status_label:N", title=t("chart.pooled_status") if by == "risk" else t("chart.status")),
                 *([alt.Tooltip("risk_text:N", title=t("chart.risk.title"))] if by == "risk" else [])],
    )
    rules = threshold_rules([(kritis_days, t("chart.kritis_line", days=kritis_days)),
                             (waspada_days, t("chart.waspada_line", days=waspada_days))])
    return alt.layer(bars, rules).properties(width=bars.width, height=bars.height)


def stockout_timeline_chart(frame: pl.DataFrame, as_of: dt.date, *, name: str = "name",
                            date: str = "timeline_date", status: str = "status", stock: str = "stock",
                            since: str | None = "stockout_since") -> alt.Chart:
    """Each unit on a time axis with the as-of date as a rule: at its projected stock-out date, or, when already
    out (habis), at the day its stock reached 0 (series.stockout_timeline's timeline_date), left of the rule."""
    if date not in frame.columns:  # a plain metrics frame (e.g. the action list) has no timeline_date
        date = "stockout_date"
    data = frame.filter(pl.col(date).is_not_null())
    if data.is_empty():
        return empty_chart(t("chart.no_stockout"))
    # The tooltip names the metric's stock-out date even where the point sits at the start of the empty spell.
    data = text_column(data, "stockout_date" if "stockout_date" in data.columns else date, "date_text", fmt.date)
    data = with_status_label(text_column(data, stock, "stock_text", fmt.number), status)
    tips = [alt.Tooltip(f"{name}:N", title=t("chart.region")),
            alt.Tooltip("date_text:N", title=t("chart.stockout_date")),
            alt.Tooltip("stock_text:N", title=t("chart.stock_units")),
            alt.Tooltip("status_label:N", title=t("chart.status"))]
    if since and since in data.columns:
        data = text_column(data, since, "since_text", fmt.date)
        tips.insert(2, alt.Tooltip("since_text:N", title=t("laju.chart.zero_since")))
    points = base(data, height=max(120, 18 * data.height)).mark_circle(size=110, opacity=0.9).encode(
        x=alt.X(f"{date}:T", title=t("chart.stockout_date"), axis=date_axis(t("chart.stockout_date"))),
        y=alt.Y(f"{name}:N", sort=alt.EncodingSortField(field=date, order="ascending"), title=None,
                axis=alt.Axis(labelLimit=220, labelOverlap=False)),
        color=alt.Color("status_label:N", scale=status_scale(), legend=alt.Legend(title=t("chart.status"))),
        tooltip=tips,
    )
    rule = today_rule(as_of)
    return alt.layer(rule, points).properties(width=points.width, height=points.height)
