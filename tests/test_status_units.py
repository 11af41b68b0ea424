"""Unit-aware status: each item judged on its days of cover, a unit by its worst item, aggregates by their units."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from test_series_support import daily, write

from dashboard import metrics
from dashboard.metrics.formulas import AVG_MONTH_DAYS
from tests.fixture_store import AS_OF

D = dt.date
END = D(2024, 3, 31)


@pytest.fixture
def printer(store):
    # 11.01: 6.000 blanks at 100 a day (60 days: aman), 1 ribbon (450 cards: 4,5 days: kritis), no film left.
    start = D(2024, 1, 1)
    n = (END - start).days + 1
    write(store, stock=daily("11.01", start, n, opening=6_000 + 100 * n, use=100)
          + daily("11.01", start, n, opening=1, use=0, item="ribbon")
          + daily("11.01", start, 20, opening=3, use=0, item="film")
          + [dict(r, stok_awal=0, stok_akhir=0) for r in daily("11.01", D(2024, 1, 21), n - 20, opening=0, use=0,
                                                                 item="film")]
          # a second kab/kota with every item plentiful
          + daily("11.02", start, n, opening=20_000 + 100 * n, use=100)
          + daily("11.02", start, n, opening=100, use=0, item="ribbon")
          + daily("11.02", start, n, opening=50, use=0, item="film"))
    return store


def test_ribbon_and_film_make_a_unit_kritis_and_habis(printer):
    r = metrics.region_report(printer, "11.01", END)
    assert r["status_by_item"] == {"blangko": "aman", "ribbon": "kritis", "film": "habis"}
    assert r["status"] == "habis" and r["binding_constraint"] == "film" and r["printable_days_of_cover"] == 0
    assert r["ribbon_days_of_cover"] == 4.5 and r["days_of_cover"] == 60
    # film closes at 0 from 21 January on
    assert r["film_stockout_since"] == D(2024, 1, 21) and r["stockout_since"] is None
    amc = 100 * AVG_MONTH_DAYS
    assert r["ribbon_target"] == math.ceil(3 * amc / 450) == 21 and r["ribbon_request"] == 20
    assert r["film_target"] == math.ceil(3 * amc / 1000) == 10 and r["film_request"] == 10
    assert r["suggested_request"] == math.ceil(3 * amc) - 6_000


def test_the_action_list_names_the_short_unit_and_its_items(printer):
    actions = metrics.action_list(printer, "11", END)
    assert actions["region_code"].to_list() == ["11.01"]
    row = actions.row(0, named=True)
    assert (row["ribbon_status"], row["film_status"], row["ribbon_request"], row["film_request"]) == \
        ("kritis", "habis", 20, 10)


def test_aggregates_count_units_and_keep_the_pooled_status(printer):
    r = metrics.region_report(printer, "11", END)
    assert r["units_total"] == 1 + 23  # Aceh's warehouse and its 23 kab/kota
    assert r["units_by_status"]["habis"] == 1 and r["units_by_status"]["aman"] == 1
    assert sum(r["units_by_status"].values()) == r["units_total"] and r["units_at_risk"] == 1
    assert r["stockout_rate_pct"] == 50.0 and r["at_risk_pct"] == 50.0  # 1 of the 2 units with a status
    # pooled: 26.000 blanks for 200 a day, 101 ribbons (45.450 cards), 50 film rolls: stock is fine in total
    assert r["status"] == "aman" and r["status_by_item"]["film"] == "aman"
    assert metrics.status_counts(printer, "11", END) == r["units_by_status"]
    # 11.01 cannot print its 6.000 blanks without film: the province prints 11.02's 20.000, film holds it back
    assert r["printable_cards"] == 20_000 and r["binding_constraint"] == "film"


def test_fixture_national_counts(fixture_copy):
    store = fixture_copy
    r = metrics.region_report(store, "ID", AS_OF)
    assert r["units_total"] == 552 and r["units_by_status"]["tanpa_data"] == 552 - 6
    assert r["units_by_status"]["habis"] == 1 and r["units_by_status"]["kritis"] == 1
    assert r["stockout_rate_pct"] == round(100 / 6, 2) and r["units_at_risk"] == 2
    # one count, one function: the flags the lists are built from
    assert r["units_below_prr"] == metrics.below_prr_units(store, "ID", AS_OF).height == 2
    assert r["units_over_100"] == metrics.over_100_units(store, "ID", AS_OF).height == 1
    # Ribbon is reported by one unit only: it is judged against that unit's use, not the whole country's.
    assert r["ribbon_days_of_cover"] == 9000 / 50 and r["status_by_item"]["ribbon"] == "aman"
