"""The numbers of one weekly briefing, taken from the same metric and series functions the pages call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from dashboard import demo, fmt, metrics
from dashboard.domain import STATUSES, WAREHOUSE, WIB
from dashboard.settings import Settings
from dashboard.store import Store, load_settings
from dashboard.text import t

WEEK_DAYS = 7
CHART_DAYS = 182  # the stock chart looks back half a year: long enough for a trend, short enough to read days
_SEVERITY = {status: rank for rank, status in enumerate(STATUSES)}


class BriefingError(ValueError):
    """A briefing that cannot be made; the message is Indonesian and meant for the user."""


class NoBriefingData(BriefingError):
    """The store holds no stock report of the region ending in the week (or no data at all)."""


def range_text(start: dt.date, end: dt.date) -> str:
    """'16–22 Nov 2026', '28 Nov – 4 Des 2026', '29 Des 2025 – 4 Jan 2026'."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{fmt.date(end)}"
    if start.year == end.year:
        return f"{start.day} {fmt.MONTHS_SHORT[start.month - 1]} – {fmt.date(end)}"
    return f"{fmt.date(start)} – {fmt.date(end)}"


@dataclass(frozen=True)
class Week:
    """An ISO week: Monday `start` to Sunday `end`; its number is the ISO week number of both ends."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.start.isoweekday() != 1 or self.end - self.start != dt.timedelta(days=WEEK_DAYS - 1):
            raise ValueError(f"not an ISO week: {self.start} – {self.end}")

    @property
    def previous(self) -> dt.date:
        """The Sunday before: the as-of date of last week's briefing."""
        return self.end - dt.timedelta(days=WEEK_DAYS)

    @property
    def number(self) -> int:
        """ISO week number (Monday–Sunday), the same for start and end."""
        return self.start.isocalendar().week

    @property
    def year(self) -> int:
        """ISO year of the week (the week of 29 Des 2025 – 4 Jan 2026 is week 1 of 2026)."""
        return self.start.isocalendar().year

    @property
    def label(self) -> str:
        """'Minggu ke-47, 16–22 Nov 2026'."""
        return t("briefing.week", week=self.number, range=range_text(self.start, self.end))


def week_of(day: dt.date) -> Week:
    """The Monday–Sunday week containing day."""
    monday = day - dt.timedelta(days=day.isoweekday() - 1)
    return Week(monday, monday + dt.timedelta(days=WEEK_DAYS - 1))


def iso_week(year: int, number: int) -> Week:
    """ISO week `number` of ISO year `year` (ValueError when that week does not exist)."""
    return week_of(dt.date.fromisocalendar(year, number, 1))


def week_ending(as_of: dt.date) -> Week:
    """The last full week on or before as_of: the week ending that day when as_of is a Sunday, else the week that
    ended the Sunday before (a briefing never covers a week still running)."""
    sunday = as_of - dt.timedelta(days=as_of.isoweekday() % 7)
    return week_of(sunday)


def recent_weeks(latest: dt.date, n: int = 12) -> list[Week]:
    """The n full weeks up to latest, newest first (the Briefing page's choices)."""
    last = week_ending(latest)
    return [week_of(last.start - dt.timedelta(days=WEEK_DAYS * k)) for k in range(n)]


@dataclass(frozen=True)
class Content:
    """Everything one briefing shows, as plain values and polars frames (metrics' own columns, unformatted)."""

    region: str
    name: str
    level: str
    week: Week
    settings: Settings
    report: dict               # metrics.region_report at the as-of date
    previous: dict             # ... and one week earlier
    counts: dict[str, int]     # metrics.status_counts now
    units: pl.DataFrame        # metrics.units_in now (reporting units inside the region)
    actions: pl.DataFrame      # metrics.action_list now, most urgent first
    status_changes: pl.DataFrame  # units whose status differs from a week earlier
    table: pl.DataFrame        # metrics.region_table now (children of the region)
    problems: dict[str, pl.DataFrame]  # metrics.quality_problems now
    stock_series: pl.DataFrame  # metrics.stock_series, daily, the last CHART_DAYS days
    coverage_series: pl.DataFrame  # metrics.coverage_series up to the as-of month
    use_week: float | None     # consumption over the week (None when no row covers it)
    use_previous_week: float | None
    demo: bool
    generated_at: dt.datetime

    @property
    def as_of(self) -> dt.date:
        return self.week.end

    @property
    def is_unit(self) -> bool:
        """A kab/kota briefing: one reporting unit, no children to count."""
        return "." in self.region

    @property
    def title(self) -> str:
        return t("briefing.title", name=self.name)


