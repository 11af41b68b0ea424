"""The staging table (store/derived.py): kept in step by every write, incrementally, and the same as a rebuild."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from test_faults_support import stock_csv

from dashboard import metrics
from dashboard.demo import build as demo
from dashboard.importer import apply as ingest
from dashboard.store import derived, queries

TODAY = dt.date(2024, 4, 10)


def staged(store) -> pl.DataFrame:
    with store.reading() as cur:
        return cur.sql("select * from staging_unit_day order by region_code, item, day").pl()


def rebuilt(store) -> pl.DataFrame:
    """The staging rows computed from scratch (the fingerprint forgotten, so refresh starts again)."""
    with store.writing(data_change=False) as cur:
        queries.execute(cur, "derived/state_clear")
        derived.refresh(cur)
    return staged(store)


def assert_in_step(store) -> None:
    with store.reading() as cur:
        assert derived.fresh(cur)
    now = staged(store)
    assert now.height and now.equals(rebuilt(store))


def _month(code: str, item: str, month_end: dt.date, use: int) -> dict:
    return dict(region_code=code, item=item, period_start=month_end.replace(day=1), period_end=month_end,
                granularity="bulanan", stok_awal=9_000, penerimaan=500, distribusi=0, pemakaian=use, rusak=3,
                stok_akhir=9_000 + 500 - use - 3)


@pytest.fixture
def built(store):
    demo.build_demo(store, today=TODAY, months=3, regions=["65", "17.04"])
    return store


def test_demo_build_fills_the_table(built):
    assert_in_step(built)
    days = staged(built)
    # every unit, item and day of the demo's daily ledger, once
    with built.reading() as cur:
        ledger = cur.execute("select count(*) from stock_ledger").fetchall()[0][0]
    assert days.height == ledger == days.select("region_code", "item", "day").n_unique()


def test_each_upload_keeps_it_in_step_incrementally(built):
    # monthly rows over daily ones (daily wins), a unit reporting only monthly, an old month, then a correction
    files = [
        ("feb.csv", stock_csv([_month(c, "blangko", dt.date(2024, 2, 29), 900) for c in ("65.01", "17")])),
        ("jan.csv", stock_csv([_month("17.04", "ribbon", dt.date(2024, 1, 31), 40)])),
        ("feb2.csv", stock_csv([_month("65.01", "blangko", dt.date(2024, 2, 29), 950)])),
    ]
    for name, data in files:
        [result] = ingest.apply_files(built, [(name, data)], uploader="uji", source="cli", today=TODAY)
        assert result.accepted, result.message()
        incremental = staged(built)
        assert incremental.equals(rebuilt(built)), name


def test_a_ledger_changed_behind_its_back_is_rebuilt_before_it_is_read(built):
    before = metrics.region_report(built, "65.01", TODAY)["stock"]
    with built.writing() as cur:  # in place: no new upload id, same row count
        cur.execute("update stock_ledger set stok_akhir = stok_akhir + 7 where region_code = '65.01' "
                    "and item = 'blangko' and period_end = ?", [TODAY])
    with built.reading() as cur:
        assert not derived.fresh(cur)
    assert metrics.region_report(built, "65.01", TODAY)["stock"] == before + 7  # ensure() refreshed first
    assert_in_step(built)
    with built.writing() as cur:
        cur.execute("delete from stock_ledger where region_code = '65.01'")
    assert metrics.region_report(built, "65.01", TODAY)["stock"] is None
    assert_in_step(built)


def test_an_empty_store_refreshes(store):
    with store.writing() as cur:
        derived.refresh(cur)
    with store.reading() as cur:
        assert derived.fresh(cur)
        assert cur.execute("select count(*) from staging_unit_day").fetchall()[0][0] == 0
