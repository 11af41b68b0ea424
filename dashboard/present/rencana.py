"""Rencana distribusi: a province's plan as tiles, tables and a workbook (pure: metrics.province_plan in)."""

from __future__ import annotations

import html

import polars as pl

from dashboard import fmt
from dashboard.domain import ITEMS, item_word
from dashboard.present import exports
from dashboard.present.cards import Card
from dashboard.present.tables import Table, display
from dashboard.text import t

MOVE_COLUMNS = ("from_name", "to_name", "item", "quantity", "qty_unit")
UNIT_COLUMNS = ("region_code", "name", "level", "status", "status_after", "stock", "stock_after", "target_stock",
                "ribbon_stock", "ribbon_stock_after", "ribbon_target", "film_stock", "film_stock_after", "film_target",
                "days_of_cover", "days_of_cover_after", "printable_days_of_cover", "printable_days_of_cover_after")
NATIONAL_COLUMNS = ("region_code", "name", "moves", "units_below_target_before", "units_below_target_after",
                    "suggested_request", "ribbon_request", "film_request")


def quantity_text(item: str, quantity: int | None) -> str:
    """'9.132 keping', '24 ribbon', '11 rol film'."""
    return t(f"plan.qty.{item}", n=fmt.number(quantity))


def tiles(plan) -> list[Card]:
    """Moves, units below target before → after, and what is asked of the centre per item."""
    out = [Card(t("rencana.tile.moves"), fmt.number(len(plan.moves))),
           Card(t("rencana.tile.below"), t("rencana.tile.below_value", before=fmt.number(plan.units_below_target_before),
                                           after=fmt.number(plan.units_below_target_after)),
                t("rencana.tile.below_delta"), "red" if plan.units_below_target_after else "green")]
    for item in ITEMS:
        value = plan.request_to_centre[item]
        out.append(Card(t("rencana.tile.centre", item=item_word(item).lower()),
                        fmt.EMPTY if value is None else quantity_text(item, value), t("rencana.tile.centre_delta"),
                        "orange" if value else "gray"))
    return out


def has_data(plan) -> bool:
    """True when any unit of the province has a stock figure of any item."""
    units = plan.units
    return units.height > 0 and any(units[c].null_count() < units.height
                                    for c in ("stock", "ribbon_stock", "film_stock"))


def unit_moves_text(plan, code: str) -> str:
    """What one kab/kota receives and sends in its province's plan, in words."""
    names = dict(zip(plan.units["region_code"], plan.units["name"]))
    parts = []
    for m in plan.moves:
        if m.target == code:
            parts.append(t("rencana.receive", quantity=quantity_text(m.item, m.quantity), other=names.get(m.source)))
        elif m.source == code:
            parts.append(t("rencana.send", quantity=quantity_text(m.item, m.quantity), other=names.get(m.target)))
    name = names.get(code, code)
    return t("rencana.unit_moves", name=name, moves="; ".join(parts)) if parts else t("rencana.unit_no_moves",
                                                                                       name=name)


def moves_cards(plan, limit: int | None = None) -> str:
    """The first `limit` moves as phone lines (HTML, classes in ui/screen.css): '9.132 keping: Gudang Provinsi … →
    Kabupaten Bulungan'."""
    names = dict(zip(plan.units["region_code"], plan.units["name"]))
    texts = [t("phone.move", qty=quantity_text(m.item, m.quantity), source=names.get(m.source, m.source),
               target=names.get(m.target, m.target)) for m in plan.moves[:limit]]
    lines = "".join(f'<div class="ektp-card">{html.escape(text)}</div>' for text in texts)
    return f'<div class="ektp-cards">{lines}</div>'


def moves_table(plan) -> Table:
    """One row per move: from, to, item, quantity and its unit."""
    frame = plan.moves_frame().with_columns(
        qty_unit=pl.col("item").replace_strict({i: t(f"plan.unit.{i}") for i in ITEMS}, return_dtype=pl.String))
    return display(frame, MOVE_COLUMNS)


def units_table(plan) -> Table:
    """Every unit of the province before and after the moves, the ones that give or receive first."""
    frame = plan.units
    moved = {m.source for m in plan.moves} | {m.target for m in plan.moves}
    frame = frame.with_columns(_moved=pl.col("region_code").is_in(sorted(moved)))
    frame = frame.sort(["_moved", "printable_days_of_cover", "name"], descending=[True, False, False],
                       nulls_last=True).drop("_moved")
    return display(frame, UNIT_COLUMNS)


def _worst_first(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.sort(["units_below_target_after", "suggested_request", "units_below_target_before", "name"],
                      descending=[True, True, True, False], nulls_last=True)


def national_table(frame: pl.DataFrame) -> Table:
    """metrics.national_plans: provinces with units below target after their own moves first."""
    return display(_worst_first(frame), NATIONAL_COLUMNS)


def national_totals(frame: pl.DataFrame) -> dict[str, str]:
    """The national request per item: the sum of the provinces' (text)."""
    return {item: fmt.number(frame[col].sum()) for item, col in zip(ITEMS, ("suggested_request", "ribbon_request",
                                                                            "film_request"))}


def province_order(frame: pl.DataFrame) -> list[str]:
    """Province codes for the picker: most units below target after their own moves first."""
    return _worst_first(frame)["region_code"].to_list()


def summary_frame(plan) -> pl.DataFrame:
    """The workbook's summary sheet as text rows (measure, value)."""
    rows = [(t("rencana.summary.region"), f"{plan.name} ({plan.region})"),
            (t("rencana.summary.as_of"), fmt.date(plan.as_of)),
            (t("rencana.summary.months"), fmt.trimmed(plan.months)),
            (t("rencana.summary.moves"), fmt.number(len(plan.moves))),
            (t("rencana.summary.below_before"), fmt.number(plan.units_below_target_before)),
            (t("rencana.summary.below_after"), fmt.number(plan.units_below_target_after))]
    rows += [(t("rencana.summary.centre", item=item_word(i).lower(), unit=t(f"plan.unit.{i}")),
              fmt.number(plan.request_to_centre[i])) for i in ITEMS]
    columns = [t("rencana.col.item"), t("rencana.col.value")]
    return pl.DataFrame(rows, schema={c: pl.String for c in columns}, orient="row")


def workbook(plan) -> bytes:
    """The plan as an Excel workbook: summary, moves and units before/after (the screen's columns and values)."""
    moves, move_kinds = moves_table(plan)
    units, unit_kinds = units_table(plan)
    sheets = {t("rencana.sheet.summary"): summary_frame(plan), t("rencana.sheet.moves"): moves,
              t("rencana.sheet.units"): units}
    return exports.to_xlsx_bytes(sheets, {**move_kinds, **unit_kinds})
