"""Charts of the Ringkasan, Stok and Ribbon & film pages: units per status, stock per region and over time, cards
per item (pure Altair on dashboard.metrics.report / dashboard.metrics.series frames, same conventions as dashboard.present.charts.base)."""

from __future__ import annotations

import altair as alt
import polars as pl

from dashboard import fmt
from dashboard.metrics import catalog_label
from dashboard.present.charts.base import (
    ITEM_ORDER,
    base,
    date_axis,
    empty_chart,
    int_axis,
    item_label,
    item_scale,
    period_text,
    status_heatmap,
    status_scale,
    stock_bars,
    text_column,
)
from dashboard.present.stok import by_cover, is_aggregate
from dashboard.text import t

# Streamlit fits the whole chart (axes and legends included) into its height, so region rows get ROW pixels each
# plus room for the axes; at fewer pixels Vega drops every other region name.
ROW = 24
AXIS_ROOM = 70
BAR_BAND = 26  # pixels per region in the grouped item chart (three bars each; 38 provinces stay within a screen
# and a half)
_ITEM_COLUMNS = {"stock": "blangko", "ribbon_cards": "ribbon", "film_cards": "film"}


def status_count_bars(frame: pl.DataFrame) -> alt.Chart:
    """Units per status as bars in severity order, each in its status colour, with its count written beside it.

    frame: display_stock.status_counts_frame (status, label, count).
    """
    if frame.is_empty() or not frame["count"].sum():
        return empty_chart(t("chart.empty"))
    data = text_column(frame.select("label", "count"), "count", "count_text", fmt.number)
    order = data["label"].to_list()
    bars = base(data, height=32 * data.height + AXIS_ROOM).mark_bar().encode(
        y=alt.Y("label:N", sort=order, title=None),
        x=alt.X("count:Q", axis=int_axis(t("ringkasan.chart.units"), tickMinStep=1)),
        color=alt.Color("label:N", scale=status_scale(), legend=None),
        tooltip=[alt.Tooltip("label:N", title=t("chart.status")),
                 alt.Tooltip("count_text:N", title=t("ringkasan.chart.units"))],
    )
    # Dark text for every status: the light 'berlebih' and grey colours would hide white or coloured numbers.
    labels = bars.mark_text(align="left", dx=4).encode(text="count_text:N", color=alt.value("#1a1a1a"))
    return alt.layer(bars, labels).properties(width=bars.width, height=bars.height)


def region_stock_bars(table: pl.DataFrame) -> alt.Chart:
    """Blank stock per region of metrics.region_table (regions without data left out), most urgent on top; units
    coloured by status, provinces by the share of their units at risk (habis + kritis)."""
    data = by_cover(table.filter(pl.col("stock").is_not_null()))
    keep = ["name", "stock", "status", "days_of_cover", "stockout_date", "stockout_since"]
    keep += [c for c in ("at_risk_pct", "units_at_risk", "units_total", "units_tanpa_data") if c in data.columns]
    data = data.select(keep)
    data = text_column(text_column(data, "days_of_cover", "days_text", fmt.days), "stockout_date", "stockout_text",
                       fmt.date)
    data = text_column(data, "stockout_since", "since_text", fmt.date).drop("days_of_cover", "stockout_date",
                                                                             "stockout_since")
    chart = stock_bars(data, value="stock", by="risk" if is_aggregate(table) else "status",
                       order=data["name"].to_list(),
                       tooltip=[("days_text", catalog_label("days_of_cover")),
                                ("stockout_text", catalog_label("stockout_date")),
                                ("since_text", catalog_label("stockout_since"))])
    return chart.properties(height=ROW * data.height + AXIS_ROOM) if data.height else chart


def status_heatmap_chart(matrix: pl.DataFrame) -> alt.Chart:
    """charts.status_heatmap of series.status_matrix with the month-end stock in the tooltip, ROW pixels a region."""
    provinces = matrix.height > 0 and bool((matrix["level"] == "provinsi").all())
    chart = status_heatmap(matrix, value="stock_end", by="risk" if provinces else "status")
    if matrix.is_empty():
        return chart
    # Month labels are drawn at an angle under the grid: a little more room than a plain axis.
    return chart.properties(height=ROW * matrix["name"].n_unique() + AXIS_ROOM + 20)


