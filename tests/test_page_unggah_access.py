"""Unggah page (AppTest): who may upload — login first, viewers get no widget, a kab/kota only its own region."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.admin import auth
from dashboard.importer import apply as ingest
from dashboard.importer import uploads
from tests.page_support import open_page

ROOT = Path(__file__).resolve().parent.parent
PAGE = "pages/unggah.py"
PW = "Rahasia-Dukcapil-1"
HEADER = "tanggal,kode_wilayah,jenis,stok_awal,penerimaan,distribusi,pemakaian,rusak,stok_akhir\n"
OTHER_REGION = (HEADER + "2024-04-01,65.71,blangko,7450,0,0,50,0,7400\n").encode()
OWN_REGION = (HEADER + "2024-04-01,52.08,blangko,1500,5000,0,1000,0,5500\n").encode()


@pytest.fixture
def fixture_db(fixture_db):
    """The shared fixture store with the accounts these tests log in as."""
    auth.add_user(fixture_db, "klu", "kabkota", "52.08", PW)
    auth.add_user(fixture_db, "tamu", "viewer", None, PW)
    return fixture_db


def _open(user: str | None) -> AppTest:
    return open_page(PAGE, user=user)


def _uploaders(at: AppTest) -> list:
    return [e for e in at.get("file_uploader")]


def test_no_login_no_upload_widget_but_a_login_form(fixture_db):
    at = _open(None)
    assert not _uploaders(at)
    assert any("memerlukan login" in i.value for i in at.info)
    assert at.text_input(key="auth_login_name") is not None


def test_viewer_sees_no_upload_widget(fixture_db):
    at = _open("tamu")
    assert not _uploaders(at)
    assert any("tidak dapat mengunggah" in w.value for w in at.warning)


def test_kabkota_user_cannot_upload_another_region(fixture_db):
    at = _open("klu")
    at.file_uploader(key="unggah_files").set_value([("tarakan.csv", OTHER_REGION, "text/csv")])
    at.run()
    assert not at.exception, at.exception
    problems = next(df.value for df in at.dataframe if "Keterangan" in df.value.columns)
    assert "65.71" in " ".join(problems["Keterangan"].astype(str)) + " ".join(problems["Nilai"].astype(str))
    assert at.button(key="unggah_apply").disabled
    assert uploads.upload_history(fixture_db).height == 1


def test_kabkota_user_uploads_its_own_region_as_itself(fixture_db):
    at = _open("klu")
    at.file_uploader(key="unggah_files").set_value([("klu.csv", OWN_REGION, "text/csv")])
    at.run()
    at.button(key="unggah_apply").click()
    at.run()
    assert not at.exception, at.exception
    history = uploads.upload_history(fixture_db)
    assert history["file_name"][0] == "klu.csv" and history["uploader"][0] == "klu"


def test_scope_is_enforced_in_the_library_not_only_the_page(fixture_db):
    _, scope = auth.resolve_cli_user(fixture_db, "klu")
    [result] = ingest.apply_files(fixture_db, [("tarakan.csv", OTHER_REGION)], uploader="klu", source="app",
                                  allowed_regions=scope)
    assert not result.accepted
    assert any(p.row == 2 and "65.71" in (p.message + str(p.value)) for p in result.problems)
