"""Chart builders of the Cakupan perekaman page, checked through chart.to_dict() on small hand-made frames."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard.present.charts import cakupan as charts_coverage
from tests.test_charts_flow import leaves, mark, rows

D = dt.date


def _regions() -> pl.DataFrame:
    return pl.DataFrame({
        "name": ["Malinau", "Tarakan"], "coverage_pct": [95.0, 101.0], "target_pct": [99.04, 99.04],
        "coverage_gap_persons": [4040, 0], "prr": [4000, 0], "blank_stock": [0, 7450],
        "stock_below_prr": [True, False],
    })


def test_coverage_dots_target_rule_and_over_100_flag():
    spec = charts_coverage.coverage_dots(_regions()).to_dict()
    marks = [mark(v) for v in leaves(spec)]
    assert marks[:2] == ["rule", "text"] and "circle" in marks  # target line (with its label) under the dots
    assert {(r["v"], r["label"]) for r in rows(spec) if "v" in r} == {(99.04, "Target 99,04%")}
    dots = next(v for v in leaves(spec) if mark(v) == "circle")
    assert dots["encoding"]["x"]["axis"]["title"] == "Cakupan perekaman (%)"
    classes = {r["name"]: r["class"] for r in rows(spec) if "class" in r}
    assert classes == {"Malinau": "Di bawah target", "Tarakan": "Di atas 100% (periksa)"}
    flag = next(v for v in leaves(spec) if mark(v) == "text" and v["mark"].get("text") == "!")
    assert flag["transform"] == [{"filter": "(datum['coverage_pct'] > 100)"}]


def test_coverage_trend_rule_for_one_year_step_line_across_years():
    one = pl.DataFrame({"month": [D(2024, 2, 1), D(2024, 3, 1)], "coverage_pct": [98.0, 98.5],
                        "target_pct": [99.04, 99.04]})
    spec = charts_coverage.coverage_trend(one).to_dict()
    assert "rule" in [mark(v) for v in leaves(spec)]
    line = next(v for v in leaves(spec) if mark(v) == "line")
    assert line["encoding"]["y"]["axis"]["title"] == "Cakupan perekaman (%)"
    two = pl.DataFrame({"month": [D(2023, 12, 1), D(2024, 1, 1)], "coverage_pct": [98.0, 98.5],
                        "target_pct": [99.4, 99.04]})
    goal = leaves(charts_coverage.coverage_trend(two).to_dict())[0]
    assert (mark(goal), goal["encoding"]["y"]["field"]) == ("line", "target_pct")


def test_prr_vs_stock_marks_regions_that_cannot_clear_their_backlog():
    spec = charts_coverage.prr_vs_stock(_regions()).to_dict()
    bars, text = leaves(spec)
    assert bars["encoding"]["x"]["axis"]["title"] == "Jumlah (keping / rekaman)"
    assert {(r["name"], r["flag_text"], r["value"]) for r in rows(spec) if "flag_text" in r} == {
        ("Malinau", "stok blangko < PRR", 4000.0)}
    fine = _regions().with_columns(stock_below_prr=pl.lit(False))
    assert mark(charts_coverage.prr_vs_stock(fine).to_dict()) == "bar"
