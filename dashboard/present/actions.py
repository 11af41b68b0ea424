"""The "perlu tindakan" rows as an official reads them: the unit, its status, the short item, and what to send from
where (pure: metrics.action_list and metrics.action_supply in; rows, a display frame and HTML out).

Every number is the library's: the short items and dates of metrics.action_list, the quantities and sources of
metrics.action_supply (the province's redistribution plan first, then the centre). The HTML is a compact table for
wide screens and one card per unit for phones (classes in ui/screen.css); names are escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import polars as pl

from dashboard import fmt
from dashboard.domain import ITEMS, WAREHOUSE, level_word, status_word
from dashboard.present.palette import DARK_STATUSES, STATUS_COLORS
from dashboard.present.ringkasan import ACTION_COLUMNS, short_items
from dashboard.present.tables import Table, display
from dashboard.text import t


@dataclass(frozen=True)
class ActionRow:
    """One unit that needs action: who, how bad, which item, and one line per item to send."""

    code: str
    name: str
    level: str
    status: str | None
    problem: str
    sends: tuple[str, ...]


def _qty(item: str, n: int | None) -> str:
    return t(f"plan.qty.{item}", n=fmt.number(n))


def send_line(item: str, parts: list[dict]) -> str:
    """'73 ribbon: 42 dari Gudang Provinsi Jawa Barat, 31 minta ke pusat'; one source: '9.132 keping dari Gudang
    Provinsi Kalimantan Utara'; the centre alone: '10 rol film: minta ke pusat'."""
    total = sum(p["quantity"] for p in parts)
    words = []
    for p in parts:
        if p["via"] == "move":
            words.append(t("act.from", n=fmt.number(p["quantity"]), source=p["source_name"] or p["source_code"]))
        else:
            words.append(t(f"act.{p['via']}", n=fmt.number(p["quantity"])))
    if len(parts) == 1 and parts[0]["via"] == "move":
        return t("act.single", qty=_qty(item, total), source=parts[0]["source_name"] or parts[0]["source_code"])
    if len(parts) == 1:
        return t(f"act.{parts[0]['via']}_only", qty=_qty(item, total))
    return t("act.many", qty=_qty(item, total), parts=", ".join(words))


def _sends(row: dict, supply: list[dict]) -> tuple[str, ...]:
    lines = [send_line(item, [p for p in supply if p["item"] == item]) for item in ITEMS
             if any(p["item"] == item for p in supply)]
    if lines:
        return tuple(lines)
    if row["level"] == WAREHOUSE:
        return (t("act.none_warehouse"),)
    asked = [row.get(c) for c in ("suggested_request", "ribbon_request", "film_request")]
    return (t("act.none_unknown"),) if all(a is None for a in asked) else (t("act.none_target"),)


def _problem(row: dict) -> str:
    text = short_items(row)
    if row.get("stock_below_prr"):
        prr = t("act.below_prr", stock=fmt.number(row["stock"]), prr=fmt.number(row["prr"]))
        text = f"{text}; {prr}" if text else prr
    return text


def action_rows(actions: pl.DataFrame, supply: pl.DataFrame) -> list[ActionRow]:
    """metrics.action_list rows (most urgent first) with their metrics.action_supply lines."""
    by_unit: dict[str, list[dict]] = {}
    for part in supply.iter_rows(named=True):
        by_unit.setdefault(part["region_code"], []).append(part)
    return [ActionRow(code=r["region_code"], name=r["name"], level=level_word(r["level"]), status=r["status"],
                      problem=_problem(r), sends=_sends(r, by_unit.get(r["region_code"], [])))
            for r in actions.iter_rows(named=True)]


def detail_table(actions: pl.DataFrame, supply: pl.DataFrame) -> Table:
    """The full action list as a display frame (ACTION_COLUMNS) with the 'Kirim (dari mana)' text beside the
    short items: the screen's table and its CSV/Excel."""
    rows = action_rows(actions, supply)
    frame = actions.with_columns(pl.Series("short_items", [short_items(r) for r in actions.iter_rows(named=True)],
                                           dtype=pl.String))
    shown, kinds = display(frame, ACTION_COLUMNS)
    label = t("act.col.send")
    position = shown.columns.index(t("col.short_items")) + 1 if t("col.short_items") in shown.columns else 0
    shown = shown.insert_column(position, pl.Series(label, ["; ".join(r.sends) for r in rows], dtype=pl.String))
    return shown, {**kinds, label: "text"}


def _badge(status: str | None) -> str:
    key = status if status in STATUS_COLORS else None
    colour = "white" if key in DARK_STATUSES else "#1a1a1a"
    return (f'<span class="ektp-badge" style="background:{STATUS_COLORS[key]};color:{colour}">'
            f"{html.escape(status_word(key))}</span>")


def _lines(lines: tuple[str, ...]) -> str:
    return "".join(f"<div>{html.escape(line)}</div>" for line in lines)


def html_table(rows: list[ActionRow]) -> str:
    """Wide screens: a compact table (unit, status, short item, what to send from where) that wraps, never scrolls
    sideways."""
    head = "".join(f"<th>{html.escape(t(k))}</th>" for k in ("act.col.unit", "act.col.status", "col.short_items",
                                                               "act.col.send"))
    body = "".join(
        f'<tr><td><b>{html.escape(r.name)}</b><div class="ektp-sub">{html.escape(r.code)} · {html.escape(r.level)}'
        f"</div></td><td>{_badge(r.status)}</td><td>{html.escape(r.problem)}</td><td>{_lines(r.sends)}</td></tr>"
        for r in rows)
    return f'<table class="ektp-actions"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def html_cards(rows: list[ActionRow]) -> str:
    """Phones: one card per unit, status and name on top, the short item, then a line per item to send."""
    cards = "".join(
        f'<div class="ektp-card"><div class="ektp-card-head">{_badge(r.status)} <b>{html.escape(r.name)}</b> '
        f'<span class="ektp-sub">{html.escape(r.code)}</span></div>'
        f'<div class="ektp-card-problem">{html.escape(r.problem)}</div>'
        + "".join(f'<div class="ektp-card-send">{html.escape(t("act.send_label"))} {html.escape(line)}</div>'
                  for line in r.sends)
        + "</div>"
        for r in rows)
    return f'<div class="ektp-cards">{cards}</div>'
