"""What each page computes: the library calls of pages/*.py (through ui.state.cached), with the pages' defaults.

Mirror of the page files: tests/test_bench.py fails when a page (or a ui helper it uses) caches a library call that
is not listed here, so the benchmark cannot silently stop timing what a page does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from dashboard import briefing, demo, importer, metrics, regions, settings
from dashboard.store import Store, load_settings
from dashboard.ui import shell


@dataclass(frozen=True)
class Call:
    """One cached library call of a page: func(store, *args, **kwargs) for a region and as-of."""

    func: Callable[..., Any]
    args: Callable[[str, dt.date | None, settings.Settings], tuple[tuple, dict]]

    @property
    def qualname(self) -> str:
        return f"{self.func.__module__}.{self.func.__qualname__}"

    def run(self, store: Store, region: str, as_of: dt.date | None, s: settings.Settings) -> Any:
        args, kwargs = self.args(region, as_of, s)
        return self.func(store, *args, **kwargs)


def _c(func: Callable[..., Any], build: Callable[[str, dt.date | None, settings.Settings], tuple[tuple, dict]]) -> Call:
    return Call(func, build)


# Every page run first goes through app.py: the shell (empty store? demo banner), the sidebar (latest date) and the
# stored settings, each through cached().
SHELL = [
    _c(shell._is_empty, lambda r, a, s: ((), {})),
    _c(metrics.latest_as_of, lambda r, a, s: ((), {})),
    _c(load_settings, lambda r, a, s: ((), {})),
    _c(demo.is_demo, lambda r, a, s: ((), {})),
]

_REPORT = _c(metrics.region_report, lambda r, a, s: ((r, a), {"settings": s}))
_TABLE = _c(metrics.region_table, lambda r, a, s: ((r, a), {"settings": s}))

# page file -> its calls in page order, with the widgets at their defaults (week bars, 90-day transfer window).
PAGES: dict[str, list[Call]] = {
    "ringkasan": [
        _REPORT,
        _c(metrics.action_list, lambda r, a, s: ((r, a), {"settings": s})),
        _c(metrics.action_supply, lambda r, a, s: ((r, a), {"settings": s})),
        _c(metrics.status_counts, lambda r, a, s: ((r, a), {"settings": s})),  # in a tab: computed when opened
    ],
    "stok": [
        _TABLE,
        _c(metrics.region_table, lambda r, a, s: ((regions.NATIONAL, a), {"settings": s})),
        _c(metrics.stock_series, lambda r, a, s: ((r,), {"end": a, "freq": "week"})),
        _c(metrics.status_matrix, lambda r, a, s: ((r, a), {"settings": s})),
    ],
    "laju": [
        _REPORT,
        _c(metrics.stock_series, lambda r, a, s: ((r, "blangko"), {"end": a, "freq": "week"})),
        _TABLE,
        _c(metrics.stockout_timeline, lambda r, a, s: ((r, a), {"settings": s})),
        _c(metrics.units_in, lambda r, a, s: ((r, a), {"settings": s})),
        _c(metrics.consumption_by_region, lambda r, a, s: ((r, a, 90), {})),
    ],
    "cakupan": [
        _REPORT,
        _c(metrics.coverage_table, lambda r, a, s: ((r, a), {"settings": s})),
        _c(metrics.over_100_units, lambda r, a, s: ((r, a), {"settings": s})),
        _c(metrics.coverage_series, lambda r, a, s: ((r,), {"end": a, "settings": s})),
        _c(metrics.below_prr_units, lambda r, a, s: ((r, a), {"settings": s})),
        _c(metrics.kecamatan_coverage, lambda r, a, s: ((r, a), {"settings": s})),
    ],
    # Jemput bola at the Pengaturan defaults and the year's target (the page's inputs untouched).
    "jemput_bola": [_c(metrics.outreach_plan, lambda r, a, s: ((r, a), {
        "teams": s.outreach_teams, "per_day": s.outreach_per_day,
        "target_pct": s.target_for(a.year) if a else None, "settings": s}))],
    "ribbon_film": [_REPORT, _TABLE],
    # Under Indonesia the page opens the province a user picks (worst first); the benchmark times one province.
    "rencana": [
        _c(metrics.national_plans, lambda r, a, s: ((a,), {"settings": s})),
        _c(metrics.province_plan, lambda r, a, s: ((r if r != regions.NATIONAL else "65", a), {"settings": s})),
    ],
    "kualitas": [_c(metrics.quality_problems, lambda r, a, s: ((r, a), {"settings": s}))],
    "unggah": [_c(importer.upload_history, lambda r, a, s: ((), {}))],
    # The briefing page shows the summary; the files are built when a download button is pressed (timed under
    # "briefing PDF + XLSX").
    "briefing": [_c(briefing.build_summary, lambda r, a, s: ((r, a), {"settings": s}))],
}

# Pages whose data compute the 150 ms / 1 s targets apply to (every page: the briefing page builds no file).
TARGET_PAGES = ("ringkasan", "stok", "laju", "rencana", "cakupan", "jemput_bola", "ribbon_film", "kualitas",
                "unggah", "briefing")

# Cached calls of the ui layer that are not page data: who is logged in (per user, not per data version).
NOT_TIMED = {
    "dashboard.admin.auth.user_by_email": "login lookup of one user",
    "dashboard.admin.auth.get_user": "login lookup of one user",
    "dashboard.admin.auth.has_admin": "login form: whether an admin exists",
    "dashboard.briefing.build.build_files": "built when a download button is pressed; timed as 'briefing PDF + XLSX'",
}


def timed_qualnames() -> set[str]:
    """Every library function the benchmark times as part of a page."""
    return {call.qualname for calls in [SHELL, *PAGES.values()] for call in calls}


def page_calls(page: str) -> list[Call]:
    """The shell's calls, then the page's own (what one page view computes)."""
    return [*SHELL, *PAGES[page]]
