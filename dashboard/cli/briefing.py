"""`briefing [--region KODE] [--as-of DATE] --out FILE.pdf [--xlsx FILE.xlsx]`: the weekly briefing files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dashboard import briefing, fmt, metrics
from dashboard.cli.region_args import as_of_date
from dashboard.store import default_path, location, open_store
from dashboard.text import t

# Exit codes: 0 written, 1 nothing to brief on (no data for the week) or a file not written, 2 usage error.
OK, NO_DATA, USAGE = 0, 1, 2


def register(sub, parents) -> None:
    parser = sub.add_parser("briefing", parents=parents, help=t("briefing.cli.help"),
                            description=t("briefing.cli.help"))
    parser.add_argument("--region", default="ID", metavar="KODE", help=t("briefing.cli.region"))
    parser.add_argument("--as-of", type=as_of_date, metavar="TTTT-BB-HH", help=t("briefing.cli.as_of"))
    parser.add_argument("--out", required=True, type=Path, metavar="BERKAS.pdf", help=t("briefing.cli.out"))
    parser.add_argument("--xlsx", type=Path, metavar="BERKAS.xlsx", help=t("briefing.cli.xlsx"))
    parser.set_defaults(handler=run)


def _write(path: Path, data: bytes) -> str | None:
    """None when written; the Indonesian reason otherwise (a missing folder, no permission, a full disk)."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        return t("briefing.cli.write_failed", path=path, reason=exc.strerror or exc)
    return None


def run(args) -> int:
    db = args.db or default_path()
    # A mistyped --db must not silently create (and brief on) a new empty store (a server URL is checked on open).
    if not location.is_url(str(db)) and not Path(db).exists():
        print(t("briefing.cli.no_db", path=db), file=sys.stderr)
        return USAGE
    try:
        made = briefing.build_briefing(open_store(db), args.region, args.as_of)
    except metrics.UnknownRegion as exc:
        print(exc, file=sys.stderr)
        return USAGE
    except briefing.NoBriefingData as exc:
        print(exc, file=sys.stderr)
        return NO_DATA
    for path, data in ((args.out, made.pdf), (args.xlsx, made.xlsx)):
        if path is None:
            continue
        problem = _write(path, data)
        if problem:
            print(problem, file=sys.stderr)
            return NO_DATA
    lines = [t("briefing.cli.done", name=made.name, week=made.week_label, seconds=fmt.number(made.seconds, 1)),
             t("briefing.cli.wrote_pdf", path=args.out, pages=made.pages, kb=fmt.number(len(made.pdf) / 1024))]
    if args.xlsx is not None:
        lines.append(t("briefing.cli.wrote_xlsx", path=args.xlsx, kb=fmt.number(len(made.xlsx) / 1024)))
    try:
        print("\n".join(lines), flush=True)
    except BrokenPipeError:
        # `… | head -1` closed our stdout: the files are written, so this is still a success (and no traceback
        # when Python flushes stdout again at exit).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return OK
