"""write_clean_rows on real DuckDB: new keys added, changed keys replaced with history, identical keys left alone."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from dashboard.importer import schema
from dashboard.importer.apply import write_clean_rows
from dashboard.importer.write import archive_name, compare, compare_after, overlay, write_flags

DAY = dt.date(2024, 3, 1)


def stock(rows: list[dict]) -> pl.DataFrame:
    base = dict(item="blangko", granularity="harian", stok_awal=100, penerimaan=0, distribusi=0, pemakaian=10,
                rusak=0, stok_akhir=90, reported_name=None, source_row=2)
    full = [{**base, "period_start": r["day"], "period_end": r["day"], **{k: v for k, v in r.items() if k != "day"}}
            for r in rows]
    return pl.DataFrame(full, schema=schema.STOCK_COLUMNS)


def coverage(rows: list[dict]) -> pl.DataFrame:
    base = dict(period_start=dt.date(2024, 3, 1), period_end=dt.date(2024, 3, 31), granularity="bulanan",
                wajib_ktp=1000, sudah_rekam=900, belum_rekam=100, prr=5, sudah_cetak=None, persentase=90.0,
                reported_name=None, source_row=3)
    return pl.DataFrame([{**base, **r} for r in rows], schema=schema.COVERAGE_COLUMNS)


def ledger(store) -> list[tuple]:
    with store.reading() as cur:
        return cur.execute("select region_code, period_end, stok_akhir, upload_id from stock_ledger "
                           "order by region_code, period_end").fetchall()


def test_new_replaced_and_unchanged_rows(store):
    first = stock([dict(region_code="65.01", day=DAY), dict(region_code="65.02", day=DAY)])
    with store.writing() as cur:
        assert write_clean_rows(cur, "stok", first, 1) == (2, 0, 0)
    second = stock([dict(region_code="65.01", day=DAY),                                  # identical
                    dict(region_code="65.02", day=DAY, pemakaian=20, stok_akhir=80),      # corrected
                    dict(region_code="65.71", day=DAY)])                                  # new
    with store.reading() as cur:
        assert compare(cur, "stok", second) == (1, 1, 1)
    with store.writing() as cur:
        assert write_clean_rows(cur, "stok", second, 2, at=dt.datetime(2024, 4, 1, tzinfo=dt.timezone.utc)) == (1, 1, 1)
    assert ledger(store) == [("65.01", DAY, 90, 1), ("65.02", DAY, 80, 2), ("65.71", DAY, 90, 2)]
    with store.reading() as cur:
        history = cur.execute("select region_code, stok_akhir, upload_id, replaced_by, "
                              "replaced_at = timestamptz '2024-04-01 00:00:00+00' from stock_ledger_history").fetchall()
    assert history == [("65.02", 90, 1, 2, True)]


def test_null_values_compare_equal_and_a_name_is_not_a_value(store):
    rows = stock([dict(region_code="65.01", day=DAY, stok_awal=None, reported_name="Malinau")])
    with store.writing() as cur:
        write_clean_rows(cur, "stok", rows, 1)
    again = rows.with_columns(pl.lit("Kab. Malinau").alias("reported_name"), pl.lit(9, pl.Int32).alias("source_row"))
    with store.writing() as cur:
        assert write_clean_rows(cur, "stok", again, 2) == (0, 0, 1)
    # Opening stock learned later is a change of value.
    with store.writing() as cur:
        assert write_clean_rows(cur, "stok", rows.with_columns(pl.lit(100).alias("stok_awal")), 3) == (0, 1, 0)


def test_items_and_granularity_are_separate_keys(store):
    month_end = dt.date(2024, 3, 31)
    rows = pl.concat([
        stock([dict(region_code="65.71", day=DAY), dict(region_code="65.71", day=DAY, item="ribbon")]),
        stock([dict(region_code="65.71", day=month_end, granularity="bulanan")]).with_columns(
            pl.lit(DAY).alias("period_start")),
    ])
    with store.writing() as cur:
        assert write_clean_rows(cur, "stok", rows, 1) == (3, 0, 0)


def test_coverage_replaced_keeps_history(store):
    with store.writing() as cur:
        assert write_clean_rows(cur, "perekaman", coverage([dict(region_code="52.08")]), 1) == (1, 0, 0)
    with store.writing() as cur:
        corrected = coverage([dict(region_code="52.08", persentase=90.5)])
        assert write_clean_rows(cur, "perekaman", corrected, 2) == (0, 1, 0)
    with store.reading() as cur:
        assert cur.execute("select persentase, upload_id from coverage").fetchall() == [(90.5, 2)]
        assert cur.execute("select persentase, replaced_by from coverage_history").fetchall() == [(90.0, 2)]


def test_a_failed_transaction_writes_nothing(store):
    with pytest.raises(RuntimeError):
        with store.writing() as cur:
            write_clean_rows(cur, "stok", stock([dict(region_code="65.01", day=DAY)]), 1)
            raise RuntimeError("boom")
    assert ledger(store) == []


@pytest.mark.parametrize("bad", ["kind", "column", "duplicate"])
def test_bad_frames_are_refused_before_writing(store, bad):
    rows = stock([dict(region_code="65.01", day=DAY)])
    kind = "stok"
    if bad == "kind":
        kind = "stock_ledger; drop table uploads"
    elif bad == "column":
        rows = rows.drop("stok_akhir")
    else:
        rows = pl.concat([rows, rows])
    with pytest.raises(ValueError):
        with store.writing() as cur:
            write_clean_rows(cur, kind, rows, 1)
    assert ledger(store) == []


def test_empty_frame_writes_nothing(store):
    with store.writing() as cur:
        assert write_clean_rows(cur, "stok", stock([]), 1) == (0, 0, 0)


def test_compare_after_a_pending_file_of_the_same_batch(store):
    with store.writing() as cur:
        write_clean_rows(cur, "stok", stock([dict(region_code="65.01", day=DAY)]), 1)
    earlier = stock([dict(region_code="65.01", day=DAY, stok_akhir=80, pemakaian=20),
                     dict(region_code="65.02", day=DAY)])
    pending = overlay("stok", None, earlier)
    later = stock([dict(region_code="65.01", day=DAY),                    # back to the stored value: a replacement
                   dict(region_code="65.02", day=DAY),                    # same as the earlier file
                   dict(region_code="65.71", day=DAY)])                   # new
    with store.reading() as cur:
        assert compare_after(cur, "stok", later, pending) == (1, 1, 1)
        assert compare_after(cur, "stok", later, None) == (2, 0, 1)
    assert overlay("stok", pending, later).height == 3


def test_flags_and_archive_names(store):
    flags = pl.DataFrame({"kind": ["stok"], "region_code": ["65.01"], "item": ["blangko"], "period_end": [DAY],
                          "source_row": [4], "flag": ["ledger_mismatch"], "message": ["selisih"], "value": [5]})
    with store.writing() as cur:
        assert write_flags(cur, flags, 7) == 1
        assert write_flags(cur, None, 7) == 0
    with store.reading() as cur:
        stored = cur.execute("select upload_id, flag, value from quality_flags").fetchall()
    assert stored == [(7, "ledger_mismatch", 5.0)]
    sha = "ab" * 32
    assert archive_name(42, sha, "Stok Maret.XLSX") == "00000042-abababababab.xlsx"
    assert archive_name(42, sha, "../../etc/passwd") == "00000042-abababababab.bin"
    assert archive_name(42, sha, "x.csv/../../evil.sh") == "00000042-abababababab.bin"