def _use(daily: pl.DataFrame, start: dt.date, end: dt.date) -> float | None:
    """Consumption over [start, end] from the daily series; None when no report covers any of those days."""
    window = daily.filter(pl.col("period").is_between(start, end))["consumption"]
    return float(window.sum()) if window.count() else None


def _status_changes(now: pl.DataFrame, before: pl.DataFrame) -> pl.DataFrame:
    """Units whose status differs between the two dates (appearing or vanishing status included)."""
    old = before.select("region_code", status_before="status", stock_before="stock")
    joined = now.join(old, on="region_code", how="left")
    changed = joined.filter(pl.col("status").ne_missing(pl.col("status_before")))
    rank = pl.col("status").replace_strict(_SEVERITY, default=len(STATUSES), return_dtype=pl.Int64)
    return (changed.with_columns(_rank=rank).sort(["_rank", "name"])
            .select("region_code", "name", "level", "status_before", "status", "stock_before", "stock",
                    "days_of_cover"))


def check_week(store: Store, region: str, as_of: dt.date | None,
               settings: Settings | None = None) -> tuple[str, dt.date, dict]:
    """(normalised region, as-of, report) or NoBriefingData: a region with no stock report ending in the week.

    The week is the last full ISO week (Monday–Sunday) on or before as_of (default: the latest stock date), and the
    returned as-of is its Sunday. metrics.UnknownRegion (Indonesian message) for an unknown code.
    """
    code = metrics.check_region(region)
    as_of = as_of or metrics.latest_as_of(store)
    if as_of is None:
        raise NoBriefingData(t("briefing.err.empty"))
    week = week_ending(as_of)
    as_of = week.end
    report = metrics.region_report(store, code, as_of, settings)
    last = report["last_report"]
    # last_report = the newest stock row (any item) of the region's units ending on or before as-of.
    if last is None or last < week.start:
        raise NoBriefingData(t("briefing.err.no_week", name=report["name"], start=fmt.date(week.start),
                               end=fmt.date(week.end), last=fmt.date(last)))
    return code, as_of, report


def collect(store: Store, region: str = "ID", as_of: dt.date | None = None,
            settings: Settings | None = None) -> Content:
    """Gather the briefing of a region for the last full ISO week on or before as_of (default: the latest stock
    date); the briefing's as-of is that week's Sunday."""
    settings = settings if settings is not None else load_settings(store)
    code, as_of, report = check_week(store, region, as_of, settings)
    week = week_ending(as_of)
    units = metrics.units_in(store, code, as_of, settings)
    before = metrics.units_in(store, code, week.previous, settings)
    daily = metrics.stock_series(store, code, "blangko", start=as_of - dt.timedelta(days=CHART_DAYS - 1),
                                end=as_of, freq="day")
    return Content(
        region=code,
        name=report["name"],
        level=report["level"],
        week=week,
        settings=settings,
        report=report,
        previous=metrics.region_report(store, code, week.previous, settings),
        counts=metrics.status_counts(store, code, as_of, settings),
        units=units,
        actions=metrics.action_list(store, code, as_of, settings),
        status_changes=_status_changes(units, before),
        table=metrics.region_table(store, code, as_of, settings),
        problems=metrics.quality_problems(store, code, as_of, settings),
        stock_series=daily,
        coverage_series=metrics.coverage_series(store, code, end=as_of, settings=settings),
        use_week=_use(daily, week.start, week.end),
        use_previous_week=_use(daily, week.start - dt.timedelta(days=WEEK_DAYS), week.previous),
        demo=demo.is_demo(store),
        generated_at=dt.datetime.now(WIB).replace(microsecond=0),
    )


def has_warehouse(frame: pl.DataFrame) -> bool:
    """True when a province warehouse is among the rows (the text then says 'unit', not 'kab/kota')."""
    return bool(frame.height) and bool((frame["level"] == WAREHOUSE).any())
