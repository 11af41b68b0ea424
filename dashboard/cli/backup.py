"""`backup --out DIR`, `restore DIR [--force]`, `rebuild [--out PATH] [--force] [--from-archive DIR] [--replace]`."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any, Callable

from dashboard import admin
from dashboard.cli.user import actor
from dashboard.store import location, open_store
from dashboard.text import t


def register(sub, parents) -> None:
    bk = sub.add_parser("backup", parents=parents, help=t("cli.cmd.backup"))
    bk.add_argument("--out", required=True, metavar="DIR", help="folder baru atau kosong")
    bk.set_defaults(handler=_backup)
    rs = sub.add_parser("restore", parents=parents, help=t("cli.cmd.restore"))
    rs.add_argument("dir", metavar="DIR")
    rs.add_argument("--force", action="store_true", help="timpa basis data yang sudah berisi (data lama disisihkan)")
    rs.set_defaults(handler=_restore)
    rb = sub.add_parser("rebuild", parents=parents,
                        help=t("cli.cmd.rebuild"))
    rb.add_argument("--out", metavar="PATH", help="berkas tujuan (bawaan: <db>-rebuild.duckdb di folder yang sama)")
    rb.add_argument("--force", action="store_true", help="timpa berkas tujuan bila sudah ada")
    rb.add_argument("--from-archive", metavar="DIR", help=t("recovery.cli.from_archive"))
    rb.add_argument("--replace", action="store_true", help=t("recovery.cli.replace"))
    rb.set_defaults(handler=_rebuild)


def _fail(exc: Exception) -> int:
    print(f"Gagal: {exc}", file=sys.stderr)
    return 1


def file_only(store) -> int | None:
    """Exit 1 with the way to back up a shared store (pg_dump + the lake folder) when store is one; else None."""
    if not store.shared:
        return None
    print(t("shared.cli.file_only", server=store.path, lake=store.server.lake_data), file=sys.stderr)
    return 1


def _on_the_file(step: Callable[[Any, Any], int]) -> Callable[[Any], int]:
    """The handler of a command that works on the store's file: it opens --db, refuses a shared store (file_only),
    runs step(args, store), and turns a refused backup, restore or rebuild (admin.BackupError) into exit 1."""
    @functools.wraps(step)
    def handler(args) -> int:
        store = open_store(args.db)
        if (refused := file_only(store)) is not None:
            return refused
        try:
            return step(args, store)
        except admin.BackupError as exc:
            return _fail(exc)
    return handler


@_on_the_file
def _backup(args, store) -> int:
    manifest = admin.backup(store, args.out, actor=actor())
    print(t("auth.backup.done", dir=args.out, version=manifest["data_version"], files=len(manifest["files"])))
    return 0


@_on_the_file
def _restore(args, store) -> int:
    manifest = admin.restore(store, args.dir, force=args.force, actor=actor())
    print(t("auth.restore.done", dir=args.dir, path=store.path, version=manifest["data_version"]))
    if manifest.get("aside"):
        print(t("recovery.restore.aside_damaged" if manifest["damaged"] else "recovery.restore.aside",
                name=manifest["aside"]))
    return 0


@_on_the_file
def _rebuild(args, store) -> int:
    to_server = bool(args.out) and location.is_url(args.out)  # into an empty shared store (README "Scaling out")
    out = args.out if to_server else Path(args.out) if args.out else store.path.with_name(f"{store.path.stem}-rebuild.duckdb")
    counts = admin.rebuild(store, out, force=args.force, actor=actor(), from_archive=args.from_archive,
                           replace=args.replace)
    shown = open_store(out).path if to_server else out  # never the password
    print(t("auth.rebuild.done", path=shown, uploads=counts["uploads"], demo=counts["demo"]))
    if counts["from_archive"]:
        print(t("recovery.rebuild.from_archive", dir=counts["from_archive"]))
    if not counts["salvaged"]:
        print(t("recovery.rebuild.not_salvaged"))
    if counts.get("aside"):
        print(t("recovery.rebuild.replaced", path=store.path, aside=counts["aside"]))
    elif counts["from_archive"] and not to_server:
        print(t("recovery.rebuild.next", path=store.path, out=out))
    if counts["unreadable_manifests"]:
        print(t("recovery.rebuild.unreadable", n=len(counts["unreadable_manifests"]),
                names=", ".join(counts["unreadable_manifests"][:5])), file=sys.stderr)
        return 1
    return 0
