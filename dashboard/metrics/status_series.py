"""Stock status over time: the region × month heat map and the stock-out timeline, with today's status rules."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard import regions
from dashboard.domain import WAREHOUSE
from dashboard.metrics import report
from dashboard.metrics import status as st
from dashboard.metrics.scope import label_children, latest_dates, region_level, resolve_settings, scope
from dashboard.settings import Settings
from dashboard.store import Store, derived, queries

# Only units that stop printing within this many days (or have stopped) belong on the timeline.
STOCKOUT_HORIZON_DAYS = 180

MATRIX_SCHEMA = {
    "region_code": pl.String, "name": pl.String, "level": pl.String, "month": pl.Date, "stock_end": pl.Int64,
    "ribbon_end": pl.Int64, "film_end": pl.Int64, "consumption": pl.Float64, "burn_rate_per_day": pl.Float64,
    "days_of_cover": pl.Float64, "status": pl.String, "units_with_status": pl.Int64, "units_at_risk": pl.Int64,
    "at_risk_pct": pl.Float64, "stockout_days": pl.Int64,
}


def _cover(stock: pl.Expr, burn: pl.Expr) -> pl.Expr:
    return pl.when(stock == 0).then(0.0).when(burn > 0).then(stock / burn)


def _judge(frame: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """Item statuses and the worst of them, with today's rule (metrics.status), for rows of month-end stocks."""
    burn = pl.col("burn_rate_per_day")
    out = frame.with_columns(
        stock=pl.col("stock_end"), ribbon_stock=pl.col("ribbon_end"), film_stock=pl.col("film_end"),
        days_of_cover=_cover(pl.col("stock_end"), burn),
        ribbon_days_of_cover=_cover(pl.col("ribbon_end") * settings.ribbon_yield, pl.col("ribbon_burn")),
        film_days_of_cover=_cover(pl.col("film_end") * settings.film_yield, pl.col("film_burn")),
    ).with_columns(**st.item_status_exprs(settings))
    return out.with_columns(status=st.worst_expr()).drop(
        "stock", "ribbon_stock", "film_stock", "ribbon_days_of_cover", "film_days_of_cover", *st.ITEM_STATUS.values())


def _item_burns(frame: pl.DataFrame) -> pl.DataFrame:
    """Ribbon and film are judged against the use of the rows that hold them (as in metrics.formulas)."""
    burn = pl.col("burn_rate_per_day")
    return frame.with_columns(ribbon_burn=pl.when(pl.col("ribbon_end").is_not_null()).then(burn),
                              film_burn=pl.when(pl.col("film_end").is_not_null()).then(burn))


def status_matrix(store: Store, region: str, as_of: dt.date | None = None, months: int = 12,
                  settings: Settings | None = None) -> pl.DataFrame:
    """Stock status per child region × month for the `months` months ending with as_of's month (long frame).

    Each reporting unit is judged every month as today: each item's stock at the month end (at as_of in its month)
    against the month's adjusted blangko burn, the unit taking its worst item's status; a province warehouse is judged
    against its whole province's burn that month. Under a province or a kab/kota the children are those units.
    Under 'ID' the children are provinces: status is the pooled one (the province's summed stock and burn), and
    units_at_risk / at_risk_pct count its units habis or kritis that month (what the national heat map colours by).
    Columns: region_code, name, level, month, stock_end, ribbon_end, film_end (carried stock), consumption,
    burn_rate_per_day, days_of_cover, status, units_with_status, units_at_risk, at_risk_pct, stockout_days.
    """
    if months < 1:
        raise ValueError("months must be >= 1")
    sc = scope(region)
    settings = resolve_settings(store, settings)
    derived.ensure(store)
    with store.reading() as cur:
        as_of = as_of or latest_dates(cur)[0]
        if as_of is None:
            return pl.DataFrame(schema=MATRIX_SCHEMA)
        raw = queries.frame(cur, "series/status_matrix", sc.params(as_of=as_of, months=months))
    units = raw.with_columns(
        level=pl.col("region_code").map_elements(lambda c: region_level(sc, c, units=True), return_dtype=pl.String),
        province_code=pl.col("region_code").str.split(".").list.first(),
    )
    # A warehouse is judged against what it supplies (as in metrics): the whole province's burn that month.
    province_burn = pl.col("burn_rate_per_day").sum().over("province_code", "month")
    units = units.with_columns(own_burn=pl.col("burn_rate_per_day"),
                               burn_rate_per_day=pl.when(pl.col("level") == WAREHOUSE).then(province_burn)
                               .otherwise(pl.col("burn_rate_per_day")))
    units = _judge(_item_burns(units), settings).with_columns(
        units_with_status=pl.col("status").is_not_null().cast(pl.Int64),
        units_at_risk=pl.col("status").is_in(st.AT_RISK).fill_null(False).cast(pl.Int64),
    )
    if sc.aggregate_children:
        out = _provinces(units, settings)
    else:
        out = units.drop("province_code")
    out = out.with_columns(at_risk_pct=pl.when(pl.col("units_with_status") > 0).then(
        pl.col("units_at_risk") / pl.col("units_with_status") * 100))
    names = {r.code: r.name for r in regions.all_regions()}
    out = out.with_columns(name=pl.col("region_code").replace_strict(names, default=None, return_dtype=pl.String))
    return label_children(out, sc, units=not sc.aggregate_children).select(
        [pl.col(c).cast(d) for c, d in MATRIX_SCHEMA.items()]).sort("region_code", "month")


