"""Pre-aggregates (dashboard/derived.py): the same numbers as the ledger queries, kept in step by every write."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from test_faults_support import stock_csv

from dashboard import metrics
from dashboard.demo import build as demo
from dashboard.importer import apply as ingest
from dashboard.metrics.scope import scope
from dashboard.store import derived, queries

TODAY = dt.date(2024, 4, 10)
WINDOWS = [(dt.date(2024, 1, 1), TODAY), (dt.date(2024, 2, 5), dt.date(2024, 3, 3)), (dt.date(2023, 1, 1), TODAY)]


def _rows(cur, query: str, region: str, item: str, start: dt.date, end: dt.date) -> pl.DataFrame:
    frame = queries.frame(cur, query, scope(region).params(item=item, start=start, end=end))
    # A day with nothing in it may be present as zeros on one side only; the series treat both alike.
    empty = pl.all_horizontal([pl.col(c) == 0 for c in frame.columns if c != "day"])
    return frame.filter(~empty)


def assert_same_as_ledger(store) -> None:
    with store.reading() as cur:
        assert derived.fresh(cur)
        for region in ("ID", "65", "17"):
            for item in ("blangko", "ribbon"):
                for start, end in WINDOWS:
                    live = _rows(cur, "series/stock", region, item, start, end)
                    pre = _rows(cur, "derived/series_stock", region, item, start, end)
                    assert live["day"].to_list() == pre["day"].to_list(), (region, item, start)
                    for col in live.columns[1:]:
                        assert ((live[col] - pre[col]).abs().max() or 0) < 1e-9, (region, item, start, col)


def _month(code: str, item: str, month_end: dt.date, use: int) -> dict:
    return dict(region_code=code, item=item, period_start=month_end.replace(day=1), period_end=month_end,
                granularity="bulanan", stok_awal=9_000, penerimaan=500, distribusi=0, pemakaian=use, rusak=3,
                stok_akhir=9_000 + 500 - use - 3)


@pytest.fixture
def built(store):
    demo.build_demo(store, today=TODAY, months=3, regions=["65", "17.04"])
    return store


def test_demo_build_fills_the_tables(built):
    assert_same_as_ledger(built)


def test_each_upload_keeps_them_in_step_incrementally(built):
    # monthly rows over daily ones (daily wins), a unit reporting only monthly, an old month, then a correction
    files = [
        ("feb.csv", stock_csv([_month(c, "blangko", dt.date(2024, 2, 29), 900) for c in ("65.01", "17")])),
        ("jan.csv", stock_csv([_month("17.04", "ribbon", dt.date(2024, 1, 31), 40)])),
        ("feb2.csv", stock_csv([_month("65.01", "blangko", dt.date(2024, 2, 29), 950)])),
    ]
    for name, data in files:
        [result] = ingest.apply_files(built, [(name, data)], uploader="uji", source="cli", today=TODAY)
        assert result.accepted, result.message()
        assert_same_as_ledger(built)
    with built.reading() as cur:
        incremental = cur.sql("select * from derived_series_day order by all").pl()
    with built.writing(data_change=False) as cur:
        queries.execute(cur, "derived/state_clear")  # forces a rebuild from scratch
        derived.refresh(cur)
    with built.reading() as cur:
        rebuilt = cur.sql("select * from derived_series_day order by all").pl()
    assert incremental.equals(rebuilt)


def test_a_ledger_written_behind_its_back_is_not_used(built):
    with built.writing() as cur:
        cur.execute("delete from stock_ledger where region_code = '65.01'")
    with built.reading() as cur:
        assert not derived.fresh(cur)
    # the series still answers from the ledger
    week = metrics.stock_series(built, "65", end=TODAY, freq="week")
    with built.writing() as cur:
        derived.refresh(cur)  # sees rows gone missing: rebuilds
    assert_same_as_ledger(built)
    assert metrics.stock_series(built, "65", end=TODAY, freq="week").equals(week)


def test_an_empty_store_refreshes(store):
    with store.writing() as cur:
        derived.refresh(cur)
    with store.reading() as cur:
        assert derived.fresh(cur)
        assert cur.execute("select count(*) from derived_series_day").fetchall()[0][0] == 0
