"""Chart builders of the Laju pemakaian page, checked through chart.to_dict() on small hand-made frames."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard.present.charts import laju as charts_flow
from dashboard.present.charts.base import STATUS_COLORS

D = dt.date


def leaves(spec: dict) -> list[dict]:
    return [leaf for sub in spec["layer"] for leaf in leaves(sub)] if "layer" in spec else [spec]


def mark(view: dict) -> str:
    return view["mark"]["type"] if isinstance(view.get("mark"), dict) else view.get("mark")


def rows(spec: dict) -> list[dict]:
    return [r for values in spec.get("datasets", {}).values() for r in values]


def _series(transfers: list[float]) -> pl.DataFrame:
    return pl.DataFrame({"period": [D(2024, 1, 1), D(2024, 2, 1), D(2024, 3, 1)], "consumption": [100.0, 90.0, None],
                         "transfers_out": transfers})


def test_consumption_bars_and_transfers_line_are_separate_series():
    spec = charts_flow.consumption_chart(_series([2000.0, 0.0, 0.0]), freq="month").to_dict()
    marks = [mark(v) for v in leaves(spec)]
    assert marks == ["bar", "line"]
    bar, line = leaves(spec)
    assert bar["encoding"]["y"]["axis"]["title"] == "Keping per bulan"
    assert bar["encoding"]["y"]["field"] == "consumption" and line["encoding"]["y"]["field"] == "transfers_out"
    assert bar["encoding"]["color"]["scale"]["domain"] == ["Pemakaian + rusak",
                                                           "Distribusi keluar (bukan pemakaian)"]
    # The period no report covers is not drawn as zero use.
    assert {r["period_text"] for r in rows(spec) if "use_text" in r} == {"Jan 2024", "Feb 2024"}


def test_no_transfer_line_without_transfers_and_empty_message():
    spec = charts_flow.consumption_chart(_series([0.0, 0.0, 0.0]), freq="week").to_dict()
    assert [mark(v) for v in leaves(spec)] == ["bar"]
    assert spec["encoding"]["y"]["axis"]["title"] == "Keping per minggu"
    empty = charts_flow.consumption_chart(_series([0.0, 0.0, 0.0]).clear()).to_dict()
    assert mark(empty) == "text"


def test_days_cover_bars_status_colours_and_threshold_rules():
    frame = pl.DataFrame({"name": ["A", "B", "C"], "days_of_cover": [0.0, 20.0, None],
                          "status": ["habis", "waspada", "berlebih"]})
    spec = charts_flow.days_cover_bars(frame, kritis_days=14, waspada_days=30, berlebih_days=365).to_dict()
    bar = next(v for v in leaves(spec) if mark(v) == "bar")
    assert bar["encoding"]["x"]["axis"]["title"] == "Stok cukup (hari)"
    assert bar["encoding"]["color"]["scale"]["range"] == list(STATUS_COLORS.values())
    assert {r["v"] for r in rows(spec) if "v" in r} == {14.0, 30.0}
    assert {r["label"] for r in rows(spec) if "v" in r} == {"kritis < 14 hari", "waspada < 30 hari"}
    assert {r["name"] for r in rows(spec) if "days_text" in r} == {"A", "B"}  # no use: no bar (not 0, not ∞)


def test_stockout_timeline_places_habis_units_at_the_start_of_their_empty_spell():
    frame = pl.DataFrame({
        "name": ["Habis", "Soon"], "stock": [0, 1500], "status": ["habis", "kritis"],
        "stockout_date": [None, D(2024, 4, 1)], "stockout_since": [D(2024, 3, 19), None],
        "timeline_date": [D(2024, 3, 19), D(2024, 4, 1)],
    })
    spec = charts_flow.stockout_timeline_chart(frame, D(2024, 3, 31)).to_dict()
    rule, points = leaves(spec)
    assert (mark(rule), mark(points)) == ("rule", "circle")
    assert points["encoding"]["x"]["field"] == "timeline_date"
    assert "Habis sejak" in [t["title"] for t in points["encoding"]["tooltip"]]
    habis = next(r for r in rows(spec) if r.get("name") == "Habis")
    assert (habis["since_text"], habis["date_text"], habis["stock_text"]) == ("19 Mar 2024", "–", "0")
    assert mark(charts_flow.stockout_timeline_chart(frame.clear(), D(2024, 3, 31)).to_dict()) == "text"


def test_stockout_timeline_accepts_a_plain_metrics_frame():
    frame = pl.DataFrame({"name": ["Soon"], "stock": [1500], "status": ["kritis"], "stockout_date": [D(2024, 4, 1)]})
    points = leaves(charts_flow.stockout_timeline_chart(frame, D(2024, 3, 31)).to_dict())[1]
    assert points["encoding"]["x"]["field"] == "stockout_date"
