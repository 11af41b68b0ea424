"""Stock status over time: the region × month heat map and the projected stock-out timeline."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard.metrics import report
from dashboard.metrics.formulas import status_expr
from dashboard.metrics.scope import (
    Scope,
    check_item,
    label_children,
    latest_dates,
    region_level,
    resolve_settings,
    scope,
)
from dashboard.settings import Settings
from dashboard.store import Store, queries
from dashboard.text import t

# Only stock-outs projected within this many days belong on the timeline.
STOCKOUT_HORIZON_DAYS = 180


def _level_expr(sc: Scope, units: bool = False) -> pl.Expr:
    """The level the status rule needs for each child row (kab/kota minimum stock applies to kab/kota only)."""
    if sc.aggregate_children and not units:
        return pl.lit("provinsi")
    return pl.col("region_code").map_elements(lambda code: region_level(sc, code, units), return_dtype=pl.String)


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
    (Σ members' month consumption / days with data excluding stocked-out days; a province warehouse takes its
    province's, as in dashboard.metrics.report), days_of_cover, status,
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
        raw = queries.frame(cur, "series/status_matrix", sc.params(item=item, as_of=as_of, months=months))
    if not sc.aggregate_children and sc.level == "provinsi":
        # A warehouse is judged against what it supplies (as in metrics): the whole province's burn that month.
        province_burn = pl.col("burn_rate_per_day").sum().over("month")
        warehouse = ~pl.col("region_code").str.contains(".", literal=True)
        raw = raw.with_columns(burn_rate_per_day=pl.when(warehouse).then(province_burn)
                               .otherwise(pl.col("burn_rate_per_day")))
    # The status of a past month uses the same rule as today's status (metrics_calc.status_expr).
    out = raw.rename({"stock_end": "stock"}).with_columns(
        days_of_cover=pl.when(pl.col("stock") == 0).then(0.0)
        .when(pl.col("burn_rate_per_day") > 0).then(pl.col("stock") / pl.col("burn_rate_per_day")),
        level=_level_expr(sc))
    out = out.with_columns(status=status_expr(settings)).drop("level").rename({"stock": "stock_end"})
    return label_children(out, sc).select([pl.col(c).cast(d) for c, d in MATRIX_SCHEMA.items()])


TIMELINE_SCHEMA = {
    "region_code": pl.String, "name": pl.String, "level": pl.String, "stock": pl.Int64,
    "burn_rate_per_day": pl.Float64, "days_of_cover": pl.Float64, "stockout_date": pl.Date, "zero_since": pl.Date,
    "timeline_date": pl.Date, "status": pl.String, "suggested_request": pl.Int64, "last_report": pl.Date,
}


def stockout_timeline(store: Store, region: str, as_of: dt.date | None = None, settings: Settings | None = None,
                      item: str = "blangko") -> pl.DataFrame:
    """Reporting units inside region (kab/kota, province warehouses) that are out, or projected out within 180 days.

    The metric columns (stock, burn_rate_per_day, days_of_cover, stockout_date, status, suggested_request,
    last_report) are dashboard.metrics.report' (blangko). zero_since: for a unit at 0, the first day it reported 0;
    timeline_date: where the timeline draws the unit (zero_since when habis, else stockout_date).
    Sorted by timeline_date.
    """

    if item != "blangko":
        raise ValueError(t("series.bad_item", item=item))
    scope(region)
    settings = resolve_settings(store, settings)
    units = report.units_in(store, region, as_of=as_of, settings=settings)
    with store.reading() as cur:
        as_of = as_of or latest_dates(cur)[0]
        if as_of is None:
            return pl.DataFrame(schema=TIMELINE_SCHEMA)
        zero = queries.frame(cur, "series/zero_since", {"item": item, "as_of": as_of})
    out = (units.filter(pl.col("days_of_cover") <= STOCKOUT_HORIZON_DAYS)
           .join(zero, on="region_code", how="left")
           .with_columns(timeline_date=pl.when(pl.col("stock") <= 0).then(pl.col("zero_since"))
                         .otherwise(pl.col("stockout_date"))))
    return (out.select([pl.col(c).cast(d) for c, d in TIMELINE_SCHEMA.items()])
            .sort(["timeline_date", "region_code"]))
