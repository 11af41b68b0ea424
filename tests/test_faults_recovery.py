"""Recovery that works when it is needed: restore --force over a damaged store, and rebuild from the upload
archive alone (each accepted upload leaves a manifest beside its raw file)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from faults_bad_day import damage, fill

from dashboard import metrics
from dashboard.admin import auth, backup, rebuild
from dashboard.admin.backup import BackupError
from dashboard.cli import main
from dashboard.store import Store, StoreDamaged, load_settings

REGIONS = ("ID", "65", "65.01", "65.71")


def reports(store: Store) -> dict:
    s = load_settings(store)
    out = {code: metrics.region_report(store, code, settings=s) for code in REGIONS}
    metrics.clear_cache()
    return out


def test_every_upload_has_a_durable_manifest_beside_its_file(store):
    results = fill(store)
    for result in results:
        with store.reading() as cur:
            rel, at = cur.execute("select archive_path, epoch(uploaded_at) from uploads where upload_id = ?",
                                  [result.upload_id]).fetchall()[0]
        manifest = json.loads((store.archive_dir / (rel + ".json")).read_text())
        assert manifest == {"format": "ektp-upload/1", "upload_id": result.upload_id, "archive": rel,
                            "file_name": result.file_name, "sha256": result.sha256, "uploader": "pusat",
                            "uploaded_at": manifest["uploaded_at"], "source": "cli", "kind": result.kind,
                            "options": {}}
        assert abs(at - dt.datetime.fromisoformat(manifest["uploaded_at"]).timestamp()) < 0.001


@pytest.mark.parametrize("how", ["truncated", "bad_header"])
def test_restore_force_moves_a_damaged_store_aside_and_restores(store, tmp_path, capsys, how):
    fill(store)
    expected = reports(store)
    assert main(["backup", "--db", str(store.path), "--out", str(tmp_path / "cadangan")]) == 0
    store.close()
    damage(store.path, how)
    code = main(["restore", "--db", str(store.path), str(tmp_path / "cadangan")])
    err = capsys.readouterr().err
    assert code == 1 and "rusak (tidak dapat dibuka). Pakai --force" in err
    assert main(["restore", "--db", str(store.path), "--force", str(tmp_path / "cadangan")]) == 0
    out = capsys.readouterr().out
    [aside] = list(tmp_path.glob("ektp.duckdb.damaged-*"))
    assert f"Basis data rusak disimpan sebagai {aside.name}" in out
    assert aside.read_bytes()[:4] != b"DUCK" or how == "truncated"  # the damaged bytes are kept, never deleted
    assert reports(store) == expected


def test_rebuild_from_the_archive_alone_gives_the_same_numbers(store, tmp_path, capsys):
    fill(store)
    expected = reports(store)
    store.close()
    archive = store.archive_dir
    out = tmp_path / "baru.duckdb"
    assert main(["rebuild", "--db", str(tmp_path / "nothing.duckdb"), "--from-archive", str(archive),
                 "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "4 unggahan diputar ulang" in said and f"manifest di {archive}" in said
    assert "Akun pengguna, pengaturan" in said  # nothing to salvage them from: the operator is told
    rebuilt = Store.open(out, linger_seconds=0)
    try:
        assert reports(rebuilt) == expected
    finally:
        rebuilt.close()


def test_rebuild_of_a_damaged_store_reads_the_archive_and_salvages_nothing_it_cannot(store, tmp_path):
    fill(store)
    expected = reports(store)
    store.close()
    damage(store.path, "garbled")
    with pytest.raises(StoreDamaged):
        store.is_empty()
    counts = rebuild(store, tmp_path / "baru.duckdb", replace=True)
    assert counts["uploads"] == 4 and counts["from_archive"] == str(store.archive_dir)
    assert counts["aside"].startswith("ektp.duckdb.before-rebuild-")
    # The rebuilt store now sits where the damaged one was, with its archive; the old ones are kept aside.
    assert reports(store) == expected
    assert (tmp_path / counts["aside"]).exists() and list(tmp_path.glob("ektp-archive.before-rebuild-*"))
    assert not (tmp_path / "baru.duckdb").exists()
    rels = [r[0] for r in store.query("backup/uploads_replay").select("archive_path").rows()]
    assert all((store.archive_dir / rel).is_file() and (store.archive_dir / f"{rel}.json").is_file() for rel in rels)


def test_rebuild_salvages_accounts_from_a_store_that_still_reads(store, tmp_path):
    fill(store)
    counts = rebuild(store, tmp_path / "baru.duckdb", from_archive=store.archive_dir)
    assert counts["salvaged"]
    rebuilt = Store.open(tmp_path / "baru.duckdb", linger_seconds=0)
    try:
        assert auth.get_user(rebuilt, "bulungan").region_code == "65.01"
    finally:
        rebuilt.close()


def test_rebuild_refuses_an_archive_file_changed_since_upload(store, tmp_path):
    fill(store)
    store.close()
    victim = sorted(p for p in store.archive_dir.iterdir() if p.suffix == ".csv")[0]
    victim.write_bytes(victim.read_bytes().replace(b"65.01", b"65.02", 1))
    with pytest.raises(BackupError, match="berubah sejak diunggah"):
        rebuild(store, tmp_path / "baru.duckdb", from_archive=store.archive_dir)


def test_a_backup_of_a_damaged_store_is_refused_as_damage(store, tmp_path):
    fill(store)
    store.close()
    damage(store.path, "truncated")
    with pytest.raises(StoreDamaged):
        backup(store, tmp_path / "cadangan")
