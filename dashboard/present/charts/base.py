"""Pure Altair chart builders (polars frame in, alt.Chart out, no streamlit): the app and the briefing PNGs share them.

Browsers render with their own locale and st.altair_chart cannot pass one, so numbers and month names are made
Indonesian without relying on a locale: tooltips read pre-formatted text columns ("…_teks") and axis labels use
label expressions that give 1.500 / 95,2 / "Mar 2024" under any locale (also under fmt.VEGA_FORMAT_LOCALE).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Sequence

import altair as alt
import polars as pl

from dashboard import fmt, metrics
from dashboard.present.palette import (  # noqa: F401  the chart builders' names for the one palette
    DARK_RISKS,
    DARK_STATUSES,
    ITEM_COLORS,
    ITEM_ORDER,
    RISK_BOUNDS,
    RISK_COLORS,
    RISK_ORDER,
    STATUS_COLORS,
    STATUS_ORDER,
    TARGET_COLOR,
)
from dashboard.text import t

WIDTH = 640  # a fixed width keeps vl-convert PNGs readable; the app stretches charts to the container

# Month names in Vega expressions (Vega's own month names follow the browser locale).
_MONTHS = "[" + ",".join(f"'{m}'" for m in fmt.MONTHS_SHORT) + "]"
INT_LABEL = "replace(format(datum.value, ',.0f'), regexp(',', 'g'), '.')"
PCT_LABEL = "replace(format(datum.value, '.1~f'), '.', ',') + '%'"
DATE_LABEL = (f"date(datum.value) == 1 ? {_MONTHS}[month(datum.value)] + ' ' + year(datum.value)"
              f" : date(datum.value) + ' ' + {_MONTHS}[month(datum.value)]")
MONTH_LABEL = f"{_MONTHS}[month(datum.value)] + ' ' + year(datum.value)"


def status_label(status: str | None) -> str:
    """'kritis' -> 'Kritis'; None -> 'Tanpa data'."""
    return t(f"status.{status}") if status else t("status.tanpa_data")


def status_scale() -> alt.Scale:
    """The fixed status colour scale (domain in severity order, labels in Indonesian)."""
    return alt.Scale(domain=[status_label(s) for s in STATUS_ORDER], range=[STATUS_COLORS[s] for s in STATUS_ORDER])


def risk_class(pct: float | None) -> str | None:
    """'none' | 'low' | 'mid' | 'high' for a share of units at risk (%); None without units with a status."""
    if pct is None or pct != pct:
        return None
    if pct <= 0:
        return "none"
    return "low" if pct < RISK_BOUNDS[0] else "mid" if pct < RISK_BOUNDS[1] else "high"


def risk_label(key: str | None) -> str:
    """'Tidak ada unit berisiko', '< 10% unit berisiko', … (the legend says the rule)."""
    return t(f"chart.risk.{key}" if key else "chart.risk.none_data")


def risk_scale() -> alt.Scale:
    return alt.Scale(domain=[risk_label(k) for k in RISK_ORDER], range=[RISK_COLORS[k] for k in RISK_ORDER])


def risk_text(at_risk: int | None, judged: int | None, without_data: int | None = None) -> str:
    """'1 dari 1 unit berdata (100,0%); 10 unit tanpa data': how many units with data (a status) are habis or
    kritis, and, when given and any, how many units have none (the share leaves them out)."""
    if not judged:
        return fmt.EMPTY
    text = t("chart.risk.count", n=fmt.number(at_risk or 0), total=fmt.number(judged),
             pct=fmt.percent(100 * (at_risk or 0) / judged))
    return t("chart.risk.without_data", count=text, none=fmt.number(without_data)) if without_data else text


def risk_legend() -> list[str]:
    """The legend title of a by-risk colour, in two lines: what is coloured, and the base of the share."""
    return [t("chart.risk.title"), t("chart.risk.legend_base")]


def with_colour(frame: pl.DataFrame, by: str = "status", status: str = "status") -> tuple[pl.DataFrame, alt.Scale, Any]:
    """(frame + colour_label, colour scale, legend title): by 'status' (units) or 'risk' (aggregates: the share
    of units at risk among the units with data, metrics' at_risk_pct; the tooltip's risk_text says that base and
    how many units have no data)."""
    if by == "risk":
        data = text_column(frame, "at_risk_pct", "colour_label", lambda p: risk_label(risk_class(p)))
        if "units_total" in frame.columns:
            judged = frame.select(metrics.units_with_status()).to_series()
            missing = frame["units_tanpa_data"].to_list()
        else:
            judged, missing = frame["units_with_status"], [None] * frame.height
        texts = [risk_text(a, j, m) for a, j, m in zip(frame["units_at_risk"].to_list(), judged.to_list(), missing)]
        return data.with_columns(pl.Series("risk_text", texts, dtype=pl.String)), risk_scale(), risk_legend()
    data = text_column(frame, status, "colour_label", status_label)
    return data, status_scale(), t("chart.status")


def item_label(item: str) -> str:
    return t(f"item.{item}")


def item_scale() -> alt.Scale:
    return alt.Scale(domain=[item_label(i) for i in ITEM_ORDER], range=[ITEM_COLORS[i] for i in ITEM_ORDER])


def plain(frame: pl.DataFrame) -> pl.DataFrame:
    """Plain types only: Decimal -> Float64 (Decimal breaks bar heights in the browser and vl-convert)."""
    casts = [pl.col(name).cast(pl.Float64) for name, dtype in frame.schema.items() if dtype.is_decimal()]
    return frame.with_columns(casts) if casts else frame


def text_column(frame: pl.DataFrame, source: str, target: str, formatter: Callable[[Any], str]) -> pl.DataFrame:
    """Add a pre-formatted text column (for tooltips) made with a dashboard.fmt function."""
    values = [formatter(v) for v in frame[source].to_list()]
    return frame.with_columns(pl.Series(target, values, dtype=pl.String))


def period_text(freq: str) -> Callable[[Any], str]:
    """How a bar's period is written in tooltips: 'Mar 2024' (month), 'Minggu mulai 4 Mar 2024' (week), a date."""
    if freq == "month":
        return fmt.month
    if freq == "week":
        return lambda d: t("chart.week_of", date=fmt.date(d))
    return fmt.date


