"""Laju pemakaian display frames: headline tiles, burn and cover per region, requests, use vs transfers, series."""

from __future__ import annotations

import polars as pl

from dashboard import fmt, metrics
from dashboard.domain import status_word
from dashboard.present.cards import STATUS_DELTA, Card, is_aggregate, risk_card
from dashboard.present.tables import Table, display
from dashboard.text import t

BURN_COLUMNS = ("region_code", "name", "status", "stock", "burn_rate_per_day", "days_of_cover", "stockout_date",
                "stockout_since", "last_report")
# The request itself first: on a laptop screen the last columns scroll out of view.
REQUEST_COLUMNS = ("region_code", "name", "status", "suggested_request", "ribbon_request", "film_request", "stock",
                   "amc", "months_of_stock", "stockout_date")
TIMELINE_COLUMNS = ("region_code", "name", "status", "stock", "burn_rate_per_day", "days_of_cover", "stockout_date",
                    "stockout_since", "binding_constraint", "printable_days_of_cover", "suggested_request",
                    "last_report")
# Transfers sit beside use, never inside it: consumption = pemakaian + rusak only (dashboard.metrics).
TRANSFER_COLUMNS = ("region_code", "name", "consumption", "pemakaian", "rusak", "distribusi", "penerimaan",
                    "penerimaan_external", "share_pct", "stockout_days")
SERIES_COLUMNS = ("period", "period_end", "consumption", "pemakaian", "rusak", "transfers_out", "penerimaan_external",
                  "stock", "stocked_out_units", "units_reporting")


def has_stock_data(report: dict) -> bool:
    """True when the region has any blank-stock report up to as-of (else the page shows a friendly note)."""
    return report.get("stock") is not None or report.get("last_report") is not None


def cards(report: dict) -> list[Card]:
    """The headline tiles, straight from metrics.region_report, Indonesian formats.

    A province or the country leads with its units at risk (the Ringkasan card: an aggregate never reads "Aman"
    while some of its units are empty); its status, days of cover and stock-out date are those of its pooled stock
    and are named so.
    """
    label = metrics.catalog_label
    status = report.get("status")
    burn = Card(label("burn_rate_per_day"), fmt.rate(report.get("burn_rate_per_day")))
    request = Card(label("suggested_request"), fmt.number(report.get("suggested_request")))
    if not is_aggregate(report):
        return [Card(label("status"), status_word(status)), Card(label("stock"), fmt.number(report.get("stock"))),
                burn, Card(label("days_of_cover"), fmt.days(report.get("days_of_cover"))),
                Card(label("stockout_date"), fmt.date(report.get("stockout_date"))), request]
    pooled_stock = Card(t("ringkasan.card.stock_pooled"), fmt.number(report.get("stock")),
                        t("ringkasan.card.status_pooled", status=status_word(status)), STATUS_DELTA.get(status, "gray"))
    return [risk_card(report), pooled_stock, burn,
            Card(t("laju.card.cover_pooled"), fmt.days(report.get("days_of_cover"))),
            Card(t("laju.card.stockout_pooled"), fmt.date(report.get("stockout_date"))), request]


def burn_table(table: pl.DataFrame) -> Table:
    """metrics.region_table -> children with stock data, shortest cover first (habis at the top)."""
    data = table.filter(pl.col("stock").is_not_null() | pl.col("burn_rate_per_day").is_not_null())
    data = data.sort(["days_of_cover", "name"], nulls_last=True)
    return display(data, BURN_COLUMNS)


def request_table(units: pl.DataFrame) -> Table:
    """metrics.units_in -> units below their target stock, most urgent first (status, then days until printing
    stops: the longest-empty habis units at the top)."""
    asking = pl.any_horizontal([(pl.col(c) > 0).fill_null(False) for c in
                                ("suggested_request", "ribbon_request", "film_request")])
    return display(metrics.by_urgency(units.filter(asking)), REQUEST_COLUMNS)


def timeline_table(timeline: pl.DataFrame) -> Table:
    """series.stockout_timeline as shown (already sorted by the date the timeline draws)."""
    return display(timeline, TIMELINE_COLUMNS)


def transfer_table(frame: pl.DataFrame) -> Table:
    """series.consumption_by_region as shown (largest use first)."""
    return display(frame, TRANSFER_COLUMNS)


def series_table(series: pl.DataFrame, freq: str) -> Table:
    """series.stock_series -> the periods since the first report, months labelled as months."""
    data = series.filter(pl.col("units_reporting") > 0)
    frame, kinds = display(data, SERIES_COLUMNS)
    if freq == "month":
        kinds[metrics.catalog_label("period")] = "month"
    return frame, kinds


def has_partial(series: pl.DataFrame) -> bool:
    """True when the series' last week or month is still running (drawn pale; the page says so)."""
    return "partial" in series.columns and bool(series["partial"].any())


def has_use(series: pl.DataFrame) -> bool:
    """True when any period of the series carries a consumption figure."""
    return series.height > 0 and series["consumption"].drop_nulls().len() > 0
