"""File-level import rules: CSV dialects and encodings, XLSX layouts and sheets, refusals of whole files."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import re
import struct
import zipfile
from pathlib import Path

import polars as pl
import pytest

from dashboard import settings
from dashboard.importer import parse as export
from dashboard.importer import schema, sheetrows
from dashboard.importer.parse import read_export
from dashboard.text import catalogue
from tests.import_fixtures import COVERAGE_HEADER, STOCK_HEADER, TODAY, Formula, csv_bytes, stock_row, xlsx_bytes

ROW = stock_row("52.08", "Kab. Lombok Utara", "blangko", "31/01/2024", 1500, 2000, 1200, 10)


def parse(name: str, data: bytes, **kw):
    return read_export(name, data, today=TODAY, **kw)


def only_problem(result) -> str:
    assert not result.accepted and result.problem_total == 1, [str(p) for p in result.problems]
    return result.problems[0].message


@pytest.mark.parametrize("sep", [";", ",", "\t", "|"])
def test_csv_delimiters_are_sniffed_and_thousands_dots_read(sep):
    rows = [STOCK_HEADER, stock_row("52.08", "Lombok Utara", "blangko", "31/01/2024", 1500, 2000, 1200, 10)]
    rows[1] = [f"{v:,}".replace(",", ".") if isinstance(v, int) else v for v in rows[1]]
    result = parse("stok.csv", csv_bytes(rows, sep=sep))
    assert result.accepted, [str(p) for p in result.problems]
    row = result.frames["stok"].row(0, named=True)
    assert (row["stok_awal"], row["penerimaan"], row["pemakaian"], row["stok_akhir"]) == (1500, 2000, 1200, 2290)
    assert row["region_code"] == "52.08" and row["source_row"] == 2


def test_csv_quoted_fields_and_line_breaks_keep_physical_line_numbers():
    rows = [["LAPORAN STOK"], ["Provinsi; NTB"], [], STOCK_HEADER,
            ["31/01/2024", "52.08", "Kab. Lombok\nUtara", "Blangko", "1.500", "0", "0", "100", "0", "1.400"],
            ["31/01/2024", "52.01", "Kab. Lombok Barat", "Blangko", "10", "0", "0", "1", "0", "9"]]
    result = parse("stok.csv", csv_bytes(rows))
    assert result.accepted
    frame = result.frames["stok"]
    assert frame["source_row"].to_list() == [5, 7]  # the quoted line break pushes the next record down a line
    assert frame["reported_name"].to_list() == ["Kab. Lombok Utara", "Kab. Lombok Barat"]


def test_csv_codes_stay_text_and_crlf_lines_work():
    rows = [STOCK_HEADER, stock_row("33.10", "Klaten", "blangko", "2024-01-31", 5, 0, 1),
            stock_row("33.1", "Klaten", "ribbon", "2024-01-31", 5, 0, 1),
            stock_row("3311", "Sukoharjo", "film", "2024-01-31", 5, 0, 1)]
    result = parse("stok.csv", csv_bytes(rows, sep=",", newline="\r\n"))
    assert result.accepted
    assert result.frames["stok"]["region_code"].to_list() == ["33.10", "33.10", "33.11"]
    assert result.frames["stok"]["source_row"].to_list() == [2, 3, 4]


@pytest.mark.parametrize("encoding,bom", [("utf-8", False), ("utf-8", True), ("cp1252", False), ("utf-16", False)])
def test_csv_encodings(encoding, bom):
    name = "Kab. Lombok Utara – NTB é"
    rows = [STOCK_HEADER, stock_row("52.08", name, "blangko", "31/01/2024", 15, 0, 5)]
    result = parse("stok.csv", csv_bytes(rows, encoding=encoding, bom=bom))
    assert result.accepted
    assert result.frames["stok"]["reported_name"].to_list() == [name]
    assert result.frames["stok"]["source_row"].to_list() == [2]


def test_xlsx_title_rows_merged_title_native_cells_and_total_row():
    rows = [["REKAP STOK BLANGKO KTP-EL"], ["Dinas Dukcapil Provinsi NTB"], [], STOCK_HEADER,
            [dt.date(2024, 1, 31), 5208, "Kab. Lombok Utara", "Blangko KTP-el", 1500, 2000, 0, 1200, 10, 2290],
            [], ["31/01/2024", 33.1, "Klaten", "Ribbon", "1.500", 0, 0, 1, 0, Formula("=E6-H6", 1499)],
            ["2024-01", "52.08", None, "Retransfer film", 7, 0, 0, 2, 0, 5],
            ["JUMLAH", None, None, None, 1507, 2000, 0, 1203, 10, 3794]]
    result = parse("stok.xlsx", xlsx_bytes({"Stok": rows}))
    assert result.accepted, [str(p) for p in result.problems]
    frame = result.frames["stok"]
    assert frame["source_row"].to_list() == [5, 7, 8]
    assert frame["region_code"].to_list() == ["52.08", "33.10", "52.08"]
    assert frame["item"].to_list() == ["blangko", "ribbon", "film"]
    assert frame["stok_awal"].to_list() == [1500, 1500, 7]
    assert frame["stok_akhir"].to_list() == [2290, 1499, 5]
    assert frame["granularity"].to_list() == ["harian", "harian", "bulanan"]
    assert frame["period_end"].to_list() == [dt.date(2024, 1, 31)] * 3
    assert result.rows_total == 3
    assert frame.schema == pl.Schema(schema.STOCK_COLUMNS)


def test_xlsx_every_recognised_sheet_is_read_and_others_ignored():
    stock = [["Stok"], STOCK_HEADER, stock_row("52.08", None, "blangko", dt.date(2024, 1, 31), 10, 0, 5)]
    coverage = [COVERAGE_HEADER, ["Januari 2024", "52.08", "Kab. Lombok Utara", 1000, 950, 50, 3, 940, 95]]
    notes = [["Petunjuk pengisian"], ["Kolom", "Arti"], ["tanggal", "hari laporan"], ["stok_akhir", "sisa"]]
    hidden = [STOCK_HEADER, stock_row("99.99", None, "blangko", "x", -1, 0, 0)]
    data = xlsx_bytes({"Petunjuk": notes, "Stok": stock, "Rekam": coverage, "Lama": hidden}, hidden=("Lama",))
    result = parse("gabungan.xlsx", data)
    assert result.accepted, [str(p) for p in result.problems]
    assert result.kinds == ["stok", "perekaman"] and result.kind == "campuran"
    assert result.frames["stok"]["source_row"].to_list() == [3]
    cov = result.frames["perekaman"].row(0, named=True)
    assert (cov["region_code"], cov["period_start"], cov["period_end"], cov["granularity"]) == (
        "52.08", dt.date(2024, 1, 1), dt.date(2024, 1, 31), "bulanan")
    assert (cov["wajib_ktp"], cov["sudah_rekam"], cov["persentase"], cov["source_row"]) == (1000, 950, 95.0, 2)
    assert result.rows_total == 2


def test_problems_in_a_workbook_name_the_sheet():
    rows = [STOCK_HEADER, stock_row("99.99", None, "blangko", "31/01/2024", 10, 0, 5)]
    result = parse("stok.xlsx", xlsx_bytes({"Januari": rows}))
    problem = result.problems[0]
    assert (problem.sheet, problem.row, problem.column, problem.value) == ("Januari", 2, "Kode Wilayah", "99.99")
    assert problem.describe().startswith('stok.xlsx, sheet Januari, baris 2, kolom "Kode Wilayah": ')


def test_text_file_named_xlsx_and_workbook_named_csv_are_read_for_what_they_are():
    rows = [STOCK_HEADER, stock_row("52.08", None, "blangko", "31/01/2024", 10, 0, 5)]
    assert parse("stok.xlsx", csv_bytes(rows)).accepted
    assert parse("stok.csv", xlsx_bytes({"Data": rows})).accepted


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in entries.items():
            z.writestr(name, content)
    return buf.getvalue()


@pytest.mark.parametrize("name,data,what", [
    ("stok.csv", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "PDF"),
    ("stok.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "gambar"),
    ("stok.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF", "gambar"),
    ("stok.xlsx", _zip({"word/document.xml": b"<w/>", "[Content_Types].xml": b"<x/>"}), "Word"),
    ("stok.xlsx", _zip({"foo.txt": b"hello"}), "ZIP"),
    ("stok.csv", b"<html><body><table><tr><td>Kode</td></tr></table></body></html>", "HTML"),
    ("stok.csv", b"abc\x00\x01\x02\x00" * 50, "biner"),
])
def test_wrong_types_are_refused_with_what_they_look_like(name, data, what):
    message = only_problem(parse(name, data))
    assert "bukan tabel CSV atau Excel" in message and what in message


def test_old_excel_unknown_extension_empty_and_too_big():
    assert ".xls" in only_problem(parse("stok.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600))
    assert ".xls" in only_problem(parse("stok.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600))
    assert '".docx" tidak didukung' in only_problem(parse("surat.docx", b"abc"))
    assert "tidak didukung" in only_problem(parse("stok", b"abc"))
    assert "kosong" in only_problem(parse("stok.csv", b""))
    assert "kosong" in only_problem(parse("stok.csv", b" \r\n\t\n"))
    message = only_problem(parse("stok.csv", b"x" * 3 * 1024 * 1024, max_bytes=2 * 1024 * 1024))
    assert "terlalu besar (3,0 MB; batas 2,0 MB)" in message


def test_header_only_no_header_and_unreadable():
    assert "hanya berisi judul kolom" in only_problem(parse("stok.csv", csv_bytes([["Laporan"], STOCK_HEADER])))
    assert "hanya berisi judul kolom" in only_problem(
        parse("stok.csv", csv_bytes([STOCK_HEADER, ["JUMLAH", None, None, None, 0, 0, 0, 0, 0, 0], []])))
    message = only_problem(parse("stok.csv", csv_bytes([["No", "Nama", "Jumlah"], ["1", "a", "2"]])))
    assert "Tidak ditemukan baris judul kolom" in message
    assert "tanggal, kode_wilayah, pemakaian, stok_akhir" in message
    assert "wajib_ktp, sudah_rekam" in message
    assert "tidak dapat dibaca" in only_problem(parse("stok.xlsx", b"PK\x03\x04" + b"\x00" * 200))
    truncated = xlsx_bytes({"Data": [STOCK_HEADER]})
    assert "tidak dapat dibaca" in only_problem(parse("stok.xlsx", truncated[: len(truncated) // 2]))


def test_too_many_rows():
    rows = [STOCK_HEADER] + [stock_row(c, None, "blangko", "31/01/2024", 5, 0, 1)
                             for c in ("52.01", "52.02", "52.03", "52.04")]
    message = only_problem(parse("stok.csv", csv_bytes(rows), max_rows=3))
    assert "4 baris data, lebih dari batas 3 baris" in message
    assert parse("stok.csv", csv_bytes(rows), max_rows=4).accepted


def test_decompression_bomb_is_refused_before_calamine():
    good = xlsx_bytes({"Data": [STOCK_HEADER, stock_row("52.08", None, "blangko", "31/01/2024", 5, 0, 1)]})
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    entries["xl/media/padding.bin"] = b"\x00" * (60 * 1024 * 1024)
    message = only_problem(parse("stok.xlsx", _zip(entries)))
    assert "tidak wajar" in message and "MB" in message


def test_zip_that_lies_about_its_size_is_refused():
    good = xlsx_bytes({"Data": [STOCK_HEADER, stock_row("52.08", None, "blangko", "31/01/2024", 5, 0, 1)]})
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    entries["xl/media/padding.bin"] = b"\x00" * (3 * 1024 * 1024)
    data = bytearray(_zip(entries))
    # Rewrite the declared size of the padding entry (local header and central directory) to 100 bytes.
    name = b"xl/media/padding.bin"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        for m in re.finditer(re.escape(sig), bytes(data)):
            name_at = m.start() + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[name_at:name_at + len(name)]) == name:
                struct.pack_into("<I", data, m.start() + size_at, 100)
    assert "tidak wajar" in only_problem(parse("stok.xlsx", bytes(data)))


def test_unexpected_errors_become_one_plain_problem_and_are_logged(monkeypatch, caplog):
    def boom(*args, **kwargs):
        raise RuntimeError("internal detail that users must not see")

    monkeypatch.setattr(sheetrows, "validate_sheet", boom)
    rows = [STOCK_HEADER, stock_row("52.08", None, "blangko", "31/01/2024", 5, 0, 1)]
    with caplog.at_level(logging.ERROR):
        result = parse("stok.csv", csv_bytes(rows))
    message = only_problem(result)
    assert "tidak dapat dibaca" in message and "internal detail" not in message
    assert "internal detail" in caplog.text and "Traceback" in caplog.text


def test_result_fields_follow_the_contract():
    data = csv_bytes([STOCK_HEADER, stock_row("52.08", None, "blangko", "31/01/2024", 5, 0, 1)])
    result = parse("stok.csv", data)
    assert result.sha256 == hashlib.sha256(data).hexdigest() and result.file_name == "stok.csv"
    assert result.kind == "stok" and result.kinds == ["stok"] and result.accepted
    assert result.flags.schema == pl.Schema({"kind": pl.String, "region_code": pl.String, "item": pl.String,
                                             "period_end": pl.Date, "source_row": pl.Int32, "flag": pl.String,
                                             "message": pl.String, "value": pl.Float64})
    refused = parse("stok.csv", csv_bytes([STOCK_HEADER, stock_row("99.99", None, "blangko", "x", 5, 0, 1)]))
    assert refused.frames == {} and refused.kind == "stok" and not refused.accepted


def test_limits_match_settings_defaults():
    defaults = settings.Settings()
    assert export.DEFAULT_MAX_BYTES == defaults.max_upload_mb * 1024 * 1024
    assert export.DEFAULT_MAX_ROWS == defaults.max_upload_rows


def test_every_import_text_key_used_in_code_is_defined():
    root = Path(__file__).resolve().parents[1] / "dashboard" / "importer"
    used = set()
    for path in root.glob("*.py"):
        used |= set(re.findall(r"[\"'](import\.[a-z_.0-9]+)[\"']", path.read_text()))
    used = {k for k in used if not k.endswith(".")}
    strings = catalogue()
    assert used and not {k for k in used if k not in strings}
    for name in {f.name for fields in schema.FIELDS.values() for f in fields}:
        assert f"import.field.{name}" in strings


def test_a_date_cell_calamine_panics_on_is_a_plain_refusal_not_a_crash():
    rows = [STOCK_HEADER, stock_row("52.08", None, "blangko", "31/01/2024", 5, 0, 1)]
    rows[1][4] = -5e12  # calamine panics turning this into a date (it is a number cell; the date load trips)
    rows[1][8] = "1.5"
    result = parse("stok.xlsx", xlsx_bytes({"Data": rows}))
    assert not result.accepted and "terlalu besar" in result.problems[0].message
    book = io.BytesIO()
    import xlsxwriter

    with xlsxwriter.Workbook(book) as wb:
        sheet = wb.add_worksheet()
        sheet.write_row(0, 0, STOCK_HEADER)
        sheet.write_number(1, 0, -5e12, wb.add_format({"num_format": "dd/mm/yyyy"}))
    assert "tidak dapat dibaca" in only_problem(parse("stok.xlsx", book.getvalue()))


def test_two_row_header_with_vertically_merged_cells():
    book = io.BytesIO()
    import xlsxwriter

    with xlsxwriter.Workbook(book) as wb:
        sheet = wb.add_worksheet("Rekap")
        sheet.merge_range(0, 0, 0, 5, "LAPORAN PEREKAMAN KTP-EL")
        sheet.merge_range(2, 0, 3, 0, "Bulan")
        sheet.merge_range(2, 1, 3, 1, "Kode Wilayah")
        sheet.merge_range(2, 2, 2, 4, "PEREKAMAN KTP-EL")
        sheet.write_row(3, 2, ["Wajib KTP", "Sudah Rekam", "Belum Rekam"])
        sheet.write_row(4, 0, ["Oktober 2026", "52.08", 1000, 990, 10])
    result = parse("rekam.xlsx", book.getvalue())
    assert result.accepted, [str(p) for p in result.problems]
    assert result.frames["perekaman"].select("region_code", "period_end", "sudah_rekam", "source_row").row(0) == (
        "52.08", dt.date(2026, 10, 31), 990, 5)


def test_xlsx_too_many_rows_and_a_note_column_saying_total():
    rows = [[*STOCK_HEADER, "Keterangan"]] + [
        stock_row(c, None, "blangko", "31/01/2024", 5, 0, 1) + ["total rusak nihil"] for c in ("52.01", "52.02")]
    assert parse("stok.xlsx", xlsx_bytes({"Data": rows})).rows_total == 2
    assert "lebih dari batas 1 baris" in only_problem(parse("stok.xlsx", xlsx_bytes({"Data": rows}), max_rows=1))


def test_a_sheet_wider_than_any_export_is_cut_to_its_first_columns():
    wide = [[*STOCK_HEADER, *[f"x{i}" for i in range(400)]], stock_row("52.08", None, "blangko", "31/01/2024", 5, 0, 1)]
    assert parse("stok.xlsx", xlsx_bytes({"Data": wide})).accepted
    assert parse("stok.csv", csv_bytes(wide)).accepted
