"""Laju pemakaian display frames: headline tiles, burn and cover per region, requests, use vs transfers, series."""

from __future__ import annotations

import polars as pl

from dashboard import fmt
from dashboard.present.tables import Spec, display
from dashboard.text import t

Table = tuple[pl.DataFrame, dict[str, str]]

_KEY: Spec = (("region_code", "col.region_code", "text"), ("name", "col.region", "text"))

BURN_SPEC: Spec = _KEY + (
    ("status", "col.status", "status"), ("stock", "col.stock", "int"),
    ("burn_rate_per_day", "col.burn_rate_per_day", "rate"), ("days_of_cover", "col.days_of_cover", "days"),
    ("stockout_date", "col.stockout_date", "date"), ("last_report", "col.last_report", "date"),
)
# The request itself first: on a laptop screen the last columns scroll out of view.
REQUEST_SPEC: Spec = _KEY + (
    ("status", "col.status", "status"), ("suggested_request", "col.suggested_request", "int"),
    ("stock", "col.stock", "int"), ("amc", "col.amc", "int"), ("months_of_stock", "col.months_of_stock", "dec1"),
    ("stockout_date", "col.stockout_date", "date"),
)
TIMELINE_SPEC: Spec = _KEY + (
    ("status", "col.status", "status"), ("stock", "col.stock", "int"),
    ("burn_rate_per_day", "col.burn_rate_per_day", "rate"), ("days_of_cover", "col.days_of_cover", "days"),
    ("stockout_date", "col.stockout_date", "date"), ("zero_since", "laju.col.zero_since", "date"),
    ("suggested_request", "col.suggested_request", "int"), ("last_report", "col.last_report", "date"),
)
# Transfers sit beside use, never inside it: consumption = pemakaian + rusak only (dashboard.metrics.series).
TRANSFER_SPEC: Spec = _KEY + (
    ("consumption", "series.col.consumption", "int"), ("pemakaian", "series.col.pemakaian", "int"),
    ("rusak", "series.col.rusak", "int"), ("distribusi", "series.col.distribusi", "int"),
    ("penerimaan", "series.col.penerimaan", "int"), ("penerimaan_external", "series.col.penerimaan_external", "int"),
    ("share_pct", "series.col.share_pct", "pct"), ("stockout_days", "series.col.stockout_days", "int"),
)
SERIES_SPEC: Spec = (
    ("period", "series.col.period", "date"), ("period_end", "series.col.period_end", "date"),
    ("consumption", "series.col.consumption", "int"), ("pemakaian", "series.col.pemakaian", "int"),
    ("rusak", "series.col.rusak", "int"), ("transfers_out", "series.col.transfers_out", "int"),
    ("penerimaan_external", "series.col.penerimaan_external", "int"), ("stock", "series.col.stock", "int"),
    ("stocked_out_units", "series.col.stocked_out_units", "int"),
    ("units_reporting", "series.col.units_reporting", "int"),
)


def has_stock_data(report: dict) -> bool:
    """True when the region has any blank-stock report up to as-of (else the page shows a friendly note)."""
    return report.get("stock") is not None or report.get("last_report") is not None


def tiles(report: dict) -> list[tuple[str, str]]:
    """(label, value) of the headline tiles, straight from metrics.region_report, Indonesian formats."""
    status = report.get("status")
    return [
        (t("col.status"), t(f"status.{status}") if status else t("status.tanpa_data")),
        (t("col.stock"), fmt.number(report.get("stock"))),
        (t("col.burn_rate_per_day"), fmt.rate(report.get("burn_rate_per_day"))),
        (t("col.days_of_cover"), fmt.days(report.get("days_of_cover"))),
        (t("col.stockout_date"), fmt.date(report.get("stockout_date"))),
        (t("col.suggested_request"), fmt.number(report.get("suggested_request"))),
    ]


def burn_table(table: pl.DataFrame) -> Table:
    """metrics.region_table -> children with stock data, shortest cover first (habis at the top)."""
    data = table.filter(pl.col("stock").is_not_null() | pl.col("burn_rate_per_day").is_not_null())
    data = data.sort(["days_of_cover", "name"], nulls_last=True)
    return display(data, BURN_SPEC)


def request_table(units: pl.DataFrame) -> Table:
    """metrics.units_in -> units below the target months of stock, the soonest stock-out first."""
    data = units.filter(pl.col("suggested_request") > 0)
    data = data.sort(["stockout_date", "suggested_request", "name"], descending=[False, True, False], nulls_last=True)
    return display(data, REQUEST_SPEC)


def timeline_table(timeline: pl.DataFrame) -> Table:
    """series.stockout_timeline as shown (already sorted by the date the timeline draws)."""
    return display(timeline, TIMELINE_SPEC)


def transfer_table(frame: pl.DataFrame) -> Table:
    """series.consumption_by_region as shown (largest use first)."""
    return display(frame, TRANSFER_SPEC)


def series_table(series: pl.DataFrame, freq: str) -> Table:
    """series.stock_series -> the periods since the first report, months labelled as months."""
    data = series.filter(pl.col("units_reporting") > 0)
    frame, kinds = display(data, SERIES_SPEC)
    if freq == "month":
        kinds[t("series.col.period")] = "month"
    return frame, kinds


def has_use(series: pl.DataFrame) -> bool:
    """True when any period of the series carries a consumption figure."""
    return series.height > 0 and series["consumption"].drop_nulls().len() > 0
