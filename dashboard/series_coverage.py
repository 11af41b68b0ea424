"""Recording coverage against the yearly target: per child region (with blank stock and PRR) and per month."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard import sqlfiles
from dashboard.series_base import add_months, label_children, latest_dates, resolve_settings, scope
from dashboard.settings import Settings
from dashboard.store import Store

COVERAGE_TABLE_SCHEMA = {
    "region_code": pl.String, "name": pl.String, "level": pl.String, "wajib_ktp": pl.Int64,
    "sudah_rekam": pl.Int64, "belum_rekam": pl.Int64, "coverage_pct": pl.Float64, "target_pct": pl.Float64,
    "coverage_gap_persons": pl.Int64, "prr": pl.Int64, "blank_stock": pl.Int64, "stock_below_prr": pl.Boolean,
    "over_100": pl.Boolean, "period_end": pl.Date, "units_reporting": pl.Int64,
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
    """Coverage, target gap, PRR and blank stock per child region at as_of.

    Children: 'ID' -> provinces; a province -> its kab/kota; a kab/kota -> itself (every child, nulls when it
    never reported). Columns: region_code, name, level, wajib_ktp, sudah_rekam, belum_rekam, coverage_pct,
    target_pct (settings target of period_end's year), coverage_gap_persons = max(0, ceil(target/100 × wajib)
    − sudah), prr, blank_stock (Σ members' last closing blangko stock, warehouse included under 'ID'),
    stock_below_prr, over_100, period_end (latest coverage row used), units_reporting.
    Default as_of: the later of the latest stock and coverage dates.
    """
    sc = scope(region)
    settings = resolve_settings(store, settings)
    with store.reading() as cur:
        if as_of is None:
            known = [d for d in latest_dates(cur) if d is not None]
            as_of = max(known) if known else dt.date.today()
        raw = sqlfiles.frame(cur, "series_coverage_table", sc.params(item="blangko", as_of=as_of))
    targets = _targets(raw["period_end"].dt.year(), settings)
    out = raw.with_columns(
        coverage_pct=_coverage_pct(),
        target_pct=pl.col("period_end").dt.year().replace_strict(targets, default=None, return_dtype=pl.Float64),
    ).with_columns(
        # Round before ceil: 99.2 / 100 × 100,000 is 99,200.000000001 in binary floating point.
        coverage_gap_persons=pl.max_horizontal(
            pl.lit(0), (pl.col("target_pct") * pl.col("wajib_ktp") / 100).round(6).ceil().cast(pl.Int64)
            - pl.col("sudah_rekam")),
        stock_below_prr=pl.col("blank_stock") < pl.col("prr"),
        over_100=pl.col("sudah_rekam") > pl.col("wajib_ktp"),
    ).with_columns(
        coverage_gap_persons=pl.when(pl.col("wajib_ktp").is_not_null()).then(pl.col("coverage_gap_persons")),
    )
    return label_children(out, sc).select([pl.col(c).cast(d) for c, d in COVERAGE_TABLE_SCHEMA.items()])


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
        raw = sqlfiles.frame(cur, "series_coverage_series", sc.params(start=start, end=end))
    targets = _targets(raw["month"].dt.year(), settings)
    out = raw.with_columns(
        coverage_pct=_coverage_pct(),
        target_pct=pl.col("month").dt.year().replace_strict(targets, default=None, return_dtype=pl.Float64),
    )
    return out.select([pl.col(c).cast(d) for c, d in COVERAGE_SERIES_SCHEMA.items()])
