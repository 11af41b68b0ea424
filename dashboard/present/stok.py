"""Stok: the per-region table and the drill-down choices (pure: metrics.region_table in, display rows out)."""

from __future__ import annotations

import polars as pl

from dashboard import fmt, metrics
from dashboard.domain import NATIONAL, WAREHOUSE, status_word
from dashboard.text import t

STOCK_COLUMNS = ("region_code", "name", "level", "status", "stock", "own_stock", "burn_rate_per_day", "days_of_cover",
                 "stockout_date", "stockout_since", "amc", "months_of_stock", "suggested_request", "prr", "last_report")
# Under 'ID' each row is a province: its units at risk lead, then the base of their share (the units with data) and
# the units without data beside the total, so "100%" of 1 unit berdata is never read as 100% of 11 units; its status
# is its pooled stock's.
PROVINCE_COLUMNS = ("region_code", "name", "units_at_risk", "units_habis", "units_kritis", "units_with_status",
                    "at_risk_pct", "units_tanpa_data", "units_total", "status", "stock", "own_stock", "burn_rate_per_day", "days_of_cover",
                    "stockout_date", "amc", "months_of_stock", "suggested_request", "prr", "last_report")


def by_cover(table: pl.DataFrame) -> pl.DataFrame:
    """Rows most urgent first: provinces by their share of units at risk, units by status and days until printing
    stops (the order of the bars and of the Stok table: never by absolute stock)."""
    if is_aggregate(table):
        return table.sort(["at_risk_pct", "days_of_cover", "name"], descending=[True, False, False], nulls_last=True)
    return metrics.by_urgency(table)


def is_aggregate(table: pl.DataFrame) -> bool:
    """True for rows of provinces (region_table under 'ID'): coloured by their units at risk, not pooled stock."""
    return table.height > 0 and bool((table["level"] == "provinsi").all())


def columns(region: str) -> tuple[str, ...]:
    """The Stok table's columns: provinces under 'ID' (units at risk first), units elsewhere."""
    return PROVINCE_COLUMNS if region == NATIONAL else STOCK_COLUMNS


def has_stock(table: pl.DataFrame) -> bool:
    """True when any row of a region_table has a blank stock figure."""
    return table.height > 0 and table["stock"].null_count() < table.height


def stock_rows(frame: pl.DataFrame, region: str) -> pl.DataFrame:
    """metrics.region_table rows for the Stok table, most urgent first (as the bars); own stock is a column only
    under 'ID' (provinces' warehouses: for a kab/kota or a warehouse row it would repeat the stock)."""
    rows = by_cover(frame)
    return rows.with_columns(metrics.units_with_status()) if region == NATIONAL else rows.drop("own_stock")


def drill_options(frame: pl.DataFrame) -> dict[str, str]:
    """Code -> label of the regions a region_table lets you open: provinces, or a province's kab/kota."""
    rows = frame.filter(pl.col("level") != WAREHOUSE)
    return {r["region_code"]: f"{r['name']} ({r['region_code']}) · {_state(r)}" for r in rows.iter_rows(named=True)}


def _state(row: dict) -> str:
    """A province by its units at risk ('3 habis · 5 kritis'), a kab/kota by its status."""
    if row["level"] == "provinsi" and row["units_total"] > row["units_tanpa_data"]:
        return t("ringkasan.card.risk_value", habis=fmt.number(row["units_habis"]),
                 kritis=fmt.number(row["units_kritis"]))
    return status_word(row["status"])
