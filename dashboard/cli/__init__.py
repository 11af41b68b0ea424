"""Command-line entry: one module per command in dashboard/cli/, imported only when that command runs.

`python -m dashboard --help` lists every command from its help text alone, and `python -m dashboard report ...`
imports the report module and nothing of the others (no PDF stack for a report, no password hashing for a
briefing), so the command line starts about as fast as its store and frame libraries import.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from dashboard.cli import words
from dashboard.text import t

# command -> the module that registers it (register(subparsers, parents) sets handler(args) -> exit code).
COMMANDS = {
    "ingest": "ingest", "regions": "regions", "demo": "demo", "report": "report", "briefing": "briefing",
    "user": "user", "backup": "backup", "restore": "backup", "rebuild": "backup", "mapping": "mapping",
    "outreach": "outreach",
}
EXIT_BUSY = 3
__all__ = ["COMMANDS", "EXIT_BUSY", "build_parser", "main"]


def _chosen(argv: list[str]) -> str | None:
    """The command named on the command line (its first word that is a command), if any."""
    return next((word for word in argv if word in COMMANDS), None)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the chosen command's full options; every other command is listed by its help text only.

    argv None builds every command in full (tests that inspect the parser use that).
    """
    words.install()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help=t("cli.opt.db"))
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=t("cli.prog.description"))
    sub = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    chosen = _chosen(argv) if argv is not None else None
    wanted = set(COMMANDS.values()) if argv is None else {COMMANDS[chosen]} if chosen else set()
    for name in wanted:
        importlib.import_module(f"{__name__}.{name}").register(sub, [common])
    for command in COMMANDS:
        if command not in sub.choices:
            sub.add_parser(command, help=t(f"cli.cmd.{command}"), add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(argv).parse_args(argv)
    from dashboard.store import StoreBusy  # late: --help and usage errors never import the store

    try:
        return int(args.handler(args) or 0)
    except StoreBusy as exc:
        print(t("cli.store_busy", message=exc), file=sys.stderr)
        return EXIT_BUSY
    except KeyboardInterrupt:
        return 130
