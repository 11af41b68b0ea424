"""The jemput-bola (outreach) plan, pure: the gap to the target per area, the days the teams need, a schedule largest
gap first, how much of the gap is new wajib KTP (pemula) and how much is backlog, and the blanks it will use.

No I/O here: dashboard.metrics.kecamatan reads the areas from the store and calls plan(); the CLI, the page, the
Excel file and the PDF all read the same OutreachPlan, so they cannot disagree.

Formulas (the issue's, and the decisions where it was silent):
- gap_persons per area = max(0, ceil(target × wajib_ktp) − sudah_rekam): the rule of coverage_gap_persons, so an
  area above 100% (or above the target) has gap 0 and never offsets another's gap. The plan's gap_persons is the
  sum of its areas'; days_needed = ceil(gap_persons / (teams × per_day)) (0 when there is no gap).
- Schedule: the teams work as one pool of teams × per_day recordings a day, areas in order of gap (largest first,
  then code). An area's first day is the day the recordings before it run out (floor(before / capacity) + 1), its
  last day ceil((before + gap) / capacity); two areas share a day where one ends and the next begins, so the last
  area's last day is days_needed.
- Pemula: an area's wajib KTP growth per semester = its wajib_ktp now − its wajib_ktp one semester (six months)
  earlier. The newest wajib KTP (mostly 17-year-olds) are taken to be the ones not yet recorded, so the part of the
  gap that is new people = min(gap, max(growth, 0)); the rest is backlog. An area with no reading six months
  earlier has no estimate (not enough history): its gap is counted, but not split.
- Blanks: every person recorded is a card to print, so the outreach uses gap_persons blanks. Stock after =
  max(0, stock − gap_persons); what stock cannot cover is the shortfall. Days of cover after = stock after /
  burn_rate_per_day (the region's usual burn from region_report): 0 when nothing is left, empty when burn is 0 or
  unknown, as days_of_cover is.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import polars as pl

# The areas a plan is made from (one row per kecamatan, or per kab/kota for a province or 'ID').
AREA_SCHEMA: dict[str, pl.DataType] = {
    "code": pl.String, "name": pl.String, "period_end": pl.Date, "wajib_ktp": pl.Int64, "sudah_rekam": pl.Int64,
    "belum_rekam": pl.Int64, "prr": pl.Int64, "wajib_ktp_before": pl.Int64,
}
PLAN_SCHEMA: dict[str, pl.DataType] = {
    **AREA_SCHEMA, "coverage_pct": pl.Float64, "gap_persons": pl.Int64, "wajib_ktp_growth": pl.Int64,
    "new_persons": pl.Int64, "backlog_persons": pl.Int64, "rank": pl.Int64, "first_day": pl.Int64,
    "last_day": pl.Int64,
}
JSON_AREA_KEYS = ("code", "name", "wajib_ktp", "sudah_rekam", "coverage_pct", "gap_persons")
DECIMALS = 2  # coverage_pct as every table shows it (metrics.formulas.DECIMALS)


class BadPlanInput(ValueError):
    """Teams, recordings per day or target out of range (the message is Bahasa, for the user)."""


@dataclass(frozen=True)
class BlankUse:
    """The blanks the outreach will use against the region's stock, and the cover left after it."""

    needed: int
    stock: int | None
    burn_rate_per_day: float | None
    stock_after: int | None
    shortfall: int | None
    days_of_cover_now: float | None
    days_of_cover_after: float | None


