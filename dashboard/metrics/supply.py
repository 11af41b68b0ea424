"""Where each unit's missing stock comes from: the moves of its province's redistribution plan, then the centre.

Per kab/kota and item, its request (metrics.targets: max(0, target − stock)) is met first by the moves into it of
its province's plan (metrics.plan, the same greedy rule the Rencana page and `plan --json` show); what no move covers
is asked of the centre ("minta ke pusat"). Summed over a province's units, the centre's parts equal the province's
request to the centre, so the action list, the plan and the cards agree. A province warehouse has no request of its
own (its target is 0): what it needs is its province's request to the centre, given as such (via 'province').
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

import polars as pl

from dashboard import regions
from dashboard.domain import ITEMS, WAREHOUSE
from dashboard.metrics import report
from dashboard.metrics import targets as tg
from dashboard.metrics.plan import Plan, plan_units
from dashboard.metrics.scope import resolve_settings
from dashboard.settings import Settings
from dashboard.store import Store

SUPPLY_SCHEMA = {"region_code": pl.String, "item": pl.String, "via": pl.String, "source_code": pl.String,
                 "source_name": pl.String, "quantity": pl.Int64}
VIA = ("move", "centre", "province")  # a move inside the province; the unit's own rest from the centre; a warehouse's
# province's request to the centre


def supply_of(plans: Iterable[Plan]) -> pl.DataFrame:
    """Rows (region_code, item, via, source_code, source_name, quantity) of the given plans, whole quantities:
    via 'move': one per move into a unit (its source named); 'centre': what stays short of a unit after the moves;
    'province': for a province warehouse, its province's request to the centre (no source)."""
    rows = []
    for plan in plans:
        names = dict(zip(plan.units["region_code"], plan.units["name"]))
        got: dict[tuple[str, str], int] = {}
        for move in plan.moves:
            rows.append((move.target, move.item, "move", move.source, names.get(move.source), move.quantity))
            got[(move.target, move.item)] = got.get((move.target, move.item), 0) + move.quantity
        warehouses = plan.units.filter(pl.col("level") == WAREHOUSE)["region_code"].to_list()
        for item in ITEMS:
            request = tg.COLUMNS[item][2]
            for code, asked in plan.units.select("region_code", request).iter_rows():
                left = (asked or 0) - got.get((code, item), 0)
                if left > 0:
                    rows.append((code, item, "centre", None, None, left))
            if plan.request_to_centre.get(item):
                rows += [(code, item, "province", None, None, plan.request_to_centre[item]) for code in warehouses]
    return pl.DataFrame(rows, schema=SUPPLY_SCHEMA, orient="row")


def action_supply(store: Store, region: str, as_of: dt.date | None = None,
                  settings: Settings | None = None) -> pl.DataFrame:
    """Where the stock of every unit on metrics.action_list(region) comes from (supply_of rows of those units).

    Only the provinces that hold such a unit are planned (without judging the units after the moves: not shown).
    Row order: the action list's, then item (blangko, ribbon, film), moves largest first, the centre last.
    """
    settings = resolve_settings(store, settings)
    as_of = as_of or report.latest_as_of(store)
    actions = report.action_list(store, region, as_of, settings)
    if actions.is_empty():
        return pl.DataFrame(schema=SUPPLY_SCHEMA)
    code = report.check_region(region)
    units = report.units_in(store, code if code == regions.NATIONAL else code.split(".")[0], as_of, settings)
    plans = [plan_units(units.filter(pl.col("province_code") == province), province, as_of, settings, judge=False)
             for province in actions["province_code"].unique(maintain_order=True).to_list()]
    order = {code: n for n, code in enumerate(actions["region_code"].to_list())}
    supply = supply_of(plans).filter(pl.col("region_code").is_in(list(order)))
    return supply.with_columns(
        _unit=pl.col("region_code").replace_strict(order, return_dtype=pl.Int64),
        _item=pl.col("item").replace_strict({item: n for n, item in enumerate(ITEMS)}, return_dtype=pl.Int64),
        _centre=pl.col("via") != "move",
    ).sort(["_unit", "_item", "_centre", "quantity", "source_code"], descending=[False, False, False, True, False]
           ).drop("_unit", "_item", "_centre")
