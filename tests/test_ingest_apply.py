"""plan_files/apply_files through the real importer: counts, history, duplicates, refusals, scope, archive, audit."""

from __future__ import annotations

import datetime as dt
import io
import threading

import polars as pl
import pytest
import xlsxwriter
from test_faults_support import coverage_csv, ledger, stock_csv

from dashboard.importer import apply as ingest
from dashboard.importer import templates, uploads
from dashboard.store import Store, audit, derived

START = dt.date(2024, 1, 1)
TODAY = dt.date(2024, 6, 1)


def apply(store, *files, **kw):
    kw.setdefault("uploader", "pusat")
    kw.setdefault("source", "cli")
    return ingest.apply_files(store, list(files), today=TODAY, **kw)


def plan(store, *files, **kw):
    return ingest.plan_files(store, list(files), today=TODAY, **kw)


def snapshot(store) -> dict:
    """Every data table in a fixed order, plus the archive folder (what a refused file must not touch)."""
    tables = {}
    with store.reading() as cur:
        for name in ("stock_ledger", "stock_ledger_history", "coverage", "coverage_history", "uploads",
                     "quality_flags"):
            tables[name] = cur.sql(f"select * exclude ({'uploaded_at' if name == 'uploads' else 'upload_id'}) "
                                   f"from {name} order by all").pl().rows()
    archive = sorted(p.name for p in store.archive_dir.glob("*")) if store.archive_dir.exists() else []
    return {"tables": tables, "archive": archive}


def stock_rows(store, code: str) -> list[tuple]:
    with store.reading() as cur:
        return cur.execute("select period_end, pemakaian, stok_akhir, upload_id from stock_ledger "
                           "where region_code = ? order by period_end", [code]).fetchall()


def test_accepted_file_lands_with_uploads_row_archive_and_audit(store):
    data = stock_csv(ledger("65.01", START, 10))
    [result] = apply(store, ("malinau.csv", data))
    assert result.accepted and result.upload_id is not None and result.duplicate_of is None
    assert (result.kind, result.rows_total, result.rows_added, result.rows_replaced) == ("stok", 10, 10, 0)
    assert result.message() == "Diterima: 10 baris — 10 baru."
    assert len(stock_rows(store, "65.01")) == 10
    history = uploads.upload_history(store)
    row = history.row(0, named=True)
    assert (row["file_name"], row["uploader"], row["source"], row["kind"], row["rows_added"]) == (
        "malinau.csv", "pusat", "cli", "stok", 10)
    assert uploads.archived_bytes(store, result.upload_id, allowed_regions=None) == ("malinau.csv", data)
    assert row["archive_path"].startswith(f"{result.upload_id:08d}-") and row["archive_path"].endswith(".csv")
    event = audit.entries(store, action=audit.UPLOAD).row(0, named=True)
    assert event["actor"] == "pusat" and '"rows_added": 10' in event["detail"]


def test_dry_run_writes_nothing_and_predicts_apply(store):
    apply(store, ("a.csv", stock_csv(ledger("65.01", START, 10))))
    corrected = ledger("65.01", START, 10)
    corrected[4]["pemakaian"], corrected[4]["stok_akhir"] = 30, corrected[4]["stok_akhir"] + 10
    files = [("b.csv", stock_csv(corrected + ledger("65.02", START, 5)))]
    before, version = snapshot(store), store.data_version()
    [p] = plan(store, *files)
    assert store.data_version() == version and snapshot(store) == before
    assert (p.accepted, p.rows_added, p.rows_replaced, p.rows_unchanged) == (True, 5, 1, 9)
    assert p.message() == "Akan diterima: 15 baris — 5 baru, 1 mengganti data lama, 9 sama persis."
    [r] = apply(store, *files)
    assert (r.rows_added, r.rows_replaced, r.rows_unchanged) == (5, 1, 9)
    assert r.message() == ("Diterima: 15 baris — 5 baru, 1 mengganti data lama, 9 sama persis. "
                           "Yang diganti: Kabupaten Bulungan, 1 baris (5 Jan 2024).")


