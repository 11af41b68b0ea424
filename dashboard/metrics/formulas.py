"""The metric formulas, defined once: per-unit building blocks -> province/national sums -> derived metrics and status.

Pure Polars on at most 552 unit rows (38 province warehouses + 514 kab/kota); dashboard.metrics.report does the I/O.

Decisions (the issue left them open; pages, briefing and CLI all inherit them from here):
- Units: a kab/kota 'PP.KK', or a province's own warehouse 'PP' (level 'gudang', named "Gudang Provinsi …").
  A province = its warehouse + all its kab/kota; 'ID' = every unit.
- stock: each member's latest blangko closing stock on or before as-of, summed over members with data (null when
  none has any). own_stock: a province's warehouse stock; a kab/kota's own stock; null for 'ID' (there is no national
  warehouse in the data: the centre's stock is not reported as a region).
- burn_rate_per_day: per unit, consumption (pemakaian + rusak) on its counted days / its counted days over the
  burn_window_days ending at as-of; counted = covered by a row ending on or before as-of and not stocked out (see
  metrics_units_stock.sql). Null when a unit has no counted day. An aggregate sums its members' rates.
- A warehouse supplies its kab/kota instead of using cards, so a warehouse row is judged against what it serves:
  its burn_rate_per_day and amc are those of its whole province (warehouse + kab/kota). These two columns are then
  not additive over a province's rows; totals come from the aggregate (region_report / the province row under 'ID').
- amc: per unit, the same adjusted daily rate over the amc_months calendar months ending at as-of (31 Mar -> 1 Jan
  to 31 Mar, 91 days) × 30.4375 (365.25 / 12 days a month); aggregates sum. months_of_stock = stock / amc.
- days_of_cover: 0 when stock is 0; stock / burn when burn > 0; otherwise null. stockout_date = as-of + floor(days
  of cover) days (as-of itself for habis; null when days of cover is null or beyond 100 years).
- status: None without stock data; habis at 0; kritis when cover < kritis_days or a kab/kota holds less than
  kritis_min_stock; berlebih when stock > 0 and burn is 0 (cards nobody uses: candidates for redistribution);
  None when burn is unknown (no counted day in the window: a rate cannot be judged); then waspada / aman (cover up to
  and including berlebih_days) / berlebih by days of cover.
- suggested_request: max(0, ceil(target_months × amc − stock)); null when amc or stock is unknown. Stock moves inside
  a province (its warehouse supplies its kab/kota), not between provinces, so surplus is netted only within a province:
  'ID' asks for the sum of its provinces' requests (national_request), not for its own netted figure.
- ribbon/film: cards = units × yield; days of cover = cards / blangko burn; *_needed_for_stock = ceil(blank stock /
  yield). printable_cards = the smallest known card capacity; binding_constraint its item (ties: blangko first).
- coverage: latest coverage row per kab/kota, summed; a province's own coverage row is used only when none of its
  kab/kota has one (it would otherwise count the same residents twice). Warehouse rows carry no coverage.
- stale_regions: members with a stock report whose latest report ends before as-of − stale_days.
"""

from __future__ import annotations

import datetime as dt
import math

import polars as pl

from dashboard.domain import KABKOTA_LEVELS, WAREHOUSE
from dashboard.metrics.catalog import METRICS
from dashboard.settings import Settings

AVG_MONTH_DAYS = 365.25 / 12
MAX_COVER_DAYS = 36525  # beyond 100 years a stock-out date means nothing (and would overflow a date)

DECIMALS = 2  # floats are rounded once, here, so screen, PDF, Excel and CLI show the same figures
# Additive building blocks of a unit or an aggregate, before the derived metrics.
BASE: dict[str, pl.DataType] = {
    "stock": pl.Int64, "own_stock": pl.Int64, "ribbon_stock": pl.Int64, "film_stock": pl.Int64,
    "burn_rate_per_day": pl.Float64, "amc": pl.Float64, "last_report": pl.Date, "stale_regions": pl.Int64,
    "wajib_ktp": pl.Int64, "sudah_rekam": pl.Int64, "prr": pl.Int64,
}
# Carried along beside the metrics (tables, not the report): when coverage was last reported and by how many units.
PASSTHROUGH: dict[str, pl.DataType] = {"coverage_end": pl.Date, "coverage_units": pl.Int64}
STOCK_SCHEMA = {"region_code": pl.String, "last_report": pl.Date, "stock": pl.Int64, "ribbon_stock": pl.Int64,
                "film_stock": pl.Int64, "burn_used": pl.Float64, "burn_days": pl.Int64, "stockout_days": pl.Int64,
                "amc_used": pl.Float64, "amc_days": pl.Int64}
COVERAGE_SCHEMA = {"region_code": pl.String, "coverage_end": pl.Date, "wajib_ktp": pl.Int64,
                   "sudah_rekam": pl.Int64, "prr": pl.Int64}


def _sum(col: str | pl.Expr) -> pl.Expr:
    """Sum of the known values; null (not 0) when none is known."""
    expr = pl.col(col) if isinstance(col, str) else col
    return pl.when(expr.count() > 0).then(expr.sum())


