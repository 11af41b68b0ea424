"""Ringkasan: the headline cards of a region, its units per status, and the "perlu tindakan" rows (pure).

Nothing here computes a metric: every number comes from dashboard.metrics (region_report / status_counts /
action_list) and is only picked, worded and formatted, so the page shows the library's figures.
"""

from __future__ import annotations

import polars as pl

from dashboard import fmt, metrics
from dashboard.domain import ACTION_STATUSES, NO_STATUS, STATUSES, item_word, status_word
from dashboard.present.cards import STATUS_DELTA, Card, binding_color, binding_delta, is_aggregate, risk_card
from dashboard.settings import Settings
from dashboard.text import t

# Which item is short and how much to send of each, most urgent first (metrics.action_list's order).
ACTION_COLUMNS = ("region_code", "name", "level", "status", "short_items", "stock", "days_of_cover",
                  "printable_days_of_cover", "stockout_since", "stockout_date", "suggested_request", "ribbon_request",
                  "film_request", "prr", "stock_below_prr", "last_report")
_ITEM_COLUMNS = {"blangko": ("blangko_status", "stockout_since", "days_of_cover"),
                 "ribbon": ("ribbon_status", "ribbon_stockout_since", "ribbon_days_of_cover"),
                 "film": ("film_status", "film_stockout_since", "film_days_of_cover")}


def short_items(row: dict) -> str:
    """'film habis sejak 21 Jan 2024, ribbon 4 hari': the items of a unit that are habis or kritis ('' when none)."""
    parts = []
    for item, (status, since, days) in _ITEM_COLUMNS.items():
        value = row.get(status) if status in row else metrics.report_value(row, status)
        if value == "habis":
            parts.append(t("status.item_out_since", item=item_word(item).lower(), date=fmt.date(row.get(since))))
        elif value == "kritis":
            parts.append(t("status.item_cover", item=item_word(item).lower(), days=fmt.days(row.get(days))))
    return ", ".join(parts)


def with_short_items(frame: pl.DataFrame) -> pl.DataFrame:
    """Unit rows with short_items (the 'Barang kurang' column of every action list)."""
    return frame.with_columns(pl.Series("short_items", [short_items(r) for r in frame.iter_rows(named=True)],
                                        dtype=pl.String))


def status_text(report: dict) -> str:
    """'Kritis (ribbon 4 hari)' for a unit whose worst item is not blangko; 'Aman' otherwise."""
    word = status_word(report["status"])
    by_item = report.get("status_by_item") or {}
    items = short_items(report) if report["status"] in ACTION_STATUSES and by_item else ""
    if items and by_item.get("blangko") != report["status"]:
        return t("status.with_item", status=word, items=items)
    return word


def _cover_delta(report: dict) -> str:
    if report["stock"] == 0:
        return t("status.out_since", date=fmt.date(report["stockout_since"]))
    if report["days_of_cover"] is None:
        return t("ringkasan.card.no_use")
    return t("ringkasan.card.stockout", date=fmt.date(report["stockout_date"]))


def request_card(report: dict, settings: Settings) -> Card:
    """What to ask for: a unit's own need; a province's after its own moves; the country's = Σ provinces'.

    The note under the figure names the other items when any is asked for ('2.144 ribbon · 360 rol film'; the
    context moves into the help so a 1366 px tile does not cut it), else the context ('jumlah usulan semua provinsi').
    """
    months = fmt.trimmed(settings.target_months)
    others = [t(f"plan.qty.{item}", n=fmt.number(report[f"{item}_request"])) for item in ("ribbon", "film")
              if report.get(f"{item}_request")]
    if not is_aggregate(report):
        delta = t("ringkasan.card.request_months", months=months)
        label, help_ = t("ringkasan.card.request"), t("ringkasan.card.request_help_unit", months=months)
    else:
        key = "ringkasan.card.request_national" if report["level"] == "nasional" else "ringkasan.card.request_province"
        delta, label = t(key), t("ringkasan.card.request_centre")
        help_ = t("ringkasan.card.request_help_centre", months=months)
    if others:
        help_ = f"{help_} ({delta})"
    return Card(label, fmt.number(report["suggested_request"]), " · ".join(others) if others else delta, "gray",
                help_)


def _coverage_delta(report: dict) -> tuple[str | None, str]:
    pct, target, gap = report["coverage_pct"], report["target_pct"], report["coverage_gap_persons"]
    if pct is None:
        return None, "gray"
    if pct > 100:
        return t("ringkasan.card.coverage_over"), "orange"
    if gap:
        return t("ringkasan.card.coverage_gap", target=fmt.exact_percent(target), gap=fmt.number(gap)), "red"
    return t("ringkasan.card.coverage_ok", target=fmt.exact_percent(target)), "green"


