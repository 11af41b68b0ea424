"""Command-line entry: one module per command in dashboard/cli/, imported only when that command runs.

`python -m dashboard --help` lists every command from its help text alone, and `python -m dashboard report ...`
imports the report module and nothing of the others (no PDF stack for a report, no password hashing for a
briefing), so the command line starts about as fast as its store and frame libraries import.

Exit codes (the same for every command; README "Command line"):
  0 done · 1 refused (a file, a backup, a week without data) · 2 usage error · 3 store busy (try again) ·
  4 store damaged (restore or rebuild) · 5 file-system failure (disk full, no permission, read-only) ·
  6 unexpected error (a Bahasa line with a reference id; the trace is in the log file, see cli/logs.py) ·
  7 store location unusable (--db / EKTP_DB: an unknown scheme, an unreachable server, no EKTP_LAKE_DATA).
No traceback reaches the terminal: main() turns every exception into one of these.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

from dashboard.cli import logs, words
from dashboard.text import t

# command -> the module that registers it (register(subparsers, parents) sets handler(args) -> exit code).
COMMANDS = {
    "ingest": "ingest", "regions": "regions", "demo": "demo", "report": "report", "plan": "plan", "briefing": "briefing",
    "user": "user", "backup": "backup", "restore": "backup", "rebuild": "backup", "doctor": "doctor",
    "mapping": "mapping", "outreach": "outreach",
}
EXIT_BUSY = 3
EXIT_DAMAGED = 4
EXIT_FILESYSTEM = 5
EXIT_UNEXPECTED = 6
EXIT_CONFIG = 7
__all__ = ["COMMANDS", "EXIT_BUSY", "EXIT_CONFIG", "EXIT_DAMAGED", "EXIT_FILESYSTEM", "EXIT_UNEXPECTED", "build_parser",
           "main"]
_log = logging.getLogger(__name__)


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


def main(argv: list[str] | None = None, *, native_stderr: bool = False) -> int:
    """Run one command; its exit code (see the module docstring). native_stderr: also send what native libraries
    write to file descriptor 2 (a Rust panic message) to the log; only for a real process (dashboard/__main__)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(argv).parse_args(argv)
    # late: --help and usage errors never import the store
    from dashboard.store import FileSystemFailure, StoreBusy, StoreConfigError, StoreDamaged, faults, location

    given = getattr(args, "db", None)
    # A server URL is no file: faults about files are judged against none, and the log stays in the local data folder.
    db = None if location.is_url(given or os.environ.get("EKTP_DB") or "") else Path(given or location.parse(None))
    log = logs.start(location.log_folder(given) / "ektp.duckdb")
    if native_stderr:
        logs.capture_native_stderr(log)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `regions | head` closed the pipe: stop quietly, and keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        # A raw DuckDB or OS error that a command did not translate is still a damaged store or a full disk.
        known = (StoreBusy, StoreDamaged, FileSystemFailure, StoreConfigError)
        fault = exc if isinstance(exc, known) else faults.classify(exc, db) if db else None
        if isinstance(fault, StoreConfigError):
            print(t("shared.cli.config", message=fault), file=sys.stderr)
            return EXIT_CONFIG
        if isinstance(fault, StoreBusy):
            print(t("cli.store_busy", message=fault), file=sys.stderr)
            return EXIT_BUSY
        if isinstance(fault, StoreDamaged):
            _log.error("store damaged: %s (%s)", fault.path, fault.detail or fault.reason)
            print(fault, file=sys.stderr)
            return EXIT_DAMAGED
        if isinstance(fault, FileSystemFailure):
            _log.error("file system refused a write: %s (%s)", fault.path, fault.detail, exc_info=exc)
            print(fault, file=sys.stderr)
            return EXIT_FILESYSTEM
        ref = logs.reference()
        _log.exception("unexpected error, reference %s, command %s", ref, args.command)
        print(t("faults.cli.unexpected", ref=ref, log=log or t("faults.cli.log_nowhere")), file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        logs.stop()
