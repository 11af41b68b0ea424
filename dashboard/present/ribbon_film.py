"""Ribbon & film: each item's stock and the cards it allows, which item binds, what the blank stock needs (pure)."""

from __future__ import annotations

import polars as pl

from dashboard import fmt
from dashboard.domain import ITEMS, item_word, status_word
from dashboard.present.cards import STATUS_DELTA, Card, binding_color, binding_delta
from dashboard.text import t

SUPPLY_COLUMNS = ("region_code", "name", "status", "stock", "ribbon_stock", "ribbon_cards", "ribbon_days_of_cover",
                  "ribbon_status", "ribbon_request", "ribbons_needed_for_stock", "film_stock", "film_cards",
                  "film_days_of_cover", "film_status", "film_request", "films_needed_for_stock", "printable_cards",
                  "printable_days_of_cover", "binding_constraint", "notes")


def has_items(report: dict) -> bool:
    """True when the region has a blangko, ribbon or film figure (what the Ribbon & film page shows)."""
    return any(report.get(c) is not None for c in ("stock", "ribbon_stock", "film_stock"))


def _item_delta(cards: int | None, days: float | None, status: str | None = None) -> str:
    if cards is None:
        return t("rf.card.no_data")
    text = t("rf.card.cards", cards=fmt.number(cards))
    text = text if days is None else f"{text} · {t('rf.card.cover', days=fmt.days(days))}"
    return text if status is None else f"{text} · {status_word(status)}"


def supply_cards(report: dict) -> list[Card]:
    """The Ribbon & film headline cards: each item's stock and cards, what binds, what the blank stock needs."""
    needed_help = t("rf.card.needed_help", stock=fmt.number(report["stock"]))
    return [
        Card(t("rf.card.ribbon"), fmt.number(report["ribbon_stock"]),
             _item_delta(report["ribbon_cards"], report["ribbon_days_of_cover"], report["status_by_item"]["ribbon"]),
             STATUS_DELTA.get(report["status_by_item"]["ribbon"], "gray")),
        Card(t("rf.card.film"), fmt.number(report["film_stock"]),
             _item_delta(report["film_cards"], report["film_days_of_cover"], report["status_by_item"]["film"]),
             STATUS_DELTA.get(report["status_by_item"]["film"], "gray")),
        Card(t("ringkasan.card.printable"), fmt.number(report["printable_cards"]), binding_delta(report),
             binding_color(report)),
        Card(t("rf.card.ribbon_needed"), fmt.number(report["ribbons_needed_for_stock"]),
             t("rf.card.have", have=fmt.number(report["ribbon_stock"])), help=needed_help),
        Card(t("rf.card.film_needed"), fmt.number(report["films_needed_for_stock"]),
             t("rf.card.have", have=fmt.number(report["film_stock"])), help=needed_help),
    ]


def supply_rows(frame: pl.DataFrame) -> pl.DataFrame:
    """metrics.region_table rows with a note where ribbon or film has no data (a missing item cannot bind, so
    'Blangko' as binding item may only mean the others are unknown)."""
    notes = [
        "; ".join(text for missing, text in ((has_stock and ribbon is None, t("rf.note.no_ribbon")),
                                             (has_stock and film is None, t("rf.note.no_film"))) if missing)
        for has_stock, ribbon, film in zip(frame["stock"].is_not_null().to_list(), frame["ribbon_stock"].to_list(),
                                           frame["film_stock"].to_list())
    ]
    return frame.with_columns(pl.Series("notes", notes, dtype=pl.String))


def binding_counts(frame: pl.DataFrame) -> list[tuple[str, int]]:
    """How many rows each item binds, in item order, items that bind nowhere left out: [('Blangko', 3), …]."""
    counts = dict(frame.filter(pl.col("binding_constraint").is_not_null())
                  .group_by("binding_constraint").len().iter_rows())
    return [(item_word(item), int(counts[item])) for item in ITEMS if counts.get(item)]
