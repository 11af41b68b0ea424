"""`ingest [--dry-run] [--as NAME] [--mapping NAME] [--region CODE] [--period TEXT] FILE...`: import exports; per
file a summary and its problems/warnings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dashboard import fmt, importer
from dashboard.admin import auth
from dashboard.cli.user import actor
from dashboard.store import FileSystemFailure, load_settings, open_store
from dashboard.text import t

MB = 1024 * 1024


def register(sub, parents) -> None:
    parser = sub.add_parser("ingest", parents=parents, help=t("ingest.cli.help"), description=t("ingest.cli.help"))
    parser.add_argument("files", nargs="+", metavar="BERKAS", help=t("ingest.cli.files"))
    parser.add_argument("--dry-run", action="store_true", help=t("ingest.cli.dry_run"))
    parser.add_argument("--as", dest="as_user", metavar="NAMA", help=t("ingest.cli.as"))
    parser.add_argument("--mapping", metavar="NAMA", help=t("ingest.cli.mapping"))
    parser.add_argument("--region", metavar="KODE", help=t("ingest.cli.region"))
    parser.add_argument("--period", metavar="PERIODE", help=t("ingest.cli.period"))
    parser.set_defaults(handler=run)


def check_paths(paths: list[str]) -> str | None:
    """The Indonesian usage error for the first path that is not a readable file, or None (nothing opened yet)."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            return t("ingest.cli.missing", path=raw)
        if not path.is_file():
            return t("ingest.cli.not_file", path=raw)
        if not os.access(path, os.R_OK):
            return t("ingest.cli.unreadable", path=raw, reason=t("ingest.cli.no_permission"))
    return None


Entry = tuple[str, bytes] | importer.FilePlan


def read_files(paths: list[str], max_bytes: int, cls: type[importer.FilePlan]) -> list[Entry] | str:
    """Per path (base name, bytes), or a refusal when the file is over the size limit (not read: a 10 GB file
    must not fill memory; the app's uploader refuses it before ingest the same way); a str usage error when a
    file cannot be read."""
    entries: list[Entry] = []
    for raw in paths:
        name = Path(raw).name
        try:
            size = os.path.getsize(raw)
            if size > max_bytes:
                text = t("import.file.too_big", size=fmt.number(size / MB, 1), limit=fmt.number(max_bytes / MB, 1))
                entries.append(cls(file_name=name, problems=[importer.Problem(name, text)], problem_total=1))
                continue
            with open(raw, "rb") as fh:
                entries.append((name, fh.read()))
        except OSError as exc:
            return t("ingest.cli.unreadable", path=raw, reason=exc.strerror or exc)
    return entries


def report(items: list[importer.FilePlan], *, dry_run: bool) -> int:
    """Print each file's summary and findings; the exit code (1 when some file is refused)."""
    for item in items:
        print(t("ingest.cli.file_line", file=item.file_name, message=item.message()))
        for line in item.problem_lines():
            print(t("ingest.cli.problem", text=line))
        for line in item.warning_lines():
            print(t("ingest.cli.warning", text=line))
    refused = sum(1 for i in items if not i.accepted)
    duplicates = sum(1 for i in items if i.accepted and i.is_duplicate)
    key = "ingest.cli.summary_dry" if dry_run else "ingest.cli.summary"
    print(t(key, accepted=fmt.number(len(items) - refused - duplicates), duplicates=fmt.number(duplicates),
            refused=fmt.number(refused)))
    return 1 if refused else 0


def import_options(store, args, office: str) -> importer.ImportOptions:
    """What the command line gives besides the files: a named mapping (--mapping; of this office when --as names
    a kab/kota or province account, else of any office whose mapping has that name), else the office's saved
    mappings for files with their header row; --region and --period for files that name none."""
    forced = importer.find_mapping(store, args.mapping, office or None) if args.mapping else None
    saved = tuple(importer.list_mappings(store, office)) if forced is None else ()
    fallback = office if office.count(".") == 1 else None
    return importer.ImportOptions(region=args.region, period=args.period, fallback_region=fallback, mappings=saved,
                                  forced=forced)


def run(args) -> int:
    """Exit 0 when every file is accepted (a file that changes nothing counts as accepted), 1 when some file is
    refused, 2 for usage errors (a missing or unreadable file, an unknown --as user); a busy store exits 3, a damaged
    one 4, a refused write (disk full) 5 after listing the files that landed before it (cli/__init__).

    The uploader is NAME with --as (limited to that account's regions, as in the app), else 'cli:<OS user>'
    with no region limit, the name `user` and `backup` write to the audit trail: whoever runs the command can
    already write the store file, so --as is about scope and attribution, not about trust.
    """
    problem = check_paths(args.files)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    store = open_store(args.db)
    uploader, scope, office = actor(), None, ""
    if args.as_user:
        try:
            uploader, scope = auth.resolve_cli_user(store, args.as_user)
        except auth.AuthError as exc:
            print(t("ingest.cli.user", message=exc), file=sys.stderr)
            return 2
        office = auth.get_user(store, uploader).region_code or ""
    try:
        options = import_options(store, args, office)
    except importer.MappingError as exc:
        print(t("mapping.cli.error", message=exc), file=sys.stderr)
        return 2
    cls = importer.FilePlan if args.dry_run else importer.FileResult
    entries = read_files(args.files, load_settings(store).max_upload_mb * MB, cls)
    if isinstance(entries, str):
        print(entries, file=sys.stderr)
        return 2
    files = [e for e in entries if isinstance(e, tuple)]
    if args.dry_run:
        print(t("ingest.cli.dry_run_head"))
        done = importer.plan_files(store, files, allowed_regions=scope, options=options)
    else:
        try:
            done = importer.apply_files(store, files, uploader=uploader, source="cli", allowed_regions=scope,
                                        options=options)
        except FileSystemFailure as exc:
            # The files before the failing one landed: say so, then main() prints the failure and exits 5.
            for item in getattr(exc, "done", []):
                print(t("ingest.cli.file_line", file=item.file_name, message=item.message()))
            print(t("faults.ingest.not_saved", file=getattr(exc, "file_name", "?")))
            raise
    results = iter(done)
    return report([next(results) if isinstance(e, tuple) else e for e in entries], dry_run=args.dry_run)
