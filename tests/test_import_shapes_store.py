"""The issue's four refused shapes import from a fresh store through the real CLI with the right figures; kecamatan
and desa rows roll up exactly to kab/kota in the one coverage view every metric reads."""

from __future__ import annotations

import datetime as dt

import pytest
from test_faults_support import cli, write

from dashboard import metrics
from dashboard.importer import apply_files
from dashboard.store import Store
from tests import shapes_coverage, shapes_stock
from tests.shapes_support import S1_2024, TODAY, csv

AS_OF = dt.date(2026, 10, 31)


@pytest.fixture
def db(store):
    store.close()  # the CLI processes take the file lock; this process reopens it when a test reads
    yield store
    store.close()


def ingest(db: Store, *args: str):
    done = cli("ingest", "--db", str(db.path), *args)
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    return done


def test_the_four_refused_shapes_import_through_the_cli_with_the_right_figures(db, tmp_path):
    files = [shapes_coverage.dkb_kecamatan_xlsx(), shapes_coverage.title_period_csv(),
             shapes_coverage.long_names_csv(), shapes_stock.stock_book_xlsx()]
    done = ingest(db, *[str(write(tmp_path, f.name, f.data)) for f in files])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 berkas diterima" in done.stdout
    # Kaur's DKB kecamatan rows of Semester I 2024 (17.04.01-04) sum to its coverage: 6100 + 8100 + 2950 + 4100
    # wajib, 5950 + 7900 + 2840 + 4040 sudah (the long-names file holds Semester II 2023, an older reading).
    kaur = metrics.region_report(db, "17.04", as_of=dt.date(2024, 6, 30))
    assert (kaur["wajib_ktp"], kaur["sudah_rekam"]) == (21250, 20730)
    assert metrics.region_report(db, "17.04", as_of=dt.date(2023, 12, 31))["wajib_ktp"] == 80000
    # The stock book: Kaur closes 3 Oct 2026 at 2,400 cards.
    stock = metrics.region_report(db, "17.04", as_of=dt.date(2026, 10, 3))
    assert stock["stock"] == 2400 and stock["as_of"] == dt.date(2026, 10, 3)


def test_region_and_period_are_asked_for_and_taken_from_the_command_line(db, tmp_path):
    path = write(tmp_path, "buku.csv", csv([["Tanggal", "Stok Awal", "Cetak", "Sisa"], ["1", "500", "20", "480"]]))
    refused = ingest(db, str(path))
    assert refused.returncode == 1 and "--region KODE" in refused.stdout
    done = ingest(db, "--region", "52.08", "--period", "Oktober 2026", str(path))
    assert done.returncode == 0, done.stdout
    with db.reading() as cur:
        stored = cur.execute("select region_code, period_end, stok_akhir from stock_ledger").fetchall()
        used = cur.execute("select options from upload_options").fetchall()
    assert stored == [("52.08", dt.date(2026, 10, 1), 480)]
    assert used == [('{"period": "Oktober 2026", "region": "52.08"}',)]


def _apply(db: Store, *files):
    results = apply_files(db, [(f.name, f.data) if hasattr(f, "name") else f for f in files], uploader="uji",
                          source="cli", today=TODAY)
    assert all(r.accepted for r in results), [r.problem_lines() for r in results]


def _units(db: Store) -> dict:
    with db.reading() as cur:
        rows = cur.execute("select region_code, rolled_from, parts, wajib_ktp, sudah_rekam, belum_rekam "
                           "from coverage_units order by region_code").fetchall()
    return {r[0]: r[1:] for r in rows}


def test_kecamatan_and_desa_roll_up_exactly_and_a_kabkotas_own_row_wins(store):
    _apply(store, shapes_coverage.desa_subtotals_csv())
    # desa only: 600 + 400 + 300 + 400 = 1700 wajib, 570 + 380 + 290 + 400 = 1640 sudah
    assert _units(store) == {"17.04": ("desa", 4, 1700, 1640, None)}
    _apply(store, shapes_coverage.title_period_csv())
    # kecamatan beat desa: 2950 + 4100, 2840 + 4040 (17.04.03 and .04 only: a partial list is still their sum)
    assert _units(store) == {"17.04": ("kecamatan", 2, 7050, 6880, None)}
    own = csv([["Kode", "Periode", "Wajib KTP", "Sudah Rekam", "Belum Rekam"],
               ["17.04", "Semester I 2024", "21.250", "20.730", "520"]])
    _apply(store, ("kaur_s1.csv", own))
    assert _units(store) == {"17.04": ("sendiri", 1, 21250, 20730, 520)}
    # Kecamatan and desa rows stay stored at their own level (issue 16 compares them).
    with store.reading() as cur:
        assert cur.execute("select count(*) from coverage where length(region_code) > 5").fetchone() == (6,)
    report = metrics.region_report(store, "17", as_of=S1_2024[1])
    assert (report["wajib_ktp"], report["sudah_rekam"]) == (21250, 20730)


def test_lists_of_units_see_the_rolled_up_figures_never_a_kecamatan(store):
    over = csv([["Kode", "Periode", "Wajib KTP", "Sudah Rekam"], ["17.04.01", "Semester I 2024", "1.000", "1.010"],
                ["17.04.02", "Semester I 2024", "1.000", "995"]])
    _apply(store, ("over.csv", over))
    problems = metrics.quality_problems(store, "17", as_of=dt.date(2024, 6, 30))
    # 1010 + 995 = 2005 of 2000 wajib: the kab/kota is over 100%, listed once, as itself.
    assert problems["over_100"].select("region_code", "wajib_ktp", "sudah_rekam").rows() == [("17.04", 2000, 2005)]
    series = metrics.coverage_series(store, "17", start=dt.date(2024, 6, 1), end=dt.date(2024, 7, 31))
    assert series.select("wajib_ktp", "sudah_rekam", "units_reporting").rows()[-1] == (2000, 2005, 1)
    units = metrics.unit_metrics(store, as_of=dt.date(2024, 6, 30))
    assert not units.filter(units["region_code"].str.count_matches(r"\.") > 1).height


def test_a_semester_stock_ledger_spreads_its_use_over_its_days_like_a_monthly_row(store):
    _apply(store, shapes_stock.semester_ledger_csv())
    report = metrics.region_report(store, "17.04", as_of=dt.date(2025, 6, 30))
    # 12,000 cards over 1 Jan - 30 Jun 2025 (181 days): 66.3 a day, closing 3,000
    assert report["stock"] == 3000 and report["burn_rate_per_day"] == pytest.approx(12000 / 181, abs=0.05)