def test_resending_the_same_file_is_a_duplicate_and_changes_nothing(store):
    data = stock_csv(ledger("65.01", START, 10))
    [first] = apply(store, ("a.csv", data))
    before, version = snapshot(store), store.data_version()
    [p] = plan(store, ("a_lagi.csv", data))
    [r] = apply(store, ("a_lagi.csv", data))
    for item in (p, r):
        assert item.accepted and item.duplicate_of == first.upload_id and item.rows_added == 0
        assert item.changes_nothing and item.rows_unchanged == 10
        assert item.message() == (f"Tidak ada yang berubah: berkas ini sama persis dengan unggahan #{first.upload_id} "
                                  "dan data tersimpan masih sama dengan isinya.")
    assert r.upload_id is None
    assert snapshot(store) == before and store.data_version() == version


def test_corrected_file_replaces_and_keeps_the_old_values_in_history(store):
    [first] = apply(store, ("a.csv", stock_csv(ledger("65.01", START, 5, use=40))))
    [second] = apply(store, ("a_revisi.csv", stock_csv(ledger("65.01", START, 5, use=45))))
    assert (second.rows_added, second.rows_replaced, second.rows_unchanged) == (0, 5, 0)
    assert {r[1] for r in stock_rows(store, "65.01")} == {45}
    assert {r[3] for r in stock_rows(store, "65.01")} == {second.upload_id}
    with store.reading() as cur:
        old = cur.execute("select pemakaian, upload_id, replaced_by from stock_ledger_history").fetchall()
    assert old == [(40, first.upload_id, second.upload_id)] * 5


def test_refused_file_changes_nothing_but_the_audit_trail(store):
    apply(store, ("a.csv", stock_csv(ledger("65.01", START, 5))))
    rows = ledger("65.02", START, 5)
    bad = stock_csv(rows).replace(b";40;0;", b";empat puluh;0;", 1)
    before, events = snapshot(store), audit.entries(store).height
    [r] = apply(store, ("rusak.csv", bad))
    assert not r.accepted and r.upload_id is None and r.rows_added == 0
    assert r.message() == "Ditolak: 1 masalah; tidak ada data yang diubah."
    [problem] = r.problems
    assert (problem.file, problem.row, problem.column, problem.value) == ("rusak.csv", 2, "pemakaian", "empat puluh")
    assert snapshot(store) == before
    trail = audit.entries(store)
    assert trail.height == events + 1 and trail["action"][0] == audit.UPLOAD_REFUSED


def test_mixed_batch_applies_the_good_file_and_refuses_the_bad(store):
    good = ("baik.csv", stock_csv(ledger("65.01", START, 5)))
    bad = ("buruk.csv", stock_csv(ledger("65.02", START, 5)).replace(b"65.02", b"99.99"))
    plans = plan(store, good, bad)
    results = apply(store, good, bad)
    assert [p.accepted for p in plans] == [r.accepted for r in results] == [True, False]
    assert len(stock_rows(store, "65.01")) == 5 and stock_rows(store, "65.02") == []
    assert results[1].problem_total == 5 and all(p.column == "kode_wilayah" for p in results[1].problems)