def with_status_label(frame: pl.DataFrame, status: str = "status") -> pl.DataFrame:
    return text_column(frame, status, "status_label", status_label)


def int_axis(title: str, **kwargs: Any) -> alt.Axis:
    return alt.Axis(title=title, labelExpr=INT_LABEL, **kwargs)


def pct_axis(title: str, **kwargs: Any) -> alt.Axis:
    return alt.Axis(title=title, labelExpr=PCT_LABEL, **kwargs)


def date_axis(title: str | None = None, monthly: bool = False, **kwargs: Any) -> alt.Axis:
    """A time axis in Indonesian ('Mar 2024' on a month's first day, else '8 Mar'). Labels that would touch are
    dropped one at a time (greedy, 4 px apart), not every other one (Vega's default): a narrow axis keeps more."""
    kwargs = {"labelOverlap": "greedy", "labelSeparation": 4, **kwargs}
    return alt.Axis(title=title, labelExpr=MONTH_LABEL if monthly else DATE_LABEL, **kwargs)


def base(frame: pl.DataFrame, height: int = 320) -> alt.Chart:
    return alt.Chart(plain(frame)).properties(width=WIDTH, height=height)


def empty_chart(message: str) -> alt.Chart:
    """A chart that only says there is nothing to draw (the briefing still gets an image)."""
    return alt.Chart(pl.DataFrame({"m": [message]})).mark_text(size=14, color="#555").encode(
        text="m:N").properties(width=WIDTH, height=80)


def stock_bars(frame: pl.DataFrame, *, value: str, name: str = "name", status: str = "status",
               title: str | None = None, tooltip: Sequence[tuple[str, str]] = (), by: str = "status",
               order: Sequence[str] | None = None) -> alt.Chart:
    """Horizontal bars per region, coloured by status (units) or by the share of units at risk (by='risk').

    frame: one row per region with `name`, `value` (keping), `status`; tooltip: extra (column, title) pairs
    of text columns already in the frame; order: the names top to bottom (default: largest value first).
    """
    if frame.is_empty():
        return empty_chart(t("chart.empty"))
    data, scale, legend = with_colour(text_column(frame, value, "value_text", fmt.number), by, status)
    data = with_status_label(data, status)
    tips = [alt.Tooltip(f"{name}:N", title=t("chart.region")),
            alt.Tooltip("value_text:N", title=title or t("chart.stock_units")),
            alt.Tooltip("status_label:N", title=t("chart.pooled_status") if by == "risk" else t("chart.status"))]
    if by == "risk":
        tips.append(alt.Tooltip("risk_text:N", title=t("chart.risk.title")))
    tips += [alt.Tooltip(f"{c}:N", title=lbl) for c, lbl in tooltip]
    return base(data, height=max(120, 18 * data.height)).mark_bar().encode(
        y=alt.Y(f"{name}:N", sort=list(order) if order is not None else "-x", title=None,
                axis=alt.Axis(labelLimit=220, labelOverlap=False)),
        x=alt.X(f"{value}:Q", axis=int_axis(title or t("chart.stock_units"))),
        color=alt.Color("colour_label:N", scale=scale, legend=alt.Legend(title=legend)),
        tooltip=tips,
    )


