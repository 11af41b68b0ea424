"""Target stock, what a unit needs (its request) and what it can spare, per item, defined once (metrics and plan).

Per reporting unit and item (blangko in cards, ribbon in ribbons, film in rolls):
- target: a province warehouse's own target is 0 (it holds stock to hand on). A kab/kota holds target_months of its
  average monthly use (AMC, in cards; ribbon and film divided by their yields), rounded up to whole items; blangko never
  below kritis_min_stock (a kab/kota below it is kritis, so a target under it would leave the unit kritis). Unknown when
  the AMC is unknown.
- request (shortfall) = max(0, target − stock); surplus = max(0, stock − target): what may leave without pushing the
  unit below its own target. Both unknown without stock data or target. A warehouse's own request is null: what its
  province needs is the province's request.
- A province's request = max(0, Σ shortfalls − Σ surpluses of its units): stock moves inside a province first (the
  redistribution plan, metrics.plan, moves exactly min(Σ surplus, Σ shortfall)); the country's is the sum of its
  provinces' requests, never netting one province's surplus against another's shortfall.
"""

from __future__ import annotations

import polars as pl

from dashboard.domain import WAREHOUSE
from dashboard.settings import Settings

# item -> (stock column, target column, request column, surplus column)
COLUMNS = {
    "blangko": ("stock", "target_stock", "suggested_request", "surplus"),
    "ribbon": ("ribbon_stock", "ribbon_target", "ribbon_request", "ribbon_surplus"),
    "film": ("film_stock", "film_target", "film_request", "film_surplus"),
}
REQUESTS = tuple(cols[2] for cols in COLUMNS.values())
SURPLUSES = tuple(cols[3] for cols in COLUMNS.values())


def yield_of(item: str, settings: Settings) -> int:
    """Cards per unit of an item: 1 for blangko, ribbon_yield, film_yield."""
    return 1 if item == "blangko" else getattr(settings, f"{item}_yield")


def _ceil(expr: pl.Expr) -> pl.Expr:
    # Round first so 3 × 1000.0000001 does not ceil to 3001.
    return expr.round(6).ceil().cast(pl.Int64)


def target_exprs(settings: Settings, months: float | None = None) -> dict[str, pl.Expr]:
    """target_stock, ribbon_target, film_target of unit rows (needs level and amc)."""
    months = settings.target_months if months is None else months
    amc, warehouse = pl.col("amc"), pl.col("level") == WAREHOUSE
    out = {}
    for item, (_, target, _, _) in COLUMNS.items():
        need = _ceil(months * amc / yield_of(item, settings))
        if item == "blangko":
            need = pl.max_horizontal(need, pl.lit(settings.kritis_min_stock, pl.Int64))
        out[target] = pl.when(warehouse).then(pl.lit(0, pl.Int64)).when(amc.is_not_null()).then(need)
    return out


def need_exprs() -> dict[str, pl.Expr]:
    """suggested_request / ribbon_request / film_request and the surpluses of unit rows (needs stocks and targets)."""
    warehouse = pl.col("level") == WAREHOUSE
    out = {}
    for stock, target, request, surplus in COLUMNS.values():
        gap = pl.col(target) - pl.col(stock)
        known = gap.is_not_null()  # max_horizontal skips nulls: an unknown gap must stay unknown, not 0
        out[request] = pl.when(known & ~warehouse).then(pl.max_horizontal(gap, pl.lit(0, pl.Int64)))
        out[surplus] = pl.when(known).then(pl.max_horizontal(-gap, pl.lit(0, pl.Int64)))
    return out


def province_request_exprs() -> dict[str, pl.Expr]:
    """Aggregations over a province's unit rows: each item's request after moving surplus to shortfall."""
    out = {}
    for _, _, request, surplus in COLUMNS.values():
        known = pl.col(request).count() + pl.col(surplus).count()
        out[request] = pl.when(known > 0).then(
            pl.max_horizontal(pl.col(request).sum() - pl.col(surplus).sum(), pl.lit(0, pl.Int64)))
    return out