def stock_over_time(series: pl.DataFrame, freq: str = "day") -> alt.Chart:
    """Closing stock at the end of each period of series.stock_series (periods before any report left out).

    The x axis is the period's first day; the tooltip says which period and the day the stock was taken.
    """
    data = series.filter(pl.col("stock").is_not_null()).select("period", "period_end", "stock", "stocked_out_units")
    if data.is_empty():
        return empty_chart(t("chart.empty"))
    data = text_column(data, "period", "period_text", period_text(freq))
    data = text_column(data, "period_end", "end_text", fmt.date)
    data = text_column(data, "stock", "stock_text", fmt.number)
    data = text_column(data, "stocked_out_units", "out_text", fmt.number)
    return base(data).mark_line(point=freq != "day", interpolate="step-after" if freq == "day" else "linear").encode(
        x=alt.X("period:T", axis=date_axis(monthly=freq == "month")),
        y=alt.Y("stock:Q", axis=int_axis(t("stok.chart.stock")), scale=alt.Scale(zero=True)),
        tooltip=[alt.Tooltip("period_text:N", title=t("stok.chart.period")),
                 alt.Tooltip("end_text:N", title=t("stok.chart.until")),
                 alt.Tooltip("stock_text:N", title=t("stok.chart.stock")),
                 alt.Tooltip("out_text:N", title=t("stok.chart.units_out"))],
    )


def supply_long(table: pl.DataFrame) -> pl.DataFrame:
    """metrics.region_table -> one row per (region, item) with the cards that item allows; unknown items dropped.

    Columns: name, item, item_label, cards, is_binding (the region's binding_constraint is this item).
    """
    rows = table.select("name", "binding_constraint", *_ITEM_COLUMNS)
    if rows.is_empty():
        return pl.DataFrame(schema={"name": pl.String, "item": pl.String, "item_label": pl.String,
                                    "cards": pl.Int64, "is_binding": pl.Boolean})
    long = (rows.unpivot(index=["name", "binding_constraint"], on=list(_ITEM_COLUMNS), variable_name="column",
                         value_name="cards")
            .filter(pl.col("cards").is_not_null())
            .with_columns(item=pl.col("column").replace_strict(_ITEM_COLUMNS, return_dtype=pl.String)))
    return long.with_columns(
        item_label=pl.col("item").replace_strict({i: item_label(i) for i in ITEM_ORDER}, return_dtype=pl.String),
        cards=pl.col("cards").cast(pl.Int64),
        is_binding=(pl.col("item") == pl.col("binding_constraint")).fill_null(False),
    ).select("name", "item", "item_label", "cards", "is_binding")


def supply_cards_chart(table: pl.DataFrame) -> alt.Chart:
    """Cards printable from blangko, ribbon and film per region (three bars each, item colours); the binding
    item's bar solid, the others pale; regions in the table's order."""
    data = supply_long(table)
    if data.is_empty():
        return empty_chart(t("chart.empty"))
    names = list(dict.fromkeys(data["name"].to_list()))
    binding, other = t("rf.chart.is_binding"), t("rf.chart.not_binding")
    data = text_column(data, "cards", "cards_text", fmt.number).with_columns(
        binding_text=pl.when(pl.col("is_binding")).then(pl.lit(binding)).otherwise(pl.lit(other))).drop("is_binding")
    # The two legends sit on top: room for them as well as for the axis.
    return base(data, height=BAR_BAND * len(names) + AXIS_ROOM + 50).mark_bar().encode(
        y=alt.Y("name:N", sort=names, title=None, axis=alt.Axis(labelLimit=220, labelOverlap=False)),
        yOffset=alt.YOffset("item_label:N", sort=[item_label(i) for i in ITEM_ORDER]),
        x=alt.X("cards:Q", axis=int_axis(t("rf.chart.cards_axis"))),
        color=alt.Color("item_label:N", scale=item_scale(), legend=alt.Legend(title=t("rf.chart.item"),
                                                                              orient="top")),
        opacity=alt.Opacity("binding_text:N", scale=alt.Scale(domain=[binding, other], range=[1.0, 0.35]),
                            legend=alt.Legend(title=t("rf.chart.binding"), orient="top")),
        tooltip=[alt.Tooltip("name:N", title=t("chart.region")),
                 alt.Tooltip("item_label:N", title=t("rf.chart.item")),
                 alt.Tooltip("cards_text:N", title=t("rf.chart.cards")),
                 alt.Tooltip("binding_text:N", title=t("rf.chart.binding"))],
    )