def _provinces(units: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """Province × month rows under 'ID': pooled stock and burn (judged as one), and its units counted by risk."""
    def total(col: str) -> pl.Expr:
        return pl.when(pl.col(col).count() > 0).then(pl.col(col).sum())

    # pooled: every unit's own use (a warehouse's own, not the province's it is judged against)
    pooled = _item_burns(units.with_columns(burn_rate_per_day=pl.col("own_burn"))).group_by(
        "province_code", "month").agg(
        *[total(c) for c in ("stock_end", "ribbon_end", "film_end", "consumption", "burn_rate_per_day",
                             "ribbon_burn", "film_burn")],
        pl.col("stockout_days").sum(), pl.col("units_with_status").sum(), pl.col("units_at_risk").sum(),
    ).rename({"province_code": "region_code"}).with_columns(level=pl.lit("provinsi"))
    return _judge(pooled, settings)


TIMELINE_SCHEMA = {
    "region_code": pl.String, "name": pl.String, "level": pl.String, "status": pl.String, "stock": pl.Int64,
    "burn_rate_per_day": pl.Float64, "days_of_cover": pl.Float64, "printable_days_of_cover": pl.Float64,
    "binding_constraint": pl.String, "stockout_date": pl.Date, "stockout_since": pl.Date,
    "timeline_date": pl.Date, "suggested_request": pl.Int64, "last_report": pl.Date,
}


def stockout_timeline(store: Store, region: str, as_of: dt.date | None = None,
                      settings: Settings | None = None) -> pl.DataFrame:
    """Reporting units inside region (kab/kota, province warehouses) that cannot print, or will stop within 180 days.

    The metric columns are dashboard.metrics.report's. Printing stops when the first of blangko, ribbon and film runs
    out (printable_days_of_cover, binding_constraint). timeline_date: where the timeline draws the unit: for a unit
    that cannot print now, the first day of its current empty spell (the earliest among its empty items: it has not
    printed since); otherwise as-of + the whole days printing can go on. Sorted by timeline_date.
    """
    scope(region)
    settings = resolve_settings(store, settings)
    units = report.units_in(store, region, as_of=as_of, settings=settings)
    as_of = as_of or report.latest_as_of(store)
    if as_of is None:
        return pl.DataFrame(schema=TIMELINE_SCHEMA)
    cover = pl.col("printable_days_of_cover")
    empty_since = pl.min_horizontal("stockout_since", "ribbon_stockout_since", "film_stockout_since")
    out = units.filter(cover <= STOCKOUT_HORIZON_DAYS).with_columns(
        stockout_since=empty_since,
        timeline_date=pl.when(cover == 0).then(empty_since).otherwise(
            pl.lit(as_of, pl.Date) + pl.duration(days=cover.floor().cast(pl.Int64))),
    )
    return (out.select([pl.col(c).cast(d) for c, d in TIMELINE_SCHEMA.items()])
            .sort(["timeline_date", "region_code"]))
