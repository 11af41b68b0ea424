"""Accepted-with-warning findings: ledger, name, coverage over 100%, belum rekam and persentase checks (flags)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.importer.parse import read_export
from tests.import_fixtures import COVERAGE_HEADER, STOCK_HEADER, TODAY, csv_bytes, xlsx_bytes


def parse(header, *rows, name="f.csv"):
    data = csv_bytes([header, *rows]) if name.endswith(".csv") else xlsx_bytes({"Data": [header, *rows]})
    result = read_export(name, data, today=TODAY)
    assert result.accepted, [str(p) for p in result.problems]
    return result


def flags(result) -> list[tuple]:
    return result.flags.select("flag", "region_code", "source_row", "value").rows()


def test_ledger_mismatch_is_flagged_with_reported_minus_computed():
    result = parse(STOCK_HEADER,
                   ["31/01/2024", "52.08", None, "Ribbon", "1.500", "2.000", "100", "1.200", "10", "2.300"],
                   ["31/01/2024", "52.01", None, "Ribbon", "1.500", "2.000", "100", "1.200", "10", "2.190"])
    assert flags(result) == [("ledger_mismatch", "52.08", 2, 110.0)]
    row = result.flags.row(0, named=True)
    assert (row["kind"], row["item"], row["period_end"]) == ("stok", "ribbon", dt.date(2024, 1, 31))
    assert row["message"] == ("stok akhir 2.300 tidak sama dengan stok awal + penerimaan − distribusi − pemakaian − "
                              "rusak = 2.190 (selisih 110). Baris disimpan; periksa angkanya.")
    warning = result.warnings[0]
    assert (warning.row, warning.column, result.warning_total) == (2, "Stok Akhir", 1)
    assert result.frames["stok"]["stok_akhir"].to_list() == [2300, 2190]  # kept as reported


def test_no_ledger_check_without_stok_awal():
    result = parse(["Tanggal", "Kode", "Pemakaian", "Stok Akhir"], ["31/01/2024", "52.08", "100", "1.400"])
    assert result.flags.height == 0 and result.warning_total == 0


def test_name_mismatch_is_flagged_and_matching_variants_are_not():
    header = ["Tanggal", "Kode", "Nama Kab/Kota", "Pemakaian", "Stok Akhir"]
    result = parse(header, ["31/01/2024", "52.08", "Kab. Lombok Utara", "1", "2"],
                   ["31/01/2024", "52.01", "LOMBOK BARAT", "1", "2"],
                   ["31/01/2024", "52.02", "Kota Mataram", "1", "2"])
    assert flags(result) == [("name_mismatch", "52.02", 4, None)]
    assert result.warnings[0].message.startswith('nama "Kota Mataram" tidak cocok dengan kode 52.02 (Kabupaten ')
    assert result.warnings[0].column == "Nama Kab/Kota"


def test_coverage_checks():
    result = parse(COVERAGE_HEADER,
                   ["Jan 2024", "52.08", None, "200.000", "201.000", "0", "5", None, "100,5"],  # over 100%: flagged
                   ["Jan 2024", "52.01", None, "1.000", "952", "40", None, None, "95,2"],  # belum should be 48
                   ["Jan 2024", "52.02", None, "1.000", "952", "48", None, None, "95,5"],  # 95.2 really
                   ["Jan 2024", "52.03", None, "1.000", "952", "48", None, None, "95"],  # rounded: fine
                   ["Jan 2024", "52.04", None, "3.000", "2.857", None, None, None, "95,23"])  # 95.2333: fine
    assert flags(result) == [
        ("coverage_over_100", "52.08", 2, pytest.approx(100.5)),
        ("belum_rekam_mismatch", "52.01", 3, -8.0),
        ("persentase_mismatch", "52.02", 4, pytest.approx(0.3)),
    ]
    messages = [w.message for w in result.warnings]
    assert messages[0].startswith("sudah rekam (201.000) melebihi wajib KTP (200.000), cakupan 100,50%")
    assert messages[1].startswith("belum rekam 40 tidak sama dengan wajib KTP − sudah rekam = 48")
    assert messages[2].startswith("persentase 95,5 berbeda dengan sudah rekam ÷ wajib KTP × 100 = 95,20")
    assert result.frames["perekaman"]["sudah_rekam"].to_list()[0] == 201000


def test_percent_cells_formatted_as_percent_in_excel_are_scaled():
    result = parse(COVERAGE_HEADER, ["2024-01", "52.08", None, 1000, 952, 48, 0, 0, 0.952],
                   ["2024-01", "52.01", None, 1000, 952, 48, 0, 0, 95.2], name="c.xlsx")
    assert result.frames["perekaman"]["persentase"].to_list() == [pytest.approx(95.2), 95.2]
    assert result.flags.height == 0


def test_over_100_with_zero_belum_is_not_a_belum_mismatch():
    result = parse(COVERAGE_HEADER, ["2024-01", "52.08", None, "100", "120", "0", None, None, "120"])
    assert [f[0] for f in flags(result)] == ["coverage_over_100"]
