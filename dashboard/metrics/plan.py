"""The redistribution plan of a province: move stock from those with plenty to those running short, then ask the centre.

The Dirjen's standing instruction: a province lends stock from its warehouse and from kab/kota above target to kab/kota
below target before it asks the centre. Pure Polars/Python over the unit metrics (metrics.report), per item:

- Targets, shortfalls and surpluses are metrics.targets': a kab/kota is brought up to target_months of its AMC (blangko
  never below the kab/kota minimum); a source gives only what lies above its own target (a warehouse's target is 0).
  Quantities are whole cards, whole ribbons and whole film rolls. Moves never leave the province.
- Greedy rule (few moves): units below target are served most urgent first (fewest days of cover of that item, then
  the largest shortfall, then code); each is filled from the source with the most to spare (the warehouse first on a
  tie), and when that is not enough, topped up from the next. Every move either fills a unit or uses up a source, so a
  plan has at most (units below target + sources − 1) moves per item.
- The province's request to the centre is what remains below target after the moves: max(0, Σ shortfall − Σ surplus),
  the province's suggested_request / ribbon_request / film_request. The country's request is the sum of the provinces'.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import polars as pl

from dashboard import regions
from dashboard.domain import ITEMS, WAREHOUSE
from dashboard.metrics import report
from dashboard.metrics import status as st
from dashboard.metrics import targets as tg
from dashboard.settings import Settings
from dashboard.store import Store, load_settings
from dashboard.text import t

COVER = {"blangko": "days_of_cover", "ribbon": "ribbon_days_of_cover", "film": "film_days_of_cover"}
MOVE_SCHEMA = {"from": pl.String, "to": pl.String, "item": pl.String, "quantity": pl.Int64}


@dataclass(frozen=True)
class Move:
    """One transfer inside a province: from a region code to a region code, an item and a whole quantity."""

    source: str
    target: str
    item: str
    quantity: int


@dataclass(frozen=True)
class Plan:
    """A province's plan at an as-of date: its moves, what it asks of the centre, and its units before and after."""

    region: str
    name: str
    as_of: dt.date | None
    months: float
    moves: tuple[Move, ...]
    request_to_centre: dict[str, int | None]
    units_below_target_before: int
    units_below_target_after: int
    units: pl.DataFrame  # per unit: stock, target and days of cover per item before and after, status before/after

    def as_json(self) -> dict:
        """The plan in the shape `python -m dashboard plan --json` prints."""
        return {
            "region": self.region,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "transfers": [{"from": m.source, "to": m.target, "item": m.item, "quantity": m.quantity}
                          for m in self.moves],
            "request_to_centre": dict(self.request_to_centre),
            "units_below_target_before": self.units_below_target_before,
            "units_below_target_after": self.units_below_target_after,
        }

    def moves_frame(self) -> pl.DataFrame:
        """The moves as rows: from, to, item, quantity (plus names for display)."""
        names = dict(zip(self.units["region_code"], self.units["name"]))
        rows = [(m.source, names.get(m.source), m.target, names.get(m.target), m.item, m.quantity) for m in self.moves]
        return pl.DataFrame(rows, schema={"from_code": pl.String, "from_name": pl.String, "to_code": pl.String,
                                          "to_name": pl.String, "item": pl.String, "quantity": pl.Int64},
                            orient="row")


def greedy(sources: list[tuple[str, int, bool]], sinks: list[tuple[str, int]], item: str) -> list[Move]:
    """Moves filling sinks in the order given from the sources with the most to spare.

    sources: (code, surplus, is_warehouse); sinks: (code, shortfall), most urgent first. Whole quantities only.
    """
    left = {code: int(surplus) for code, surplus, _ in sources if surplus > 0}
    warehouse = {code for code, _, is_wh in sources if is_wh}
    moves = []
    for code, shortfall in sinks:
        need = int(shortfall)
        while need > 0 and left:
            source = min(left, key=lambda c: (-left[c], c not in warehouse, c))
            quantity = min(need, left[source])
            moves.append(Move(source, code, item, quantity))
            need -= quantity
            left[source] -= quantity
            if left[source] == 0:
                del left[source]
    return moves


def redistribute(units: pl.DataFrame, settings: Settings, *, judge: bool = True) -> tuple[list[Move], pl.DataFrame]:
    """The moves inside one province's units (metrics.units_in rows) and each unit's stock after them.

    Returns (moves, units with <stock column>_after for every item and, when judge, days of cover and status after).
    """
    moves: list[Move] = []
    after = {code: {} for code in units["region_code"]}
    for item in ITEMS:
        stock, target, request, surplus = tg.COLUMNS[item]
        rows = units.select("region_code", "level", stock, target, request, surplus, COVER[item]).rows(named=True)
        sources = [(r["region_code"], r[surplus], r["level"] == WAREHOUSE) for r in rows if r[surplus]]
        urgent = sorted((r for r in rows if r[request]),
                        key=lambda r: (r[COVER[item]] is None, r[COVER[item]] or 0.0, -r[request], r["region_code"]))
        item_moves = greedy(sources, [(r["region_code"], r[request]) for r in urgent], item)
        moves += item_moves
        delta = {r["region_code"]: 0 for r in rows}
        for move in item_moves:
            delta[move.source] -= move.quantity
            delta[move.target] += move.quantity
        for r in rows:
            after[r["region_code"]][f"{stock}_after"] = None if r[stock] is None else r[stock] + delta[r["region_code"]]
    frame = units.with_columns(**{
        f"{tg.COLUMNS[item][0]}_after": pl.Series([after[c][f"{tg.COLUMNS[item][0]}_after"] for c in units["region_code"]],
                                                  dtype=pl.Int64) for item in ITEMS})
    return moves, _judged_after(frame, settings) if judge else frame