def test_later_files_of_a_batch_see_the_earlier_ones(store):
    a = ("a.csv", stock_csv(ledger("65.01", START, 5, use=40)))
    b = ("b.csv", stock_csv(ledger("65.01", START, 3, use=50) + ledger("65.01", START + dt.timedelta(days=5), 2)))
    again = ("a_lagi.csv", a[1])
    plans = plan(store, a, b, again)
    # The newest send wins: a.csv again after b.csv restores a's three days (b's values go to history).
    counts = [(5, 0, 0), (2, 3, 0), (0, 3, 2)]
    assert [(p.rows_added, p.rows_replaced, p.rows_unchanged) for p in plans] == counts
    assert plans[2].duplicate_in_batch == "a.csv" and not plans[2].changes_nothing
    store_before = snapshot(store)
    assert store_before["tables"]["stock_ledger"] == []
    results = apply(store, a, b, again)
    assert [(r.rows_added, r.rows_replaced, r.rows_unchanged) for r in results] == counts
    assert results[2].duplicate_of == results[0].upload_id and results[2].upload_id is not None
    assert [r[1] for r in stock_rows(store, "65.01")] == [40] * 7
    with store.reading() as cur:  # b's three corrected days are kept in history, replaced by the third send
        assert cur.execute("select count(*) from stock_ledger_history where pemakaian = 50 and replaced_by = ?",
                           [results[2].upload_id]).fetchall() == [(3,)]


def test_region_scope_refuses_rows_outside_and_names_them(store):
    data = stock_csv(ledger("65.02", START, 2) + ledger("65.01", START, 2))
    [r] = apply(store, ("campur.csv", data), allowed_regions={"65.02"}, uploader="bulungan")
    assert not r.accepted and stock_rows(store, "65.02") == []
    outside = [(4, "kode_wilayah", "65.01"), (5, "kode_wilayah", "65.01")]
    assert [(p.row, p.column, p.value) for p in r.problems] == outside
    assert "di luar wilayah Anda" in r.problems[0].message
    [ok] = apply(store, ("bulungan.csv", stock_csv(ledger("65.02", START, 2))), allowed_regions={"65.02"})
    assert ok.accepted


def test_warnings_are_kept_as_quality_flags(store):
    rows = ledger("65.01", START, 3)
    rows[1]["stok_akhir"] += 5
    [r] = apply(store, ("selisih.csv", stock_csv(rows)))
    assert r.accepted and r.warning_total == 1 and r.message().endswith("3 baru; 1 peringatan.")
    with store.reading() as cur:
        flags = cur.execute("select upload_id, flag, source_row, value from quality_flags").fetchall()
        warned = cur.execute("select warnings from uploads where upload_id = ?", [r.upload_id]).fetchall()
    assert flags == [(r.upload_id, "ledger_mismatch", 3, 5.0)] and warned == [(1,)]


def test_coverage_file_and_its_correction(store):
    month = dict(region_code="52.08", period_start=dt.date(2024, 3, 1), period_end=dt.date(2024, 3, 31),
                 granularity="bulanan", wajib_ktp=160_000, sudah_rekam=155_000, belum_rekam=5_000, prr=2_500,
                 sudah_cetak=150_000)
    [a] = apply(store, ("rekam.csv", coverage_csv([month])))
    [b] = apply(store, ("rekam2.csv", coverage_csv([{**month, "prr": 2_000}])))
    assert (a.kind, a.rows_added, b.rows_replaced) == ("perekaman", 1, 1)
    with store.reading() as cur:
        assert cur.execute("select prr from coverage").fetchall() == [(2_000,)]
        assert cur.execute("select prr, replaced_by from coverage_history").fetchall() == [(2_500, b.upload_id)]


def test_a_failed_transaction_leaves_no_archive_file_and_no_rows(store, monkeypatch):
    def boom(cur):
        raise RuntimeError("derived refresh failed")

    monkeypatch.setattr(derived, "refresh", boom)
    before, version = snapshot(store), store.data_version()
    with pytest.raises(RuntimeError):
        apply(store, ("a.csv", stock_csv(ledger("65.01", START, 3))))
    assert snapshot(store) == before and store.data_version() == version
    assert not list(store.archive_dir.glob("*"))


