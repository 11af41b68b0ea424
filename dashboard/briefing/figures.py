"""The briefing's headline figures as (label, value as printed), and the small formatters its sentences share."""

from __future__ import annotations

import math

from dashboard import fmt, present
from dashboard.briefing.content import Content
from dashboard.text import t

EMPTY = fmt.EMPTY


def is_missing(value: object) -> bool:
    """None or NaN: a number the metrics could not compute."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def target_text(value: float | None) -> str:
    """99.2 -> '99,2%', 99.04 -> '99,04%': a target as the Ringkasan cards show it."""
    return EMPTY if is_missing(value) else fmt.exact_percent(value)


def rate_text(value: float | None) -> str:
    """Cards per day as the Ringkasan card shows them: whole cards, one decimal below 10."""
    return EMPTY if is_missing(value) else fmt.rate(value)


def _unit(key: str, value: object, text: str) -> str:
    """'1.500 keping' for a known value, '–' for an unknown one."""
    return EMPTY if is_missing(value) else t(key, n=text)


def item_label(item: str | None) -> str:
    return t(f"item.{item}") if item else EMPTY


def pooled(c: Content) -> bool:
    """A province or the country: its status and cover are of its pooled stock; its headline is its units at risk."""
    return present.cards.is_aggregate(c.report)


def figures(c: Content) -> list[tuple[str, str]]:
    """The headline figures as (label, value as printed), in print order (an aggregate leads with units at risk)."""
    r = c.report
    coverage = EMPTY if is_missing(r["coverage_pct"]) else t(
        "briefing.val.coverage", pct=fmt.percent(r["coverage_pct"]), target=target_text(r["target_pct"]))
    printable = EMPTY if is_missing(r["printable_cards"]) else t(
        "briefing.val.printable", n=fmt.number(r["printable_cards"]), item=item_label(r["binding_constraint"]))
    stock = _unit("briefing.val.units", r["stock"], fmt.number(r["stock"]))
    cover = fmt.days(r["days_of_cover"])
    if pooled(c):
        # the labels stay those of every briefing; the values say they are the pooled stock's
        counts = r["units_by_status"]
        lead = [(t("ringkasan.card.risk"), t("ringkasan.card.risk_value", habis=fmt.number(counts["habis"]),
                                              kritis=fmt.number(counts["kritis"]))),
                (t("briefing.fig.stock"), stock if is_missing(r["stock"]) else t("briefing.val.pooled", stock=stock))]
        cover = cover if is_missing(r["days_of_cover"]) else t("briefing.val.pooled_cover", days=cover)
    else:
        lead = [(t("briefing.fig.status"), present.ringkasan.status_text(r)), (t("briefing.fig.stock"), stock)]
    stockout = (t("status.out_since", date=fmt.date(r["stockout_since"])) if r["stock"] == 0
                else fmt.date(r["stockout_date"]))
    request_label = t("ringkasan.card.request_centre") if pooled(c) else t("briefing.fig.request")
    return lead + [
        (t("briefing.fig.burn"), _unit("briefing.val.per_day", r["burn_rate_per_day"],
                                       rate_text(r["burn_rate_per_day"]))),
        (t("briefing.fig.cover"), cover),
        (t("briefing.fig.stockout"), stockout),
        (request_label, _unit("briefing.val.units", r["suggested_request"], fmt.number(r["suggested_request"]))),
        (t("briefing.fig.coverage"), coverage),
        (t("briefing.fig.gap"), _unit("briefing.val.persons", r["coverage_gap_persons"],
                                      fmt.number(r["coverage_gap_persons"]))),
        (t("briefing.fig.ribbon"), fmt.days(r["ribbon_days_of_cover"])),
        (t("briefing.fig.film"), fmt.days(r["film_days_of_cover"])),
        (t("briefing.fig.printable"), printable),
        (t("briefing.fig.prr"), fmt.number(r["prr"])),
    ]
