"""coverage_table and coverage_series: hand-computed coverage, target gaps, PRR against blank stock."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fixture_store import AS_OF
from test_series_support import cov, daily, write

from dashboard import metrics
from dashboard.settings import Settings

D = dt.date
TARGET_99_2 = replace(Settings(), targets={})  # every year at the 99.2% default


@pytest.fixture
def fx(fixture_copy):
    store = fixture_copy
    return store


def by_code(frame) -> dict:
    return {r["region_code"]: r for r in frame.iter_rows(named=True)}


def test_coverage_table_kabkota_numbers(fx):
    t = by_code(metrics.coverage_table(fx, "65", as_of=AS_OF, settings=TARGET_99_2))
    assert set(t) == {"65.01", "65.02", "65.03", "65.04", "65.71"}  # every kab/kota, warehouse records nobody
    b = t["65.02"]
    assert (b["wajib_ktp"], b["sudah_rekam"], b["belum_rekam"], b["prr"]) == (100_000, 95_000, 5_000, 4_000)
    assert b["coverage_pct"] == 95.0 and b["target_pct"] == 99.2
    assert b["coverage_gap_persons"] == 4_200  # ceil(99,200) - 95,000, no float creep to 99,201
    assert b["blank_stock"] == 0 and b["stock_below_prr"] is True
    assert t["65.01"]["coverage_gap_persons"] == 600 and t["65.01"]["stock_below_prr"] is False
    tarakan = t["65.71"]
    assert tarakan["over_100"] is True and tarakan["coverage_pct"] == 101.0 and tarakan["coverage_gap_persons"] == 0
    assert t["65.03"]["wajib_ktp"] is None and t["65.03"]["coverage_gap_persons"] is None
    assert b["period_end"] == AS_OF


def test_coverage_target_per_year_from_settings(fx):
    t = by_code(metrics.coverage_table(fx, "65", as_of=AS_OF, settings=Settings()))
    assert t["65.02"]["target_pct"] == 99.04  # the stated 2024 target
    assert t["65.02"]["coverage_gap_persons"] == 4_040


def test_coverage_table_national_sums_units_and_stock(fx):
    t = by_code(metrics.coverage_table(fx, "ID", as_of=AS_OF, settings=TARGET_99_2))
    assert len(t) == 38
    k = t["65"]
    assert k["wajib_ktp"] == 300_000 and k["sudah_rekam"] == 295_500 and k["prr"] == 4_500
    assert k["blank_stock"] == 24_000 + 5_178 + 0 + 7_450  # warehouse included
    assert k["coverage_pct"] == pytest.approx(98.5) and k["units_reporting"] == 3
    assert t["52"]["stock_below_prr"] is True  # 1,500 blanks for 2,500 waiting prints
    assert t["11"]["wajib_ktp"] is None
    assert by_code(metrics.coverage_table(fx, "17.04", as_of=AS_OF))["17.04"]["sudah_rekam"] == 76_160


def test_province_total_row_never_adds_to_its_kabkota(store):
    end = D(2024, 3, 31)
    write(store, coverage=[cov("11", end, 1_000, 900),                       # only a province total
                           cov("12", end, 5_000, 4_000),                     # a total ...
                           cov("12.01", end, 2_000, 1_900), cov("12.02", end, 3_000, 2_500)])  # ... and its parts
    t = by_code(metrics.coverage_table(store, "ID", as_of=end))
    assert t["11"]["sudah_rekam"] == 900
    assert t["12"]["sudah_rekam"] == 4_400 and t["12"]["units_reporting"] == 2
    s = metrics.coverage_series(store, "ID", start=D(2024, 3, 1), end=end)
    assert s.row(0, named=True)["sudah_rekam"] == 900 + 4_400


def test_latest_row_on_or_before_as_of(store):
    write(store, coverage=[cov("11.01", D(2024, 1, 31), 1_000, 900), cov("11.01", D(2024, 2, 29), 1_000, 950)])
    assert by_code(metrics.coverage_table(store, "11", as_of=D(2024, 2, 15)))["11.01"]["sudah_rekam"] == 900
    assert by_code(metrics.coverage_table(store, "11"))["11.01"]["period_end"] == D(2024, 2, 29)


def test_coverage_series_carries_units_forward(store):
    write(store, coverage=[cov("11.01", D(2024, 1, 31), 1_000, 900, prr=10),
                           cov("11.01", D(2024, 3, 31), 1_000, 980, prr=5),
                           cov("11.02", D(2024, 2, 29), 2_000, 1_500, prr=20),
                           cov("11.02", D(2024, 3, 31), 2_000, 1_600, prr=30)],
          stock=daily("11.01", D(2024, 1, 1), 3, opening=100, use=1))
    s = {r["month"]: r for r in metrics.coverage_series(store, "11", start=D(2023, 12, 1), end=D(2024, 3, 31))
         .iter_rows(named=True)}
    assert D(2023, 12, 1) not in s  # no unit had reported yet
    assert (s[D(2024, 1, 1)]["sudah_rekam"], s[D(2024, 1, 1)]["units_reporting"]) == (900, 1)
    assert s[D(2024, 2, 1)]["sudah_rekam"] == 900 + 1_500  # 11.01's January figure carried
    assert s[D(2024, 3, 1)]["coverage_pct"] == pytest.approx(100 * 2_580 / 3_000)
    assert s[D(2024, 3, 1)]["prr"] == 35 and s[D(2024, 3, 1)]["target_pct"] == 99.04
    default = metrics.coverage_series(store, "11")
    assert default["month"].max() == D(2024, 3, 1) and default.height == 3


def test_gap_is_exact_where_floating_point_creeps(store):
    # 99.04 / 100 x 2,500 is 2,476.0000000000005 in binary floating point: the gap must still be 76.
    write(store, coverage=[cov("11.01", D(2024, 3, 31), 2_500, 2_400)])
    assert by_code(metrics.coverage_table(store, "11", settings=Settings()))["11.01"]["coverage_gap_persons"] == 76


def test_coverage_on_empty_store(store):
    assert metrics.coverage_series(store, "ID").height == 0
    assert metrics.coverage_table(store, "65")["wajib_ktp"].null_count() == 5