def test_unknown_file_type_and_empty_file_are_refused(store):
    results = apply(store, ("foto.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100), ("kosong.csv", b""))
    assert [r.accepted for r in results] == [False, False]
    assert all(r.problems and r.message().startswith("Ditolak: 1 masalah") for r in results)
    assert uploads.upload_history(store).height == 0


def test_hostile_file_name_never_reaches_a_path(store):
    [r] = apply(store, ("../../etc/passwd\n.csv", stock_csv(ledger("65.01", START, 2))))
    assert r.accepted
    [path] = [p for p in store.archive_dir.iterdir() if p.suffix != ".json"]
    assert path.parent == store.archive_dir and path.name == f"{r.upload_id:08d}-{r.sha256[:12]}.csv"
    assert uploads.upload_history(store)["file_name"][0] == "../../etc/passwd.csv"


def test_upload_ids_skip_ids_written_around_the_sequence(store):
    with store.writing() as cur:
        cur.execute("insert into uploads values (5, 'x', 'x', current_timestamp, 't', 'stok', 'cli', "
                    "0, 0, 0, 0, 0, null)")
    [r] = apply(store, ("a.csv", stock_csv(ledger("65.01", START, 2))))
    assert r.upload_id == 6


def test_write_clean_rows_is_the_public_low_level_writer(store):
    frame = pl.DataFrame([dict(region_code="65.01", item="blangko", period_start=START, period_end=START,
                               granularity="harian", stok_awal=10, penerimaan=0, distribusi=0, pemakaian=1, rusak=0,
                               stok_akhir=9, reported_name=None, source_row=None)])
    with store.writing() as cur:
        assert ingest.write_clean_rows(cur, "stok", frame, 1) == (1, 0, 0)


def test_a_failure_after_the_commit_keeps_the_archive_file(store, monkeypatch):
    original, armed = Store._sync_version_file, []

    def sync_once_broken(self, con):
        if armed:
            armed.clear()
            raise OSError("disk full")
        original(self, con)

    def arm(cur):
        armed.append(True)  # the next version-file write, right after this transaction commits, fails

    monkeypatch.setattr(Store, "_sync_version_file", sync_once_broken)
    monkeypatch.setattr(derived, "refresh", arm)
    with pytest.raises(OSError):
        apply(store, ("a.csv", stock_csv(ledger("65.01", START, 3))))
    history = uploads.upload_history(store)
    assert history.height == 1 and (store.archive_dir / history["archive_path"][0]).is_file()


def test_a_workbook_with_stock_and_coverage_sheets_is_one_mixed_upload(store):
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    for kind in ("stok", "perekaman"):
        sheet = book.add_worksheet(kind)
        for col, name in enumerate(templates.header(kind)):
            sheet.write_string(0, col, name)
            value = templates.EXAMPLES[kind][0].get(name)
            if isinstance(value, (int, float)):
                sheet.write_number(1, col, value)
            elif value is not None:
                sheet.write_string(1, col, value)
    book.close()
    [r] = apply(store, ("gabungan.xlsx", buf.getvalue()))
    assert r.accepted and r.kind == "campuran" and r.rows_added == 2
    with store.reading() as cur:
        assert cur.execute("select (select count(*) from stock_ledger), (select count(*) from coverage), "
                           "(select kind from uploads)").fetchall() == [(1, 1, "campuran")]
    assert uploads.archived_bytes(store, r.upload_id, allowed_regions=None)[0] == "gabungan.xlsx"


def test_the_same_file_sent_twice_at_once_is_stored_once(store):
    data = stock_csv(ledger("65.01", START, 30))
    results, start = [], threading.Barrier(2)

    def send(who: str) -> None:
        start.wait()
        results.extend(apply(store, (f"{who}.csv", data), uploader=who))

    threads = [threading.Thread(target=send, args=(who,)) for who in ("satu", "dua")]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert sorted(r.duplicate_of is None for r in results) == [False, True]
    stored = next(r for r in results if r.duplicate_of is None)
    assert next(r for r in results if r.duplicate_of is not None).duplicate_of == stored.upload_id
    assert uploads.upload_history(store).height == 1 and len(stock_rows(store, "65.01")) == 30
    assert len(list(store.archive_dir.glob("*.csv"))) == 1
