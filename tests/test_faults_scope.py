"""Archived raw files are downloadable only inside the user's scope (admins: all), enforced in the library
(importer.archived_path / archived_bytes take the allowed regions) and on the Unggah page."""

from __future__ import annotations

import datetime as dt

import pytest
from test_faults_support import ledger, stock_csv

from dashboard.admin import auth
from dashboard.importer import apply as ingest
from dashboard.importer import uploads
from dashboard.store import migrations
from tests.page_support import open_page

START = dt.date(2024, 1, 1)
PW = "Rahasia-Dukcapil-1"


def send(store, who: str, name: str, rows: list) -> int:
    user, scope = auth.resolve_cli_user(store, who)
    [result] = ingest.apply_files(store, [(name, stock_csv(rows))], uploader=user, source="app",
                                  allowed_regions=scope, today=dt.date(2024, 6, 1))
    assert result.accepted and result.upload_id, result.message()
    return result.upload_id


@pytest.fixture
def sent(store):
    for name, role, region in (("pusat", "admin", None), ("ntb", "provinsi", "52"), ("klu", "kabkota", "52.08"),
                               ("bulungan", "kabkota", "65.01")):
        auth.add_user(store, name, role, region, PW)
    return {
        "klu": send(store, "klu", "klu.csv", ledger("52.08", START, 5)),
        "ntb": send(store, "ntb", "ntb.csv", ledger("52.08", START, 5, use=41) + ledger("52.01", START, 5)),
        "pusat": send(store, "pusat", "kaltara.csv", ledger("65.01", START, 5) + ledger("65.71", START, 5)),
    }


def scope(store, name: str):
    return auth.allowed_regions(auth.get_user(store, name))


MAY = {
    "pusat": {"klu", "ntb", "pusat"},  # admin: everything
    "ntb": {"klu", "ntb"},  # the province: its own and its kab/kota's
    "klu": {"klu"},  # a kab/kota: only files wholly inside its region
    "bulungan": set(),  # kaltara.csv also holds Tarakan's rows
}


def test_raw_files_are_downloadable_only_inside_the_scope(store, sent):
    for who, may in MAY.items():
        allowed = scope(store, who)
        assert uploads.downloadable(store, allowed_regions=allowed) == {sent[k] for k in may}, who
        for key, upload_id in sent.items():
            found = uploads.archived_path(store, upload_id, allowed_regions=allowed)
            assert (found is not None) == (key in may), (who, key)
            if key not in may:
                with pytest.raises(LookupError):
                    uploads.archived_bytes(store, upload_id, allowed_regions=allowed)


def test_the_upload_records_every_region_of_the_file_also_unchanged_rows(store, sent):
    # A national re-send that changes only Malinau still carries Tarakan's rows: Bulungan may not download it.
    upload = send(store, "pusat", "kaltara_revisi.csv", ledger("65.01", START, 5, use=41) + ledger("65.71", START, 5))
    with store.reading() as cur:
        assert sorted(r[0] for r in cur.execute("select region_code from upload_regions where upload_id = ?",
                                                [upload]).fetchall()) == ["65.01", "65.71"]
    assert upload not in uploads.downloadable(store, allowed_regions=scope(store, "bulungan"))


def test_uploads_from_before_the_table_get_their_uploaders_scope_or_admins_only(store, sent):
    backfill = migrations._statements((migrations.MIGRATIONS_DIR / "006_recovery.sql").read_text())[1]
    with store.writing(data_change=False) as cur:
        cur.execute("delete from upload_regions")
        cur.execute(backfill)
    assert uploads.downloadable(store, allowed_regions=scope(store, "klu")) == {sent["klu"]}
    ntb = uploads.downloadable(store, allowed_regions=scope(store, "ntb"))
    assert ntb == {sent["klu"], sent["ntb"]}
    assert uploads.downloadable(store, allowed_regions=scope(store, "bulungan")) == set()  # admin's: admins only


@pytest.fixture
def fixture_db(fixture_db):
    auth.add_user(fixture_db, "klu", "kabkota", "52.08", PW)
    auth.add_user(fixture_db, "tarakan", "kabkota", "65.71", PW)
    send(fixture_db, "klu", "klu_april.csv", ledger("52.08", dt.date(2024, 4, 1), 2, opening=1500, use=100))
    send(fixture_db, "tarakan", "tarakan_april.csv", ledger("65.71", dt.date(2024, 4, 1), 2, opening=7400, use=50))
    return fixture_db


def test_the_unggah_page_offers_only_the_users_own_raw_files(fixture_db):
    at = open_page("pages/unggah.py", user="klu")
    [option] = at.selectbox(key="unggah_archive").options  # the labels as shown: '#2 · klu_april.csv · ...'
    assert "klu_april.csv" in option
    assert [b for b in at.get("download_button") if b.key == "unggah_archive_dl"]
