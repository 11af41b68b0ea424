"""The metric formulas, defined once: per-unit building blocks -> unit metrics -> province/national sums and metrics.

Pure Polars on at most 552 unit rows (38 province warehouses + 514 kab/kota); dashboard.metrics.report does the I/O.
Status rules live in metrics.status, targets and requests in metrics.targets; docs/metrics.md defines every field.

- Units: a kab/kota 'PP.KK', or a province's own warehouse 'PP' (level 'gudang', named "Gudang Provinsi …").
  A province = its warehouse + all its kab/kota; 'ID' = every unit.
- stock (and ribbon_stock, film_stock): each member's carried-forward closing stock at as-of (staging_unit_day),
  summed over members with data (null when none has any). own_stock: a province's warehouse stock; null for 'ID'.
- burn_rate_per_day: per unit, consumption / counted days over the burn_window_days ending at as-of (counted = not
  stocked out, from rows ending on or before as-of; see store/sql/staging/unit_day.sql). An aggregate sums its
  members' rates. A warehouse supplies its kab/kota instead of using cards, so its burn_rate_per_day and amc are its
  whole province's (not additive over a province's rows: totals come from the aggregate row).
- amc: the same adjusted daily rate over the amc_months calendar months ending at as-of × 30.4375; when every day of
  that window was stocked out (a unit empty for months), the rate of the counted days of the last 365 days.
- days_of_cover: 0 when stock is 0; stock / burn when burn > 0; otherwise null. stockout_date = as-of + whole days of
  cover; null for an empty unit (it is out already: stockout_since says since when) and beyond 100 years.
- stockout_since (and ribbon_/film_stockout_since): for a unit at 0, the first day of its current empty spell; for an
  aggregate whose pooled stock is 0, the day its last member ran out (the latest of its members' spells).
- ribbon/film_days_of_cover: the item's cards / the burn of the members holding that item (an aggregate where few
  units report ribbon is not judged against everyone's use).
- printable_cards: a unit's smallest known card capacity of the three items, binding_constraint its item (ties:
  blangko first). An aggregate adds up its units' printable cards (ribbon in one office does not print blanks held in
  another: a unit with 6.000 blanks and no ribbon adds 0) and names the item that holds back the most blanks.
  printable_days_of_cover = printable_cards / burn: when printing stops.
- coverage: latest coverage per kab/kota, summed; a province's own row only when none of its kab/kota has one.
- stale_regions: members whose latest stock report ends before as-of − stale_days.
"""

from __future__ import annotations

import datetime as dt
import math

import polars as pl

from dashboard.domain import KABKOTA_LEVELS, WAREHOUSE
from dashboard.metrics import status as st
from dashboard.metrics import targets as tg
from dashboard.metrics.catalog import METRICS, composite_value
from dashboard.settings import Settings

AVG_MONTH_DAYS = 365.25 / 12
MAX_COVER_DAYS = 36525  # beyond 100 years a stock-out date means nothing (and would overflow a date)
DECIMALS = 2  # floats are rounded once, here, so screen, PDF, Excel and CLI show the same figures
# coverage_pct keeps more: a value just above 100 must stay above 100 wherever it is shown (100,04%)
FINE_DECIMALS = {"coverage_pct": 4}
SINCE = ("stockout_since", "ribbon_stockout_since", "film_stockout_since")
COUNTS = ("units_total", *st.UNIT_COUNTS.values(), "units_at_risk", "units_below_prr", "units_over_100")
# Additive building blocks of a unit or an aggregate, before the derived metrics.
BASE: dict[str, pl.DataType] = {
    "stock": pl.Int64, "own_stock": pl.Int64, "ribbon_stock": pl.Int64, "film_stock": pl.Int64,
    "burn_rate_per_day": pl.Float64, "amc": pl.Float64, "last_report": pl.Date, "stale_regions": pl.Int64,
    "wajib_ktp": pl.Int64, "sudah_rekam": pl.Int64, "prr": pl.Int64,
    **{c: pl.Date for c in SINCE}, "ribbon_burn": pl.Float64, "film_burn": pl.Float64,
}
# An aggregate's sums over its derived unit rows (unit counts and the requests after moves inside the province).
SUMMARY: dict[str, pl.DataType] = {**{c: pl.Int64 for c in COUNTS}, **{c: pl.Int64 for c in tg.REQUESTS},
                                   "printable_cards": pl.Int64, "held_by_ribbon": pl.Int64, "held_by_film": pl.Int64}
