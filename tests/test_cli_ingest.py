"""`python -m dashboard ingest` and `regions` end to end, in real processes: exit codes, messages, store effects."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from test_faults_support import cli, ledger, stock_csv, write

from dashboard import regions
from dashboard.admin import auth
from dashboard.store import save_settings

START = dt.date(2024, 1, 1)


def _rows(store, code: str) -> list[tuple]:
    with store.reading() as cur:
        return cur.execute("select period_end, pemakaian from stock_ledger where region_code = ? "
                           "order by period_end", [code]).fetchall()


def _counts(store) -> tuple:
    with store.reading() as cur:
        return cur.execute("select (select count(*) from stock_ledger), (select count(*) from stock_ledger_history), "
                           "(select count(*) from uploads)").fetchall()[0]


@pytest.fixture
def db(store):
    store.close()  # the CLI processes take the file lock; this process reopens it when a test reads
    yield store
    store.close()


def ingest(db, *args: str):
    done = cli("ingest", "--db", str(db.path), *args)
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    db.close()
    return done


def test_ingest_dry_run_duplicate_and_correction(db, tmp_path):
    first = write(tmp_path, "malinau.csv", stock_csv(ledger("65.01", START, 10, use=40)))
    dry = ingest(db, "--dry-run", str(first))
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "Uji coba" in dry.stdout and "Akan diterima: 10 baris — 10 baru." in dry.stdout
    version = db.data_version()
    assert _counts(db) == (0, 0, 0) and db.data_version() == version

    done = ingest(db, str(first))
    assert done.returncode == 0 and "malinau.csv: Diterima: 10 baris — 10 baru." in done.stdout
    assert _counts(db) == (10, 0, 1)
    with db.reading() as cur:
        assert cur.execute("select uploader, source from uploads").fetchall()[0][0].startswith("cli")

    version = db.data_version()
    again = ingest(db, str(first))
    assert again.returncode == 0 and "sama persis dengan unggahan #1" in again.stdout
    assert _counts(db) == (10, 0, 1) and db.data_version() == version

    fixed = write(tmp_path, "malinau_revisi.csv", stock_csv(ledger("65.01", START, 10, use=45)))
    done = ingest(db, str(fixed))
    assert done.returncode == 0 and "10 mengganti data lama" in done.stdout
    assert _counts(db) == (10, 10, 2) and {r[1] for r in _rows(db, "65.01")} == {45}


def test_refusal_names_row_column_value_and_changes_nothing(db, tmp_path):
    good = write(tmp_path, "baik.csv", stock_csv(ledger("65.01", START, 3)))
    bad = write(tmp_path, "buruk.csv", stock_csv(ledger("65.02", START, 3)).replace(b";40;0;", b";empat puluh;0;", 1))
    alone = ingest(db, str(bad))
    assert alone.returncode == 1
    assert "buruk.csv: Ditolak: 1 masalah; tidak ada data yang diubah." in alone.stdout
    assert 'buruk.csv, baris 2, kolom "pemakaian"' in alone.stdout and '"empat puluh"' in alone.stdout
    assert _counts(db) == (0, 0, 0)

    mixed = ingest(db, str(good), str(bad))
    assert mixed.returncode == 1
    assert "baik.csv: Diterima" in mixed.stdout and "buruk.csv: Ditolak" in mixed.stdout
    assert "1 berkas diterima, 0 tanpa perubahan, 1 ditolak" in mixed.stdout
    assert len(_rows(db, "65.01")) == 3 and _rows(db, "65.02") == []


def test_as_user_scope_and_attribution(db, tmp_path):
    auth.add_user(db, "bulungan", "kabkota", "65.02", "Rahasia-Dukcapil-1")
    auth.add_user(db, "tamu", "viewer", None, "Rahasia-Dukcapil-1")
    db.close()
    both = write(tmp_path, "dua_wilayah.csv", stock_csv(ledger("65.02", START, 2) + ledger("65.01", START, 1)))
    done = ingest(db, "--as", "bulungan", str(both))
    assert done.returncode == 1
    assert 'baris 4, kolom "kode_wilayah"' in done.stdout and "di luar wilayah Anda" in done.stdout
    assert "65.01" in done.stdout and _counts(db) == (0, 0, 0)

    own = write(tmp_path, "bulungan.csv", stock_csv(ledger("65.02", START, 2)))
    assert ingest(db, "--as", "bulungan", str(own)).returncode == 0
    with db.reading() as cur:
        assert cur.execute("select uploader from uploads").fetchall() == [("bulungan",)]

    for who, words in (("siapa", "tidak dikenal"), ("tamu", "")):
        refused = ingest(db, "--as", who, str(own))
        assert refused.returncode == 2 and refused.stderr.startswith("Gagal:") and words in refused.stderr


def test_usage_errors_exit_2_in_indonesian(tmp_path):
    fresh = tmp_path / "baru.duckdb"  # a store not yet made: a usage error must not create it
    missing = cli("ingest", "--db", str(fresh), str(tmp_path / "tidak_ada.csv"))
    assert missing.returncode == 2 and "berkas tidak ditemukan" in missing.stderr
    folder = cli("ingest", "--db", str(fresh), str(tmp_path))
    assert folder.returncode == 2 and "bukan berkas biasa" in folder.stderr
    assert "Traceback" not in missing.stderr + folder.stderr
    assert not fresh.exists()  # nothing was opened for a usage error


def test_regions_prints_the_reference_list_as_csv(db):
    done = cli("regions", "--db", str(db.path))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == ["code", "name", "level", "parent_code", "bps_code"]
    levels = [r["level"] for r in rows]
    assert levels.count("provinsi") == 38 and levels.count("kabupaten") + levels.count("kota") == 514
    by_code = {r["code"]: r for r in rows}
    assert by_code["52.08"] == {"code": "52.08", "name": regions.get("52.08").name, "level": "kabupaten",
                                "parent_code": "52", "bps_code": "5208"}
    assert by_code["65"]["parent_code"] == ""
    # Both codes side by side: Kemendagri 65.02 Malinau is BPS 6501; Kemendagri 91 Papua is BPS 94.
    assert (by_code["65.02"]["bps_code"], by_code["65.01"]["bps_code"], by_code["91"]["bps_code"]) == (
        "6501", "6502", "94")


def test_a_file_over_the_size_limit_is_refused_unread(db, tmp_path):
    save_settings(db, {"max_upload_mb": 1}, actor="test")
    db.close()
    big = tmp_path / "besar.csv"
    big.write_bytes(stock_csv(ledger("65.01", START, 3)) + b"\n" * (3 * 1024 * 1024))
    small = write(tmp_path, "kecil.csv", stock_csv(ledger("65.02", START, 3)))
    done = ingest(db, str(big), str(small))
    assert done.returncode == 1
    assert "besar.csv: Ditolak: 1 masalah" in done.stdout
    assert "Berkas terlalu besar (3,0 MB; batas 1,0 MB)" in done.stdout
    assert "kecil.csv: Diterima: 3 baris" in done.stdout
    assert done.stdout.index("besar.csv") < done.stdout.index("kecil.csv")
