"""Headline cards and display rows of the Ringkasan, Stok and Ribbon & film pages (pure: metrics in, text out).

Nothing here computes a metric: every number comes from dashboard.metrics.report (region_report / region_table /
action_list / status_counts) and is only picked, worded and formatted, so the pages show the library's figures.
Specs are (library column, text key of the label, exports kind) for dashboard.ui.widgets.display.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from dashboard import fmt
from dashboard.domain import ITEMS, STATUSES, WAREHOUSE
from dashboard.settings import Settings
from dashboard.text import t

# st.metric delta colours nearest to charts.STATUS_COLORS (st.metric takes only its named palette).
STATUS_DELTA = {"habis": "violet", "kritis": "red", "waspada": "orange", "aman": "blue", "berlebih": "blue",
                None: "gray"}


@dataclass(frozen=True)
class Card:
    """One st.metric: label, value text, an optional delta line (coloured, no arrow) and help."""

    label: str
    value: str
    delta: str | None = None
    color: str = "gray"
    help: str | None = None


# One format each, defined in fmt (kept here under their old names for the page and briefing code).
trimmed = fmt.trimmed
exact_pct = fmt.exact_percent
rate = fmt.rate


def status_word(status: str | None) -> str:
    return t(f"status.{status}") if status else t("status.tanpa_data")


def item_word(item: str | None) -> str | None:
    return t(f"item.{item}") if item else None


def level_word(level: str | None) -> str | None:
    if level is None:
        return None
    return t("ringkasan.level.gudang") if level == WAREHOUSE else t(f"level.{level}")


def _binding_delta(report: dict) -> str | None:
    item = report.get("binding_constraint")
    if item is None:
        return None
    # A missing item cannot bind, so "Blangko" may only mean the others are unknown: say which.
    unknown = [item_word(i).lower() for i in ("ribbon", "film") if report.get(f"{i}_cards") is None]
    if unknown:
        return t("ringkasan.card.binding_note", item=item_word(item), unknown=t("ringkasan.and").join(unknown))
    return t("ringkasan.card.binding", item=item_word(item))


def _cover_delta(report: dict) -> str:
    if report["days_of_cover"] is None:
        return t("ringkasan.card.no_use")
    if report["stock"] == 0:
        return t("ringkasan.card.out_now")
    return t("ringkasan.card.stockout", date=fmt.date(report["stockout_date"]))


def _coverage_delta(report: dict) -> tuple[str | None, str]:
    pct, target, gap = report["coverage_pct"], report["target_pct"], report["coverage_gap_persons"]
    if pct is None:
        return None, "gray"
    if pct > 100:
        return t("ringkasan.card.coverage_over"), "orange"
    if gap:
        return t("ringkasan.card.coverage_gap", target=exact_pct(target), gap=fmt.number(gap)), "red"
    return t("ringkasan.card.coverage_ok", target=exact_pct(target)), "green"


def summary_cards(report: dict, settings: Settings) -> list[Card]:
    """The Ringkasan headline cards of one metrics.region_report."""
    status = report["status"]
    stock_help = t("ringkasan.card.stock_help")
    if report["level"] == "provinsi" and report["own_stock"] is not None:
        stock_help += " " + t("ringkasan.card.own_stock", own=fmt.number(report["own_stock"]))
    year = report["as_of"].year if report["as_of"] else ""
    coverage_delta, coverage_color = _coverage_delta(report)
    return [
        Card(t("ringkasan.card.stock"), fmt.number(report["stock"]),
             t("ringkasan.card.status", status=status_word(status)), STATUS_DELTA.get(status, "gray"), stock_help),
        Card(t("ringkasan.card.burn"), rate(report["burn_rate_per_day"]),
             t("ringkasan.card.amc", amc=fmt.number(report["amc"])) if report["amc"] is not None else None,
             "gray", t("ringkasan.card.burn_help", days=settings.burn_window_days)),
        Card(t("ringkasan.card.cover"), fmt.days(report["days_of_cover"]), _cover_delta(report),
             STATUS_DELTA.get(status, "gray"), t("ringkasan.card.cover_help")),
        Card(t("ringkasan.card.coverage"), fmt.percent(report["coverage_pct"]), coverage_delta, coverage_color,
             t("ringkasan.card.coverage_help", year=year, target=exact_pct(report["target_pct"]))),
        Card(t("ringkasan.card.printable"), fmt.number(report["printable_cards"]), _binding_delta(report),
             "orange" if report["binding_constraint"] in ("ribbon", "film") else "gray",
             t("ringkasan.card.printable_help", ribbon_yield=fmt.number(settings.ribbon_yield),
               film_yield=fmt.number(settings.film_yield), ribbon=fmt.number(report["ribbon_cards"]),
               film=fmt.number(report["film_cards"]))),
        Card(t("ringkasan.card.request"), fmt.number(report["suggested_request"]),
             t("ringkasan.card.request_months", months=trimmed(settings.target_months)), "gray",
             t("ringkasan.card.request_help", months=trimmed(settings.target_months))),
    ]


def report_note(report: dict, settings: Settings) -> str:
    """'Laporan stok terakhir: 31 Mar 2024 · 0 unit dengan laporan lebih tua dari 45 hari.'"""
    return t("ringkasan.report_note", date=fmt.date(report["last_report"]), stale=fmt.number(report["stale_regions"]),
             days=settings.stale_days)


def _item_delta(cards: int | None, days: float | None) -> str:
    if cards is None:
        return t("rf.card.no_data")
    text = t("rf.card.cards", cards=fmt.number(cards))
    return text if days is None else f"{text} · {t('rf.card.cover', days=fmt.days(days))}"


def supply_cards(report: dict) -> list[Card]:
    """The Ribbon & film headline cards: each item's stock and cards, what binds, what the blank stock needs."""
    needed_help = t("rf.card.needed_help", stock=fmt.number(report["stock"]))
    binding = report["binding_constraint"]
    return [
        Card(t("rf.card.ribbon"), fmt.number(report["ribbon_stock"]),
             _item_delta(report["ribbon_cards"], report["ribbon_days_of_cover"])),
        Card(t("rf.card.film"), fmt.number(report["film_stock"]),
             _item_delta(report["film_cards"], report["film_days_of_cover"])),
        Card(t("ringkasan.card.printable"), fmt.number(report["printable_cards"]), _binding_delta(report),
             "orange" if binding in ("ribbon", "film") else "gray"),
        Card(t("rf.card.ribbon_needed"), fmt.number(report["ribbons_needed_for_stock"]),
             t("rf.card.have", have=fmt.number(report["ribbon_stock"])), help=needed_help),
        Card(t("rf.card.film_needed"), fmt.number(report["films_needed_for_stock"]),
             t("rf.card.have", have=fmt.number(report["film_stock"])), help=needed_help),
    ]


