"""`doctor`: is the store healthy? It opens, reads whole, has every migration, keeps the ledger rules, and its
upload archive agrees with the uploads table (no orphaned file, no missing one, a manifest for each upload).

The checks run under the store's file lock with a read-only connection, so no import is half-way (an in-flight
import's archive file would look orphaned) and nothing is changed unless fix=True.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from dashboard import domain, fmt
from dashboard.admin import archive
from dashboard.admin.backup import exclusive, sha256
from dashboard.store import DUCKDB_CONFIG, Store, StoreDamaged, derived, faults, migrations, queries
from dashboard.text import t


@dataclass
class Finding:
    """One check: passed or not, one line of Bahasa, and whether --fix repaired it."""

    check: str
    ok: bool
    text: str
    fixed: bool = False


@dataclass
class Report:
    path: Path
    findings: list[Finding] = field(default_factory=list)
    damaged: StoreDamaged | None = None

    @property
    def healthy(self) -> bool:
        return self.damaged is None and all(f.ok or f.fixed for f in self.findings)

    def add(self, check: str, ok: bool, key: str, **values: object) -> Finding:
        finding = Finding(check, ok, t(key, **values))
        self.findings.append(finding)
        return finding


_REOPEN = ("migrations", "derived", "version")  # repaired by opening the store read-write


def examine(store: Store, *, fix: bool = False) -> Report:
    """Run every check, and with fix=True repair what can be repaired (pending migrations, stale derived tables or
    version file, orphaned archive files, missing manifests); a damaged store stops at the first check."""
    report = _examine(store, fix=fix)
    if not fix or report.damaged is not None or not any(f.check in _REOPEN and not f.ok for f in report.findings):
        return report
    with store.writing(data_change=False) as cur:  # opening migrates and rewrites the version file
        derived.refresh(cur)
    store.close()
    again = _examine(store, fix=True)  # the archive check needs the current schema
    repaired = [f for f in report.findings if f.check in _REOPEN and not f.ok]
    for finding in repaired:
        finding.fixed = True
    again.findings = repaired + [f for f in again.findings if f.ok or f.check not in _REOPEN]
    return again


def _examine(store: Store, *, fix: bool) -> Report:
    report = Report(store.path)
    if not store.path.exists():
        report.add("open", False, "doctor.no_store", path=store.path)
        return report
    with exclusive(store):
        try:
            con = duckdb.connect(str(store.path), read_only=True, config=DUCKDB_CONFIG)
        except (duckdb.Error, OSError) as exc:
            report.damaged = _as_damage(exc, store.path)
            return report
        try:
            uploads = _checks(report, con, store)
        finally:
            con.close()
        if uploads is not None:
            _archive(report, uploads, store, fix=fix)
    return report


def _as_damage(exc: BaseException, path: Path) -> StoreDamaged:
    found = faults.classify(exc, path, opening=True)
    if isinstance(found, StoreDamaged):
        return found
    raise (found or exc) from exc


def _checks(report: Report, con: duckdb.DuckDBPyConnection, store: Store) -> list[dict] | None:
    """Open, full read, migrations, ledger rules; the uploads rows for the archive check (None: not possible)."""
    try:
        faults.check_opened(con, store.path)
        tables = queries.frame(con, "doctor/tables")["table_name"].to_list()
        for name in tables:
            _read_whole(con, name)
    except StoreDamaged as exc:
        report.damaged = exc
        return None
    except duckdb.Error as exc:
        report.damaged = _as_damage(exc, store.path)
        return None
    report.add("open", True, "doctor.open_ok", tables=fmt.number(len(tables)))
    applied = set()
    if "schema_migrations" in tables:
        applied = {int(v) for v in queries.frame(con, "store/migrations_applied")["version"].to_list()}
    wanted = {int(p.name[:3]): p.stem for p in migrations.MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql")}
    pending = [wanted[v] for v in sorted(wanted) if v not in applied]
    if pending:
        report.add("migrations", False, "doctor.migrations_pending", names=", ".join(pending))
        return None  # the rules below read tables a pending migration creates
    report.add("migrations", True, "doctor.migrations_ok", last=wanted[max(wanted)])
    rules = queries.frame(con, "doctor/invariants", {"items": list(domain.ITEMS)})
    broken = [(rule, n) for rule, n in rules.iter_rows() if n]
    for rule, n in broken:
        report.add("ledger", False, f"doctor.rule.{rule}", n=fmt.number(n))
    if not broken:
        report.add("ledger", True, "doctor.ledger_ok")
    if not derived.fresh(con):
        report.add("derived", False, "doctor.derived_stale")
    version = str(queries.scalar(con, "store/data_version") or "0")
    stored = _version_file(store)
    if stored != version:
        report.add("version", False, "doctor.version_stale", stored=stored or "-", version=version)
    # Each upload with what it took from outside its file, so a manifest written by --fix can replay it.
    replay = dict(queries.frame(con, "backup/upload_options").iter_rows())
    return [{**row, "options": replay.get(row["upload_id"])} for row in queries.frame(con, "backup/uploads_replay").to_dicts()]


def _read_whole(con: duckdb.DuckDBPyConnection, name: str) -> None:
    reader = con.sql(queries.load("doctor/read_table"), params={"name": name}).to_arrow_reader(100_000)
    for _ in reader:
        pass


def _version_file(store: Store) -> str | None:
    try:
        return store.path.with_name(store.path.name + ".version").read_text()
    except OSError:
        return None


def _archive(report: Report, con_rows: list[dict], store: Store, *, fix: bool) -> None:
    """The archive folder against the uploads table (run under the lock: no import is half-way)."""
    root = store.archive_dir
    named = {row["archive_path"]: row for row in con_rows if row["archive_path"]}
    ids = {int(row["upload_id"]) for row in con_rows}
    missing = [rel for rel in sorted(named) if not (root / rel).is_file()]
    changed = [rel for rel in sorted(named) if (root / rel).is_file() and sha256(root / rel) != named[rel]["sha256"]]
    orphans = [p for p in archive.data_files(root) if p.name not in named]
    stray = [p for p in archive.manifest_files(root)
             if (m := archive.read_manifest(p)) is None or m.upload_id not in ids or m.archive_path not in named]
    stray += archive.leftovers(root)
    unlisted = [rel for rel in sorted(named)
                if (root / rel).is_file() and not (root / (rel + archive.MANIFEST_SUFFIX)).is_file()]
    if missing:
        report.add("archive", False, "doctor.archive_missing", n=fmt.number(len(missing)),
                   names=archive.describe(missing))
    if changed:
        report.add("archive", False, "doctor.archive_changed", n=fmt.number(len(changed)),
                   names=archive.describe(changed))
    if orphans or stray:
        finding = report.add("orphans", False, "doctor.orphans", n=fmt.number(len(orphans) + len(stray)),
                             names=archive.describe([p.name for p in orphans + stray]))
        if fix:
            from dashboard import importer

            for path in orphans:
                importer.remove_archived(path)
            for path in stray:
                path.unlink(missing_ok=True)
            finding.fixed = True
    if unlisted:
        finding = report.add("manifests", False, "doctor.manifests_missing", n=fmt.number(len(unlisted)))
        if fix:
            _write_manifests(store, [named[rel] for rel in unlisted])
            finding.fixed = True
    if not (missing or changed or orphans or stray or unlisted):
        report.add("archive", True, "doctor.archive_ok", n=fmt.number(len(named)))


def _write_manifests(store: Store, rows: list[dict]) -> None:
    from dashboard import importer

    for row in rows:
        options = json.loads(row.get("options") or "{}")
        importer.write_manifest(store, importer.upload_manifest(
            row["upload_id"], row["archive_path"], file_name=row["file_name"], sha256=row["sha256"],
            uploader=row["uploader"], at=row["uploaded_at"], source=row["source"], kind=row["kind"],
            options=options))