@dataclass(frozen=True)
class OutreachPlan:
    """One region's jemput-bola plan at an as-of date. problem is a Bahasa message when there is nothing to plan."""

    region: str
    name: str
    area_level: str  # kecamatan | kabkota
    as_of: dt.date | None
    target_pct: float | None
    teams: int
    per_day: int
    areas: pl.DataFrame  # PLAN_SCHEMA, ranked (rank 1 = largest gap)
    without_data: tuple[str, ...] = ()  # codes of the region's areas with no coverage row up to as_of
    stock: int | None = None
    burn_rate_per_day: float | None = None
    problem: str | None = None

    @property
    def capacity(self) -> int:
        """Recordings a day of all teams together."""
        return self.teams * self.per_day

    @property
    def gap_persons(self) -> int:
        return int(self.areas["gap_persons"].sum()) if self.areas.height else 0

    @property
    def areas_with_gap(self) -> int:
        """Areas still below the target (gap_persons > 0); the plan's other areas are listed with gap 0."""
        return int((self.areas["gap_persons"] > 0).sum()) if self.areas.height else 0

    @property
    def days_needed(self) -> int:
        return days_needed(self.gap_persons, self.teams, self.per_day)

    @property
    def new_persons(self) -> int | None:
        """Pemula in the gap over the areas with enough history (None when no area has any)."""
        known = self.areas["new_persons"].drop_nulls()
        return int(known.sum()) if known.len() else None

    @property
    def backlog_persons(self) -> int | None:
        known = self.areas["backlog_persons"].drop_nulls()
        return int(known.sum()) if known.len() else None

    @property
    def unsplit_persons(self) -> int:
        """Gap of the areas without a reading one semester earlier (counted in the plan, not split)."""
        return int(self.areas.filter(pl.col("new_persons").is_null())["gap_persons"].sum()) if self.areas.height else 0

    @property
    def areas_without_history(self) -> int:
        return int(self.areas["wajib_ktp_growth"].null_count()) if self.areas.height else 0

    @property
    def growth_per_semester(self) -> int | None:
        """New wajib KTP a semester: the growth of the areas that grew (None without any history)."""
        known = self.areas["wajib_ktp_growth"].drop_nulls()
        return int(known.clip(lower_bound=0).sum()) if known.len() else None

    @property
    def days_per_semester(self) -> int | None:
        """Team days each semester's new wajib KTP take at this capacity (keeping up once the gap is closed)."""
        growth = self.growth_per_semester
        return None if growth is None else days_needed(growth, self.teams, self.per_day)

    @property
    def blanks(self) -> BlankUse:
        return blank_use(self.gap_persons, self.stock, self.burn_rate_per_day)


def check_inputs(teams: int, per_day: int, target_pct: float | None, *, messages: dict[str, str]) -> None:
    """BadPlanInput (with the caller's Bahasa message) for teams < 1, per_day < 1 or a target outside (0, 100]."""
    if not isinstance(teams, int) or isinstance(teams, bool) or teams < 1:
        raise BadPlanInput(messages["teams"])
    if not isinstance(per_day, int) or isinstance(per_day, bool) or per_day < 1:
        raise BadPlanInput(messages["per_day"])
    if target_pct is not None and not 0 < float(target_pct) <= 100:
        raise BadPlanInput(messages["target"])


def gap_expr(target_pct: float | None) -> pl.Expr:
    """max(0, ceil(target × wajib_ktp) − sudah_rekam); rounded before the ceiling so 0.9904 × 300000 stays 297120."""
    if target_pct is None:
        return pl.lit(None, pl.Int64)
    needed = (pl.lit(float(target_pct)) / 100 * pl.col("wajib_ktp")).round(6).ceil().cast(pl.Int64)
    return pl.max_horizontal(pl.lit(0, pl.Int64), needed - pl.col("sudah_rekam"))


