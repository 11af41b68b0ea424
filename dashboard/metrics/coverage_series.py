"""Recording coverage against the yearly target: per child region (with blank stock and PRR) and per month."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard.domain import WAREHOUSE
from dashboard.metrics import report
from dashboard.metrics.scope import add_months, latest_dates, month_starts, resolve_settings, scope
from dashboard.settings import Settings
from dashboard.store import Store, queries

COVERAGE_TABLE_SCHEMA = {
    "region_code": pl.String, "name": pl.String, "level": pl.String, "wajib_ktp": pl.Int64,
    "sudah_rekam": pl.Int64, "belum_rekam": pl.Int64, "coverage_pct": pl.Float64, "target_pct": pl.Float64,
    "coverage_gap_persons": pl.Int64, "prr": pl.Int64, "blank_stock": pl.Int64, "stock_below_prr": pl.Boolean,
    "over_100": pl.Boolean, "units_below_prr": pl.Int64, "units_over_100": pl.Int64, "period_end": pl.Date,
    "units_reporting": pl.Int64,
}

COVERAGE_SERIES_SCHEMA = {
    "month": pl.Date, "wajib_ktp": pl.Int64, "sudah_rekam": pl.Int64, "coverage_pct": pl.Float64,
    "target_pct": pl.Float64, "prr": pl.Int64, "units_reporting": pl.Int64,
}


def _targets(years: pl.Series, settings: Settings) -> dict[int, float]:
    return {int(y): settings.target_for(int(y)) for y in years.drop_nulls().unique()}


def _coverage_pct() -> pl.Expr:
    return pl.when(pl.col("wajib_ktp") > 0).then(pl.col("sudah_rekam") / pl.col("wajib_ktp") * 100)


def coverage_table(store: Store, region: str, as_of: dt.date | None = None,
                   settings: Settings | None = None) -> pl.DataFrame:
    """Coverage, target gap, PRR and blank stock per child region at as_of, straight from dashboard.metrics.report.

    Children: 'ID' -> provinces; a province -> its kab/kota (its warehouse records nobody); a kab/kota -> itself
    (every child, nulls when it never reported). The metric columns (coverage_pct, target_pct of as_of's year,
    coverage_gap_persons, prr, stock_below_prr, units_below_prr, units_over_100) are report.region_table's; added
    here: belum_rekam (wajib − sudah), blank_stock (= stock), over_100 (= coverage_over_100, unrounded), period_end
    (latest coverage report used), units_reporting. A province's own flags are of its pooled figures; its units'
    flags are counted in units_below_prr / units_over_100 (metrics.below_prr_units / over_100_units list them).
    Default as_of: the later of the latest stock and coverage dates.
    """

    scope(region)
    if as_of is None:
        with store.reading() as cur:
            known = [d for d in latest_dates(cur) if d is not None]
        as_of = max(known) if known else None
    table = report.region_table(store, region, as_of=as_of, settings=resolve_settings(store, settings))
    out = table.filter(pl.col("level") != WAREHOUSE).with_columns(
        belum_rekam=pl.col("wajib_ktp") - pl.col("sudah_rekam"),
        blank_stock=pl.col("stock"),
        over_100=pl.col("coverage_over_100"),
        period_end=pl.col("coverage_end"),
        units_reporting=pl.col("coverage_units").fill_null(0),
    )
    return out.select([pl.col(c).cast(d) for c, d in COVERAGE_TABLE_SCHEMA.items()])


def coverage_series(store: Store, region: str, start: dt.date | None = None, end: dt.date | None = None,
                    settings: Settings | None = None) -> pl.DataFrame:
    """Monthly recording coverage of a region: every unit's latest figures at each month end, summed.

    Columns: month (first day), wajib_ktp, sudah_rekam, coverage_pct, target_pct (per year from settings), prr,
    units_reporting. Defaults: end = latest coverage date; start = 11 months before end's month (12 months).
    Months before any unit reported are left out.
    """
    sc = scope(region)
    settings = resolve_settings(store, settings)
    with store.reading() as cur:
        end = end or latest_dates(cur)[1]
        if end is None:
            return pl.DataFrame(schema=COVERAGE_SERIES_SCHEMA)
        start = start or add_months(end.replace(day=1), -11)
        raw = queries.frame(cur, "series/coverage_series", sc.params(end=end, month_starts=month_starts(start, end)))
    targets = _targets(raw["month"].dt.year(), settings)
    out = raw.with_columns(
        coverage_pct=_coverage_pct(),
        target_pct=pl.col("month").dt.year().replace_strict(targets, default=None, return_dtype=pl.Float64),
    )
    return out.select([pl.col(c).cast(d) for c, d in COVERAGE_SERIES_SCHEMA.items()])
