"""The options every per-region command shares (--region, --code-system, --as-of) and how a region is resolved."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from dashboard import metrics
from dashboard.text import t

EXIT_USAGE = 2


def as_of_date(value: str) -> dt.date:
    """argparse type for --as-of: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(t("metrics.bad_date", value=value[:40])) from None


def add_region_options(parser: argparse.ArgumentParser, *, region_help: str, json_help: str, metavar: str = "KODE",
                       as_of_help: str | None = None) -> None:
    """--region (required; Kemendagri '65.02' or BPS '6501'), --code-system to settle a code both systems read,
    --as-of, and --json (the machine-readable answer instead of the Indonesian lines)."""
    parser.add_argument("--region", required=True, metavar=metavar, help=region_help)
    parser.add_argument("--code-system", choices=("bps", "kemendagri"), help=t("regions.cli.code_system"))
    parser.add_argument("--as-of", type=as_of_date, metavar="TTTT-BB-HH", help=as_of_help or t("metrics.cli.as_of"))
    parser.add_argument("--json", action="store_true", help=json_help)


def resolve(args: argparse.Namespace) -> str | None:
    """The region code of --region, saying on stderr which region a code resolved to ('6501 (BPS) = 65.02
    Kabupaten Malinau'); None after printing why when the code names no region."""
    try:
        code, how = metrics.resolve_region(args.region, args.code_system)
    except metrics.UnknownRegion as exc:
        print(exc, file=sys.stderr)
        return None
    if how:
        print(t("regions.cli.resolved", resolved=how), file=sys.stderr)
    return code


def store_and_region(args: argparse.Namespace) -> tuple[Any, str | None]:
    """The region code of --region (None after saying why: no store is opened then) and the store of --db."""
    code = resolve(args)
    if code is None:
        return None, None
    from dashboard.store import open_store  # late: a usage error never opens the store

    return open_store(args.db), code