def days_needed(gap: int, teams: int, per_day: int) -> int:
    """ceil(gap / (teams × per_day)); 0 without a gap."""
    return -(-max(0, int(gap)) // (teams * per_day))


def schedule(gaps: list[int], capacity: int) -> list[tuple[int | None, int | None]]:
    """(first day, last day) of each area in order, the teams working as one pool; (None, None) for a gap of 0."""
    out: list[tuple[int | None, int | None]] = []
    done = 0
    for gap in gaps:
        if gap <= 0:
            out.append((None, None))
            continue
        first = done // capacity + 1
        done += gap
        out.append((first, -(-done // capacity)))
    return out


def plan(areas: pl.DataFrame, *, region: str, name: str, area_level: str, as_of: dt.date | None,
         target_pct: float, teams: int, per_day: int, without_data: tuple[str, ...] = (),
         stock: int | None = None, burn_rate_per_day: float | None = None) -> OutreachPlan:
    """The plan from its areas (AREA_SCHEMA): gap, pemula split, rank and days for each, largest gap first."""
    base = areas.select([pl.col(c).cast(d) for c, d in AREA_SCHEMA.items()])
    growth = pl.col("wajib_ktp") - pl.col("wajib_ktp_before")
    ranked = base.with_columns(
        coverage_pct=pl.when(pl.col("wajib_ktp") > 0)
        .then(pl.col("sudah_rekam") / pl.col("wajib_ktp") * 100).round(DECIMALS),
        gap_persons=gap_expr(target_pct),
        wajib_ktp_growth=growth,
    ).with_columns(
        new_persons=pl.min_horizontal(pl.col("gap_persons"), pl.col("wajib_ktp_growth").clip(lower_bound=0)),
    ).with_columns(
        new_persons=pl.when(pl.col("wajib_ktp_growth").is_not_null()).then(pl.col("new_persons")),
        backlog_persons=pl.when(pl.col("wajib_ktp_growth").is_not_null())
        .then(pl.col("gap_persons") - pl.col("new_persons")),
    ).sort(["gap_persons", "code"], descending=[True, False]).with_row_index("rank", offset=1)
    days = schedule(ranked["gap_persons"].to_list(), teams * per_day)
    ranked = ranked.with_columns(
        first_day=pl.Series([d[0] for d in days], dtype=pl.Int64),
        last_day=pl.Series([d[1] for d in days], dtype=pl.Int64),
    )
    return OutreachPlan(region=region, name=name, area_level=area_level, as_of=as_of, target_pct=target_pct,
                        teams=teams, per_day=per_day,
                        areas=ranked.select([pl.col(c).cast(d) for c, d in PLAN_SCHEMA.items()]),
                        without_data=tuple(without_data), stock=stock, burn_rate_per_day=burn_rate_per_day)


def empty_plan(*, region: str, name: str, area_level: str, as_of: dt.date | None, target_pct: float | None,
               teams: int, per_day: int, problem: str, without_data: tuple[str, ...] = ()) -> OutreachPlan:
    """A plan with no areas and the reason why (no kecamatan data, an empty store)."""
    return OutreachPlan(region=region, name=name, area_level=area_level, as_of=as_of, target_pct=target_pct,
                        teams=teams, per_day=per_day, areas=pl.DataFrame(schema=PLAN_SCHEMA),
                        without_data=tuple(without_data), problem=problem)


def blank_use(needed: int, stock: int | None, burn: float | None) -> BlankUse:
    """Blanks the outreach needs (one per person recorded) against stock; days of cover now and after."""

    def cover(amount: int | None) -> float | None:
        if amount is None:
            return None
        if amount == 0:
            return 0.0
        return amount / burn if burn is not None and burn > 0 else None

    after = None if stock is None else max(0, stock - needed)
    shortfall = None if stock is None else max(0, needed - stock)
    return BlankUse(needed=needed, stock=stock, burn_rate_per_day=burn, stock_after=after, shortfall=shortfall,
                    days_of_cover_now=cover(stock), days_of_cover_after=cover(after))


def as_json(p: OutreachPlan) -> dict:
    """The plan in the issue's exact shape: {region, as_of, target_pct, areas: [...], gap_persons, days_needed}."""
    areas = []
    for row in p.areas.select(JSON_AREA_KEYS).iter_rows(named=True):
        pct = row["coverage_pct"]
        row["coverage_pct"] = None if pct is None or math.isnan(pct) else pct
        areas.append(row)
    return {"region": p.region, "as_of": p.as_of.isoformat() if p.as_of else None, "target_pct": p.target_pct,
            "areas": areas, "gap_persons": p.gap_persons, "days_needed": p.days_needed}


def workday(start: dt.date, n: int) -> dt.date:
    """The n-th working day (Monday–Friday) counting from start (a weekend start begins on the Monday after)."""
    day = start
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    weeks, rest = divmod(n - 1 + day.weekday(), 5)
    return day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=weeks * 7 + rest)
