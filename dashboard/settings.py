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


def _tunable(default: Any, minimum: float, maximum: float) -> Any:
    """A Settings field with the range the Pengaturan page and validate() accept (SPECS is read from these)."""
    return field(default=default, metadata={"range": (minimum, maximum)})


@dataclass(frozen=True)
class Settings:
    """Every tunable number in one object; metrics, pages, briefing and CLI take it as an argument."""

    default_target_pct: float = _tunable(DEFAULT_TARGET_PCT, 50, 100)
    kritis_days: int = _tunable(14, 1, 365)
    waspada_days: int = _tunable(30, 1, 730)
    berlebih_days: int = _tunable(365, 30, 3650)
    kritis_min_stock: int = _tunable(1000, 0, 1_000_000)
    target_months: float = _tunable(3.0, 0.5, 24)
    ribbon_yield: int = _tunable(450, 50, 5000)
    film_yield: int = _tunable(1000, 50, 10000)
    burn_window_days: int = _tunable(30, 7, 180)
    amc_months: int = _tunable(3, 1, 12)
    stale_days: int = _tunable(45, 1, 365)
    max_upload_mb: int = _tunable(20, 1, 200)
    max_upload_rows: int = _tunable(200_000, 100, 5_000_000)
    session_hours: float = _tunable(8.0, 0.5, 72)
    browse_requires_login: bool = _tunable(False, 0, 1)
    # jemput bola: recording teams sent out at once (two devices per school visit)
    outreach_teams: int = _tunable(2, 1, 100)
    # recordings a team makes a day in the field (~50; ~20 on a poor network)
    outreach_per_day: int = _tunable(50, 1, 500)
    targets: dict[int, float] = field(default_factory=lambda: dict(KNOWN_TARGETS))

    def target_for(self, year: int) -> float:
        """The recording-coverage target (%) for a year."""
        return self.targets.get(year, self.default_target_pct)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# Settings' annotations are strings (postponed evaluation); a spec checks values against the type they name.
_KINDS = {"int": int, "float": float, "bool": bool}
# Every tunable field of Settings in its order (the Pengaturan page renders from this list; words in dashboard.text).
SPECS: tuple[SettingSpec, ...] = tuple(SettingSpec(f.name, _KINDS[f.type], *f.metadata["range"])
                                       for f in fields(Settings) if "range" in f.metadata)


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
