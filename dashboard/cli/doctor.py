"""`doctor [--fix]`: check the store (opens, reads whole, migrations, ledger rules, archive vs uploads) and say so."""

from __future__ import annotations

from dashboard import admin
from dashboard.store import open_store
from dashboard.text import t


def register(sub, parents) -> None:
    parser = sub.add_parser("doctor", parents=parents, help=t("cli.cmd.doctor"), description=t("doctor.cli.help"))
    parser.add_argument("--fix", action="store_true", help=t("doctor.cli.fix"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    """Exit 0 when all is well (or everything found was repaired), 1 when a problem remains; a damaged store
    raises StoreDamaged, which main() turns into exit 4 with the way out."""
    from dashboard.cli.backup import file_only

    store = open_store(args.db)
    if (refused := file_only(store)) is not None:
        return refused
    report = admin.doctor(store, fix=args.fix)
    print(t("doctor.head", path=store.path))
    for finding in report.findings:
        state = "doctor.state_fixed" if finding.fixed else "doctor.state_ok" if finding.ok else "doctor.state_bad"
        print(t("doctor.line", state=t(state), text=finding.text))
    if report.damaged is not None:
        raise report.damaged
    remaining = sum(1 for f in report.findings if not (f.ok or f.fixed))
    if remaining:
        print(t("doctor.summary_bad", n=remaining) + ("" if args.fix else " " + t("doctor.try_fix")))
        return 1
    print(t("doctor.summary_ok"))
    return 0
