"""Headline cards (st.metric tiles) as data: label, value text, a coloured word line and help; shared by pages."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard import fmt
from dashboard.domain import item_word
from dashboard.text import t

# st.metric delta colours nearest to charts.STATUS_COLORS (st.metric takes only its named palette).
STATUS_DELTA = {"habis": "violet", "kritis": "red", "waspada": "orange", "aman": "blue", "berlebih": "blue",
                None: "gray"}
AGGREGATE_LEVELS = ("provinsi", "nasional")


@dataclass(frozen=True)
class Card:
    """One st.metric: label, value text, an optional delta line (coloured, no arrow) and help."""

    label: str
    value: str
    delta: str | None = None
    color: str = "gray"
    help: str | None = None


def binding_delta(report: dict) -> str | None:
    """'Pembatas: Ribbon' under the printable-cards figure, naming the items that have no data."""
    item = report.get("binding_constraint")
    if item is None:
        return None
    # A missing item cannot bind, so "Blangko" may only mean the others are unknown: say which.
    unknown = [item_word(i).lower() for i in ("ribbon", "film") if report.get(f"{i}_cards") is None]
    if unknown:
        return t("ringkasan.card.binding_note", item=item_word(item), unknown=t("ringkasan.and").join(unknown))
    return t("ringkasan.card.binding", item=item_word(item))


def binding_color(report: dict) -> str:
    """Orange when ribbon or film, not blank cards, limits what can be printed."""
    return "orange" if report.get("binding_constraint") in ("ribbon", "film") else "gray"


def is_aggregate(report: dict) -> bool:
    """A province or the country: its status is pooled stock; its headline leads with its units at risk."""
    return report.get("level") in AGGREGATE_LEVELS


def risk_card(report: dict) -> Card:
    """An aggregate's first card: its units at risk ('11 habis · 46 kritis'), of how many, and the stock-out rate."""
    counts = report["units_by_status"]
    judged = report["units_total"] - counts["tanpa_data"]
    at_risk = report["units_at_risk"] or 0
    help_ = t("ringkasan.card.risk_help", total=fmt.number(report["units_total"]),
              none=fmt.number(counts["tanpa_data"]))
    if not judged:  # nothing reported: unknown, never "0 habis"
        return Card(t("ringkasan.card.risk"), fmt.EMPTY, t("ringkasan.card.risk_none"), "gray", help_)
    return Card(t("ringkasan.card.risk"), t("ringkasan.card.risk_value", habis=fmt.number(counts["habis"]),
                                              kritis=fmt.number(counts["kritis"])),
                t("ringkasan.card.risk_delta", total=fmt.number(judged), rate=fmt.percent(report["stockout_rate_pct"])),
                "red" if at_risk else "green", help_)
