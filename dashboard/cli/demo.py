"""`demo [--today DATE] [--seed N] [--months N] [--region KODE ...] [--replace]`: build the deterministic demo store."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from dashboard import demo, fmt
from dashboard.domain import today_wib
from dashboard.store import open_store
from dashboard.text import t


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(t("demo.err.bad_date", value=value)) from None


def register(sub, parents) -> None:
    parser = sub.add_parser("demo", parents=parents, help=t("demo.cli.help"), description=t("demo.cli.help"))
    parser.add_argument("--today", type=_date, metavar="TTTT-BB-HH", help=t("demo.cli.today"))
    parser.add_argument("--seed", type=int, default=demo.DEFAULT_SEED, metavar="N",
                        help=t("demo.cli.seed", seed=demo.DEFAULT_SEED))
    parser.add_argument("--months", type=int, default=demo.DEFAULT_MONTHS, metavar="N",
                        help=t("demo.cli.months", months=demo.DEFAULT_MONTHS))
    parser.add_argument("--region", nargs="+", metavar="KODE", help=t("demo.cli.regions"))
    parser.add_argument("--replace", action="store_true", help=t("demo.cli.replace"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    today = args.today or today_wib()
    # Demo data never reaches past the real today (the app would show "future" stock).
    if today > today_wib():
        print(t("demo.cli.failed", message=t("demo.err.future", value=fmt.date(today))), file=sys.stderr)
        return 2
    print(t("demo.cli.building", seed=args.seed, months=args.months, end=fmt.date(today)), flush=True)
    try:
        counts = demo.build_demo(open_store(args.db), today=today, seed=args.seed, months=args.months,
                                 regions=args.region, replace=args.replace)
    except ValueError as exc:
        print(t("demo.cli.failed", message=exc), file=sys.stderr)
        return 1
    print(t("demo.cli.done", stock=fmt.number(counts["stock_rows"]), coverage=fmt.number(counts["coverage_rows"]),
            provinces=counts["provinces"], kabkota=counts["kabkota"], days=fmt.number(counts["days"]),
            start=fmt.date(counts["start"]), end=fmt.date(counts["end"]), seconds=fmt.number(counts["seconds"], 1)))
    return 0