def has_data(report: dict) -> bool:
    """True when the region has any stock or coverage figure to show."""
    return any(report.get(c) is not None for c in ("stock", "ribbon_stock", "film_stock", "wajib_ktp"))


def has_items(report: dict) -> bool:
    """True when the region has a blangko, ribbon or film figure (what the Ribbon & film page shows)."""
    return any(report.get(c) is not None for c in ("stock", "ribbon_stock", "film_stock"))


def has_stock(table: pl.DataFrame) -> bool:
    """True when any row of a region_table has a blank stock figure."""
    return table.height > 0 and table["stock"].null_count() < table.height


def status_counts_frame(counts: dict[str, int]) -> pl.DataFrame:
    """metrics.status_counts as rows in severity order: status (None = tanpa data), label, count."""
    keys = [*STATUSES, None]
    return pl.DataFrame({"status": keys, "label": [status_word(s) for s in keys],
                         "count": [int(counts.get(s or "tanpa_data", 0)) for s in keys]},
                        schema={"status": pl.String, "label": pl.String, "count": pl.Int64})


def status_line(counts: dict[str, int]) -> str:
    """'Habis 1 · Kritis 1 · … · Tanpa data 546' (the counts as text beside the chart)."""
    rows = status_counts_frame(counts).iter_rows(named=True)
    return " · ".join(t("ringkasan.status_count", status=r["label"], n=fmt.number(r["count"])) for r in rows)


def _worded(frame: pl.DataFrame) -> pl.DataFrame:
    """Codes in cells as words: level, binding item, stock < PRR (Ya/Tidak)."""
    out = frame
    if "level" in out.columns:
        out = out.with_columns(pl.col("level").map_elements(level_word, return_dtype=pl.String))
    if "binding_constraint" in out.columns:
        out = out.with_columns(pl.col("binding_constraint").map_elements(item_word, return_dtype=pl.String))
    if "stock_below_prr" in out.columns:
        out = out.with_columns(pl.col("stock_below_prr").replace_strict(
            {True: t("ringkasan.yes"), False: t("ringkasan.no")}, default=None, return_dtype=pl.String))
    return out