# Carried along beside the metrics (tables, not the report): when coverage was last reported and by how many units.
PASSTHROUGH: dict[str, pl.DataType] = {"coverage_end": pl.Date, "coverage_units": pl.Int64}
STOCK_SCHEMA = {"region_code": pl.String, "last_report": pl.Date, "stock": pl.Int64, "ribbon_stock": pl.Int64,
                "film_stock": pl.Int64, **{c: pl.Date for c in SINCE}, "burn_used": pl.Float64,
                "burn_days": pl.Int64, "stockout_days": pl.Int64, "amc_used": pl.Float64, "amc_days": pl.Int64,
                "year_used": pl.Float64, "year_days": pl.Int64}
COVERAGE_SCHEMA = {"region_code": pl.String, "coverage_end": pl.Date, "wajib_ktp": pl.Int64,
                   "sudah_rekam": pl.Int64, "prr": pl.Int64}


def _sum(col: str | pl.Expr) -> pl.Expr:
    """Sum of the known values; null (not 0) when none is known."""
    expr = pl.col(col) if isinstance(col, str) else col
    return pl.when(expr.count() > 0).then(expr.sum())


def _rate(used: str, days: str) -> pl.Expr:
    return pl.when(pl.col(days) > 0).then(pl.col(used) / pl.col(days))


def units(universe: pl.DataFrame, stock: pl.DataFrame, coverage: pl.DataFrame, as_of: dt.date | None,
          settings: Settings) -> pl.DataFrame:
    """One row per unit of the universe (region_code, name, level, province_code) with its own building blocks.

    stock/coverage: the frames of metrics/units_stock.sql / metrics/units_coverage.sql (may be empty).
    """
    out = universe.join(stock, on="region_code", how="left").join(coverage, on="region_code", how="left")
    cutoff = as_of - dt.timedelta(days=settings.stale_days) if as_of else None
    stale = (pl.col("last_report") < cutoff) if cutoff else pl.lit(False)
    return out.with_columns(
        own_stock=pl.col("stock"),
        burn_rate_per_day=_rate("burn_used", "burn_days"),
        amc=pl.coalesce(_rate("amc_used", "amc_days"), _rate("year_used", "year_days")) * AVG_MONTH_DAYS,
        stale_regions=stale.fill_null(False).cast(pl.Int64),
        # ribbon and film last as long as the use of the units that hold them (not of every unit in an aggregate)
        ribbon_burn=pl.when(pl.col("ribbon_stock").is_not_null()).then(_rate("burn_used", "burn_days")),
        film_burn=pl.when(pl.col("film_stock").is_not_null()).then(_rate("burn_used", "burn_days")),
        has_coverage=pl.col("coverage_end").is_not_null(),
        coverage_units=pl.col("coverage_end").is_not_null().cast(pl.Int64),
    )


