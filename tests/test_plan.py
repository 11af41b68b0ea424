"""The in-province redistribution plan (metrics.plan): hand-computed provinces and the invariants as properties."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from test_series_support import daily, write

from dashboard import metrics
from dashboard.cli import main
from dashboard.domain import ITEMS, WAREHOUSE
from dashboard.metrics import targets
from dashboard.metrics.formulas import AVG_MONTH_DAYS
from dashboard.metrics.plan import Move, greedy, plan_units
from dashboard.settings import Settings
from tests.fixture_store import AS_OF

D = dt.date
S = Settings()
N = 91  # 1 Jan – 31 Mar 2024


@pytest.fixture
def fx(fixture_copy):
    store = fixture_copy
    return store


@pytest.fixture
def aceh(store):
    """Aceh: a warehouse too small to cover its kab/kota, one kab/kota with plenty, two short (one empty)."""
    start = D(2024, 1, 1)
    write(store, stock=daily("11", start, N, opening=1_000, use=0)
          + daily("11.01", start, N, opening=200 + 100 * N, use=100)       # 200 left: 2 days
          + daily("11.02", start, N, opening=20_000 + 100 * N, use=100)    # 20.000 left: 200 days
          + daily("11.03", start, N, opening=6_100, use=100))              # out since 1 Mar
    return store


def test_a_warehouse_that_covers_every_kabkota(fx):
    plan = metrics.province_plan(fx, "65", AS_OF, S)
    # Bulungan (65.02) used 100 a day while it had stock: 3 months = ceil(3 × 3.043,75) = 9.132 blanks; the
    # warehouse holds 24.000 above its own target of 0, the most to spare: one move.
    assert plan.moves == (Move("65", "65.02", "blangko", 9_132),)
    assert plan.request_to_centre == {"blangko": 0, "ribbon": 0, "film": None}  # nobody reports film
    assert (plan.units_below_target_before, plan.units_below_target_after) == (1, 0)
    assert metrics.region_report(fx, "65", AS_OF, S)["suggested_request"] == 0
    after = {r["region_code"]: r for r in plan.units.iter_rows(named=True)}
    assert after["65"]["stock_after"] == 24_000 - 9_132 and after["65.02"]["stock_after"] == 9_132
    assert after["65.02"]["status"] == "habis" and after["65.02"]["status_after"] == "aman"
    assert after["65.02"]["days_of_cover_after"] == pytest.approx(91.32)


def test_a_warehouse_that_cannot(aceh):
    plan = metrics.province_plan(aceh, "11", AS_OF, S)
    need = 9_132  # ceil(3 × 100 × 30,4375): each kab/kota used 100 a day in stock
    # most urgent first: 11.03 (empty) from 11.02 (10.868 above target), then 11.01 from what is left everywhere
    assert plan.moves == (Move("11.02", "11.03", "blangko", need), Move("11.02", "11.01", "blangko", 20_000 - 2 * need),
                          Move("11", "11.01", "blangko", 1_000))
    remaining = (need - 200) - (20_000 - 2 * need) - 1_000
    assert plan.request_to_centre["blangko"] == remaining == 6_196
    assert metrics.region_report(aceh, "11", AS_OF, S)["suggested_request"] == remaining
    assert (plan.units_below_target_before, plan.units_below_target_after) == (2, 1)
    assert plan.as_json() == {
        "region": "11", "as_of": "2024-03-31",
        "transfers": [{"from": "11.02", "to": "11.03", "item": "blangko", "quantity": need},
                      {"from": "11.02", "to": "11.01", "item": "blangko", "quantity": 1_736},
                      {"from": "11", "to": "11.01", "item": "blangko", "quantity": 1_000}],
        "request_to_centre": {"blangko": 6_196, "ribbon": None, "film": None},
        "units_below_target_before": 2, "units_below_target_after": 1}
    # the national request is the sum of the provinces' (never one province's surplus against another's need)
    national = metrics.national_plans(aceh, AS_OF, S)
    assert national["suggested_request"].sum() == metrics.region_report(aceh, "ID", AS_OF, S)["suggested_request"]


def test_months_change_the_targets(fx):
    plan = metrics.province_plan(fx, "65", AS_OF, S, months=1)
    assert plan.moves == (Move("65", "65.02", "blangko", 3_044),) and plan.months == 1


def test_cli_plan_json_and_errors(fx, capsys, tmp_path):
    fx.close()
    assert main(["plan", "--db", str(fx.path), "--region", "65", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["region", "as_of", "transfers", "request_to_centre", "units_below_target_before",
                          "units_below_target_after"]
    assert data["transfers"] == [{"from": "65", "to": "65.02", "item": "blangko", "quantity": 9_132}]
    assert main(["plan", "--db", str(fx.path), "--region", "65", "--months", "1", "--as-of", "2024-03-31"]) == 0
    out = capsys.readouterr().out
    assert "Gudang Provinsi Kalimantan Utara → Kabupaten" in out and "3.044 keping" in out
    assert "Unit di bawah sasaran: 1 sebelum, 0 sesudah pergeseran." in out
    assert main(["plan", "--db", str(fx.path), "--region", "ID"]) == 2
    assert "bukan kode provinsi" in capsys.readouterr().err
    assert main(["plan", "--db", str(fx.path), "--region", "65.01"]) == 2
    assert main(["plan", "--db", str(tmp_path / "kosong.duckdb"), "--region", "65"]) == 1
    with pytest.raises(SystemExit):
        main(["plan", "--db", str(fx.path), "--region", "65", "--months", "99"])
    assert "0,5 sampai 24" in capsys.readouterr().err


# -- invariants, on random provinces built with the real target rules (metrics.targets) ---------------------------
def _units(draw_rows: list[tuple], province: str) -> pl.DataFrame:
    rows = []
    for i, (stock, ribbon, film, burn, known) in enumerate(draw_rows):
        code = province if i == 0 else f"{province}.{i:02d}"
        rows.append(dict(region_code=code, name=code, province_code=province,
                         level=WAREHOUSE if i == 0 else "kabupaten", stock=stock, ribbon_stock=ribbon,
                         film_stock=film, burn_rate_per_day=burn, amc=burn * AVG_MONTH_DAYS if known else None))
    frame = pl.DataFrame(rows, schema={"region_code": pl.String, "name": pl.String, "province_code": pl.String,
                                       "level": pl.String, "stock": pl.Int64, "ribbon_stock": pl.Int64,
                                       "film_stock": pl.Int64, "burn_rate_per_day": pl.Float64, "amc": pl.Float64})
    burn = pl.col("burn_rate_per_day")
    frame = frame.with_columns(
        days_of_cover=pl.when(pl.col("stock") == 0).then(0.0).when(burn > 0).then(pl.col("stock") / burn),
        ribbon_days_of_cover=pl.when(burn > 0).then(pl.col("ribbon_stock") * S.ribbon_yield / burn),
        film_days_of_cover=pl.when(burn > 0).then(pl.col("film_stock") * S.film_yield / burn),
    ).with_columns(**targets.target_exprs(S)).with_columns(**targets.need_exprs())
    return frame.with_columns(status=pl.lit(None, pl.String))


UNIT = hs.tuples(hs.integers(0, 40_000), hs.none() | hs.integers(0, 60), hs.none() | hs.integers(0, 30),
                 hs.floats(0, 800, allow_nan=False), hs.booleans())


@settings(max_examples=100, deadline=None)
@given(hs.lists(UNIT, min_size=1, max_size=12), hs.lists(UNIT, min_size=1, max_size=6))
def test_plan_invariants(first, second):
    units = pl.concat([_units(first, "11"), _units(second, "12")])
    for province in ("11", "12"):
        own = units.filter(pl.col("province_code") == province)
        plan = plan_units(own, province, AS_OF, S)
        codes = set(own["region_code"])
        after = {r["region_code"]: r for r in plan.units.iter_rows(named=True)}
        for item in ITEMS:
            stock, target, request, surplus = targets.COLUMNS[item]
            moves = [m for m in plan.moves if m.item == item]
            # nothing crosses the province border; whole, positive quantities
            assert all(m.source in codes and m.target in codes and m.quantity > 0 for m in moves)
            # no move exceeds a source's surplus; no source ends below its own target
            for code, row in after.items():
                sent = sum(m.quantity for m in moves if m.source == code)
                assert sent <= (row[surplus] or 0)
                if sent:
                    assert row[f"{stock}_after"] >= row[target]
            # totals are conserved
            assert sum(r[f"{stock}_after"] or 0 for r in after.values()) == sum(r[stock] or 0 for r in after.values())
            # the request to the centre is exactly the deficit that remains
            short = sum(r[request] or 0 for r in after.values())
            spare = sum(r[surplus] or 0 for r in after.values())
            remaining = sum(max(0, r[target] - r[f"{stock}_after"]) for r in after.values()
                            if r[target] is not None and r[f"{stock}_after"] is not None)
            if plan.request_to_centre[item] is not None:
                assert plan.request_to_centre[item] == remaining == max(0, short - spare)
            # few moves: each fills a unit or uses up a source
            sinks = sum(1 for r in after.values() if r[request])
            sources = sum(1 for r in after.values() if r[surplus])
            assert len(moves) <= max(0, sinks + sources - 1)


def test_greedy_fills_the_most_urgent_first_from_the_largest_surplus():
    moves = greedy([("11", 500, True), ("11.02", 900, False), ("11.03", 500, False)],
                   [("11.04", 1_000), ("11.05", 700)], "blangko")
    assert moves == [Move("11.02", "11.04", "blangko", 900), Move("11", "11.04", "blangko", 100),
                     Move("11.03", "11.05", "blangko", 500), Move("11", "11.05", "blangko", 200)]