def stock_line(frame: pl.DataFrame, *, date: str = "date", value: str = "stock", group: str | None = None,
               title: str | None = None, monthly: bool = False) -> alt.Chart:
    """Stock over time (one line, or one per `group`, e.g. item labels)."""
    if frame.is_empty():
        return empty_chart(t("chart.empty"))
    data = text_column(text_column(frame, value, "value_text", fmt.number), date, "date_text", fmt.date)
    tips = [alt.Tooltip("date_text:N", title=t("chart.date")),
            alt.Tooltip("value_text:N", title=title or t("chart.stock_units"))]
    enc: dict[str, Any] = {}
    if group:
        enc["color"] = alt.Color(f"{group}:N", title=None, legend=alt.Legend(orient="top"))
        tips.insert(0, alt.Tooltip(f"{group}:N", title=t("chart.series")))
    return base(data).mark_line(interpolate="step-after").encode(
        x=alt.X(f"{date}:T", axis=date_axis(monthly=monthly)),
        y=alt.Y(f"{value}:Q", axis=int_axis(title or t("chart.stock_units"))),
        tooltip=tips, **enc,
    )


def status_heatmap(frame: pl.DataFrame, *, name: str = "name", month: str = "month", status: str = "status",
                   value: str | None = None, by: str = "status") -> alt.Chart:
    """Region × month grid coloured by status (QAT's stock-status heat map), or for provinces by the share of their
    units at risk that month (by='risk')."""
    if frame.is_empty():
        return empty_chart(t("chart.empty"))
    data, scale, legend = with_colour(text_column(frame, month, "month_text", fmt.month), by, status)
    data = with_status_label(data, status)
    tips = [alt.Tooltip(f"{name}:N", title=t("chart.region")), alt.Tooltip("month_text:N", title=t("chart.month")),
            alt.Tooltip("status_label:N", title=t("chart.pooled_status") if by == "risk" else t("chart.status"))]
    if by == "risk":
        tips.append(alt.Tooltip("risk_text:N", title=t("chart.risk.title")))
    if value:
        data = text_column(data, value, "value_text", fmt.number)
        tips.append(alt.Tooltip("value_text:N", title=t("chart.stock_units")))
    rows = data[name].n_unique()
    return base(data, height=max(100, 18 * rows)).mark_rect(stroke="white", strokeWidth=1).encode(
        x=alt.X(f"{month}:O", timeUnit="yearmonth", axis=alt.Axis(title=None, labelExpr=MONTH_LABEL, labelAngle=-45)),
        y=alt.Y(f"{name}:N", title=None, sort=None, axis=alt.Axis(labelLimit=220, labelOverlap=False)),
        color=alt.Color("colour_label:N", scale=scale, legend=alt.Legend(title=legend)),
        tooltip=tips,
    )


def threshold_rules(values: Sequence[tuple[float, str]], axis: str = "x") -> alt.Chart:
    """Dashed rules at thresholds (e.g. kritis/waspada days) with a text label each."""
    data = pl.DataFrame({"v": [float(v) for v, _ in values], "label": [lbl for _, lbl in values]})
    enc = {axis: alt.X("v:Q") if axis == "x" else alt.Y("v:Q")}
    rule = alt.Chart(data).mark_rule(strokeDash=[4, 3], color=TARGET_COLOR).encode(
        tooltip=[alt.Tooltip("label:N", title=t("chart.threshold"))], **enc)
    layers = [rule]
    for i, (value, label) in enumerate(values):
        # Neighbouring labels point away from each other (kritis 14 and waspada 30 are close on a wide axis).
        align, dx = ("right", -3) if i % 2 == 0 and len(values) > 1 else ("left", 3)
        one = data.slice(i, 1)
        layers.append(alt.Chart(one).mark_text(align=align, dx=dx, dy=-6, fontSize=11, color=TARGET_COLOR).encode(
            text="label:N", **enc, **({"y": alt.value(0)} if axis == "x" else {"x": alt.value(0)})))
    return alt.layer(*layers)


def today_rule(as_of: dt.date, axis: str = "x") -> alt.Chart:
    data = pl.DataFrame({"d": [as_of], "label": [t("chart.as_of", date=fmt.date(as_of))]})
    enc = {axis: alt.X("d:T") if axis == "x" else alt.Y("d:T")}
    return alt.Chart(data).mark_rule(color=TARGET_COLOR, strokeDash=[2, 2]).encode(
        tooltip=[alt.Tooltip("label:N", title=t("chart.date"))], **enc)
