"""stock_series and consumption_by_region on the fixture store and small hand-made ledgers."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from fixture_store import AS_OF, START
from test_series_support import daily, row, write

from dashboard import metrics

D = dt.date


@pytest.fixture
def fx(fixture_copy):
    store = fixture_copy
    return store


def by_period(frame: pl.DataFrame) -> dict:
    return {r["period"]: r for r in frame.iter_rows(named=True)}


def test_monthly_rows_spread_evenly_over_their_days(fx):
    days = metrics.stock_series(fx, "17.04", start=START, end=AS_OF)
    assert days.height == 91
    assert days["consumption"].to_list() == [100.0] * 91  # 3,100/31, 2,900/29, 3,100/31
    # A monthly reporter's stock is known from its first month end on, carried forward after it.
    jan = days.filter(pl.col("period") < D(2024, 1, 31))
    assert jan["stock"].null_count() == jan.height
    assert by_period(days)[D(2024, 2, 15)]["stock"] == 11_200
    months = by_period(metrics.stock_series(fx, "17.04", start=START, end=AS_OF, freq="month"))
    assert [months[D(2024, m, 1)]["consumption"] for m in (1, 2, 3)] == [3_100, 2_900, 3_100]
    assert [months[D(2024, m, 1)]["stock"] for m in (1, 2, 3)] == [11_200, 8_300, 5_200]


def test_province_receipts_exclude_internal_transfers(fx):
    months = by_period(metrics.stock_series(fx, "65", start=START, end=AS_OF, freq="month"))
    jan = months[D(2024, 1, 1)]
    # The warehouse got 10,000 from outside and sent 2,000 to 65.01: only the 10,000 entered the province.
    assert jan["penerimaan"] == 12_000
    assert jan["penerimaan_external"] == 10_000
    assert jan["transfers_out"] == 2_000
    # Consumption is use + damage of 65.01 (42/day), 65.02 (100/day), 65.71 (50/day); transfers are not use.
    assert jan["consumption"] == 31 * (42 + 100 + 50)
    assert jan["rusak"] == 31 * 2
    assert jan["stock"] == 28_000 + 3_698 + 4_800 + 10_450
    assert months[D(2024, 2, 1)]["penerimaan_external"] == 0
    mar = months[D(2024, 3, 1)]
    assert mar["stock"] == 24_000 + 5_178 + 0 + 7_450
    assert mar["stocked_out_units"] == 1 and mar["units_reporting"] == 4


def test_kabkota_receipts_are_all_external(fx):
    jan = by_period(metrics.stock_series(fx, "65.01", start=START, end=AS_OF, freq="month"))[D(2024, 1, 1)]
    assert jan["penerimaan_external"] == 2_000 and jan["transfers_out"] == 0


def test_daily_stockout_count_and_national_total(fx):
    days = by_period(metrics.stock_series(fx, "65", start=D(2024, 3, 17), end=AS_OF))
    assert days[D(2024, 3, 18)]["stocked_out_units"] == 0
    assert days[D(2024, 3, 19)]["stocked_out_units"] == 1  # 65.02 closes at 0
    national = by_period(metrics.stock_series(fx, "ID", start=D(2024, 1, 15), end=D(2024, 1, 15)))
    # As of 15 Jan, Kaur's January row (ending 31 Jan) is not known yet: flows count rows ending by `end`.
    assert national[D(2024, 1, 15)]["consumption"] == 0 + 42 + 100 + 50 + 1_000
    january = by_period(metrics.stock_series(fx, "ID", start=D(2024, 1, 15), end=D(2024, 1, 31)))
    assert january[D(2024, 1, 15)]["consumption"] == 0 + 42 + 100 + 50 + 100 + 1_000


def test_weeks_start_on_monday_and_default_window(fx):
    weeks = metrics.stock_series(fx, "17.04", freq="week")
    assert all(p.weekday() == 0 for p in weeks["period"])
    assert weeks["period_end"].max() == AS_OF  # default end: the latest data
    first = by_period(weeks)[D(2024, 1, 1)]
    assert first["consumption"] == 700 and first["period_end"] == D(2024, 1, 7)
    months = metrics.stock_series(fx, "17.04", freq="month")
    assert months["period"].to_list()[0] == D(2023, 4, 1) and months.height == 12
    # Months before any report: no stock and no flows (null, not zero).
    assert months.row(0, named=True)["stock"] is None and months.row(0, named=True)["consumption"] is None


def test_item_without_rows_is_null_not_zero(fx):
    film = metrics.stock_series(fx, "65.71", item="film", start=START, end=AS_OF, freq="month")
    assert film["stock"].null_count() == 3 and film["consumption"].null_count() == 3
    ribbon = metrics.stock_series(fx, "65.71", item="ribbon", start=START, end=AS_OF, freq="month")
    assert ribbon["stock"].to_list() == [20, 20, 20]


def test_types_and_bad_arguments(fx):
    frame = metrics.stock_series(fx, "ID", start=START, end=AS_OF, freq="month")
    assert frame.schema["period"] == pl.Date and frame.schema["stock"] == pl.Int64
    assert frame.schema["consumption"] == pl.Float64
    with pytest.raises(ValueError, match="Periode"):
        metrics.stock_series(fx, "65", freq="year")
    with pytest.raises(ValueError, match="tidak dikenal"):
        metrics.stock_series(fx, "99.99")
    with pytest.raises(ValueError, match="Jenis"):
        metrics.stock_series(fx, "65", item="tinta")


def test_empty_store_gives_empty_frame(store):
    assert metrics.stock_series(store, "ID").height == 0
    assert metrics.consumption_by_region(store, "ID").height == 0


def test_daily_rows_win_over_a_monthly_row(store):
    # January reported monthly (310 used, 10 a day) and, for the last two days, daily (50 a day).
    write(store, stock=[row("11.01", D(2024, 1, 1), D(2024, 1, 31), closing=690, use=310),
                        row("11.01", D(2024, 1, 30), closing=750, use=50),
                        row("11.01", D(2024, 1, 31), closing=700, use=50)])
    days = by_period(metrics.stock_series(store, "11.01", start=D(2024, 1, 1), end=D(2024, 1, 31)))
    assert days[D(2024, 1, 29)]["consumption"] == 10 and days[D(2024, 1, 30)]["consumption"] == 50
    month = metrics.stock_series(store, "11.01", start=D(2024, 1, 1), end=D(2024, 1, 31), freq="month").row(0, named=True)
    assert month["consumption"] == 29 * 10 + 2 * 50
    assert month["stock"] == 700  # the daily closing wins over the monthly one on the same day


def test_stock_carried_forward_but_not_before_first_report(store):
    write(store, stock=daily("11.01", D(2024, 1, 1), 10, opening=1_000, use=10)      # stops after 10 Jan: 900
          + daily("11.02", D(2024, 1, 5), 27, opening=500, use=5))                    # starts 5 Jan
    days = by_period(metrics.stock_series(store, "11", start=D(2024, 1, 1), end=D(2024, 1, 31)))
    assert days[D(2024, 1, 3)]["stock"] == 970 and days[D(2024, 1, 3)]["units_reporting"] == 1
    assert days[D(2024, 1, 20)]["stock"] == 900 + (500 - 16 * 5)
    # A window starting after a member's last report still starts from it.
    late = by_period(metrics.stock_series(store, "11", start=D(2024, 1, 25), end=D(2024, 1, 31)))
    assert late[D(2024, 1, 25)]["stock"] == 900 + (500 - 21 * 5)


def test_consumption_by_region_children_and_transfers(fx):
    nat = {r["region_code"]: r for r in metrics.consumption_by_region(fx, "ID", as_of=AS_OF).iter_rows(named=True)}
    assert set(nat) == {"17", "52", "65"}
    assert nat["52"]["consumption"] == 30_000 and "burn_rate_per_day" not in nat["52"]  # a metric, not a series
    # 65 over 2 Mar..31 Mar: 65.01 42/day, 65.02 18 days x 100 (then out), 65.71 50/day.
    assert nat["65"]["consumption"] == 30 * 42 + 18 * 100 + 30 * 50
    assert nat["65"]["stockout_days"] == 12
    assert sum(r["share_pct"] for r in nat.values()) == pytest.approx(100)
    prov = {r["region_code"]: r for r in metrics.consumption_by_region(fx, "65", as_of=D(2024, 2, 1), days=1)
            .iter_rows(named=True)}
    assert prov["65"]["level"] == "gudang" and prov["65"]["name"] == "Gudang Provinsi Kalimantan Utara"
    assert prov["65"]["distribusi"] == 2_000 and prov["65"]["consumption"] == 0
    assert prov["65.01"]["penerimaan"] == 2_000 and prov["65.01"]["penerimaan_external"] == 2_000
    jan1 = {r["region_code"]: r for r in metrics.consumption_by_region(fx, "ID", as_of=START, days=1)
            .iter_rows(named=True)}
    assert jan1["65"]["penerimaan_external"] == 10_000
