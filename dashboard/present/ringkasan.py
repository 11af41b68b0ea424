"""Ringkasan: the headline cards of a region, its units per status, and the "perlu tindakan" rows (pure).

Nothing here computes a metric: every number comes from dashboard.metrics (region_report / status_counts /
action_list) and is only picked, worded and formatted, so the page shows the library's figures.
"""

from __future__ import annotations

import polars as pl

from dashboard import fmt
from dashboard.domain import NO_STATUS, STATUSES, status_word
from dashboard.present.cards import STATUS_DELTA, Card, binding_color, binding_delta
from dashboard.settings import Settings
from dashboard.text import t

ACTION_COLUMNS = ("region_code", "name", "level", "status", "stock", "burn_rate_per_day", "days_of_cover",
                  "stockout_date", "stockout_since", "prr", "stock_below_prr", "suggested_request", "last_report")


def _cover_delta(report: dict) -> str:
    if report["days_of_cover"] is None:
        return t("ringkasan.card.no_use")
    if report["stock"] == 0:
        return t("status.out_since", date=fmt.date(report["stockout_since"]))
    return t("ringkasan.card.stockout", date=fmt.date(report["stockout_date"]))


def _coverage_delta(report: dict) -> tuple[str | None, str]:
    pct, target, gap = report["coverage_pct"], report["target_pct"], report["coverage_gap_persons"]
    if pct is None:
        return None, "gray"
    if pct > 100:
        return t("ringkasan.card.coverage_over"), "orange"
    if gap:
        return t("ringkasan.card.coverage_gap", target=fmt.exact_percent(target), gap=fmt.number(gap)), "red"
    return t("ringkasan.card.coverage_ok", target=fmt.exact_percent(target)), "green"


def summary_cards(report: dict, settings: Settings) -> list[Card]:
    """The Ringkasan headline cards of one metrics.region_report."""
    status = report["status"]
    stock_help = t("ringkasan.card.stock_help")
    if report["level"] == "provinsi" and report["own_stock"] is not None:
        stock_help += " " + t("ringkasan.card.own_stock", own=fmt.number(report["own_stock"]))
    year = report["as_of"].year if report["as_of"] else ""
    coverage_delta, coverage_color = _coverage_delta(report)
    months = fmt.trimmed(settings.target_months)
    return [
        Card(t("ringkasan.card.stock"), fmt.number(report["stock"]),
             t("ringkasan.card.status", status=status_word(status)), STATUS_DELTA.get(status, "gray"), stock_help),
        Card(t("ringkasan.card.burn"), fmt.rate(report["burn_rate_per_day"]),
             t("ringkasan.card.amc", amc=fmt.number(report["amc"])) if report["amc"] is not None else None,
             "gray", t("ringkasan.card.burn_help", days=settings.burn_window_days)),
        Card(t("ringkasan.card.cover"), fmt.days(report["days_of_cover"]), _cover_delta(report),
             STATUS_DELTA.get(status, "gray"), t("ringkasan.card.cover_help")),
        Card(t("ringkasan.card.coverage"), fmt.percent(report["coverage_pct"]), coverage_delta, coverage_color,
             t("ringkasan.card.coverage_help", year=year, target=fmt.exact_percent(report["target_pct"]))),
        Card(t("ringkasan.card.printable"), fmt.number(report["printable_cards"]), binding_delta(report),
             binding_color(report),
             t("ringkasan.card.printable_help", ribbon_yield=fmt.number(settings.ribbon_yield),
               film_yield=fmt.number(settings.film_yield), ribbon=fmt.number(report["ribbon_cards"]),
               film=fmt.number(report["film_cards"]))),
        Card(t("ringkasan.card.request"), fmt.number(report["suggested_request"]),
             t("ringkasan.card.request_months", months=months), "gray",
             t("ringkasan.card.request_help", months=months)),
    ]


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
