"""`plan --region PROV [--as-of DATE] [--months N] [--json]`: the in-province redistribution plan of a province."""

from __future__ import annotations

import argparse
import json
import sys

from dashboard import fmt, metrics
from dashboard.cli.region_args import EXIT_USAGE, add_region_command
from dashboard.domain import item_word
from dashboard.text import t


def months_value(value: str) -> float:
    """argparse type for --months: a number of months between 0,5 and 24 (the target_months setting's range)."""
    try:
        months = float(value.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(t("plan.cli.bad_months", value=value[:20])) from None
    if not 0.5 <= months <= 24:
        raise argparse.ArgumentTypeError(t("plan.cli.bad_months", value=value[:20]))
    return months


def register(sub, parents) -> None:
    parser = add_region_command(sub, parents, "plan", run, help=t("cli.cmd.plan"),
                                description=t("plan.cli.description"), region_help=t("plan.cli.region"),
                                json_help=t("plan.cli.json"), metavar="PROV")
    parser.add_argument("--months", type=months_value, metavar="N", help=t("plan.cli.months"))


def run(args, store, code: str) -> int:
    try:
        code = metrics.check_province(code)
    except metrics.UnknownRegion as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if metrics.latest_as_of(store) is None:
        print(t("metrics.empty_store"), file=sys.stderr)
        return 1
    plan = metrics.province_plan(store, code, as_of=args.as_of, months=args.months)
    print(json.dumps(plan.as_json(), ensure_ascii=False, indent=2) if args.json else summary(plan))
    return 0


def _quantity(item: str, quantity: int | None) -> str:
    return t(f"plan.qty.{item}", n=fmt.number(quantity))


def summary(plan) -> str:
    """A few Indonesian lines: the moves, what is asked of the centre, units below target before and after."""
    lines = [t("plan.sum.title", name=plan.name, code=plan.region, date=fmt.date(plan.as_of),
               months=fmt.trimmed(plan.months))]
    names = dict(zip(plan.units["region_code"], plan.units["name"]))
    if plan.moves:
        lines.append(t("plan.sum.moves", n=fmt.number(len(plan.moves))))
        for move in plan.moves:
            lines.append("  " + t("plan.sum.move", source=names.get(move.source, move.source),
                                  target=names.get(move.target, move.target), item=item_word(move.item).lower(),
                                  quantity=_quantity(move.item, move.quantity)))
    else:
        lines.append(t("plan.sum.no_moves"))
    asks = [_quantity(item, n) for item, n in plan.request_to_centre.items() if n]
    lines.append(t("plan.sum.request", request=", ".join(asks)) if asks else t("plan.sum.no_request"))
    lines.append(t("plan.sum.below", before=fmt.number(plan.units_below_target_before),
                   after=fmt.number(plan.units_below_target_after)))
    return "\n".join(lines)
