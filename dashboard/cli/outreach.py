"""`outreach --region CODE [--as-of DATE] [--teams N] [--per-day K] [--target PCT] [--json]`: the jemput-bola plan.

The JSON has exactly the issue's shape ({region, as_of, target_pct, areas, gap_persons, days_needed}); without
--json a few Indonesian lines say the same, plus the pemula split and the blanks against the stock. Exit 1 when the
region has nothing to plan (no kecamatan data for a kab/kota), 2 for an unknown region or a bad number.
"""

from __future__ import annotations

import argparse
import json
import sys

from dashboard import fmt, metrics
from dashboard.cli.region_args import add_region_command
from dashboard.text import t


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(t("outreach.cli.bad_count", value=value[:20]))
    return number


def _percent(value: str) -> float:
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        number = -1.0
    if not 0 < number <= 100:
        raise argparse.ArgumentTypeError(t("outreach.bad_target"))
    return number


def register(sub, parents) -> None:
    parser = add_region_command(sub, parents, "outreach", run, help=t("cli.cmd.outreach"),
                                description=t("outreach.cli.description"), region_help=t("outreach.cli.region"),
                                json_help=t("outreach.cli.json"))
    parser.add_argument("--teams", type=_positive, metavar="N", help=t("outreach.cli.teams"))
    parser.add_argument("--per-day", type=_positive, metavar="K", help=t("outreach.cli.per_day"))
    parser.add_argument("--target", type=_percent, metavar="PERSEN", help=t("outreach.cli.target"))


def run(args, store, code: str) -> int:
    try:
        plan = metrics.outreach_plan(store, code, args.as_of, teams=args.teams, per_day=args.per_day,
                                     target_pct=args.target)
    except metrics.BadPlanInput as exc:
        print(exc, file=sys.stderr)
        return 2
    if plan.problem:
        print(plan.problem, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(metrics.outreach_json(plan), ensure_ascii=False, indent=2))
    else:
        print(summary(plan))
    return 0


def summary(plan: metrics.OutreachPlan) -> str:
    """The plan for a person at a terminal: areas largest gap first with their days, totals, pemula, blanks."""
    lines = [t("outreach.cli.title", name=plan.name, date=fmt.date(plan.as_of), target=fmt.exact_percent(plan.target_pct))]
    width = max(len(name) for name in plan.areas["name"].to_list())
    for row in plan.areas.iter_rows(named=True):
        days = t("outreach.cli.days", first=row["first_day"], last=row["last_day"]) if row["first_day"] else "–"
        lines.append(f"  {row['rank']:>3}. {row['code']:<9} {row['name']:<{width}}  {fmt.percent(row['coverage_pct']):>7}"
                     f"  {t('outreach.cli.gap', gap=fmt.number(row['gap_persons'])):>22}  {days}")
    lines.append(t("outreach.cli.total", gap=fmt.number(plan.gap_persons), days=fmt.number(plan.days_needed),
                   teams=plan.teams, per_day=fmt.number(plan.per_day)))
    if plan.new_persons is not None:
        lines.append(t("outreach.cli.pemula", new=fmt.number(plan.new_persons), backlog=fmt.number(plan.backlog_persons),
                       unsplit=fmt.number(plan.unsplit_persons)))
    else:
        lines.append(t("outreach.pemula.no_history"))
    blanks = plan.blanks
    lines.append(t("outreach.cli.blanks", needed=fmt.number(blanks.needed), stock=fmt.number(blanks.stock),
                   after=fmt.number(blanks.stock_after), cover=fmt.days(blanks.days_of_cover_after)))
    if plan.without_data:
        lines.append(t("outreach.cli.without_data", n=len(plan.without_data)))
    return "\n".join(lines)
