"""`doctor`: a killed import leaves its archive file orphaned (the store rolled back, the raw file stayed);
doctor finds it, `--fix` removes it; it also finds broken ledger rules, missing manifests and pending migrations."""

from __future__ import annotations

import os
import signal

from faults_bad_day import damage, fill
from test_faults_support import big_stock_file, paused_cli, write

from dashboard.admin import doctor
from dashboard.cli import EXIT_DAMAGED, main
from dashboard.store import Store, migrations


def archive_names(store: Store) -> list[str]:
    return sorted(p.name for p in store.archive_dir.iterdir())


def test_a_healthy_store_passes_every_check(store, capsys):
    fill(store)
    assert main(["doctor", "--db", str(store.path)]) == 0
    out = capsys.readouterr().out
    last = sorted(migrations.MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql"))[-1].stem
    assert "OK       berkas terbuka dan terbaca utuh" in out and f"migrasi lengkap (terakhir: {last})" in out
    assert "aturan buku stok terpenuhi" in out and "arsip cocok dengan daftar unggahan (4 berkas" in out
    assert out.rstrip().endswith("Selesai: semua baik.")


def test_a_killed_import_leaves_an_orphan_that_doctor_finds_and_fix_removes(store, tmp_path, capsys):
    fill(store)
    before, version = archive_names(store), store.data_version()
    store.close()
    big = write(tmp_path, "kaltara_besar.csv", big_stock_file(days=60))
    proc = paused_cli(120, "ingest", "--db", str(store.path), str(big))
    assert proc.stdout.readline().startswith("IN_TRANSACTION"), proc.stderr.read()
    os.kill(proc.pid, signal.SIGKILL)  # after the raw file was written, before the commit
    proc.wait(timeout=30)
    orphans = sorted(set(archive_names(store)) - set(before))
    assert len(orphans) == 1 and orphans[0].endswith(".csv")  # the failure this command exists for
    assert store.data_version() == version

    assert main(["doctor", "--db", str(store.path)]) == 1
    out = capsys.readouterr().out
    assert f"MASALAH  1 berkas yatim di arsip (tanpa unggahan, sisa impor yang terhenti): {orphans[0]}" in out
    assert "doctor --fix" in out

    assert main(["doctor", "--fix", "--db", str(store.path)]) == 0
    assert "DIPERBAIKI" in capsys.readouterr().out
    assert archive_names(store) == before and store.data_version() == version
    assert main(["doctor", "--db", str(store.path)]) == 0


def test_doctor_names_broken_rules_missing_manifests_and_changed_files(store, capsys):
    results = fill(store)
    with store.writing() as cur:  # what no importer writes: a key twice and a row from no upload
        cur.execute("insert into stock_ledger by name select * replace (999 as upload_id) from stock_ledger limit 1")
    manifest = next(store.archive_dir.glob("*.json"))
    manifest.unlink()
    changed = next(p for p in store.archive_dir.iterdir() if p.suffix == ".csv")
    changed.write_bytes(changed.read_bytes() + b"\n")
    assert main(["doctor", "--db", str(store.path)]) == 1
    out = capsys.readouterr().out
    assert "1 kunci stok (wilayah, barang, periode) tersimpan lebih dari sekali" in out
    assert "1 baris stok tidak berasal dari unggahan yang tercatat" in out
    assert f"1 berkas arsip berubah sejak diunggah (sha256 lain): {changed.name}" in out
    assert "1 unggahan tanpa manifest di arsip" in out
    report = doctor(store, fix=True)
    assert manifest.is_file()  # rewritten from the uploads table
    assert not report.healthy and {f.check for f in report.findings if not (f.ok or f.fixed)} == {"ledger", "archive"}
    assert len(results) == 4


def test_doctor_runs_pending_migrations_only_with_fix(store, capsys):
    fill(store)
    with store.writing(data_change=False) as cur:
        cur.execute("drop table upload_regions")
        cur.execute("delete from schema_migrations where version = 6")
    store.close()
    assert main(["doctor", "--db", str(store.path)]) == 1
    assert "migrasi belum dijalankan: 006_recovery" in capsys.readouterr().out
    assert main(["doctor", "--fix", "--db", str(store.path)]) == 0
    out = capsys.readouterr().out
    assert "DIPERBAIKI migrasi belum dijalankan: 006_recovery" in out and "Selesai: semua baik." in out


def test_doctor_on_a_damaged_store_exits_4(store, capsys):
    fill(store)
    store.close()
    damage(store.path, "garbled")
    assert main(["doctor", "--db", str(store.path)]) == EXIT_DAMAGED
    err = capsys.readouterr().err
    assert "rusak" in err and "restore" in err and "rebuild --from-archive" in err
