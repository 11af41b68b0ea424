"""status_matrix, stockout_timeline and classify_status on the fixture store and hand-made ledgers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fixture_store import AS_OF, build_fixture_store
from test_series_support import daily, row, write

from dashboard import series
from dashboard.settings import Settings

D = dt.date
S = Settings()


@pytest.fixture
def fx(store):
    build_fixture_store(store)
    return store


def cells(frame) -> dict:
    return {(r["region_code"], r["month"]): r for r in frame.iter_rows(named=True)}


@pytest.mark.parametrize("stock, cover, level, expected", [
    (None, None, "kabupaten", None),
    (0, None, "kabupaten", "habis"),
    (500, 200.0, "kota", "kritis"),          # below the 1,000-card kab/kota minimum
    (500, 200.0, "gudang", "aman"),          # the minimum is a kab/kota rule
    (5_000, 13.9, "provinsi", "kritis"),
    (5_000, 14.0, "provinsi", "waspada"),
    (5_000, 30.0, "kabupaten", "aman"),
    (5_000, 365.0, "kabupaten", "aman"),
    (5_000, 365.5, "kabupaten", "berlebih"),
    (5_000, None, "kabupaten", "aman"),      # nothing used: nothing runs out
])
def test_classify_status(stock, cover, level, expected):
    assert series.classify_status(stock, cover, level, S) == expected


def test_classify_status_follows_settings():
    assert series.classify_status(5_000, 20.0, "kabupaten", replace(S, kritis_days=21, waspada_days=40)) == "kritis"


def test_stocked_out_days_leave_the_burn_rate(fx):
    m = cells(series.status_matrix(fx, "65", as_of=AS_OF, months=3, settings=S))
    mar = m[("65.02", D(2024, 3, 1))]
    # March: 1,900 used over the 19 days in stock; the 12 days at 0 are not days of (zero) demand.
    assert mar["consumption"] == 1_900 and mar["stockout_days"] == 12
    assert mar["burn_rate_per_day"] == 100
    assert mar["stock_end"] == 0 and mar["days_of_cover"] == 0 and mar["status"] == "habis"
    feb = m[("65.02", D(2024, 2, 1))]
    assert feb["stock_end"] == 1_900 and feb["days_of_cover"] == 19 and feb["status"] == "waspada"
    wh = m[("65", D(2024, 1, 1))]
    assert wh["level"] == "gudang" and wh["stock_end"] == 28_000 and wh["days_of_cover"] is None
    assert m[("65.01", D(2024, 3, 1))]["burn_rate_per_day"] == 42


def test_matrix_monthly_reporter_and_national_children(fx):
    kaur = cells(series.status_matrix(fx, "17.04", as_of=AS_OF, months=3, settings=S))
    assert [kaur[("17.04", D(2024, m, 1))]["burn_rate_per_day"] for m in (1, 2, 3)] == [100, 100, 100]
    assert kaur[("17.04", D(2024, 3, 1))]["days_of_cover"] == 52
    nat = series.status_matrix(fx, "ID", as_of=AS_OF, months=3, settings=S)
    assert set(nat["region_code"]) == {"17", "52", "65"} and nat.height == 9
    m = cells(nat)
    kaltara = m[("65", D(2024, 3, 1))]
    assert kaltara["level"] == "provinsi" and kaltara["stock_end"] == 24_000 + 5_178 + 0 + 7_450
    assert kaltara["burn_rate_per_day"] == 0 + 42 + 100 + 50  # per-unit rates, summed
    assert m[("52", D(2024, 3, 1))]["status"] == "kritis"  # 1,500 left at 1,000 a day


def test_matrix_carries_stock_into_months_without_reports(store):
    write(store, stock=daily("11.01", D(2024, 1, 1), 31, opening=3_100, use=50))  # nothing after January
    m = cells(series.status_matrix(store, "11.01", as_of=D(2024, 3, 15), months=3, settings=S))
    assert m[("11.01", D(2024, 3, 1))]["stock_end"] == 3_100 - 31 * 50
    assert m[("11.01", D(2024, 3, 1))]["burn_rate_per_day"] is None
    assert m[("11.01", D(2024, 1, 1))]["days_of_cover"] == pytest.approx(1_550 / 50)


def test_matrix_month_end_uses_the_daily_row_over_the_monthly_one(store):
    write(store, stock=[row("11.01", D(2024, 1, 1), D(2024, 1, 31), closing=690, use=310),
                        row("11.01", D(2024, 1, 31), closing=700, use=10)])
    jan = cells(series.status_matrix(store, "11.01", as_of=D(2024, 1, 31), months=1, settings=S))
    assert jan[("11.01", D(2024, 1, 1))]["stock_end"] == 700


def test_stockout_timeline(fx):
    tl = series.stockout_timeline(fx, "ID", as_of=AS_OF, settings=S)
    got = {r["region_code"]: r for r in tl.iter_rows(named=True)}
    assert list(tl["region_code"])[:2] == ["65.02", "52.08"]  # soonest first
    assert got["65.02"]["stock"] == 0 and got["65.02"]["stockout_date"] == D(2024, 3, 19)
    assert got["65.02"]["burn_rate_per_day"] == 100 and got["65.02"]["status"] == "habis"
    assert got["52.08"]["days_of_cover"] == 1.5 and got["52.08"]["stockout_date"] == D(2024, 4, 1)
    assert got["17.04"]["stockout_date"] == AS_OF + dt.timedelta(days=52)
    assert "65" not in got  # the warehouse uses nothing: no stock-out ahead
    assert got["65.71"]["days_of_cover"] == 149
    later = series.stockout_timeline(fx, "65", as_of=AS_OF, settings=replace(S, burn_window_days=7))
    assert set(later["region_code"]) == {"65.01", "65.02", "65.71"}


def test_stockout_timeline_drops_units_beyond_180_days(store):
    write(store, stock=daily("11.01", D(2024, 1, 1), 30, opening=20_000, use=100)    # 17,000 left: 170 days
          + daily("11.02", D(2024, 1, 1), 30, opening=20_000, use=10))               # 1,970 days
    tl = series.stockout_timeline(store, "11", as_of=D(2024, 1, 30), settings=S)
    assert tl["region_code"].to_list() == ["11.01"]
    assert tl.row(0, named=True)["stockout_date"] == D(2024, 1, 30) + dt.timedelta(days=170)
