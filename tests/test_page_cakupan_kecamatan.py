"""Cakupan drill-down (AppTest): from Lombok Utara into its kecamatan, the bars against the target line and the table
with the gap in persons and belum rekam; picked from a province; a kab/kota without kecamatan data says so."""

from __future__ import annotations

import pytest

from dashboard import fmt, metrics
from tests import outreach_support as lu
from tests.fixture_store import AS_OF
from tests.page_support import (
    all_text,
    app_store,
    chart_data,
    charts,
    layers,
    mark_type,
    open_page,
    open_tab,
    tables,
)

PAGE = "pages/cakupan.py"


@pytest.fixture
def db(tmp_path, monkeypatch):
    with app_store(tmp_path / "ektp.duckdb", monkeypatch, build=lu.build_outreach_store) as store:
        yield store


def _kecamatan_table(at):
    return next(f for f in tables(at) if "Kecamatan" in f.columns)


def test_lombok_utara_kecamatan_against_the_target(db):
    at = open_page(PAGE, lu.KABKOTA, AS_OF)  # a kab/kota: the page opens on its kecamatan
    assert at.session_state["cakupan_tab"] == "Per kecamatan"
    text = all_text(at)
    assert ("Kabupaten Lombok Utara: 5 dari 5 kecamatan berdata (data sampai 31 Des 2023); kurang 4.108 orang ke "
            "target 99,04%.") in text
    assert "Pemenang (101,0%)" in text  # above 100% is named, not hidden
    shown = _kecamatan_table(at)
    # lowest coverage first; the figures as metrics.kecamatan_coverage computes them
    assert shown["Kecamatan"].tolist() == ["Kayangan", "Gangga", "Tanjung", "Bayan", "Pemenang"]
    expected = metrics.kecamatan_coverage(db, lu.KABKOTA, AS_OF).rows.sort("coverage_pct")
    assert shown["Kekurangan dari target (orang)"].tolist() == [fmt.number(v) for v in
                                                                 expected["coverage_gap_persons"]]
    assert shown["Kekurangan dari target (orang)"].tolist() == ["1.616", "760", "712", "1.020", "0"]
    assert shown["Belum rekam (orang)"].tolist() == ["2.000", "1.000", "1.000", "1.500", "0"]
    assert shown["Cakupan perekaman"].tolist() == ["95,0%", "96,0%", "96,7%", "97,0%", "101,0%"]
    assert shown["Catatan"].tolist()[-1] == "di atas 100% (periksa)"
    # the drill-down chart: bars with the target as a rule at 99.04
    spec = charts(at)[-1]
    marks = [mark_type(v) for v in layers(spec)]
    assert "bar" in marks and "rule" in marks
    sent = chart_data(at, len(charts(at)) - 1)
    assert [d["v"].tolist() for d in sent if "v" in d.columns] == [[99.04]]
    # the figures sit at the bars' start (x = 0 px, inside, white), never at the bar end where "101,0%" lay on the
    # 99,04% rule; every bar here is long enough to hold its figure
    texts = [v for v in layers(spec) if mark_type(v) == "text" and v["encoding"].get("text", {}).get("field") ==
             "pct_text"]
    inside = [v for v in texts if v["mark"]["color"] == "white"]
    assert len(inside) == 1 and inside[0]["encoding"]["x"] == {"value": 0} and inside[0]["mark"]["align"] == "left"
    rows = next(d for d in sent if "inside" in d.columns)
    assert rows["inside"].tolist() == [True] * 5
    assert {"cakupan_kecamatan_csv", "cakupan_kecamatan_xlsx"} <= {b.key for b in at.get("download_button")}


def test_a_province_picks_the_kabkota_to_open(db):
    at = open_tab(PAGE, "cakupan_tab", "52", "Per kecamatan")
    pick = at.selectbox(key="cakupan_kecamatan_pick")
    assert pick.value == lu.KABKOTA and pick.options == ["Kabupaten Lombok Utara (52.08): 5 kecamatan"]
    assert _kecamatan_table(at)["Kecamatan"].tolist()[0] == "Kayangan"


def test_a_kabkota_without_kecamatan_data_says_so(db):
    at = open_page(PAGE, "65.02", AS_OF)
    assert "Belum ada data perekaman per kecamatan untuk Kabupaten Malinau sampai 31 Mar 2024" in all_text(at)
    assert not [f for f in tables(at) if "Kecamatan" in f.columns]