_KEYS = (("region_code", "col.region_code", "text"), ("name", "col.region", "text"), ("level", "col.level", "text"))
ACTION_SPEC = (*_KEYS, ("status", "col.status", "status"), ("stock", "col.stock", "int"),
               ("burn_rate_per_day", "col.burn_rate_per_day", "rate"), ("days_of_cover", "col.days_of_cover", "days"),
               ("stockout_date", "col.stockout_date", "date"), ("prr", "col.prr", "int"),
               ("stock_below_prr", "col.stock_below_prr", "text"),
               ("suggested_request", "col.suggested_request", "int"), ("last_report", "col.last_report", "date"))
STOCK_SPEC = (*_KEYS, ("status", "col.status", "status"), ("stock", "col.stock", "int"),
              ("own_stock", "col.own_stock", "int"), ("burn_rate_per_day", "col.burn_rate_per_day", "rate"),
              ("days_of_cover", "col.days_of_cover", "days"), ("stockout_date", "col.stockout_date", "date"),
              ("amc", "col.amc", "int"), ("months_of_stock", "col.months_of_stock", "dec1"),
              ("suggested_request", "col.suggested_request", "int"), ("prr", "col.prr", "int"),
              ("last_report", "col.last_report", "date"))
SUPPLY_SPEC = (*_KEYS[:2], ("stock", "col.stock", "int"), ("ribbon_stock", "col.ribbon_stock", "int"),
               ("ribbon_cards", "col.ribbon_cards", "int"),
               ("ribbon_days_of_cover", "col.ribbon_days_of_cover", "days"),
               ("ribbons_needed_for_stock", "col.ribbons_needed_for_stock", "int"),
               ("film_stock", "col.film_stock", "int"), ("film_cards", "col.film_cards", "int"),
               ("film_days_of_cover", "col.film_days_of_cover", "days"),
               ("films_needed_for_stock", "col.films_needed_for_stock", "int"),
               ("printable_cards", "col.printable_cards", "int"),
               ("binding_constraint", "col.binding_constraint", "text"),
               ("notes", "col.notes", "text"))


def action_rows(frame: pl.DataFrame) -> pl.DataFrame:
    """metrics.action_list rows, worded (order kept: most urgent first)."""
    return _worded(frame)


def stock_rows(frame: pl.DataFrame, region: str) -> pl.DataFrame:
    """metrics.region_table rows for the Stok table; own stock is a column only under 'ID' (provinces' warehouses:
    for a kab/kota or a warehouse row it would repeat the stock)."""
    out = _worded(frame)
    return out if region == "ID" else out.drop("own_stock")


def supply_rows(frame: pl.DataFrame) -> pl.DataFrame:
    """metrics.region_table rows for the Ribbon & film table, with a note where ribbon or film has no data
    (a missing item cannot bind, so 'Blangko' as binding item may only mean the others are unknown)."""
    notes = [
        "; ".join(text for missing, text in ((has_stock and ribbon is None, t("rf.note.no_ribbon")),
                                             (has_stock and film is None, t("rf.note.no_film"))) if missing)
        for has_stock, ribbon, film in zip(frame["stock"].is_not_null().to_list(), frame["ribbon_stock"].to_list(),
                                           frame["film_stock"].to_list())
    ]
    return _worded(frame).with_columns(pl.Series("notes", notes, dtype=pl.String))


def binding_counts(frame: pl.DataFrame) -> list[tuple[str, int]]:
    """How many rows each item binds, in item order, items that bind nowhere left out: [('Blangko', 3), …]."""
    counts = dict(frame.filter(pl.col("binding_constraint").is_not_null())
                  .group_by("binding_constraint").len().iter_rows())
    return [(item_word(item), int(counts[item])) for item in ITEMS if counts.get(item)]


def drill_options(frame: pl.DataFrame) -> dict[str, str]:
    """Code -> label of the regions a region_table lets you open: provinces, or a province's kab/kota."""
    rows = frame.filter(pl.col("level") != WAREHOUSE)
    return {r["region_code"]: f"{r['name']} ({r['region_code']}) · {status_word(r['status'])}"
            for r in rows.iter_rows(named=True)}
