"""Unggah page (AppTest): dry-run preview with counts, confirm applies exactly that, history, refused files."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.importer import uploads
from tests.fixture_store import AS_OF
from tests.page_support import open_page, texts, with_admin

PAGE = "pages/unggah.py"
HEADER = "tanggal,kode_wilayah,jenis,stok_awal,penerimaan,distribusi,pemakaian,rusak,stok_akhir\n"
# Against the fixture (52.08 uses 1,000 a day, closing 1,500 on 31 Mar): 30 Mar is re-sent as it is, 31 Mar with
# 100 damaged cards, and two new April days.
GOOD = (HEADER
        + "2024-03-30,52.08,blangko,3500,0,0,1000,0,2500\n"
        + "2024-03-31,52.08,blangko,2500,0,0,900,100,1500\n"
        + "2024-04-01,52.08,blangko,1500,5000,0,1000,0,5500\n"
        + "2024-04-02,52.08,blangko,5500,0,0,1000,0,4500\n").encode()
BAD = (HEADER
       + "2024-04-01,52.08,blangko,1500,5000,0,1000,0,5500\n"
       + "2024-04-02,52.08,blangko,5500,0,0,seribu,0,4500\n").encode()


@pytest.fixture
def fixture_db(fixture_db):
    return with_admin(fixture_db)  # the account these tests log in as


def _open() -> AppTest:
    # Logged in (uploads are attributed to the account): the session the login form would create.
    return open_page(PAGE, user="pusat")


def _upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader(key="unggah_files").set_value([(name, data, "text/csv") for name, data in files])
    at.run()
    assert not at.exception, at.exception
    return at


def _counts(at: AppTest) -> list[dict]:
    frame = next(df.value for df in at.dataframe if "Ditambah" in df.value.columns and "Status" in df.value.columns)
    return frame[["Berkas", "Status", "Ditambah", "Diganti", "Tetap", "Ditolak"]].to_dict("records")


def _texts(at: AppTest) -> str:
    return texts(at)


def test_preview_then_confirm_applies_and_lists_the_upload(fixture_db):
    at = _upload(_open(), ("stok_klu.csv", GOOD))
    before = fixture_db.data_version()
    assert _counts(at) == [{"Berkas": "stok_klu.csv", "Status": "Diterima", "Ditambah": 2, "Diganti": 1, "Tetap": 1,
                            "Ditolak": 0}]
    assert fixture_db.data_version() == before  # the preview wrote nothing
    assert fixture_db.scalar("store/row_count") is not None
    at.button(key="unggah_apply").click()
    at.run()
    assert not at.exception, at.exception
    assert fixture_db.data_version() != before
    with fixture_db.reading() as cur:
        rows = cur.execute("select period_end, rusak, stok_akhir from stock_ledger where region_code = '52.08' "
                           "and period_end >= date '2024-03-31' order by period_end").fetchall()
    assert rows == [(AS_OF, 100, 1500), (dt.date(2024, 4, 1), 0, 5500), (dt.date(2024, 4, 2), 0, 4500)]
    history = uploads.upload_history(fixture_db)
    assert history["file_name"][0] == "stok_klu.csv" and history["uploader"][0] == "pusat"
    shown = next(df.value for df in at.dataframe if "Pengunggah" in df.value.columns)
    assert shown["Berkas"].tolist()[0] == "stok_klu.csv"
    # The archived raw file is offered for download and is byte-identical.
    assert at.selectbox(key="unggah_archive").value == history["upload_id"][0]
    assert uploads.archived_bytes(fixture_db, history["upload_id"][0], allowed_regions=None) == ("stok_klu.csv", GOOD)
    # Next run: the same files are not previewed again, their result stays.
    at.run()
    assert not at.exception and "sudah diproses" in _texts(at)
    assert not [b for b in at.button if b.key == "unggah_apply"]


def test_bad_file_shows_row_level_message_and_changes_nothing(fixture_db):
    before = fixture_db.data_version()
    at = _upload(_open(), ("stok_rusak.csv", BAD))
    counts = _counts(at)
    assert counts[0]["Status"] == "Ditolak"
    problems = next(df.value for df in at.dataframe if "Keterangan" in df.value.columns)
    assert {"Berkas", "Baris ke", "Kolom", "Nilai", "Keterangan"} <= set(problems.columns)
    row = problems.iloc[0]
    assert row["Berkas"] == "stok_rusak.csv" and row["Nilai"] == "seribu" and "pemakaian" in row["Kolom"].lower()
    assert at.button(key="unggah_apply").disabled
    assert fixture_db.data_version() == before
    assert uploads.upload_history(fixture_db).height == 1  # only the fixture's own upload


def test_confirm_after_data_changed_shows_new_preview_first(fixture_db):
    at = _upload(_open(), ("stok_klu.csv", GOOD))
    with fixture_db.writing() as cur:  # someone else writes between preview and confirm
        cur.execute("insert into settings values ('stale_days', '40')")
    at.button(key="unggah_apply").click()
    at.run()
    assert "Data berubah sejak pratinjau" in _texts(at)
    assert uploads.upload_history(fixture_db).height == 1
    at.button(key="unggah_apply").click()
    at.run()
    assert not at.exception, at.exception
    assert uploads.upload_history(fixture_db)["file_name"][0] == "stok_klu.csv"