def provinces(unit_rows: pl.DataFrame) -> pl.DataFrame:
    """One row per province (region_code = province code): its warehouse + kab/kota, summed."""
    kab = pl.col("level").is_in(KABKOTA_LEVELS)
    cov = {c: pl.when(pl.col("kab_coverage") > 0).then(pl.col(f"{c}_kab")).otherwise(pl.col(f"{c}_own"))
           for c in ("wajib_ktp", "sudah_rekam", "prr")}
    return unit_rows.group_by("province_code").agg(
        *[_sum(c) for c in ("stock", "ribbon_stock", "film_stock", "burn_rate_per_day", "amc", "ribbon_burn",
                            "film_burn")],
        *[pl.col(c).max() for c in SINCE],
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


def summary(derived_units: pl.DataFrame) -> pl.DataFrame:
    """Per province (region_code): unit counts, each item's request after moves inside the province, the cards its
    units can print and the blanks ribbon / film hold back (blank stock a unit cannot print for lack of them)."""
    held = (pl.col("stock") - pl.col("printable_cards")).fill_null(0)
    return derived_units.group_by("province_code").agg(
        *[pl.col(c).sum() for c in COUNTS],
        **tg.province_request_exprs(),
        printable_cards=_sum("printable_cards"),
        **{f"held_by_{item}": held.filter(pl.col("binding_constraint") == item).sum() for item in ("ribbon", "film")},
    ).rename({"province_code": "region_code"}).select("region_code", *SUMMARY)


def national(province_rows: pl.DataFrame) -> pl.DataFrame:
    """The one 'ID' row: every province summed (own_stock null: no national warehouse is reported)."""
    return province_rows.select(
        *[_sum(c) for c in ("stock", "ribbon_stock", "film_stock", "burn_rate_per_day", "amc", "ribbon_burn",
                            "film_burn", "wajib_ktp", "sudah_rekam", "prr", *tg.REQUESTS, "printable_cards")],
        *[pl.col(f"held_by_{item}").sum() for item in ("ribbon", "film")],
        *[pl.col(c).max() for c in SINCE],
        *[pl.col(c).sum() for c in COUNTS],
        own_stock=pl.lit(None, pl.Int64),
        last_report=pl.col("last_report").max(),
        stale_regions=pl.col("stale_regions").sum(),
        coverage_end=pl.col("coverage_end").max(),
        coverage_units=pl.col("coverage_units").sum(),
    ).select(region_code=pl.lit("ID"), **{c: pl.col(c) for c in (*BASE, *SUMMARY, *PASSTHROUGH)})


def unit_table(unit_rows: pl.DataFrame, province_rows: pl.DataFrame) -> pl.DataFrame:
    """Unit rows ready for derive(): warehouses take their province's rates and carry no coverage."""
    served = province_rows.select("region_code", served_burn="burn_rate_per_day", served_amc="amc")
    wh = pl.col("level") == WAREHOUSE
    return unit_rows.join(served, on="region_code", how="left").with_columns(
        burn_rate_per_day=pl.when(wh).then(pl.col("served_burn")).otherwise(pl.col("burn_rate_per_day")),
        amc=pl.when(wh).then(pl.col("served_amc")).otherwise(pl.col("amc")),
        **{f"{item}_burn": pl.when(wh & pl.col(f"{item}_stock").is_not_null()).then(pl.col("served_burn"))
           .otherwise(pl.col(f"{item}_burn")) for item in ("ribbon", "film")},
        **{c: pl.when(wh).then(None).otherwise(pl.col(c))
           for c in ("wajib_ktp", "sudah_rekam", "prr", "coverage_end")},
        coverage_units=pl.when(wh).then(0).otherwise(pl.col("coverage_units")),
    )


def _ceil(expr: pl.Expr) -> pl.Expr:
    # Round first so 0.9904 × 300000 = 297120.00000000006 does not ceil to 297121.
    return expr.round(6).ceil().cast(pl.Int64)


def _cover(stock: str | pl.Expr, burn: pl.Expr) -> pl.Expr:
    value = pl.col(stock) if isinstance(stock, str) else stock
    return pl.when(value == 0).then(0.0).when(burn > 0).then(value / burn)


def _unit_binding() -> pl.Expr:
    printable = pl.col("printable_cards")
    return (pl.when(pl.col("stock") == printable).then(pl.lit("blangko"))
            .when(pl.col("ribbon_cards") == printable).then(pl.lit("ribbon"))
            .when(pl.col("film_cards") == printable).then(pl.lit("film")))


def _aggregate_binding() -> pl.Expr:
    ribbon, film = pl.col("held_by_ribbon"), pl.col("held_by_film")
    return (pl.when(pl.col("printable_cards").is_null()).then(None)
            .when((ribbon > 0) & (ribbon >= film)).then(pl.lit("ribbon"))
            .when(film > 0).then(pl.lit("film"))
            .otherwise(pl.lit("blangko")))


def derive(frame: pl.DataFrame, as_of: dt.date | None, settings: Settings, *, aggregate: bool = False) -> pl.DataFrame:
    """Add every derived metric to rows holding the BASE columns (+ level; + SUMMARY for aggregates).

    Unit rows get their targets, requests and own counts; aggregate rows keep the requests and counts of SUMMARY
    and leave targets empty. Returns key columns + METRICS (+ PASSTHROUGH and, for units, the surpluses).
    """
    stock, burn, amc = pl.col("stock"), pl.col("burn_rate_per_day"), pl.col("amc")
    target = settings.target_for(as_of.year) if as_of else None
    frame = frame.with_columns(
        days_of_cover=_cover("stock", burn),
        months_of_stock=pl.when(amc > 0).then(stock / amc),
        target_pct=pl.lit(target, pl.Float64),
        **{f"{item}_cards": pl.col(f"{item}_stock") * getattr(settings, f"{item}_yield") for item in ("ribbon", "film")},
        **{f"{item}s_needed_for_stock": (stock + (y := getattr(settings, f"{item}_yield")) - 1) // y
           for item in ("ribbon", "film")},
        coverage_pct=pl.when(pl.col("wajib_ktp") > 0).then(pl.col("sudah_rekam") / pl.col("wajib_ktp") * 100),
        coverage_over_100=pl.col("sudah_rekam") > pl.col("wajib_ktp"),
        stock_below_prr=stock < pl.col("prr"),
        # a spell is current only while the item is at 0 (an aggregate is empty once every member is)
        **{since: pl.when(pl.col(held) == 0).then(pl.col(since))
           for since, held in zip(SINCE, ("stock", "ribbon_stock", "film_stock"))},
    ).with_columns(
        ribbon_days_of_cover=_cover("ribbon_cards", pl.col("ribbon_burn")),
        film_days_of_cover=_cover("film_cards", pl.col("film_burn")),
        printable_cards=pl.col("printable_cards") if aggregate else pl.min_horizontal(
            stock, pl.col("ribbon_cards"), pl.col("film_cards")),
        coverage_gap_persons=pl.max_horizontal(
            pl.lit(0), _ceil(pl.col("target_pct") / 100 * pl.col("wajib_ktp")) - pl.col("sudah_rekam")),
        stockout_date=pl.when((pl.col("days_of_cover") > 0) & (pl.col("days_of_cover") <= MAX_COVER_DAYS)).then(
            pl.lit(as_of, pl.Date) + pl.duration(days=pl.col("days_of_cover").floor().cast(pl.Int64))),
    ).with_columns(
        printable_days_of_cover=_cover("printable_cards", burn),  # when printing stops
        **st.item_status_exprs(settings),
        binding_constraint=_aggregate_binding() if aggregate else _unit_binding(),
        coverage_gap_persons=pl.when(pl.col("wajib_ktp").is_not_null() & pl.col("sudah_rekam").is_not_null()
                                     & pl.col("target_pct").is_not_null()).then(pl.col("coverage_gap_persons")),
    ).with_columns(status=st.worst_expr())
    if aggregate:
        frame = frame.with_columns(**{c: pl.lit(None, pl.Int64) for c in ("target_stock", "ribbon_target",
                                                                          "film_target")})
    else:
        frame = frame.with_columns(**tg.target_exprs(settings)).with_columns(**tg.need_exprs()).with_columns(
            **st.unit_count_exprs(),
            units_below_prr=pl.col("stock_below_prr").fill_null(False).cast(pl.Int64),
            units_over_100=pl.col("coverage_over_100").fill_null(False).cast(pl.Int64),
        )
    frame = frame.with_columns(**st.rate_exprs())
    keys = [c for c in ("region_code", "name", "level", "province_code") if c in frame.columns]
    extra = [pl.col(c).cast(d) for c, d in PASSTHROUGH.items() if c in frame.columns]
    extra += [pl.col(c).cast(pl.Int64) for c in tg.SURPLUSES if not aggregate]
    return frame.select(*keys, *[_finish(c, d) for c, d in METRICS.items()], *extra)


def _finish(col: str, dtype: pl.DataType) -> pl.Expr:
    expr = pl.col(col).cast(dtype)
    return expr.round(FINE_DECIMALS.get(col, DECIMALS)) if dtype == pl.Float64 else expr


def as_dict(row: dict, as_of: dt.date | None) -> dict:
    """A derived row as the report dict: region, name, level, as_of, then the REPORT keys in order (dates as dt.date);
    status_by_item and units_by_status are nested dicts of their frame columns."""
    clean = {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}
    out = {"region": row["region_code"], "name": row["name"], "level": row["level"], "as_of": as_of}
    out.update(composite_value(clean))
    return out
