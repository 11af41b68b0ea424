"""Small faces of the truth: percentages never rounded across 100, a running week drawn as partial, risk colours."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard import fmt, metrics
from dashboard.present.charts import base
from dashboard.present.charts import laju as charts_flow
from tests.fixture_store import AS_OF

D = dt.date


def test_percent_never_rounds_across_100():
    assert fmt.percent(100.04) == "100,04%" and fmt.percent(99.96) == "99,96%"
    assert fmt.percent(100.0) == "100,0%" and fmt.percent(101.0) == "101,0%" and fmt.percent(97.53) == "97,5%"
    assert fmt.percent(100.004) == "100,004%"


def test_a_running_week_is_drawn_as_partial(fixture_copy):
    store = fixture_copy
    weeks = metrics.stock_series(store, "65", end=D(2024, 3, 27), freq="week")  # Wednesday: the week runs on
    last = weeks.row(weeks.height - 1, named=True)
    assert (last["period"], last["period_days"], last["partial"]) == (D(2024, 3, 25), 3, True)
    assert not weeks["partial"][:-1].any()
    spec = charts_flow.consumption_chart(weeks, freq="week").to_dict()
    bars = next(v for v in spec["layer"] if (v["mark"]["type"] if isinstance(v["mark"], dict) else v["mark"]) == "bar")
    assert bars["encoding"]["opacity"]["scale"]["range"] == [0.85, 0.3]
    rows = next(iter(spec["datasets"].values()))
    assert [r["days_text"] for r in rows if r["partial"]] == ["3 dari 7 hari"]
    months = metrics.stock_series(store, "65", end=AS_OF, freq="month")
    assert not months["partial"].any()  # 31 March closes its month


def test_risk_classes_say_their_rule():
    assert [base.risk_class(p) for p in (None, 0, 5, 10, 24.9, 25, 100)] == [None, "none", "low", "mid", "mid", "high",
                                                                              "high"]
    frame = pl.DataFrame({"at_risk_pct": [25.0], "units_at_risk": [1], "units_total": [5], "units_tanpa_data": [1]})
    data, scale, legend = base.with_colour(frame, "risk")
    assert (data["colour_label"][0], data["risk_text"][0], legend) == (
        "≥ 25% unit berisiko", "1 dari 4 unit berdata (25,0%); 1 unit tanpa data",
        ["Unit berisiko (habis + kritis)", "porsi dari unit berdata"])