def _cards(report: dict, settings: Settings) -> dict[str, Card]:
    """Every headline card of a region by role: risk (aggregates only), stock, burn, cover, coverage, printable,
    request."""
    status = report["status"]
    pooled = is_aggregate(report)
    stock_help = t("ringkasan.card.stock_help")
    if report["level"] == "provinsi" and report["own_stock"] is not None:
        stock_help += " " + t("ringkasan.card.own_stock", own=fmt.number(report["own_stock"]))
    year = report["as_of"].year if report["as_of"] else ""
    coverage_delta, coverage_color = _coverage_delta(report)
    status_line = (t("ringkasan.card.status_pooled", status=status_word(status)) if pooled
                   else t("ringkasan.card.status", status=status_text(report)))
    cards = {"risk": risk_card(report)} if pooled else {}
    cards.update(
        stock=Card(t("ringkasan.card.stock_pooled") if pooled else t("ringkasan.card.stock"),
                   fmt.number(report["stock"]), status_line, STATUS_DELTA.get(status, "gray"), stock_help),
        burn=Card(t("ringkasan.card.burn"), fmt.rate(report["burn_rate_per_day"]),
                  t("ringkasan.card.amc", amc=fmt.number(report["amc"])) if report["amc"] is not None else None,
                  "gray", t("ringkasan.card.burn_help", days=settings.burn_window_days)),
        cover=Card(t("ringkasan.card.cover_pooled") if pooled else t("ringkasan.card.cover"),
                   fmt.days(report["days_of_cover"]), _cover_delta(report),
                   STATUS_DELTA.get(report["status_by_item"]["blangko"], "gray"), t("ringkasan.card.cover_help")),
        coverage=Card(t("ringkasan.card.coverage"), fmt.percent(report["coverage_pct"]), coverage_delta,
                      coverage_color, t("ringkasan.card.coverage_help", year=year,
                                        target=fmt.exact_percent(report["target_pct"]))),
        printable=Card(t("ringkasan.card.printable"), fmt.number(report["printable_cards"]), binding_delta(report),
                       binding_color(report),
                       t("ringkasan.card.printable_help", ribbon_yield=fmt.number(settings.ribbon_yield),
                         film_yield=fmt.number(settings.film_yield), ribbon=fmt.number(report["ribbon_cards"]),
                         film=fmt.number(report["film_cards"]))),
        request=request_card(report, settings),
    )
    return cards


def summary_cards(report: dict, settings: Settings) -> list[Card]:
    """The Ringkasan headline cards of one metrics.region_report.

    A province or the country leads with its units at risk; its status and days of cover are those of its pooled
    stock and are named so ("stok gabungan"). A unit's status names the item that sets it.
    """
    return list(_cards(report, settings).values())


def _pooled_stock_delta(report: dict) -> str:
    """'cukup 126 hari · stok gabungan Aman' (the pooled stock line of an aggregate's headline)."""
    if report["stock"] == 0 and report.get("stockout_since"):
        return t("first.stock_out", date=fmt.date(report["stockout_since"]))
    if report["days_of_cover"] is None:
        return t("first.no_use")
    return t("first.stock_delta", days=fmt.days(report["days_of_cover"]), status=status_word(report["status"]))


def headline_cards(report: dict, settings: Settings) -> list[Card]:
    """The one row above the action list: an aggregate's units at risk, its pooled stock (how long it lasts) and its
    request to the centre; a unit's stock (its status), how long it lasts and its request."""
    cards = _cards(report, settings)
    if not is_aggregate(report):
        return [cards["stock"], cards["cover"], cards["request"]]
    stock = cards["stock"]
    pooled = Card(stock.label, stock.value, _pooled_stock_delta(report), stock.color, stock.help)
    return [cards["risk"], pooled, cards["request"]]


def other_cards(report: dict, settings: Settings) -> list[Card]:
    """The cards under the action list (tab "Angka lain"): use, cover (aggregates), coverage, printable cards."""
    cards = _cards(report, settings)
    keys = ("burn", "cover", "coverage", "printable") if is_aggregate(report) else ("burn", "coverage", "printable")
    return [cards[k] for k in keys]


def stockout_when(frame: pl.DataFrame) -> pl.DataFrame:
    """Add stockout_when: 'habis sejak 19 Mar 2024' for a unit at 0, else its projected stock-out date (text)."""
    texts = [t("status.out_since", date=fmt.date(since)) if since is not None else fmt.date(date)
             for since, date in zip(frame["stockout_since"].to_list(), frame["stockout_date"].to_list())]
    return frame.with_columns(pl.Series("stockout_when", texts, dtype=pl.String))


def report_note(report: dict, settings: Settings) -> str:
    """'Laporan stok terakhir: 31 Mar 2024 · 0 unit dengan laporan lebih tua dari 45 hari.'"""
    return t("ringkasan.report_note", date=fmt.date(report["last_report"]), stale=fmt.number(report["stale_regions"]),
             days=settings.stale_days)


def has_data(report: dict) -> bool:
    """True when the region has any stock or coverage figure to show."""
    return any(report.get(c) is not None for c in ("stock", "ribbon_stock", "film_stock", "wajib_ktp"))


def status_counts_frame(counts: dict[str, int]) -> pl.DataFrame:
    """metrics.status_counts as rows in severity order: status (None = tanpa data), label, count."""
    keys = [*STATUSES, None]
    return pl.DataFrame({"status": keys, "label": [status_word(s) for s in keys],
                         "count": [int(counts.get(s or NO_STATUS, 0)) for s in keys]},
                        schema={"status": pl.String, "label": pl.String, "count": pl.Int64})


def status_line(counts: dict[str, int]) -> str:
    """'Habis 1 · Kritis 1 · … · Tanpa data 546' (the counts as text beside the chart)."""
    rows = status_counts_frame(counts).iter_rows(named=True)
    return " · ".join(t("ringkasan.status_count", status=r["label"], n=fmt.number(r["count"])) for r in rows)
