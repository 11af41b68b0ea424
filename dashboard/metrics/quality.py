"""Data-quality problem lists of a region (QAT-style): reporting completeness, ledger errors, names, >100%, stale."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard.metrics import kecamatan, report
from dashboard.metrics.scope import (
    add_months,
    label_children,
    latest_dates,
    month_end,
    month_start,
    month_starts,
    resolve_settings,
    scope,
)
from dashboard.settings import Settings
from dashboard.store import Store, derived, queries

# A month's report is late when every row covering it was uploaded more than this many days after the month end.
LATE_AFTER_DAYS = 10
COMPLETENESS_MONTHS = 6
STATES = ("dilaporkan", "terlambat", "hilang")
LISTS = ("completeness", "late", "missing", "ledger", "names", "over_100", "stale", "kecamatan_mismatch")


def completeness_months(as_of: dt.date, months: int = COMPLETENESS_MONTHS) -> tuple[dt.date, dt.date]:
    """(first day, last day) of the `months` complete months up to as_of.

    as_of's own month counts only when as_of is its last day: a month still running cannot be judged.
    """
    last = as_of if as_of == month_end(as_of) else month_start(as_of) - dt.timedelta(days=1)
    return add_months(month_start(last), -(months - 1)), last


def quality_problems(store: Store, region: str, as_of: dt.date | None = None,
             settings: Settings | None = None) -> dict[str, pl.DataFrame]:
    """Every problem list of a region as of a date (default: the latest stock date).

    Keys and columns:
    - completeness: region_code, name, level, month, state (dilaporkan | terlambat | hilang) for every unit
      (kab/kota or province warehouse that ever reported stock) × each of the last 6 complete months;
      late / missing: the same rows filtered to terlambat / hilang.
    - completeness_summary: month, expected, reported (on time), late, missing, rate_pct ((reported + late) /
      expected), on_time_pct.
    - ledger: region_code, name, level, item, period_start, period_end, kind (neraca | kontinuitas), reported,
      computed, difference (= reported − computed), for rows ending in the completeness window up to as_of.
    - names: region_code, name, level, reported_name, message, period_end (latest), rows.
    - over_100: region_code, name, level, period_end, wajib_ktp, sudah_rekam, coverage_pct: metrics.over_100_units.
    - stale: region_code, name, level, last_report, days_since (> settings.stale_days).
    - kecamatan_mismatch: kab/kota whose own coverage row differs from the sum of its kecamatan for the same period
      (metrics.kecamatan.mismatches: own and kecamatan wajib KTP / sudah rekam, differences, kecamatan reported).
    """
    sc = scope(region)
    settings = resolve_settings(store, settings)
    derived.ensure(store)
    with store.reading() as cur:
        as_of = as_of or latest_dates(cur)[0] or dt.date.today()
        start, end = completeness_months(as_of)
        window = sc.params(start=start, end=end, as_of=as_of, month_starts=month_starts(start, end))
        raw = {
            "completeness": queries.frame(cur, "quality/completeness", window),
            "ledger": queries.frame(cur, "quality/ledger", {**window, "end": as_of}),
            "names": queries.frame(cur, "quality/names", window),
            "stale": queries.frame(cur, "quality/stale", window),
            "kecamatan_mismatch": kecamatan.mismatches(cur, sc.members, as_of),
        }
    completeness = _completeness(raw["completeness"])
    out = {
        "completeness": completeness,
        "completeness_summary": _summary(completeness, start, end),
        "late": completeness.filter(pl.col("state") == "terlambat"),
        "missing": completeness.filter(pl.col("state") == "hilang"),
        "ledger": raw["ledger"],
        "names": raw["names"],
        # the same list the Cakupan page and the briefing flag (metrics.over_100_units), unrounded
        "over_100": report.over_100_units(store, region, as_of, settings).select(
            "region_code", "name", pl.col("coverage_end").alias("period_end"), "wajib_ktp", "sudah_rekam",
            "coverage_pct"),
        "stale": raw["stale"].filter(pl.col("days_since") > settings.stale_days).sort("days_since", descending=True),
        "kecamatan_mismatch": raw["kecamatan_mismatch"],
    }
    # Every list names reporting units: a province code is its warehouse here, even under 'ID'.
    return {key: frame if key == "completeness_summary" else label_children(frame, sc, units=True)
            for key, frame in out.items()}


def _completeness(raw: pl.DataFrame) -> pl.DataFrame:
    deadline = pl.col("month_end") + pl.duration(days=LATE_AFTER_DAYS)
    state = (
        pl.when(~pl.col("covered")).then(pl.lit("hilang"))
        # Demo rows carry no real submission date (first_uploaded null): judged on time.
        .when(pl.col("first_uploaded").is_not_null() & (pl.col("first_uploaded") > deadline)).then(pl.lit("terlambat"))
        .otherwise(pl.lit("dilaporkan"))
    )
    return raw.with_columns(state=state).select(
        pl.col("region_code"), pl.col("name"), pl.col("month").cast(pl.Date), pl.col("state").cast(pl.String))


def _summary(completeness: pl.DataFrame, start: dt.date, end: dt.date) -> pl.DataFrame:
    months = pl.DataFrame({"month": month_starts(start, end)}, schema={"month": pl.Date})
    counts = completeness.group_by("month").agg(
        expected=pl.len().cast(pl.Int64),
        reported=(pl.col("state") == "dilaporkan").sum().cast(pl.Int64),
        late=(pl.col("state") == "terlambat").sum().cast(pl.Int64),
        missing=(pl.col("state") == "hilang").sum().cast(pl.Int64),
    )
    out = months.join(counts, on="month", how="left").with_columns(
        pl.col("expected", "reported", "late", "missing").fill_null(0))
    pct = lambda num: pl.when(pl.col("expected") > 0).then((num) / pl.col("expected") * 100).round(2)  # noqa: E731
    return out.with_columns(
        rate_pct=pct(pl.col("reported") + pl.col("late")),
        on_time_pct=pct(pl.col("reported")),
    ).sort("month")


def quality_summary(problems: dict[str, pl.DataFrame]) -> dict[str, int]:
    """Counts per list: completeness = late + missing (unit-months), the others their rows; plus 'total'."""
    counts = {key: problems[key].height for key in LISTS if key in problems}
    counts["completeness"] = counts.get("late", 0) + counts.get("missing", 0)
    counts["total"] = sum(v for k, v in counts.items() if k not in ("late", "missing"))
    return counts
