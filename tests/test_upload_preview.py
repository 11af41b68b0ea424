"""An honest upload preview (issue 13): old -> new values of replaced rows, a continuity warning when an opening
stock differs from the closing stock of the day before, no cascade from an unreadable cell, the right words for a
refused file, and corrections that do not make a month late."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from dashboard import importer, metrics
from dashboard.admin import auth
from dashboard.importer import changes, read_export
from tests.fixture_store import AS_OF
from tests.page_support import open_page, texts

HEADER = "tanggal,kode_wilayah,jenis,stok_awal,penerimaan,distribusi,pemakaian,rusak,stok_akhir\n"
TODAY = dt.date(2026, 11, 23)


def _plan(store, body: str, name: str = "stok.csv"):
    [plan] = importer.plan_files(store, [(name, (HEADER + body).encode())], today=TODAY)
    return plan


def test_replaced_rows_show_old_and_new_values(fixture_db):
    # Lombok Utara closes 31 Mar at 1.500 after using 1.000; the file says 900 used and 1.600 left.
    plan = _plan(fixture_db, "2024-03-30,52.08,blangko,3500,0,0,1000,0,2500\n"
                             "2024-03-31,52.08,blangko,2500,0,0,900,0,1600\n")
    assert plan.accepted and plan.rows_replaced == 1 and plan.rows_unchanged == 1
    [row] = plan.details.replaced
    assert (row.region_code, row.period_end, row.source_row) == ("52.08", AS_OF, 3)
    assert row.changes == (("pemakaian", 1000, 900), ("stok_akhir", 1500, 1600))
    assert plan.details.replaced_total == 1
    assert plan.details.continuity == []  # 2.500 opens 31 Mar, as 30 Mar closed


def test_only_the_first_50_replaced_rows_are_listed_but_all_are_counted(fixture_db):
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=i) for i in range(80)]
    body = "".join(f"{d.isoformat()},52.08,blangko,0,0,0,0,0,{i}\n" for i, d in enumerate(days))
    plan = _plan(fixture_db, body)
    assert plan.rows_replaced == 80 and plan.details.replaced_total == 80
    assert len(plan.details.replaced) == 50
    assert [r.source_row for r in plan.details.replaced] == list(range(2, 52))  # file order


def test_an_opening_stock_that_breaks_continuity_is_warned(fixture_db):
    plan = _plan(fixture_db, "2024-04-01,52.08,blangko,1400,0,0,1000,0,400\n")
    [warning] = plan.details.continuity
    assert warning.row == 2 and warning.column == "stok awal"
    assert "1.400 tidak sama dengan stok akhir 1.500 untuk 31 Mar 2024 (selisih -100)" in warning.message
    # The same opening is fine when the file itself corrects the day before to 1.400.
    fixed = _plan(fixture_db, "2024-03-31,52.08,blangko,2500,0,0,1000,100,1400\n"
                              "2024-04-01,52.08,blangko,1400,0,0,1000,0,400\n")
    assert fixed.details.continuity == []


def test_continuity_within_a_file_and_across_a_batch(fixture_db):
    plan = _plan(fixture_db, "2024-04-01,52.08,blangko,1500,0,0,1000,0,500\n"
                             "2024-04-02,52.08,blangko,700,0,0,100,0,600\n")
    assert [w.row for w in plan.details.continuity] == [3]  # 2 Apr opens at 700, 1 Apr closed at 500
    first = (HEADER + "2024-04-01,52.08,blangko,1500,0,0,1000,0,500\n").encode()
    second = (HEADER + "2024-04-02,52.08,blangko,500,0,0,100,0,400\n").encode()
    plans = importer.plan_files(fixture_db, [("a.csv", first), ("b.csv", second)], today=TODAY)
    assert [p.details.continuity for p in plans] == [[], []]  # b continues from a, as it will after applying


def test_an_unreadable_cell_raises_one_problem_and_no_cascade_of_warnings():
    # penerimaan "1O0" (letter O): before, it was read as 0 and the ledger warned 2.500 + 0 − 1.000 ≠ 1.600.
    parsed = read_export("stok.csv", (HEADER + "2024-03-31,52.08,blangko,2500,1O0,0,1000,0,1600\n").encode(),
                         today=TODAY)
    assert not parsed.accepted and parsed.problem_total == 1
    assert parsed.warning_total == 0, [str(w) for w in parsed.warnings]
    # An empty cell still means 0 (and a real mismatch is still warned).
    empty = read_export("stok.csv", (HEADER + "2024-03-31,52.08,blangko,2500,,0,1000,0,1600\n").encode(),
                        today=TODAY)
    assert empty.accepted and empty.warning_total == 1


@pytest.fixture
def uploader(fixture_db):
    auth.add_user(fixture_db, "pusat", "admin", None, "Rahasia-Dukcapil-1")
    return fixture_db


def _upload(*files):
    at = open_page("pages/unggah.py", user="pusat")
    at.file_uploader(key="unggah_files").set_value([(name, data, "text/csv") for name, data in files])
    at.run()
    assert not at.exception, at.exception
    return at


def test_page_shows_old_new_and_continuity_and_never_says_kept_for_a_refused_file(uploader):
    good = (HEADER + "2024-03-31,52.08,blangko,2500,0,0,900,0,1600\n"
            "2024-04-01,52.08,blangko,1400,0,0,1000,0,400\n").encode()
    # Refused (a bad cell) and with a real ledger warning on another row.
    refused = (HEADER + "2024-04-01,52.08,blangko,1500,0,0,seribu,0,500\n"
               "2024-04-02,52.08,blangko,500,0,0,100,0,300\n").encode()
    at = _upload(("baik.csv", good), ("tolak.csv", refused))
    text = texts(at)
    assert "Baris yang diganti (1)" in text and "Kontinuitas stok (1)" in text
    changes = next(df.value for df in at.dataframe if "Perubahan (lama → baru)" in df.value.columns)
    assert changes["Perubahan (lama → baru)"].tolist() == ["pemakaian 1.000 → 900; stok akhir 1.500 → 1.600"]
    assert "berkas ini ditolak, jadi tidak ada baris yang disimpan" in text
    assert "baris tetap disimpan" not in text and "baris akan tetap disimpan" not in text


@pytest.mark.parametrize("source", ["cli", "demo"])
def test_a_correction_does_not_make_a_month_late(fixture_db, source):
    """March was first uploaded on time (5 Apr 2024; a demo build has no submission date at all); correcting it
    long after its deadline leaves March on time: a month's timeliness is judged on its first upload."""
    with fixture_db.writing() as cur:
        cur.execute("update uploads set uploaded_at = '2024-04-05 10:00:00+07', source = ? where upload_id = 1",
                    [source])
    metrics.clear_cache()

    def march() -> tuple[str, float]:
        found = metrics.quality_problems(fixture_db, "52.08", AS_OF)
        state = found["completeness"].filter(pl.col("month") == dt.date(2024, 3, 1))["state"][0]
        pct = found["completeness_summary"].filter(pl.col("month") == dt.date(2024, 3, 1))["on_time_pct"][0]
        return state, pct

    assert march() == ("dilaporkan", 100.0)
    body = (HEADER + "2024-03-31,52.08,blangko,2500,0,0,900,0,1600\n").encode()
    [result] = importer.apply_files(fixture_db, [("koreksi.csv", body)], uploader="uji", source="cli", today=TODAY)
    assert result.upload_id is not None and result.rows_replaced == 1
    metrics.clear_cache()
    assert march() == ("dilaporkan", 100.0)


def test_preview_module_reads_only(fixture_db):
    version = fixture_db.data_version()
    with fixture_db.reading() as cur:
        changes.describe(cur, {"stok": read_export("s.csv", (HEADER + "2024-04-01,52.08,blangko,1,0,0,1,0,0\n")
                                                   .encode(), today=TODAY).frames["stok"]}, {})
    assert fixture_db.data_version() == version
