"""Unggah page (AppTest), the mapping step: a file no shape fits shows its rows and column pickers; the choice goes
through the same preview, is saved for the office on apply, and next month's file is read with it unasked."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import importer
from dashboard.admin import auth
from tests.page_support import open_page, texts
from tests.test_import_mapping import NOV, OKT

PAGE = "pages/unggah.py"


@pytest.fixture
def fixture_db(fixture_db):
    auth.add_user(fixture_db, "pusat", "admin", None, "Rahasia-Dukcapil-1")
    return fixture_db


def _upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader(key="unggah_files").set_value([(name, data, "text/csv") for name, data in files])
    at.run()
    assert not at.exception, at.exception
    return at


def _status(at: AppTest) -> list[tuple[str, str]]:
    frame = next(df.value for df in at.dataframe if "Status" in df.value.columns and "Berkas" in df.value.columns)
    return list(zip(frame["Berkas"], frame["Status"]))


def _rows(store) -> list[tuple]:
    with store.reading() as cur:
        return cur.execute("select region_code, period_end, pemakaian, stok_akhir from stock_ledger "
                           "where region_code = '52.08' and period_end >= date '2026-10-01' "
                           "order by period_end").fetchall()


def test_a_file_no_shape_fits_is_mapped_previewed_applied_and_its_mapping_reused(fixture_db):
    at = _upload(open_page(PAGE, user="pusat"), ("okt.csv", OKT))
    assert _status(at) == [("okt.csv", "Ditolak")]
    assert "Bantu membaca okt\\.csv" in [h.value for h in at.subheader]  # shown as typed, never as markup
    shown = next(df.value for df in at.dataframe if "Baris ke" in df.value.columns and "A" in df.value.columns)
    assert shown.iloc[2][["A", "B", "C"]].tolist() == ["Urutan", "Diambil", "Tinggal"]  # the file's header row
    assert at.selectbox(key="unggah_map_0_header").value == 3  # the row the official sees in Excel
    at.selectbox(key="unggah_map_0_f_stok_tanggal").set_value(0)
    at.selectbox(key="unggah_map_0_f_stok_pemakaian").set_value(1)
    at.selectbox(key="unggah_map_0_f_stok_stok_akhir").set_value(2)
    at.text_input(key="unggah_map_0_save").set_value("Buku KLU")
    at.run()
    at.button(key="unggah_map_0_use").click()
    at.run()
    assert not at.exception, at.exception
    assert _status(at) == [("okt.csv", "Diterima")], texts(at)
    assert fixture_db.scalar("store/row_count") is not None and _rows(fixture_db) == []  # previewed, not written
    at.button(key="unggah_apply").click()
    at.run()
    assert not at.exception, at.exception
    assert _rows(fixture_db) == [("52.08", dt.date(2026, 10, 1), 120, 880), ("52.08", dt.date(2026, 10, 2), 100, 780)]
    assert [(m.office, m.name, m.columns) for m in importer.list_mappings(fixture_db)] == [
        ("", "Buku KLU", {"tanggal": 0, "pemakaian": 1, "stok_akhir": 2})]
    # Next month: same header row, read with the saved mapping, nothing asked.
    nxt = _upload(open_page(PAGE, user="pusat"), ("nov.csv", NOV))
    assert _status(nxt) == [("nov.csv", "Diterima")]
    assert 'Dibaca dengan pemetaan kolom "Buku KLU"\\.' in [c.value for c in nxt.caption]
    assert not [h.value for h in nxt.subheader if h.value.startswith("Bantu membaca")]


def test_a_file_naming_no_region_gets_a_region_picker(fixture_db):
    book = b"Tanggal;Stok Awal;Cetak;Sisa\r\n31/10/2026;500;20;480\r\n"
    at = _upload(open_page(PAGE, user="pusat"), ("buku.csv", book))
    assert _status(at) == [("buku.csv", "Ditolak")]
    problems = next(df.value for df in at.dataframe if "Keterangan" in df.value.columns)
    assert "tidak menyebut wilayahnya" in problems["Keterangan"][0]
    assert at.selectbox(key="unggah_map_0_region").value == ""  # nothing guessed: the official picks
    at.selectbox(key="unggah_map_0_region").set_value("52.08")
    at.run()
    at.button(key="unggah_map_0_use").click()
    at.run()
    assert _status(at) == [("buku.csv", "Diterima")], texts(at)
    at.button(key="unggah_apply").click()
    at.run()
    assert not at.exception, at.exception
    assert _rows(fixture_db) == [("52.08", dt.date(2026, 10, 31), 20, 480)]
