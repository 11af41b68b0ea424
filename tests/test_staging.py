"""The staging model (store/sql/staging/unit_day.sql): one definition of a unit's days, read by every face.

The issue's example: a month that opens at 2.000, transfers all of it out and closes at 0. Nothing was used and
nothing is left, so every one of its days is stocked out (left out of burn rates): the metrics, the heat map, the
consumption table and the stock series must say the same.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from test_series_support import daily, row, write

from dashboard import metrics
from dashboard.settings import Settings

D = dt.date
APRIL_END = D(2024, 4, 30)  # a 30-day month: the 30-day burn window is exactly April
S = Settings()


def staged(store, code: str, item: str = "blangko") -> dict:
    metrics.region_report(store, code, APRIL_END)  # readers bring the staging table in step first
    with store.reading() as cur:
        frame = cur.sql("select * from staging_unit_day where region_code = $c and item = $i order by day",
                        params={"c": code, "i": item}).pl()
    return {r["day"]: r for r in frame.iter_rows(named=True)}


@pytest.fixture
def transfer_month(store):
    # March: daily, 100 a day from 5.100 down to 2.000. April: one monthly row, all 2.000 transferred away.
    write(store, stock=daily("11.01", D(2024, 3, 1), 31, opening=5_100, use=100)
          + [row("11.01", D(2024, 4, 1), APRIL_END, opening=2_000, out=2_000, closing=0)])
    return store


def test_every_face_gives_the_same_burn_and_stocked_out_days(transfer_month):
    s = transfer_month
    days = staged(s, "11.01")
    april = [d for day, d in days.items() if day.month == 4]
    assert len(april) == 30 and all(d["stocked_out"] for d in april)
    assert sum(d["distribusi"] for d in april) == pytest.approx(2_000) and sum(d["consumption"] for d in april) == 0
    assert not any(d["stocked_out"] for day, d in days.items() if day.month == 3)

    report = metrics.region_report(s, "11.01", APRIL_END, settings=S)
    heat = metrics.status_matrix(s, "11.01", APRIL_END, months=2, settings=S).filter(pl.col("month") == D(2024, 4, 1))
    flows = metrics.consumption_by_region(s, "11.01", APRIL_END, days=30)
    monthly = metrics.stock_series(s, "11.01", start=D(2024, 4, 1), end=APRIL_END, freq="month")
    # no day of April can be judged: no burn anywhere (not 0, not 1,08)
    assert report["burn_rate_per_day"] is None and heat["burn_rate_per_day"][0] is None
    # 30 stocked-out days on every face that counts them
    assert heat["stockout_days"][0] == 30 and flows["stockout_days"][0] == 30
    assert flows["consumption"][0] == 0 and flows["distribusi"][0] == pytest.approx(2_000)
    assert monthly["consumption"][0] == 0 and monthly["transfers_out"][0] == pytest.approx(2_000)
    # empty since the first stocked-out day; no projected stock-out date for a unit that is out
    assert report["status"] == "habis" == heat["status"][0] and report["stock"] == 0 == heat["stock_end"][0]
    assert report["stockout_since"] == D(2024, 4, 1) and report["stockout_date"] is None
    assert monthly["stocked_out_units"][0] == 1
    # AMC over Feb–Apr counts only March's 31 days in stock: 100 a day; the request brings it to 3 months
    assert report["amc"] == pytest.approx(100 * 365.25 / 12, abs=0.01)
    assert report["suggested_request"] == 9_132  # ceil(3 × 3.043,75)


def test_a_longer_window_sees_the_same_counted_days(transfer_month):
    s = transfer_month
    report = metrics.region_report(s, "11.01", APRIL_END, settings=Settings(burn_window_days=45))
    march = metrics.status_matrix(s, "11.01", APRIL_END, months=2, settings=S).filter(pl.col("month") == D(2024, 3, 1))
    # 45 days = 15 March days in stock (1.500 used) + 30 April days stocked out: 1.500 / 15
    assert report["burn_rate_per_day"] == 100.0 == march["burn_rate_per_day"][0]
    assert march["stockout_days"][0] == 0 and march["stock_end"][0] == 2_000


def test_daily_rows_win_and_stock_is_carried_between_reports(store):
    # a monthly January row and daily rows for 10–12 January; then nothing until a daily report on 20 February
    write(store, stock=[row("11.01", D(2024, 1, 1), D(2024, 1, 31), closing=6_900, use=3_100, opening=10_000)]
          + daily("11.01", D(2024, 1, 10), 3, opening=9_000, use=50)
          + [row("11.01", D(2024, 2, 20), closing=0, use=0, opening=0)])
    days = staged(store, "11.01")
    assert days[D(2024, 1, 9)]["consumption"] == pytest.approx(100) and days[D(2024, 1, 9)]["row_end"] == D(2024, 1, 31)
    assert days[D(2024, 1, 10)]["consumption"] == 50 and days[D(2024, 1, 10)]["row_end"] == D(2024, 1, 10)
    # carried stock: unknown before the first report, each report's closing from its end day on
    assert days[D(2024, 1, 9)]["stock_end"] is None and days[D(2024, 1, 10)]["stock_end"] == 8_950
    assert days[D(2024, 1, 30)]["stock_end"] == 8_850 and days[D(2024, 1, 31)]["stock_end"] == 6_900
    assert D(2024, 2, 1) not in days  # no report covers it: readers carry 6.900 forward
    assert days[D(2024, 2, 20)]["stocked_out"] and days[D(2024, 2, 20)]["reported"]
    r = metrics.region_report(store, "11.01", D(2024, 2, 25))
    assert r["stock"] == 0 and r["stockout_since"] == D(2024, 2, 20)
    assert metrics.region_report(store, "11.01", D(2024, 2, 10))["stock"] == 6_900


def test_as_of_counts_only_rows_ended_by_then(store):
    write(store, stock=daily("11.01", D(2024, 3, 1), 31, opening=5_100, use=100)
          + [row("11.01", D(2024, 4, 1), APRIL_END, opening=2_000, out=2_000, closing=0)])
    mid = metrics.region_report(store, "11.01", D(2024, 4, 15))
    # mid-April the April row is not reported yet: the stock is March's closing and March's days give the burn
    assert mid["stock"] == 2_000 and mid["burn_rate_per_day"] == 100.0 and mid["stockout_since"] is None
