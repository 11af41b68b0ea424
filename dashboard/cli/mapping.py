"""`mapping list|show|remove`: the column mappings offices saved on the Unggah page (removing one is audited)."""

from __future__ import annotations

import sys

from dashboard import fmt, importer
from dashboard.cli.user import actor
from dashboard.store import open_store
from dashboard.text import t


def register(sub, parents) -> None:
    parser = sub.add_parser("mapping", help=t("cli.cmd.mapping"))
    cmds = parser.add_subparsers(dest="mapping_command", required=True, metavar="AKSI")
    lst = cmds.add_parser("list", parents=parents, help=t("mapping.cli.list"))
    lst.add_argument("--office", metavar="KODE", help=t("mapping.cli.office"))
    lst.set_defaults(handler=_list)
    show = cmds.add_parser("show", parents=parents, help=t("mapping.cli.show"))
    show.add_argument("name", metavar="NAMA", help=t("mapping.cli.name"))
    show.add_argument("--office", metavar="KODE", help=t("mapping.cli.office"))
    show.set_defaults(handler=_show)
    rm = cmds.add_parser("remove", parents=parents, help=t("mapping.cli.remove"))
    rm.add_argument("name", metavar="NAMA", help=t("mapping.cli.name"))
    rm.add_argument("--office", metavar="KODE", help=t("mapping.cli.office"))
    rm.add_argument("--as", dest="as_user", metavar="NAMA", help=t("mapping.cli.as"))
    rm.set_defaults(handler=_remove)


def _office(code: str) -> str:
    return code or t("mapping.office.pusat")


def _list(args) -> int:
    rows = importer.mapping_rows(open_store(args.db), args.office)
    if rows.is_empty():
        print(t("mapping.cli.none"))
        return 0
    print(t("mapping.cli.head"))
    for r in rows.iter_rows(named=True):
        print(t("mapping.cli.row", office=_office(r["office"]), name=r["name"], kind=r["kind"], by=r["created_by"],
                at=fmt.date(r["created_at"])))
    return 0


def _find(args) -> importer.Mapping | None:
    try:
        return importer.find_mapping(open_store(args.db), args.name, args.office)
    except importer.MappingError as exc:
        print(t("mapping.cli.error", message=exc), file=sys.stderr)
        return None


def _show(args) -> int:
    found = _find(args)
    if found is None:
        return 1
    print(t("mapping.cli.show_head", name=found.name, office=_office(found.office), kind=found.kind))
    for name, position in sorted(found.columns.items(), key=lambda kv: kv[1]):
        header = found.headers[position] if position < len(found.headers) else ""
        print(t("mapping.cli.show_column", letter=importer.column_letter(position), header=header,
                field=t(f"import.field.{name}")))
    if found.item:
        print(t("mapping.cli.show_item", item=t(f"item.{found.item}")))
    if found.region:
        print(t("mapping.cli.show_region", region=found.region))
    return 0


def _remove(args) -> int:
    found = _find(args)
    if found is None:
        return 1
    importer.remove_mapping(open_store(args.db), found, actor=args.as_user or actor())
    print(t("mapping.cli.removed", name=found.name, office=_office(found.office)))
    return 0
