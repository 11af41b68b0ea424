"""Where the units on the action list get their stock (metrics.action_supply / supply_of): the province's moves,
then the centre; hand-computed on the fixture and Aceh, and as properties of random provinces."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from test_plan import UNIT, S, _units
from test_series_support import daily, write

from dashboard import metrics
from dashboard.domain import ITEMS, WAREHOUSE
from dashboard.metrics import targets
from dashboard.metrics.plan import plan_units
from tests.fixture_store import AS_OF, build_fixture_store

N = 91


def _rows(frame: pl.DataFrame) -> list[tuple]:
    return frame.select("region_code", "item", "via", "source_code", "quantity").rows()


def test_fixture_one_unit_from_its_warehouse_one_from_the_centre(store):
    build_fixture_store(store)
    # Bulungan (65.02, habis) gets its 9.132 blanks from the Kaltara warehouse (24.000 to spare); Lombok Utara
    # (52.08, kritis) has nobody in NTB with stock to spare: its whole request, 89.813, goes to the centre.
    supply = metrics.action_supply(store, "ID", AS_OF, S)
    assert _rows(supply) == [("65.02", "blangko", "move", "65", 9_132), ("52.08", "blangko", "centre", None, 89_813)]
    assert supply["source_name"].to_list() == ["Gudang Provinsi Kalimantan Utara", None]
    # the centre's part is the province's request to the centre (the Ringkasan card and the Rencana page)
    assert metrics.province_plan(store, "52", AS_OF, S).request_to_centre["blangko"] == 89_813
    assert _rows(metrics.action_supply(store, "65", AS_OF, S)) == [("65.02", "blangko", "move", "65", 9_132)]
    assert _rows(metrics.action_supply(store, "52.08", AS_OF, S)) == [("52.08", "blangko", "centre", None, 89_813)]
    assert metrics.action_supply(store, "65.71", AS_OF, S).is_empty()  # nothing to do in Tarakan


def test_aceh_moves_first_then_the_centre(store):
    start = AS_OF.replace(month=1, day=1)
    write(store, stock=daily("11", start, N, opening=1_000, use=0)
          + daily("11.01", start, N, opening=200 + 100 * N, use=100)       # 200 left: kritis
          + daily("11.02", start, N, opening=20_000 + 100 * N, use=100)    # plenty
          + daily("11.03", start, N, opening=6_100, use=100))              # out since 1 Mar
    supply = metrics.action_supply(store, "11", AS_OF, S)
    need = 9_132  # see test_plan.test_a_warehouse_that_cannot: the same moves, in the action list's order
    assert _rows(supply) == [("11.03", "blangko", "move", "11.02", need),
                             ("11.01", "blangko", "move", "11.02", 1_736), ("11.01", "blangko", "move", "11", 1_000),
                             ("11.01", "blangko", "centre", None, 6_196),
                             # the warehouse (1.000 left against the province's 300 a day: kritis) has no request of
                             # its own: it carries the province's request to the centre
                             ("11", "blangko", "province", None, 6_196)]
    assert metrics.action_list(store, "11", AS_OF, S)["region_code"].to_list() == ["11.03", "11.01", "11"]


@settings(max_examples=80, deadline=None)
@given(hs.lists(UNIT, min_size=1, max_size=10))
def test_supply_adds_up_to_each_unit_request_and_the_province_request(rows):
    units = _units(rows, "11")
    plan = plan_units(units, "11", AS_OF, S, judge=False)
    supply = metrics.supply_of([plan])
    assert (supply["quantity"] > 0).all()
    for item in ITEMS:
        request = targets.COLUMNS[item][2]
        mine = supply.filter(pl.col("item") == item)
        # every move of the plan appears once, into its target, from its source
        moves = mine.filter(pl.col("via") == "move")
        assert sorted(moves.select("region_code", "source_code", "quantity").rows()) == sorted(
            (m.target, m.source, m.quantity) for m in plan.moves if m.item == item)
        # a kab/kota gets exactly its request: moves plus the centre's part
        for code, asked, level in units.select("region_code", request, "level").iter_rows():
            got = mine.filter((pl.col("region_code") == code) & (pl.col("via") != "province"))["quantity"].sum()
            assert got == (0 if level == WAREHOUSE else asked or 0)
        # the centre's parts add up to the province's request to the centre; the warehouse carries that request
        centre = mine.filter(pl.col("via") == "centre")["quantity"].sum()
        assert centre == (plan.request_to_centre[item] or 0)
        province = mine.filter(pl.col("via") == "province")
        assert province.select("region_code", "quantity").rows() == ([("11", centre)] if centre else [])


@pytest.mark.parametrize("region", ["ID", "65", "65.02"])
def test_only_units_on_the_action_list(store, region):
    build_fixture_store(store)
    listed = set(metrics.action_list(store, region, AS_OF, S)["region_code"])
    assert set(metrics.action_supply(store, region, AS_OF, S)["region_code"]) <= listed
