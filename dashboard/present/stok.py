"""Stok: the per-region table and the drill-down choices (pure: metrics.region_table in, display rows out)."""

from __future__ import annotations

import polars as pl

from dashboard.domain import NATIONAL, WAREHOUSE, status_word

STOCK_COLUMNS = ("region_code", "name", "level", "status", "stock", "own_stock", "burn_rate_per_day", "days_of_cover",
                 "stockout_date", "stockout_since", "amc", "months_of_stock", "suggested_request", "prr", "last_report")


def has_stock(table: pl.DataFrame) -> bool:
    """True when any row of a region_table has a blank stock figure."""
    return table.height > 0 and table["stock"].null_count() < table.height


def stock_rows(frame: pl.DataFrame, region: str) -> pl.DataFrame:
    """metrics.region_table rows for the Stok table; own stock is a column only under 'ID' (provinces' warehouses:
    for a kab/kota or a warehouse row it would repeat the stock)."""
    return frame if region == NATIONAL else frame.drop("own_stock")


def drill_options(frame: pl.DataFrame) -> dict[str, str]:
    """Code -> label of the regions a region_table lets you open: provinces, or a province's kab/kota."""
    rows = frame.filter(pl.col("level") != WAREHOUSE)
    return {r["region_code"]: f"{r['name']} ({r['region_code']}) · {status_word(r['status'])}"
            for r in rows.iter_rows(named=True)}
