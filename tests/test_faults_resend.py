"""Re-sends: the newest send wins, also when its bytes equal an earlier upload's (the original re-sent after a
correction restores it, and history keeps the correction); the same file twice in a row changes nothing; the
message says what changed."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest
from test_faults_support import ledger, stock_csv, write

from dashboard.admin import auth
from dashboard.cli import main
from dashboard.importer import apply as ingest
from dashboard.importer import uploads
from tests.page_support import open_page

START = dt.date(2024, 1, 1)
TODAY = dt.date(2024, 6, 1)
ORIGINAL = stock_csv(ledger("65.01", START, 5, use=40))
CORRECTED = stock_csv(ledger("65.01", START, 5, use=45))


def apply(store, name, data):
    [result] = ingest.apply_files(store, [(name, data)], uploader="bulungan", source="app", today=TODAY)
    assert result.accepted, result.message()
    return result


def use_values(store) -> list[int]:
    with store.reading() as cur:
        return [r[0] for r in cur.execute("select pemakaian from stock_ledger where region_code = '65.01' and "
                                          "period_end between ? and ? order by period_end",
                                          [START, START + dt.timedelta(days=4)]).fetchall()]


def test_resending_the_original_after_a_correction_restores_it(store):
    first = apply(store, "bulungan.csv", ORIGINAL)
    second = apply(store, "bulungan_revisi.csv", CORRECTED)
    assert use_values(store) == [45] * 5
    [plan] = ingest.plan_files(store, [("bulungan.csv", ORIGINAL)], today=TODAY)
    assert (plan.rows_replaced, plan.duplicate_of, plan.changes_nothing) == (5, first.upload_id, False)
    assert plan.message() == (f"Akan diterima: 5 baris — 5 mengganti data lama. Berkas ini sama persis dengan "
                              f"unggahan #{first.upload_id}: nilainya akan berlaku lagi.")
    third = apply(store, "bulungan.csv", ORIGINAL)
    assert use_values(store) == [40] * 5  # the newest send wins, although its bytes were seen before
    assert third.upload_id not in (None, first.upload_id, second.upload_id)
    assert third.message() == (
        "Diterima: 5 baris — 5 mengganti data lama. Yang diganti: Kabupaten Bulungan, 5 baris (1 Jan 2024–5 Jan "
        f"2024). Berkas ini sama persis dengan unggahan #{first.upload_id}: nilainya kini berlaku lagi (nilai yang "
        "diganti tetap ada di riwayat).")
    with store.reading() as cur:  # history holds both replaced versions, each with who replaced it
        assert cur.execute("select pemakaian, upload_id, replaced_by, count(*) from stock_ledger_history "
                           "group by all order by replaced_by").fetchall() == [
            (40, first.upload_id, second.upload_id, 5), (45, second.upload_id, third.upload_id, 5)]
    history = uploads.upload_history(store)
    assert history["upload_id"].to_list() == [third.upload_id, second.upload_id, first.upload_id]
    assert history["rows_replaced"].to_list() == [5, 5, 0]


def test_the_same_file_twice_in_a_row_changes_nothing(store):
    first = apply(store, "bulungan.csv", ORIGINAL)
    version = store.data_version()
    again = apply(store, "bulungan_lagi.csv", ORIGINAL)
    assert again.changes_nothing and again.upload_id is None and again.duplicate_of == first.upload_id
    assert again.message() == (f"Tidak ada yang berubah: berkas ini sama persis dengan unggahan #{first.upload_id} "
                               "dan data tersimpan masih sama dengan isinya.")
    assert store.data_version() == version and uploads.upload_history(store).height == 1


def test_other_bytes_with_the_same_values_change_nothing_either(store):
    apply(store, "bulungan.csv", ORIGINAL)
    resaved = ORIGINAL.replace(b"\n", b"\r\n")  # the same report saved again on Windows
    again = apply(store, "bulungan_simpan_ulang.csv", resaved)
    assert again.changes_nothing and again.duplicate_of is None
    assert again.message() == "Tidak ada yang berubah: 5 barisnya sudah tersimpan dengan nilai yang sama."
    assert uploads.upload_history(store).height == 1


def test_the_cli_says_what_changed(store, tmp_path, capsys):
    paths = [write(tmp_path, name, data) for name, data in
             (("asli.csv", ORIGINAL), ("revisi.csv", CORRECTED), ("asli_lagi.csv", ORIGINAL))]
    store.close()
    for path in paths:
        assert main(["ingest", "--db", str(store.path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "asli_lagi.csv: Diterima: 5 baris — 5 mengganti data lama. Yang diganti: Kabupaten Bulungan" in out
    assert "Berkas ini sama persis dengan unggahan #1: nilainya kini berlaku lagi" in out
    assert main(["ingest", "--db", str(store.path), str(paths[2])]) == 0
    out = capsys.readouterr().out
    assert "Tidak ada yang berubah" in out and "0 berkas diterima, 1 tanpa perubahan, 0 ditolak" in out


@pytest.fixture
def fixture_db(fixture_db):
    auth.add_user(fixture_db, "pusat", "admin", None, "Rahasia-Dukcapil-1")
    return fixture_db


def test_the_unggah_page_lets_the_original_be_sent_again(fixture_db):
    apply(fixture_db, "bulungan.csv", ORIGINAL)
    apply(fixture_db, "bulungan_revisi.csv", CORRECTED)
    at: AppTest = open_page("pages/unggah.py", user="pusat")
    at.file_uploader(key="unggah_files").set_value([("bulungan.csv", ORIGINAL, "text/csv")])
    at.run()
    assert not at.exception, at.exception
    assert not at.button(key="unggah_apply").disabled  # before: "sudah pernah diunggah", nothing to apply
    at.button(key="unggah_apply").click()
    at.run()
    assert not at.exception, at.exception
    assert use_values(fixture_db) == [40] * 5
    shown = "\n".join(s.value for s in at.success)
    assert "nilainya kini berlaku lagi" in shown
