"""Time series and per-region tables over time: stock series, consumption by region, status heat map, coverage.

Every function takes a region ('ID', a province 'PP' = warehouse + its kab/kota, or a kab/kota 'PP.KK') and
returns a polars frame with snake_case columns, DOUBLE/BIGINT numbers and pl.Date dates. Definitions (one each):
consumption = pemakaian + rusak (never distribusi); a longer (monthly) row spreads evenly over its days and a
one-day row wins over it for that day; a member's closing stock is carried forward from its last report (never
from before its first); receipts from outside a province/the country = Σ penerimaan − Σ distribusi of its members.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard.metrics.scope import add_months, check_item, label_children, latest_dates, scope
from dashboard.store import Store, derived, queries
from dashboard.text import t

# freq -> polars truncate interval ('1w' truncates to Monday)
FREQS = {"day": "1d", "week": "1w", "month": "1mo"}
_FLOWS = ("pemakaian", "rusak", "penerimaan", "distribusi")

STOCK_SERIES_SCHEMA = {
    "period": pl.Date, "period_end": pl.Date, "stock": pl.Int64, "consumption": pl.Float64,
    "pemakaian": pl.Float64, "rusak": pl.Float64, "penerimaan": pl.Float64, "penerimaan_external": pl.Float64,
    "transfers_out": pl.Float64, "stocked_out_units": pl.Int64, "units_reporting": pl.Int64,
    "period_days": pl.Int64, "partial": pl.Boolean,
}


def stock_series(store: Store, region: str, item: str = "blangko", start: dt.date | None = None,
                 end: dt.date | None = None, freq: str = "day") -> pl.DataFrame:
    """Stock and flows of a region per day, week (from Monday) or month (from the 1st).

    Columns: period (first day), period_end (last day counted, ≤ end), stock (Σ members' closing stock at
    period_end, carried forward; null before any member reported), consumption, pemakaian, rusak, penerimaan,
    penerimaan_external, transfers_out (distribusi), stocked_out_units (members at 0), units_reporting (members
    reported so far), period_days (days counted), partial (the period runs past `end`: a week or month still
    running, whose flows cover only period_days of its days; charts draw it as such). Flows are null for a period no
    row covers.
    Defaults: end = latest stock date in the store; start = 12 months before end (aligned to the period start).
    """
    if freq not in FREQS:
        raise ValueError(t("series.bad_freq", freq=freq))
    check_item(item)
    sc = scope(region)
    derived.ensure(store)
    with store.reading() as cur:
        if end is None:
            end = latest_dates(cur)[0]
        if end is None:
            return pl.DataFrame(schema=STOCK_SERIES_SCHEMA)
        if start is None:
            start = add_months(end, -12) + dt.timedelta(days=1)
        start = pl.select(pl.lit(start).dt.truncate(FREQS[freq])).item()
        if start > end:
            return pl.DataFrame(schema=STOCK_SERIES_SCHEMA)
        raw = queries.frame(cur, "series/stock", sc.params(item=item, start=start, end=end))
    days = pl.DataFrame({"day": pl.date_range(start, end, "1d", eager=True)})
    daily = (
        days.join(raw, on="day", how="left")
        .fill_null(0)
        .sort("day")
        .with_columns(
            stock=pl.col("stock_delta").cum_sum(),
            stocked_out_units=pl.col("stockout_delta").cum_sum(),
            units_reporting=pl.col("known_delta").cum_sum(),
            period=pl.col("day").dt.truncate(FREQS[freq]),
        )
    )
    out = daily.group_by("period", maintain_order=True).agg(
        pl.col("day").last().alias("period_end"),
        pl.col("stock").last(),
        pl.col("stocked_out_units").last(),
        pl.col("units_reporting").last(),
        pl.col("unit_days").sum(),
        pl.len().alias("period_days"),
        *[pl.col(c).sum() for c in _FLOWS],
    )
    # The last week or month may still be running at `end`: its flows cover only some of its days.
    natural_end = {"day": pl.col("period"), "week": pl.col("period") + pl.duration(days=6),
                   "month": pl.col("period").dt.month_end()}[freq]
    out = out.with_columns(partial=pl.col("period_end") < natural_end)
    # Internal transfers cancel out inside an aggregate; a kab/kota's receipts all come from outside it.
    external = pl.col("penerimaan") if "." in region else pl.col("penerimaan") - pl.col("distribusi")
    known = pl.col("units_reporting") > 0
    # A period no row covers has no flows (null), not flows of zero.
    out = out.with_columns([pl.when(pl.col("unit_days") > 0).then(pl.col(c)).alias(c) for c in _FLOWS])
    out = out.with_columns(
        consumption=pl.col("pemakaian") + pl.col("rusak"),
        penerimaan_external=external,
        transfers_out=pl.col("distribusi"),
        stock=pl.when(known).then(pl.col("stock")),
        stocked_out_units=pl.when(known).then(pl.col("stocked_out_units")),
    )
    # Spread monthly rows leave float dust (3100/31*31); four decimals is far below one card.
    floats = [c for c, d in STOCK_SERIES_SCHEMA.items() if d == pl.Float64]
    return out.with_columns(pl.col(floats).round(4)).select(
        [pl.col(c).cast(d) for c, d in STOCK_SERIES_SCHEMA.items()])


CONSUMPTION_SCHEMA = {
    "region_code": pl.String, "name": pl.String, "level": pl.String, "consumption": pl.Float64,
    "pemakaian": pl.Float64, "rusak": pl.Float64, "penerimaan": pl.Float64, "distribusi": pl.Float64,
    "penerimaan_external": pl.Float64, "share_pct": pl.Float64,
    "units_reporting": pl.Int64, "unit_days": pl.Int64, "stockout_days": pl.Int64,
}


def consumption_by_region(store: Store, region: str, as_of: dt.date | None = None, days: int = 30,
                          item: str = "blangko") -> pl.DataFrame:
    """Consumption and transfers per child region over the `days` days ending at as_of (the "Laju pemakaian" page).

    Children: 'ID' -> provinces; a province -> its warehouse (level 'gudang') and kab/kota; a kab/kota -> itself.
    Columns: region_code, name, level, consumption, pemakaian, rusak, penerimaan (transfers in included),
    distribusi (transfers out), penerimaan_external (a province under 'ID': Σ penerimaan − Σ distribusi),
    share_pct (of the region's
    consumption), units_reporting, unit_days (member-days with data), stockout_days (member-days at 0).
    Only children with data in the window appear; sorted by consumption, largest first.
    """
    check_item(item)
    if days < 1:
        raise ValueError("days must be >= 1")
    sc = scope(region)
    derived.ensure(store)
    with store.reading() as cur:
        as_of = as_of or latest_dates(cur)[0]
        if as_of is None:
            return pl.DataFrame(schema=CONSUMPTION_SCHEMA)
        raw = queries.frame(cur, "series/consumption", sc.params(item=item, as_of=as_of, window_days=days))
    total = raw["consumption"].sum()
    out = label_children(raw, sc).with_columns(
        share_pct=(pl.col("consumption") / total * 100) if total else pl.lit(None, pl.Float64),
    )
    return (out.with_columns(pl.col(pl.Float64).round(4))
            .select([pl.col(c).cast(d) for c, d in CONSUMPTION_SCHEMA.items()])
            .sort(["consumption", "region_code"], descending=[True, False]))