def _judged_after(frame: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """Days of cover and status after the moves, with the same rules as today's (metrics.status)."""
    burn = pl.col("burn_rate_per_day")

    def cover(stock: pl.Expr, item_burn: str) -> pl.Expr:
        return pl.when(stock == 0).then(0.0).when(pl.col(item_burn) > 0).then(stock / pl.col(item_burn))

    judged = frame.with_columns(_ribbon_burn=pl.when(pl.col("ribbon_stock").is_not_null()).then(burn),
                                _film_burn=pl.when(pl.col("film_stock").is_not_null()).then(burn),
                                _burn=burn)
    after = judged.select(
        "region_code", "level", "burn_rate_per_day",
        stock=pl.col("stock_after"), ribbon_stock=pl.col("ribbon_stock_after"), film_stock=pl.col("film_stock_after"),
        days_of_cover=cover(pl.col("stock_after"), "_burn"),
        ribbon_days_of_cover=cover(pl.col("ribbon_stock_after") * settings.ribbon_yield, "_ribbon_burn"),
        film_days_of_cover=cover(pl.col("film_stock_after") * settings.film_yield, "_film_burn"),
    ).with_columns(**st.item_status_exprs(settings)).with_columns(status=st.worst_expr())
    after = after.select(
        "region_code",
        days_of_cover_after=pl.col("days_of_cover"),
        printable_days_of_cover_after=pl.min_horizontal("days_of_cover", "ribbon_days_of_cover",
                                                        "film_days_of_cover"),
        status_after=pl.col("status"),
    )
    return frame.join(after, on="region_code", how="left")


def _below_target(frame: pl.DataFrame, suffix: str) -> int:
    """Units holding less than their target of any item (known stock and target)."""
    below = pl.any_horizontal([(pl.col(f"{stock}{suffix}") < pl.col(target)).fill_null(False)
                               for stock, target, _, _ in tg.COLUMNS.values()])
    return int(frame.select(below.sum()).item())


def _remaining(frame: pl.DataFrame) -> dict[str, int | None]:
    """Per item: what stays below target after the moves (null when no unit of the province has a known target)."""
    out = {}
    for item, (stock, target, _, _) in tg.COLUMNS.items():
        gap = pl.col(target) - pl.col(f"{stock}_after")
        known = frame.select(gap.is_not_null().sum()).item()
        out[item] = int(frame.select(pl.when(gap > 0).then(gap).otherwise(0).sum()).item()) if known else None
    return out


def plan_units(units: pl.DataFrame, region: str, as_of: dt.date | None, settings: Settings, *,
               judge: bool = True) -> Plan:
    """The plan of one province from its unit rows (metrics.units_in of the province); pure.

    judge=False leaves out the days of cover and status after the moves (the national summary needs counts only).
    """
    moves, after = redistribute(units, settings, judge=judge)
    name = regions.get(region).name if regions.get(region) else region
    return Plan(region=region, name=name, as_of=as_of, months=settings.target_months, moves=tuple(moves),
                request_to_centre=_remaining(after), units_below_target_before=_below_target(after, ""),
                units_below_target_after=_below_target(after, "_after"), units=after)


def check_province(region: str, *, unit_ok: bool = False) -> str:
    """The province code of a plan ('PP'); a kab/kota gives its province when unit_ok. UnknownRegion (Indonesian)
    for 'ID', an unknown code, or a kab/kota otherwise."""
    code = report.check_region(region)
    if unit_ok and "." in code:
        return code.split(".")[0]
    if code == regions.NATIONAL or "." in code:
        raise report.UnknownRegion(t("plan.err.not_province", code=str(region)[:40]))
    return code


def province_plan(store: Store, region: str, as_of: dt.date | None = None, settings: Settings | None = None,
                  months: float | None = None) -> Plan:
    """The redistribution plan of a province (or of a kab/kota's province) at as_of (default: latest), for `months`
    of stock (default: the target_months setting)."""
    code = check_province(region, unit_ok=True)
    settings = settings if settings is not None else load_settings(store)
    if months is not None:
        settings = replace(settings, target_months=float(months))
    as_of = as_of or report.latest_as_of(store)
    return plan_units(report.units_in(store, code, as_of, settings), code, as_of, settings)


def national_plans(store: Store, as_of: dt.date | None = None, settings: Settings | None = None,
                   months: float | None = None) -> pl.DataFrame:
    """Every province's plan in one frame (the national request is their sum).

    Columns: region_code, name, moves, units_below_target_before, units_below_target_after, suggested_request,
    ribbon_request, film_request (each province's request to the centre after its own moves).
    """
    settings = settings if settings is not None else load_settings(store)
    if months is not None:
        settings = replace(settings, target_months=float(months))
    as_of = as_of or report.latest_as_of(store)
    units = report.units_in(store, regions.NATIONAL, as_of, settings)
    rows = []
    for province in regions.provinces():
        plan = plan_units(units.filter(pl.col("province_code") == province.code), province.code, as_of, settings,
                          judge=False)
        rows.append((province.code, province.name, len(plan.moves), plan.units_below_target_before,
                     plan.units_below_target_after, *[plan.request_to_centre[i] for i in ITEMS]))
    return pl.DataFrame(rows, schema={"region_code": pl.String, "name": pl.String, "moves": pl.Int64,
                                      "units_below_target_before": pl.Int64, "units_below_target_after": pl.Int64,
                                      **{tg.COLUMNS[i][2]: pl.Int64 for i in ITEMS}}, orient="row")
