"""Row-level import rules: numbers, dates, codes, items, defaults, and every reason to refuse a row."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import regions
from dashboard.importer.parse import read_export
from dashboard.importer.problems import MAX_LISTED, summary_lines
from tests.import_fixtures import COVERAGE_HEADER, STOCK_HEADER, TODAY, csv_bytes, xlsx_bytes

H = STOCK_HEADER


def row(day="31/01/2024", code="52.08", name=None, item="Blangko", awal="1.500", terima="0", keluar="0",
        pakai="100", rusak="0", akhir="1.400"):
    return [day, code, name, item, awal, terima, keluar, pakai, rusak, akhir]


def parse_rows(*rows, header=H, name="stok.csv", **kw):
    return read_export(name, csv_bytes([header, *rows]), today=TODAY, **kw)


def accepted(*rows, **kw):
    result = parse_rows(*rows, **kw)
    assert result.accepted, [str(p) for p in result.problems]
    return result.frames[result.kinds[0]]


def problems(*rows, **kw):
    result = parse_rows(*rows, **kw)
    assert not result.accepted and result.frames == {}
    return [(p.row, p.column, p.value, p.message) for p in result.problems]


@pytest.mark.parametrize("text,value", [("1.500", 1500), ("1500", 1500), ("1.234.567", 1234567), ("0", 0),
                                        ("-", 0), (" 2 500 ", 2500)])
def test_indonesian_counts(text, value):
    assert accepted(row(awal=text, akhir=text, pakai="0"))["stok_awal"].to_list() == [value]


def test_english_shaped_column_is_read_as_such():
    frame = accepted(row(awal="1,500,000", akhir="1,499,900"), row(code="52.01", awal="2,000", akhir="1,900"))
    assert frame["stok_awal"].to_list() == [1500000, 2000]


@pytest.mark.parametrize("text,value", [("95,2", 95.2), ("95,2%", 95.2), ("95.25", 95.25), ("100", 100.0),
                                        ("95,2 %", 95.2)])
def test_percentages(text, value):
    sudah = round(value * 100)  # of 10.000 wajib KTP
    cov = ["2024-01", "52.08", None, "10.000", f"{sudah:,}".replace(",", "."), None, None, None, text]
    assert accepted(cov, header=COVERAGE_HEADER)["persentase"].to_list() == [value]


@pytest.mark.parametrize("text,start,end,granularity", [
    ("2024-01-31", dt.date(2024, 1, 31), dt.date(2024, 1, 31), "harian"),
    ("31/01/2024", dt.date(2024, 1, 31), dt.date(2024, 1, 31), "harian"),
    ("45322", dt.date(2024, 1, 31), dt.date(2024, 1, 31), "harian"),  # an Excel serial written out
    ("2024-01", dt.date(2024, 1, 1), dt.date(2024, 1, 31), "bulanan"),
    ("Januari 2024", dt.date(2024, 1, 1), dt.date(2024, 1, 31), "bulanan"),
    ("Des 2020", dt.date(2020, 12, 1), dt.date(2020, 12, 31), "bulanan"),
    ("Pebruari 2024", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "bulanan"),
])
def test_dates(text, start, end, granularity):
    frame = accepted(row(day=text))
    assert frame.select("period_start", "period_end", "granularity").row(0) == (start, end, granularity)


def test_a_bulan_header_makes_days_stand_for_their_month():
    frame = accepted(row(day="15/03/2024"), header=["Bulan", *H[1:]])
    assert frame.select("period_start", "period_end", "granularity").row(0) == (
        dt.date(2024, 3, 1), dt.date(2024, 3, 31), "bulanan")


def test_native_excel_dates_serials_numbers_and_codes():
    rows = [H, [dt.date(2024, 1, 31), 5208, None, None, 1500, 0, 0, 100, 0, 1400],
            [45322, 33.1, None, None, 10.0, 0, 0, 1, 0, 9],
            [dt.datetime(2024, 2, 1), 52, None, None, 5, 0, 0, 1, 0, 4]]
    result = read_export("stok.xlsx", xlsx_bytes({"Data": rows}), today=TODAY)
    assert result.accepted, [str(p) for p in result.problems]
    frame = result.frames["stok"]
    assert frame["region_code"].to_list() == ["52.08", "33.10", "52"]
    # A typed date is a day even when formatted 'Februari 2024' (calamine does not see formats): 'Bulan' header.
    assert frame["period_end"].to_list() == [dt.date(2024, 1, 31), dt.date(2024, 1, 31), dt.date(2024, 2, 1)]
    assert frame["granularity"].to_list() == ["harian"] * 3
    assert frame["stok_akhir"].to_list() == [1400, 9, 4]


def test_typed_decimal_and_indonesian_text_in_one_workbook_column():
    # A typed 1.5 is one and a half (refused as a fraction); the text '1.500' is fifteen hundred.
    rows = [H, ["31/01/2024", "52.08", None, None, "1.500", 0, 0, 100, 0, "1.400"],
            ["31/01/2024", "52.01", None, None, 1.5, 0, 0, 0, 0, 1.5]]
    result = read_export("stok.xlsx", xlsx_bytes({"Data": rows}), today=TODAY)
    found = {(p.row, p.column, p.value) for p in result.problems}
    assert found == {(3, "Stok Awal", "1.5"), (3, "Stok Akhir", "1.5")}
    rows[2] = ["31/01/2024", "52.01", None, None, 12, 0, 0, 2, 0, 10]
    result = read_export("stok.xlsx", xlsx_bytes({"Data": rows}), today=TODAY)
    assert result.frames["stok"]["stok_awal"].to_list() == [1500, 12]


@pytest.mark.parametrize("code,expected", [("52.08", "52.08"), ("5208", "52.08"), (" 52.08 ", "52.08"),
                                           ("33.1", "33.10"), ("52", "52"), ("65.71", "65.71")])
def test_region_codes(code, expected):
    assert accepted(row(code=code))["region_code"].to_list() == [expected]


@pytest.mark.parametrize("text,item", [("Blangko KTP-el", "blangko"), ("Ribbon", "ribbon"),
                                       ("Retransfer film", "film"), (None, "blangko"), ("BLANKO", "blangko")])
def test_items(text, item):
    assert accepted(row(item=text))["item"].to_list() == [item]


def test_defaults_when_optional_columns_are_absent_or_empty():
    header = ["Tanggal", "Kode", "Pemakaian", "Sisa Stok"]
    frame = accepted(["31/01/2024", "52.08", "100", "1.400"], header=header)
    got = frame.row(0, named=True)
    assert (got["item"], got["stok_awal"], got["penerimaan"], got["distribusi"], got["rusak"]) == (
        "blangko", None, 0, 0, 0)
    got = accepted(row(awal=None, terima=None, rusak=None)).row(0, named=True)
    assert (got["stok_awal"], got["penerimaan"], got["rusak"]) == (None, 0, 0)


def test_each_refused_cell_is_named_with_row_column_and_value():
    found = problems(
        row(code="99.99"),                      # 2: unknown code
        row(code="52.01", awal="seribu"),       # 3: text where a number belongs
        row(code="52.02", terima="-5"),         # 4: negative
        row(code="52.03", pakai="1,5"),         # 5: fraction in a count
        row(code="52.04", akhir=None),          # 6: required cell empty
        row(code="52.05", day="32/01/2024"),    # 7: unreadable date
        row(code="52.06", day="01/12/2026"),    # 8: the future (today is 23 Nov 2026)
        row(code="52.07", item="Tinta"),        # 9: unknown item
        row(code=None),                         # 10: code empty
    )
    by_row = {r: (column, value, message) for r, column, value, message in found}
    assert by_row[2][:2] == ("Kode Wilayah", "99.99") and "daftar Kemendagri" in by_row[2][2]
    assert by_row[3][:2] == ("Stok Awal", "seribu") and "bukan angka" in by_row[3][2]
    assert by_row[4][:2] == ("Penerimaan", "-5") and "negatif" in by_row[4][2]
    assert by_row[5][:2] == ("Pemakaian", "1,5") and "bilangan bulat" in by_row[5][2]
    assert by_row[6][:2] == ("Stok Akhir", None) and by_row[6][2] == "stok akhir wajib diisi."
    assert by_row[7][:2] == ("Tanggal", "32/01/2024") and "tidak dapat dibaca" in by_row[7][2]
    assert by_row[8][:2] == ("Tanggal", "01/12/2026") and "1 Des 2026 belum terjadi" in by_row[8][2]
    assert by_row[9][:2] == ("Jenis", "Tinta") and "jenis barang tidak dikenal" in by_row[9][2]
    assert by_row[10][:2] == ("Kode Wilayah", None) and by_row[10][2] == "kode wilayah wajib diisi."
    assert [r for r, *_ in found] == sorted(r for r, *_ in found)  # spreadsheet order


def test_this_month_is_not_the_future_but_next_month_is():
    assert accepted(row(day="November 2026"))["period_end"].to_list() == [dt.date(2026, 11, 30)]
    assert "belum terjadi" in problems(row(day="Desember 2026"))[0][3]


def test_duplicate_keys_name_both_rows_even_across_sheets():
    found = problems(row(), row(code="52.01"), row(name="lagi"))
    assert found == [(4, None, None, "data 52.08, Blangko, 31 Jan 2024 muncul dua kali: sama dengan baris 2. "
                                     "Hapus salah satu baris.")]
    daily_and_month = accepted(row(), row(day="Januari 2024"))  # different periods: not duplicates
    assert daily_and_month.height == 2
    book = xlsx_bytes({"Jan": [H, row()], "Jan (2)": [["Salinan"], H, row()]})
    result = read_export("stok.xlsx", book, today=TODAY)
    assert [(p.sheet, p.row) for p in result.problems] == [("Jan (2)", 3)]
    assert "sama dengan sheet Jan, baris 2" in result.problems[0].message


def test_rows_outside_the_uploaders_regions_are_refused_naming_the_region():
    found = problems(row(code="65.01"), row(code="65.02"), allowed_regions={"65.01"})
    assert found == [(3, "Kode Wilayah", "65.02", "wilayah 65.02 Kabupaten Malinau di luar wilayah Anda (65.01 "
                                                  "Kabupaten Bulungan). Hapus baris ini atau minta admin "
                                                  "mengunggahnya.")]
    province = set(regions.members("65"))
    assert accepted(row(code="65.01"), row(code="65"), allowed_regions=province).height == 2
    message = problems(row(code="52.08"), allowed_regions=province)[0][3]
    assert "provinsi 65 Kalimantan Utara beserta kabupaten/kotanya" in message
    assert "tidak memiliki wilayah" in problems(row(), allowed_regions=set())[0][3]


def test_missing_and_doubled_columns_are_named():
    found = problems(["31/01/2024", "52.08", "5"], header=["Tanggal", "Kode", "Stok Akhir"])
    assert found == [(1, None, None, "Laporan stok ini tidak memiliki kolom wajib: pemakaian (atau: pakai, "
                                     "terpakai, cetak). Tambahkan kolom tersebut di baris judul kolom.")]
    found = problems(["2024-01", "52.08", "10"], header=["Bulan", "Kode", "Wajib KTP", "Jumlah"])
    assert "sudah_rekam (atau: sudah rekam, sudah perekaman, jumlah perekaman)" in found[0][3]
    found = problems(["31/01/2024", "52.08", "5", "1", "4"], header=["Tanggal", "Kode", "Sisa", "Pakai", "Sisa Stok"])
    assert found[0][3] == 'kolom "Sisa" dan "Sisa Stok" sama-sama berarti stok akhir. Hapus atau ganti nama salah ' \
                          "satunya."


def test_problems_are_capped_with_a_total():
    rows = [row(code="99.99", day=f"{d:02d}/01/2024") for d in range(1, 31)] * 4
    rows = [r[:] for r in rows]
    for i, r in enumerate(rows):
        r[4] = f"x{i}"  # every row: unknown code and a bad number -> 240 problems
    result = parse_rows(*rows)
    assert len(result.problems) == MAX_LISTED and result.problem_total == 240
    assert result.problems[0].row == 2 and result.problems[-1].row == 26
    assert summary_lines(result.problems, result.problem_total)[-1].startswith("dan 190 masalah lain")


def test_non_data_rows_are_skipped_and_rows_total_counts_data_only():
    rows = [["LAPORAN STOK BLANGKO"], [], H, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
            [None, None, "NUSA TENGGARA BARAT"], row(), [], row(code="52.01"), H,
            row(code="52.02"), ["Jumlah Total", None, None, None, "4.500"], ["Total Provinsi"],
            [None, None, "Mengetahui, Kepala Dinas"]]
    result = read_export("stok.csv", csv_bytes(rows), today=TODAY)
    assert result.accepted, [str(p) for p in result.problems]
    assert result.frames["stok"]["source_row"].to_list() == [6, 8, 10]
    assert result.rows_total == 3
