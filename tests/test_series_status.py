"""status_matrix, stockout_timeline and the status rule on the fixture store and hand-made ledgers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import polars as pl
import pytest
from fixture_store import AS_OF
from test_series_support import daily, row, write

from dashboard import metrics
from dashboard.metrics.status import status_expr
from dashboard.settings import Settings

D = dt.date
S = Settings()


@pytest.fixture
def fx(fixture_copy):
    store = fixture_copy
    return store


def cells(frame) -> dict:
    return {(r["region_code"], r["month"]): r for r in frame.iter_rows(named=True)}


def _status(stock, burn, level, settings=S):
    frame = pl.DataFrame({"stock": [stock], "burn_rate_per_day": [burn], "level": [level]},
                         schema={"stock": pl.Int64, "burn_rate_per_day": pl.Float64, "level": pl.String})
    frame = frame.with_columns(days_of_cover=pl.when(pl.col("stock") == 0).then(0.0)
                               .when(pl.col("burn_rate_per_day") > 0).then(pl.col("stock") / pl.col("burn_rate_per_day")))
    return frame.select(status=status_expr(settings))["status"][0]


@pytest.mark.parametrize("stock, burn, level, expected", [
    (None, None, "kabupaten", None),
    (0, None, "kabupaten", "habis"),
    (500, 2.5, "kota", "kritis"),             # below the 1,000-card kab/kota minimum (200 days of cover)
    (500, 2.5, "gudang", "aman"),             # the minimum is a kab/kota rule
    (5_000, 5_000 / 13.9, "provinsi", "kritis"),
    (5_000, 250.0, "provinsi", "waspada"),         # 20 days
    (5_000, 5_000 / 30, "kabupaten", "aman"),
    (5_000, 5_000 / 365, "kabupaten", "aman"),
    (5_000, 5_000 / 365.5, "kabupaten", "berlebih"),
    (5_000, 0.0, "kabupaten", "berlebih"),    # stock nobody uses: a candidate for redistribution
    (5_000, None, "kabupaten", None),         # no day with data in the window: a rate cannot be judged
])
def test_status_rule(stock, burn, level, expected):
    assert _status(stock, burn, level) == expected


def test_status_rule_follows_settings():
    assert _status(5_000, 250.0, "kabupaten", replace(S, kritis_days=21, waspada_days=40)) == "kritis"


def test_stocked_out_days_leave_the_burn_rate(fx):
    m = cells(metrics.status_matrix(fx, "65", as_of=AS_OF, months=3, settings=S))
    mar = m[("65.02", D(2024, 3, 1))]
    # March: 1,900 used over the 19 days in stock; the 12 days at 0 are not days of (zero) demand.
    assert mar["consumption"] == 1_900 and mar["stockout_days"] == 12
    assert mar["burn_rate_per_day"] == 100
    assert mar["stock_end"] == 0 and mar["days_of_cover"] == 0 and mar["status"] == "habis"
    feb = m[("65.02", D(2024, 2, 1))]
    assert feb["stock_end"] == 1_900 and feb["days_of_cover"] == 19 and feb["status"] == "waspada"
    wh = m[("65", D(2024, 1, 1))]
    # The warehouse is judged against its province's use that month, as the metrics table judges it.
    assert wh["level"] == "gudang" and wh["stock_end"] == 28_000
    assert wh["burn_rate_per_day"] == 42 + 100 + 50 and wh["status"] == "aman"
    assert m[("65", D(2024, 3, 1))]["status"] == metrics.region_table(fx, "65").row(0, named=True)["status"]
    assert m[("65.01", D(2024, 3, 1))]["burn_rate_per_day"] == 42


def test_matrix_monthly_reporter_and_national_children(fx):
    kaur = cells(metrics.status_matrix(fx, "17.04", as_of=AS_OF, months=3, settings=S))
    assert [kaur[("17.04", D(2024, m, 1))]["burn_rate_per_day"] for m in (1, 2, 3)] == [100, 100, 100]
    assert kaur[("17.04", D(2024, 3, 1))]["days_of_cover"] == 52
    nat = metrics.status_matrix(fx, "ID", as_of=AS_OF, months=3, settings=S)
    assert set(nat["region_code"]) == {"17", "52", "65"} and nat.height == 9
    m = cells(nat)
    kaltara = m[("65", D(2024, 3, 1))]
    assert kaltara["level"] == "provinsi" and kaltara["stock_end"] == 24_000 + 5_178 + 0 + 7_450
    assert kaltara["burn_rate_per_day"] == 0 + 42 + 100 + 50  # per-unit rates, summed
    assert m[("52", D(2024, 3, 1))]["status"] == "kritis"  # 1,500 left at 1,000 a day
    # The national heat map colours a province by its units at risk that month: 65.02 habis of Kaltara's 4
    assert (kaltara["units_at_risk"], kaltara["units_with_status"], kaltara["at_risk_pct"]) == (1, 4, 25.0)
    assert kaltara["status"] == "aman"  # the pooled status stays pooled
    assert m[("65", D(2024, 1, 1))]["units_at_risk"] == 0


def test_matrix_carries_stock_into_months_without_reports(store):
    write(store, stock=daily("11.01", D(2024, 1, 1), 31, opening=3_100, use=50))  # nothing after January
    m = cells(metrics.status_matrix(store, "11.01", as_of=D(2024, 3, 15), months=3, settings=S))
    assert m[("11.01", D(2024, 3, 1))]["stock_end"] == 3_100 - 31 * 50
    assert m[("11.01", D(2024, 3, 1))]["burn_rate_per_day"] is None
    assert m[("11.01", D(2024, 1, 1))]["days_of_cover"] == pytest.approx(1_550 / 50)


def test_matrix_month_end_uses_the_daily_row_over_the_monthly_one(store):
    write(store, stock=[row("11.01", D(2024, 1, 1), D(2024, 1, 31), closing=690, use=310),
                        row("11.01", D(2024, 1, 31), closing=700, use=10)])
    jan = cells(metrics.status_matrix(store, "11.01", as_of=D(2024, 1, 31), months=1, settings=S))
    assert jan[("11.01", D(2024, 1, 1))]["stock_end"] == 700


def test_stockout_timeline(fx):
    tl = metrics.stockout_timeline(fx, "ID", as_of=AS_OF, settings=S)
    got = {r["region_code"]: r for r in tl.iter_rows(named=True)}
    assert list(tl["region_code"])[:2] == ["65.02", "52.08"]  # soonest first
    # Empty already: no projected date; drawn on the first day of its empty spell.
    assert got["65.02"]["stock"] == 0 and got["65.02"]["stockout_date"] is None
    assert got["65.02"]["stockout_since"] == D(2024, 3, 19) and got["65.02"]["timeline_date"] == D(2024, 3, 19)
    assert got["65.02"]["burn_rate_per_day"] == 100 and got["65.02"]["status"] == "habis"
    assert got["52.08"]["days_of_cover"] == 1.5 and got["52.08"]["stockout_date"] == D(2024, 4, 1)
    assert got["17.04"]["stockout_date"] == AS_OF + dt.timedelta(days=52)
    # A warehouse is judged against what it supplies: 24,000 / (42 + 100 + 50) a day.
    assert got["65"]["days_of_cover"] == 125.0 and got["65"]["level"] == "gudang"
    assert got["65.71"]["days_of_cover"] == 149
    later = metrics.stockout_timeline(fx, "65", as_of=AS_OF, settings=replace(S, burn_window_days=7))
    # Malinau was out all week (no rate); the warehouse then lasts 24,000 / 92 = 260 days: off the timeline.
    assert set(later["region_code"]) == {"65.01", "65.02", "65.71"}


def test_stockout_timeline_drops_units_beyond_180_days(store):
    write(store, stock=daily("11.01", D(2024, 1, 1), 30, opening=20_000, use=100)    # 17,000 left: 170 days
          + daily("11.02", D(2024, 1, 1), 30, opening=20_000, use=10))               # 1,970 days
    tl = metrics.stockout_timeline(store, "11", as_of=D(2024, 1, 30), settings=S)
    assert tl["region_code"].to_list() == ["11.01"]
    assert tl.row(0, named=True)["stockout_date"] == D(2024, 1, 30) + dt.timedelta(days=170)
