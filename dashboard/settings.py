"""Settings (thresholds, yields, per-year coverage targets): their defaults, ranges and checks (kept in the store)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from dashboard.text import t

DEFAULT_TARGET_PCT = 99.2
# Targets stated by Ditjen Dukcapil for past years; any other year uses the default.
KNOWN_TARGETS = {2023: 99.4, 2024: 99.04}


@dataclass(frozen=True)
class SettingSpec:
    """How one setting is edited and checked (the Pengaturan page renders from this list; words in dashboard.text)."""

    key: str
    kind: type
    minimum: float
    maximum: float

    @property
    def label(self) -> str:
        return t(f"settings.{self.key}.label")

    @property
    def help(self) -> str:
        return t(f"settings.{self.key}.help")


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("default_target_pct", float, 50, 100),
    SettingSpec("kritis_days", int, 1, 365),
    SettingSpec("waspada_days", int, 1, 730),
    SettingSpec("berlebih_days", int, 30, 3650),
    SettingSpec("kritis_min_stock", int, 0, 1_000_000),
    SettingSpec("target_months", float, 0.5, 24),
    SettingSpec("ribbon_yield", int, 50, 5000),
    SettingSpec("film_yield", int, 50, 10000),
    SettingSpec("burn_window_days", int, 7, 180),
    SettingSpec("amc_months", int, 1, 12),
    SettingSpec("stale_days", int, 1, 365),
    SettingSpec("max_upload_mb", int, 1, 200),
    SettingSpec("max_upload_rows", int, 100, 5_000_000),
    SettingSpec("session_hours", float, 0.5, 72),
    SettingSpec("browse_requires_login", bool, 0, 1),
    SettingSpec("outreach_teams", int, 1, 100),
    SettingSpec("outreach_per_day", int, 1, 500),
)


@dataclass(frozen=True)
class Settings:
    """Every tunable number in one object; metrics, pages, briefing and CLI take it as an argument."""

    default_target_pct: float = DEFAULT_TARGET_PCT
    kritis_days: int = 14
    waspada_days: int = 30
    berlebih_days: int = 365
    kritis_min_stock: int = 1000
    target_months: float = 3.0
    ribbon_yield: int = 450
    film_yield: int = 1000
    burn_window_days: int = 30
    amc_months: int = 3
    stale_days: int = 45
    max_upload_mb: int = 20
    max_upload_rows: int = 200_000
    session_hours: float = 8.0
    browse_requires_login: bool = False
    outreach_teams: int = 2  # jemput bola: recording teams sent out at once (two devices per school visit)
    outreach_per_day: int = 50  # recordings a team makes a day in the field (~50; ~20 on a poor network)
    targets: dict[int, float] = field(default_factory=lambda: dict(KNOWN_TARGETS))

    def target_for(self, year: int) -> float:
        """The recording-coverage target (%) for a year."""
        return self.targets.get(year, self.default_target_pct)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def validate(values: dict[str, Any]) -> list[str]:
    """Problems (Bahasa Indonesia) with proposed values; empty when all are acceptable."""
    problems = []
    for spec in SPECS:
        if spec.key not in values:
            continue
        value = values[spec.key]
        if spec.kind is bool:
            if not isinstance(value, bool):
                problems.append(t("settings.err.not_bool", label=spec.label, value=value))
        elif not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.append(t("settings.err.not_number", label=spec.label, value=value))
        elif not spec.minimum <= value <= spec.maximum:
            problems.append(t("settings.err.range", label=spec.label, value=value, low=f"{spec.minimum:g}",
                              high=f"{spec.maximum:g}"))
    if values.get("kritis_days", 0) > values.get("waspada_days", 10**9):
        problems.append(t("settings.err.kritis_waspada"))
    for year, pct in (values.get("targets") or {}).items():
        if not 1900 <= int(year) <= 2200 or not 0 < float(pct) <= 100:
            problems.append(t("settings.err.target", year=year, pct=pct))
    return problems