def units(universe: pl.DataFrame, stock: pl.DataFrame, coverage: pl.DataFrame, as_of: dt.date | None,
          settings: Settings) -> pl.DataFrame:
    """One row per unit of the universe (region_code, name, level, province_code) with its own building blocks.

    stock/coverage: the frames of metrics_units_stock.sql / metrics_units_coverage.sql (may be empty).
    """
    out = universe.join(stock, on="region_code", how="left").join(coverage, on="region_code", how="left")
    cutoff = as_of - dt.timedelta(days=settings.stale_days) if as_of else None
    stale = (pl.col("last_report") < cutoff) if cutoff else pl.lit(False)
    return out.with_columns(
        own_stock=pl.col("stock"),
        burn_rate_per_day=pl.when(pl.col("burn_days") > 0).then(pl.col("burn_used") / pl.col("burn_days")),
        amc=pl.when(pl.col("amc_days") > 0).then(pl.col("amc_used") / pl.col("amc_days") * AVG_MONTH_DAYS),
        stale_regions=stale.fill_null(False).cast(pl.Int64),
        has_coverage=pl.col("coverage_end").is_not_null(),
        coverage_units=pl.col("coverage_end").is_not_null().cast(pl.Int64),
    )


def provinces(unit_rows: pl.DataFrame) -> pl.DataFrame:
    """One row per province (region_code = province code): its warehouse + kab/kota, summed."""
    kab = pl.col("level").is_in(KABKOTA_LEVELS)
    cov = {c: pl.when(pl.col("kab_coverage") > 0).then(pl.col(f"{c}_kab")).otherwise(pl.col(f"{c}_own"))
           for c in ("wajib_ktp", "sudah_rekam", "prr")}
    return unit_rows.group_by("province_code").agg(
        *[_sum(c) for c in ("stock", "ribbon_stock", "film_stock", "burn_rate_per_day", "amc")],
        own_stock=pl.col("stock").filter(~kab).first(),
        last_report=pl.col("last_report").max(),
        stale_regions=pl.col("stale_regions").sum(),
        kab_coverage=(pl.col("has_coverage") & kab).sum(),
        **{f"{c}_kab": _sum(pl.col(c).filter(kab)) for c in ("wajib_ktp", "sudah_rekam", "prr")},
        **{f"{c}_own": pl.col(c).filter(~kab).first() for c in ("wajib_ktp", "sudah_rekam", "prr")},
        coverage_end_kab=pl.col("coverage_end").filter(kab).max(),
        coverage_end_own=pl.col("coverage_end").filter(~kab).first(),
    ).with_columns(
        **cov,
        coverage_end=pl.when(pl.col("kab_coverage") > 0).then(pl.col("coverage_end_kab"))
        .otherwise(pl.col("coverage_end_own")),
        coverage_units=pl.when(pl.col("kab_coverage") > 0).then(pl.col("kab_coverage"))
        .otherwise(pl.col("coverage_end_own").is_not_null().cast(pl.UInt32)).cast(pl.Int64),
    ).rename({"province_code": "region_code"}).select("region_code", *BASE, *PASSTHROUGH)


def national(province_rows: pl.DataFrame) -> pl.DataFrame:
    """The one 'ID' row: every province summed (own_stock null: no national warehouse is reported)."""
    return province_rows.select(
        *[_sum(c) for c in ("stock", "ribbon_stock", "film_stock", "burn_rate_per_day", "amc",
                            "wajib_ktp", "sudah_rekam", "prr")],
        own_stock=pl.lit(None, pl.Int64),
        last_report=pl.col("last_report").max(),
        stale_regions=pl.col("stale_regions").sum(),
        coverage_end=pl.col("coverage_end").max(),
        coverage_units=pl.col("coverage_units").sum(),
    ).select(region_code=pl.lit("ID"), **{c: pl.col(c) for c in (*BASE, *PASSTHROUGH)})


def unit_table(unit_rows: pl.DataFrame, province_rows: pl.DataFrame) -> pl.DataFrame:
    """Unit rows ready for derive(): warehouses take their province's rates and carry no coverage."""
    served = province_rows.select("region_code", served_burn="burn_rate_per_day", served_amc="amc")
    wh = pl.col("level") == WAREHOUSE
    return unit_rows.join(served, on="region_code", how="left").with_columns(
        burn_rate_per_day=pl.when(wh).then(pl.col("served_burn")).otherwise(pl.col("burn_rate_per_day")),
        amc=pl.when(wh).then(pl.col("served_amc")).otherwise(pl.col("amc")),
        **{c: pl.when(wh).then(None).otherwise(pl.col(c))
           for c in ("wajib_ktp", "sudah_rekam", "prr", "coverage_end")},
        coverage_units=pl.when(wh).then(0).otherwise(pl.col("coverage_units")),
    )


def _ceil(expr: pl.Expr) -> pl.Expr:
    # Round first so 0.9904 × 300000 = 297120.00000000006 does not ceil to 297121.
    return expr.round(6).ceil().cast(pl.Int64)


