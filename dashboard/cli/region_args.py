"""What every per-region command shares: its options (--region, --code-system, --as-of, --json) and its start."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
from typing import Any, Callable

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


def add_region_command(sub: Any, parents: list, name: str, answer: Callable[[argparse.Namespace, Any, str], int], *,
                       help: str, description: str, region_help: str, json_help: str,
                       metavar: str = "KODE") -> argparse.ArgumentParser:
    """The parser of a per-region command, with the shared options; the command runs answer(args, store, code)
    once --region names a region, and exits 2 when it does not (no store is opened then)."""
    parser = sub.add_parser(name, parents=parents, help=help, description=description)
    add_region_options(parser, region_help=region_help, json_help=json_help, metavar=metavar)
    parser.set_defaults(handler=functools.partial(_run, answer))
    return parser


def _run(answer: Callable[[argparse.Namespace, Any, str], int], args: argparse.Namespace) -> int:
    store, code = store_and_region(args)
    return EXIT_USAGE if code is None else answer(args, store, code)
