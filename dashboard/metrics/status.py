"""Stock status, defined once: each item judged on its days of cover, a unit by its worst item, aggregates by units.

- An item's status (blangko, ribbon, film): None without stock data; habis at 0; kritis when its days of cover are
  below kritis_days (for blangko also when a kab/kota holds fewer than kritis_min_stock cards); berlebih when it holds
  stock and nothing is used; None when use is unknown (no counted day in the window); then waspada / aman (cover up to
  and including berlebih_days) / berlebih. Ribbon and film are converted to cards with their yields and divided by the
  blangko burn: a unit with 6.000 blanks and no ribbon cannot print.
- A unit's `status` is the worst status over the items with data (STATUSES order, habis worst).
- An aggregate (province, 'ID') applies the same rule to its pooled stock ("stok gabungan"); beside it, it counts its
  units per status (units_by_status), units at risk (habis + kritis), the stock-out rate (habis units / units with a
  status × 100) and the share of units at risk, which maps and bars colour by.
"""

from __future__ import annotations

import polars as pl

from dashboard.domain import ITEMS, KABKOTA_LEVELS, NO_STATUS, SEVERITY, STATUSES
from dashboard.settings import Settings

AT_RISK = ("habis", "kritis")
# Frame columns of the per-item statuses and of the per-status unit counts.
ITEM_STATUS = {item: f"{item}_status" for item in ITEMS}
UNIT_COUNTS = {status: f"units_{status}" for status in (*STATUSES, NO_STATUS)}


def status_expr(settings: Settings, *, stock: str = "stock", burn: str = "burn_rate_per_day",
                cover: str = "days_of_cover", min_stock: bool = True) -> pl.Expr:
    """habis | kritis | waspada | aman | berlebih | None of one item from its stock, the burn and its days of cover.

    min_stock: apply the kab/kota minimum-stock rule (blangko only; needs a `level` column).
    """
    stock_, burn_, cover_ = pl.col(stock), pl.col(burn), pl.col(cover)
    low = (pl.col("level").is_in(KABKOTA_LEVELS) & (stock_ < settings.kritis_min_stock)) if min_stock \
        else pl.lit(False)
    return (pl.when(stock_.is_null()).then(None)
            .when(stock_ <= 0).then(pl.lit("habis"))
            .when((cover_ < settings.kritis_days) | low).then(pl.lit("kritis"))
            .when(burn_ == 0).then(pl.lit("berlebih"))
            .when(cover_.is_null()).then(None)
            .when(cover_ < settings.waspada_days).then(pl.lit("waspada"))
            .when(cover_ <= settings.berlebih_days).then(pl.lit("aman"))
            .otherwise(pl.lit("berlebih")))


def item_status_exprs(settings: Settings) -> dict[str, pl.Expr]:
    """blangko_status, ribbon_status, film_status (needs stock, *_stock, days_of_cover, *_days_of_cover, level)."""
    return {
        "blangko_status": status_expr(settings),
        "ribbon_status": status_expr(settings, stock="ribbon_stock", cover="ribbon_days_of_cover", min_stock=False),
        "film_status": status_expr(settings, stock="film_stock", cover="film_days_of_cover", min_stock=False),
    }


def _rank(col: str) -> pl.Expr:
    return pl.col(col).replace_strict(SEVERITY, default=None, return_dtype=pl.Int64)


def worst_expr(columns: list[str] | None = None) -> pl.Expr:
    """The worst (most severe) of the item statuses; None when no item has one."""
    ranks = [_rank(c) for c in (columns or list(ITEM_STATUS.values()))]
    worst = pl.min_horizontal(ranks)
    return worst.replace_strict({rank: status for status, rank in SEVERITY.items()}, default=None,
                                return_dtype=pl.String)


def unit_count_exprs() -> dict[str, pl.Expr]:
    """A unit's own counts (1 or 0), so aggregates are plain sums: units_total, units_<status>, units_at_risk."""
    status = pl.col("status")
    out = {"units_total": pl.lit(1, pl.Int64)}
    for key, col in UNIT_COUNTS.items():
        hit = status.is_null() if key == NO_STATUS else (status == key)
        out[col] = hit.fill_null(False).cast(pl.Int64)
    out["units_at_risk"] = status.is_in(AT_RISK).fill_null(False).cast(pl.Int64)
    return out


def units_with_status() -> pl.Expr:
    """units_with_status: the units judged (units_total - units_tanpa_data), the base of every share of units."""
    return (pl.col("units_total") - pl.col(UNIT_COUNTS[NO_STATUS])).alias("units_with_status")


def rate_exprs() -> dict[str, pl.Expr]:
    """stockout_rate_pct (habis units / units with a status × 100) and at_risk_pct (habis + kritis, same base)."""
    judged = units_with_status()
    return {
        "stockout_rate_pct": pl.when(judged > 0).then(pl.col("units_habis") / judged * 100),
        "at_risk_pct": pl.when(judged > 0).then(pl.col("units_at_risk") / judged * 100),
    }


def severity_rank(col: str = "status") -> pl.Expr:
    """0 for habis … 4 for berlebih, 5 without a status: the order of every urgency sort."""
    return pl.col(col).replace_strict(SEVERITY, default=len(STATUSES), return_dtype=pl.Int64)
