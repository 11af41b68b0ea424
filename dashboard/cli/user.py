"""`user add|list|remove|passwd`: accounts for the app and for `ingest --as` (passwords only via stdin)."""

from __future__ import annotations

import getpass
import sys

from dashboard import regions
from dashboard.admin import auth
from dashboard.store import open_store
from dashboard.text import t


def register(sub, parents) -> None:
    parser = sub.add_parser("user", help=t("cli.cmd.user"))
    cmds = parser.add_subparsers(dest="user_command", required=True, metavar="AKSI")
    # --db sits on each leaf parser: argparse lets a subparser's default overwrite a parent's parsed value.
    add = cmds.add_parser("add", parents=parents, help="tambah pengguna; kata sandi dibaca dari stdin")
    add.add_argument("name", metavar="NAMA")
    add.add_argument("--role", required=True, choices=auth.ROLES)
    add.add_argument("--region", metavar="KODE", help="kode provinsi (provinsi) atau kab/kota (kabkota)")
    add.add_argument("--email", help="email untuk masuk lewat SSO (opsional)")
    add.add_argument("--password-stdin", action="store_true", required=True,
                     help="baca kata sandi dari stdin (tidak pernah dari argumen: terlihat di daftar proses)")
    add.set_defaults(handler=_add)
    lst = cmds.add_parser("list", parents=parents, help="daftar pengguna (tanpa hash kata sandi)")
    lst.set_defaults(handler=_list)
    rm = cmds.add_parser("remove", parents=parents, help="hapus pengguna")
    rm.add_argument("name", metavar="NAMA")
    rm.set_defaults(handler=_remove)
    pw = cmds.add_parser("passwd", parents=parents, help="ganti kata sandi; dibaca dari stdin")
    pw.add_argument("name", metavar="NAMA")
    pw.add_argument("--password-stdin", action="store_true", required=True)
    pw.set_defaults(handler=_passwd)


def actor() -> str:
    """Who ran the command, as written to the audit trail."""
    try:
        return f"cli:{getpass.getuser()}"[:64]
    except (KeyError, OSError):
        return "cli"


def read_password() -> str:
    """The password from stdin: one line, its line ending removed (a prompt without echo on a terminal)."""
    if sys.stdin.isatty():
        return getpass.getpass(t("auth.login.password") + ": ")
    text = sys.stdin.readline()
    return text[:-1] if text.endswith("\n") else text


def _fail(exc: Exception) -> int:
    print(f"Gagal: {exc}", file=sys.stderr)
    return 1


def _add(args) -> int:
    password = read_password().rstrip("\r")
    try:
        user = auth.add_user(open_store(args.db), args.name, args.role, args.region, password,
                             email=args.email, actor=actor())
    except auth.AuthError as exc:
        return _fail(exc)
    print(t("auth.cli.added", who=user.describe()))
    return 0


def _list(args) -> int:
    users = auth.list_users(open_store(args.db))
    if not users:
        print(t("auth.cli.no_users"))
        return 0
    print("nama\tperan\twilayah\tnama_wilayah\temail\tdibuat\tnonaktif")
    for u in users:
        region = regions.get(u.region_code) if u.region_code else None
        created = u.created_at.strftime("%Y-%m-%d %H:%M") if u.created_at else ""
        print("\t".join([u.name, u.role, u.region_code or "", region.name if region else "", u.email or "",
                         created, "ya" if u.disabled else ""]))
    return 0


def _remove(args) -> int:
    try:
        auth.remove_user(open_store(args.db), args.name, actor=actor())
    except auth.AuthError as exc:
        return _fail(exc)
    print(t("auth.cli.removed", name=auth.normalize_name(args.name)))
    return 0


def _passwd(args) -> int:
    password = read_password().rstrip("\r")
    try:
        auth.set_password(open_store(args.db), args.name, password, actor=actor())
    except auth.AuthError as exc:
        return _fail(exc)
    print(t("auth.cli.password_set", name=auth.normalize_name(args.name)))
    return 0
