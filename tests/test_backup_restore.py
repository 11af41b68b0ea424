"""Backup and restore: identical reports after a round trip; tampered, partial or hostile backups are refused."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_faults_support import cli, coverage_csv, ledger, paused_cli, stock_csv, write

from dashboard import metrics
from dashboard.admin import auth
from dashboard.admin.backup import BackupError, backup, restore, verify
from dashboard.importer import apply as ingest
from dashboard.store import Store, audit, load_settings, save_settings

START = dt.date(2024, 1, 1)
REGIONS = ("ID", "65", "65.01", "65.71", "52.08")
PW = "Rahasia-Dukcapil-1"


def fill(store) -> None:
    """Real export files through the importer (archived), an account and a changed setting."""
    files = [
        ("kaltara.csv", stock_csv(ledger("65", START, 60, opening=90_000, use=0)
                                  + ledger("65.01", START, 60) + ledger("65.71", START, 60, use=55))),
        ("klu.csv", stock_csv(ledger("52.08", START, 60, opening=70_000, use=1000))),
        ("rekam.csv", coverage_csv([dict(region_code="65.01", period_start=dt.date(2024, 2, 1),
                                         period_end=dt.date(2024, 2, 29), granularity="bulanan", wajib_ktp=50_000,
                                         sudah_rekam=49_000, belum_rekam=1_000, prr=500, sudah_cetak=48_000)])),
    ]
    results = ingest.apply_files(store, files, uploader="pusat", source="cli")
    assert all(r.accepted for r in results), [r.message() for r in results]
    auth.add_user(store, "pusat", "admin", None, PW)
    save_settings(store, {"kritis_days": 10}, actor="pusat")


def reports(store) -> dict:
    s = load_settings(store)
    return {code: metrics.region_report(store, code, settings=s) for code in REGIONS}


def test_round_trip_gives_identical_reports(store, tmp_path):
    fill(store)
    expected = reports(store)
    manifest = backup(store, tmp_path / "bk")
    assert set(manifest["files"]) >= {"ektp.duckdb"} and any(k.startswith("archive/") for k in manifest["files"])
    other = Store.open(tmp_path / "other" / "ektp.duckdb", linger_seconds=0)
    restore(other, tmp_path / "bk")
    assert reports(other) == expected
    assert auth.authenticate(other, "pusat", PW).name == "pusat"
    assert load_settings(other).kritis_days == 10
    with other.reading() as cur:
        paths = [r[0] for r in cur.execute("select archive_path from uploads").fetchall()]
    assert paths and all((other.archive_dir / p).is_file() for p in paths)
    assert audit.entries(other, action="restore").height == 1
    other.close()


def test_restore_over_newer_data_needs_force_and_bumps_the_version(store, tmp_path):
    fill(store)
    expected = reports(store)
    backup(store, tmp_path / "bk")
    more = ingest.apply_files(store, [("tarakan.csv", stock_csv(ledger("65.71", START + dt.timedelta(days=60), 20)))],
                              uploader="pusat", source="cli")
    assert more[0].accepted and reports(store) != expected
    newer_version = int(store.data_version())
    with pytest.raises(BackupError, match="sudah berisi data.*--force"):
        restore(store, tmp_path / "bk")
    assert int(store.data_version()) == newer_version  # refused: nothing changed
    restore(store, tmp_path / "bk", force=True)
    assert reports(store) == expected
    # Higher than any version seen before, so no cache keyed by an old number serves stale numbers.
    assert int(store.data_version()) > newer_version
    assert list(store.path.parent.glob("ektp.duckdb.before-restore-*"))


def test_backup_refuses_a_non_empty_folder(store, tmp_path):
    (tmp_path / "bk").mkdir()
    (tmp_path / "bk" / "lain.txt").write_text("x")
    with pytest.raises(BackupError, match="sudah berisi berkas"):
        backup(store, tmp_path / "bk")


@pytest.mark.parametrize("damage, fragment", [
    ("flip_db_byte", "tidak cocok dengan sha256"),
    ("drop_manifest", "bukan cadangan yang utuh"),
    ("garbage_manifest", "bukan cadangan yang utuh"),
    ("traversal", "tidak aman"),
    ("absolute", "tidak aman"),
    ("missing_archive_file", "tidak ada"),
    ("symlink", "tidak aman"),
])
def test_damaged_or_hostile_backups_are_refused(store, tmp_path, damage, fragment):
    fill(store)
    bk = tmp_path / "bk"
    backup(store, bk)
    manifest_path = bk / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    archived = sorted(k for k in manifest["files"] if k.startswith("archive/"))
    if damage == "flip_db_byte":
        data = bytearray((bk / "ektp.duckdb").read_bytes())
        data[len(data) // 2] ^= 0xFF
        (bk / "ektp.duckdb").write_bytes(bytes(data))
    elif damage == "drop_manifest":
        manifest_path.unlink()
    elif damage == "garbage_manifest":
        manifest_path.write_text("{not json")
    elif damage in ("traversal", "absolute"):
        name = "archive/../../../etc/passwd" if damage == "traversal" else "/etc/passwd"
        manifest["files"][name] = {"sha256": "0" * 64, "bytes": 1}
        manifest_path.write_text(json.dumps(manifest))
    elif damage == "missing_archive_file":
        (bk / archived[0]).unlink()
    elif damage == "symlink":
        target = bk / archived[0]
        target.unlink()
        target.symlink_to("/etc/hostname")
    target_store = Store.open(tmp_path / "fresh" / "ektp.duckdb", linger_seconds=0)
    with pytest.raises(BackupError, match=fragment):
        restore(target_store, bk)
    assert not target_store.path.exists()  # nothing was written before the check failed


def test_backup_waits_for_a_writer_and_holds_only_committed_data(store, tmp_path):
    fill(store)
    store.close()
    proc = paused_cli(1.5, "ingest", "--db", str(store.path),
                      str(write(tmp_path, "tarakan.csv", stock_csv(ledger("65.71", START + dt.timedelta(days=60), 20)))))
    assert proc.stdout.readline().startswith("IN_TRANSACTION")
    manifest = backup(store, tmp_path / "bk")  # waits for the file lock: the upload is committed, in full
    proc.communicate(timeout=60)
    assert proc.returncode == 0
    verify(tmp_path / "bk")
    copy = Store.open(tmp_path / "copy" / "ektp.duckdb", linger_seconds=0)
    restore(copy, tmp_path / "bk")
    assert reports(copy) == reports(store)
    assert int(manifest["data_version"]) >= 1


def test_cli_backup_and_restore(store, tmp_path):
    fill(store)
    expected = reports(store)
    store.close()
    done = cli("backup", "--db", str(store.path), "--out", str(tmp_path / "bk"))
    assert done.returncode == 0 and "Cadangan dibuat" in done.stdout, done.stderr
    target = tmp_path / "t" / "ektp.duckdb"
    again = cli("restore", "--db", str(target), str(tmp_path / "bk"))
    assert again.returncode == 0, again.stderr
    refused = cli("restore", "--db", str(target), str(tmp_path / "bk"))
    assert refused.returncode == 1 and "--force" in refused.stderr
    restored = Store.open(target, linger_seconds=0)
    assert reports(restored) == expected
    restored.close()