def status_expr(settings: Settings) -> pl.Expr:
    """habis | kritis | waspada | aman | berlebih | None from stock, burn_rate_per_day, days_of_cover and level."""
    stock, burn, cover = pl.col("stock"), pl.col("burn_rate_per_day"), pl.col("days_of_cover")
    kab_low = pl.col("level").is_in(KABKOTA_LEVELS) & (stock < settings.kritis_min_stock)
    return (pl.when(stock.is_null()).then(None)
            .when(stock <= 0).then(pl.lit("habis"))
            .when((cover < settings.kritis_days) | kab_low).then(pl.lit("kritis"))
            .when(burn == 0).then(pl.lit("berlebih"))
            .when(cover.is_null()).then(None)
            .when(cover < settings.waspada_days).then(pl.lit("waspada"))
            .when(cover <= settings.berlebih_days).then(pl.lit("aman"))
            .otherwise(pl.lit("berlebih")))


def derive(frame: pl.DataFrame, as_of: dt.date | None, settings: Settings) -> pl.DataFrame:
    """Add every derived metric to rows holding the BASE columns (+ level); returns key columns + METRICS."""
    stock, burn, amc = pl.col("stock"), pl.col("burn_rate_per_day"), pl.col("amc")
    target = settings.target_for(as_of.year) if as_of else None
    frame = frame.with_columns(
        days_of_cover=pl.when(stock == 0).then(0.0).when(burn > 0).then(stock / burn),
        months_of_stock=pl.when(amc > 0).then(stock / amc),
        suggested_request=pl.max_horizontal(pl.lit(0), _ceil(settings.target_months * amc - stock)),
        target_pct=pl.lit(target, pl.Float64),
        **{f"{item}_cards": pl.col(f"{item}_stock") * getattr(settings, f"{item}_yield") for item in ("ribbon", "film")},
        **{f"{item}s_needed_for_stock": (stock + (y := getattr(settings, f"{item}_yield")) - 1) // y
           for item in ("ribbon", "film")},
        coverage_pct=pl.when(pl.col("wajib_ktp") > 0).then(pl.col("sudah_rekam") / pl.col("wajib_ktp") * 100),
        stock_below_prr=stock < pl.col("prr"),
    ).with_columns(
        suggested_request=pl.when(amc.is_not_null() & stock.is_not_null()).then(pl.col("suggested_request")),
        ribbon_days_of_cover=pl.when(burn > 0).then(pl.col("ribbon_cards") / burn),
        film_days_of_cover=pl.when(burn > 0).then(pl.col("film_cards") / burn),
        printable_cards=pl.min_horizontal(stock, pl.col("ribbon_cards"), pl.col("film_cards")),
        coverage_gap_persons=pl.max_horizontal(
            pl.lit(0), _ceil(pl.col("target_pct") / 100 * pl.col("wajib_ktp")) - pl.col("sudah_rekam")),
        stockout_date=pl.when(pl.col("days_of_cover") <= MAX_COVER_DAYS).then(
            pl.lit(as_of, pl.Date) + pl.duration(days=pl.col("days_of_cover").floor().cast(pl.Int64))),
        status=status_expr(settings),
    ).with_columns(
        binding_constraint=pl.when(stock == pl.col("printable_cards")).then(pl.lit("blangko"))
        .when(pl.col("ribbon_cards") == pl.col("printable_cards")).then(pl.lit("ribbon"))
        .when(pl.col("film_cards") == pl.col("printable_cards")).then(pl.lit("film")),
        coverage_gap_persons=pl.when(pl.col("wajib_ktp").is_not_null() & pl.col("sudah_rekam").is_not_null()
                                     & pl.col("target_pct").is_not_null()).then(pl.col("coverage_gap_persons")),
    )
    keys = [c for c in ("region_code", "name", "level", "province_code") if c in frame.columns]
    extra = [pl.col(c).cast(d) for c, d in PASSTHROUGH.items() if c in frame.columns]
    return frame.select(*keys, *[_finish(c, d) for c, d in METRICS.items()], *extra)


def _finish(col: str, dtype: pl.DataType) -> pl.Expr:
    expr = pl.col(col).cast(dtype)
    return expr.round(DECIMALS) if dtype == pl.Float64 else expr


def as_dict(row: dict, as_of: dt.date | None) -> dict:
    """A derived row as the report dict: region, name, level, as_of, then METRICS in order (dates as dt.date)."""
    out = {"region": row["region_code"], "name": row["name"], "level": row["level"], "as_of": as_of}
    for col in METRICS:
        value = row[col]
        out[col] = None if isinstance(value, float) and math.isnan(value) else value
    return out


def national_request(province_rows: pl.DataFrame) -> pl.Expr:
    """The country's suggested_request: the sum of the provinces' (null when no province has one)."""
    known = province_rows["suggested_request"].drop_nulls()
    return pl.lit(int(known.sum()) if known.len() else None, pl.Int64)
