"""Command-line entry: one sub-command per module in dashboard/cli/, all sharing --db."""

from __future__ import annotations

import argparse
import importlib
import sys

from dashboard.cli import words
from dashboard.store import StoreBusy

# Each module defines register(subparsers, parents) and sets a handler(args) -> exit code.
COMMAND_MODULES = ("ingest", "regions", "demo", "report", "briefing", "user", "backup")


def build_parser() -> argparse.ArgumentParser:
    words.install()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help="berkas DuckDB (bawaan: $EKTP_DB atau data/ektp.duckdb)")
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Stok Blangko KTP-el: impor ekspor Dukcapil, laporan, briefing mingguan, data demo.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, [common])
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except StoreBusy as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
