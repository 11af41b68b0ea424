"""Coverage kept per kecamatan: the drill-down figures, desa rolled up to their kecamatan, a kab/kota row that
disagrees with its kecamatan (listed on Kualitas data, the kab/kota row still its figure), unknown kecamatan refused."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from dashboard import importer, metrics
from dashboard.importer import apply_files
from dashboard.store import Store
from tests import outreach_support as lu
from tests import shapes_coverage
from tests.fixture_store import AS_OF
from tests.shapes_support import TODAY, csv
from tests.store_templates import open_warm

S2_2023_END = dt.date(2023, 12, 31)


@pytest.fixture
def store(tmp_path) -> Store:
    s = open_warm(tmp_path / "ektp.duckdb")
    lu.build_outreach_store(s)
    metrics.clear_cache()
    yield s
    s.close()


def _apply(store: Store, name: str, data: bytes) -> None:
    results = apply_files(store, [(name, data)], uploader="uji", source="cli", today=TODAY)
    assert all(r.accepted for r in results), [r.problem_lines() for r in results]


def test_each_kecamatan_of_lombok_utara_against_the_target(store):
    cov = metrics.kecamatan_coverage(store, "52.08", AS_OF)
    assert (cov.as_of, cov.target_pct) == (AS_OF, 99.04)
    rows = {r["region_code"]: r for r in cov.rows.iter_rows(named=True)}
    assert list(rows) == ["52.08.01", "52.08.02", "52.08.03", "52.08.04", "52.08.05"]
    kayangan = rows["52.08.03"]
    # Semester II 2023 is the latest on 31 Mar 2024: 38,000 of 40,000 = 95%, 39,616 − 38,000 = 1,616 short
    assert (kayangan["name"], kayangan["period_end"], kayangan["coverage_pct"]) == ("Kayangan", S2_2023_END, 95.0)
    assert (kayangan["coverage_gap_persons"], kayangan["belum_rekam"], kayangan["wajib_ktp_before"]) == (
        1616, 2000, 39000)
    assert rows["52.08.05"]["over_100"] and rows["52.08.05"]["coverage_gap_persons"] == 0
    assert rows["52.08.05"]["belum_rekam"] == 0  # the DKB said 0 (above 100% leaves nobody to record)
    assert [r["prr"] for r in rows.values()] == [None] * 5  # DKB carries no PRR: shown where given
    # The same rows under the province and the country; Kalimantan Utara has none.
    assert metrics.kecamatan_coverage(store, "52", AS_OF).rows.equals(cov.rows)
    assert metrics.kecamatan_coverage(store, "ID", AS_OF).rows.height == 5
    assert metrics.kecamatan_coverage(store, "65", AS_OF).rows.is_empty()


def test_the_kabkota_keeps_its_own_figure(store):
    # Lombok Utara's own March 2024 row (160,000 / 155,000) wins over the older kecamatan rows
    report = metrics.region_report(store, "52.08", AS_OF)
    assert (report["wajib_ktp"], report["sudah_rekam"]) == (160000, 155000)
    # At 31 Dec 2023 it has no own row: its kecamatan add up exactly (30,000 + 25,000 + 40,000 + 50,000 + 15,000)
    before = metrics.region_report(store, "52.08", S2_2023_END)
    assert (before["wajib_ktp"], before["sudah_rekam"]) == (160000, 154650)


def test_a_kabkota_row_that_disagrees_with_its_kecamatan_is_listed(store):
    own = csv([["Kode", "Periode", "Wajib KTP", "Sudah Rekam"], ["52.08", "Semester II 2023", "160.000", "155.000"]])
    _apply(store, "klu_s2_2023.csv", own)
    # the kab/kota row is the kab/kota's figure for that period ...
    report = metrics.region_report(store, "52.08", S2_2023_END)
    assert (report["wajib_ktp"], report["sudah_rekam"]) == (160000, 155000)
    # ... and the 350 recorded people its kecamatan do not account for are listed on Kualitas data
    problems = metrics.quality_problems(store, "52", AS_OF)
    listed = problems["kecamatan_mismatch"].row(0, named=True)
    assert (listed["region_code"], listed["name"], listed["level"], listed["period_end"]) == (
        "52.08", "Kabupaten Lombok Utara", "kabupaten", S2_2023_END)
    assert (listed["wajib_ktp_difference"], listed["sudah_rekam"], listed["sudah_rekam_kecamatan"],
            listed["sudah_rekam_difference"]) == (0, 155000, 154650, 350)
    assert (listed["kecamatan_reported"], listed["kecamatan_total"]) == (5, 5)
    assert metrics.quality_summary(problems)["kecamatan_mismatch"] == 1
    assert metrics.quality_problems(store, "65", AS_OF)["kecamatan_mismatch"].is_empty()
    # the drill-down carries the same finding
    assert metrics.kecamatan_coverage(store, "52.08", AS_OF).mismatches["sudah_rekam_difference"].to_list() == [350]


def test_desa_rows_add_up_to_their_kecamatan(store):
    _apply(store, *_named(shapes_coverage.desa_subtotals_csv()))
    cov = metrics.kecamatan_coverage(store, "17.04", dt.date(2024, 6, 30)).rows
    # Kinal 600 + 400 wajib, 570 + 380 sudah; Tanjung Kemuning 300 + 400, 290 + 400 (two desa each)
    assert cov.select("region_code", "wajib_ktp", "sudah_rekam", "rolled_from", "parts").rows() == [
        ("17.04.01", 1000, 950, "desa", 2), ("17.04.02", 700, 690, "desa", 2)]
    # a kecamatan's own row wins over its desa
    own = csv([["Kode", "Periode", "Wajib KTP", "Sudah Rekam"], ["17.04.01", "Semester I 2024", "1.010", "960"]])
    _apply(store, "kinal.csv", own)
    cov = metrics.kecamatan_coverage(store, "17.04", dt.date(2024, 6, 30)).rows
    assert cov.filter(pl.col("region_code") == "17.04.01").select("wajib_ktp", "rolled_from").row(0) == (
        1010, "sendiri")


def _named(fixture) -> tuple[str, bytes]:
    return fixture.name, fixture.data


@pytest.mark.parametrize("code", ["52.08.99", "5208999"])
def test_an_unknown_kecamatan_code_is_refused_with_the_usual_row_message(code):
    data = csv([["Kode", "Kecamatan", "Periode", "Wajib KTP", "Sudah Rekam"],
                ["52.08.01", "Tanjung", "Semester II 2023", "30.000", "29.000"],
                [code, "Entah", "Semester II 2023", "1.000", "900"]])
    parsed = importer.read_export("kec.csv", data, today=TODAY)
    assert not parsed.accepted
    (problem,) = parsed.problems
    assert (problem.row, problem.column, problem.value) == (3, "Kode", code)
    assert "kode wilayah tidak ada dalam daftar Kemendagri" in problem.message
