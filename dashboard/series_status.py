"""Stock status over time: the region × month heat map and the projected stock-out timeline."""

from __future__ import annotations

import datetime as dt
import polars as pl

from dashboard import sqlfiles
from dashboard.series_base import (Scope, check_item, label_children, latest_dates, region_level,
                                   resolve_settings, scope)
from dashboard.settings import Settings
from dashboard.store import Store

# Only stock-outs projected within this many days belong on the timeline.
STOCKOUT_HORIZON_DAYS = 180
_KABKOTA = ("kabupaten", "kota")


def classify_status(stock: float | None, days_of_cover: float | None, level: str, settings: Settings) -> str | None:
    """habis | kritis | waspada | aman | berlebih for one region (None without data).

    A kab/kota below settings.kritis_min_stock is kritis whatever its burn (field practice: ask at 1,000 left).
    No consumption means nothing runs out: aman (unless habis or below the kab/kota minimum).
    """
    if stock is None:
        return None
    if stock <= 0:
        return "habis"
    if level in _KABKOTA and stock < settings.kritis_min_stock:
        return "kritis"
    if days_of_cover is None:
        return "aman"
    if days_of_cover < settings.kritis_days:
        return "kritis"
    if days_of_cover < settings.waspada_days:
        return "waspada"
    if days_of_cover > settings.berlebih_days:
        return "berlebih"
    return "aman"


def _days_of_cover() -> pl.Expr:
    # Empty (not zero, not infinity) when nothing is used.
    return pl.when(pl.col("burn_rate_per_day") > 0).then(pl.col("stock") / pl.col("burn_rate_per_day"))


def _statuses(frame: pl.DataFrame, sc: Scope, settings: Settings, units: bool = False) -> pl.Series:
    return pl.Series("status", [
        classify_status(stock, cover, region_level(sc, code, units), settings)
        for code, stock, cover in frame.select("region_code", "stock", "days_of_cover").iter_rows()
    ], dtype=pl.String)


MATRIX_SCHEMA = {
    "region_code": pl.String, "name": pl.String, "level": pl.String, "month": pl.Date, "stock_end": pl.Int64,
    "consumption": pl.Float64, "burn_rate_per_day": pl.Float64, "days_of_cover": pl.Float64, "status": pl.String,
    "units_with_stock": pl.Int64, "units_stocked_out": pl.Int64, "stockout_days": pl.Int64,
}


def status_matrix(store: Store, region: str, as_of: dt.date | None = None, months: int = 12,
                  settings: Settings | None = None, item: str = "blangko") -> pl.DataFrame:
    """Stock status per child region × month for the `months` months ending with as_of's month (long frame).

    Columns: region_code, name, level, month (first day), stock_end (Σ members' closing stock at the month end, or
    at as_of for as_of's month; carried forward), consumption (month's pemakaian + rusak), burn_rate_per_day
    (Σ members' month consumption / days with data excluding stocked-out days), days_of_cover, status,
    units_with_stock, units_stocked_out, stockout_days (member-days at 0). Children without any data are absent.
    """
    check_item(item)
    if months < 1:
        raise ValueError("months must be >= 1")
    sc = scope(region)
    settings = resolve_settings(store, settings)
    with store.reading() as cur:
        as_of = as_of or latest_dates(cur)[0]
        if as_of is None:
            return pl.DataFrame(schema=MATRIX_SCHEMA)
        raw = sqlfiles.frame(cur, "series_status_matrix", sc.params(item=item, as_of=as_of, months=months))
    out = raw.rename({"stock_end": "stock"}).with_columns(days_of_cover=_days_of_cover())
    out = out.with_columns(_statuses(out, sc, settings)).rename({"stock": "stock_end"})
    return label_children(out, sc).select([pl.col(c).cast(d) for c, d in MATRIX_SCHEMA.items()])


TIMELINE_SCHEMA = {
    "region_code": pl.String, "name": pl.String, "level": pl.String, "stock": pl.Int64,
    "burn_rate_per_day": pl.Float64, "days_of_cover": pl.Float64, "stockout_date": pl.Date, "status": pl.String,
    "last_report": pl.Date,
}


def stockout_timeline(store: Store, region: str, as_of: dt.date | None = None, settings: Settings | None = None,
                      item: str = "blangko") -> pl.DataFrame:
    """Kab/kota and province warehouses inside region that are out, or projected out within 180 days.

    Columns: region_code, name, level ('gudang' for a warehouse), stock (last closing on or before as_of),
    burn_rate_per_day (settings.burn_window_days window, stocked-out days excluded), days_of_cover,
    stockout_date (as_of + whole days of cover; for a unit already at 0, the first day it reported 0),
    status, last_report. Sorted by stockout_date.
    """
    check_item(item)
    sc = scope(region)
    settings = resolve_settings(store, settings)
    with store.reading() as cur:
        as_of = as_of or latest_dates(cur)[0]
        if as_of is None:
            return pl.DataFrame(schema=TIMELINE_SCHEMA)
        raw = sqlfiles.frame(cur, "series_stockout", sc.params(item=item, as_of=as_of,
                                                                window_days=settings.burn_window_days))
    out = raw.with_columns(days_of_cover=pl.when(pl.col("stock") <= 0).then(0.0).otherwise(_days_of_cover()))
    out = out.filter(pl.col("days_of_cover") <= STOCKOUT_HORIZON_DAYS)
    # Floor: the domain's "as_of + days of cover" counted in whole days (the last day the stock surely reaches).
    out = out.with_columns(
        stockout_date=pl.when(pl.col("stock") <= 0).then(pl.col("zero_since")).otherwise(
            pl.lit(as_of) + pl.duration(days=pl.col("days_of_cover").floor().cast(pl.Int64))),
    )
    # Units even under 'ID': a province code here is its warehouse, not the whole province.
    out = label_children(out.with_columns(_statuses(out, sc, settings, units=True)), sc, units=True)
    return (out.select([pl.col(c).cast(d) for c, d in TIMELINE_SCHEMA.items()])
            .sort(["stockout_date", "region_code"]))
