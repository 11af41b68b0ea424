"""Cakupan perekaman page (AppTest on the fixture store): coverage against the 2024 target, flags shown, not hidden;
the sections sit in tabs and only the open one is drawn."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard import fmt, metrics
from dashboard.fmt import exact_percent as percent_text
from dashboard.present import cakupan as display_coverage
from dashboard.store import save_settings
from tests.fixture_store import AS_OF
from tests.page_support import (
    all_text,
    axis_titles,
    chart_data,
    charts,
    layers,
    mark_type,
    open_page,
    row,
    tab_opener,
    table_with,
    tiles,
)

PAGE = "pages/cakupan.py"
_tab = tab_opener(PAGE, "cakupan_tab")
TABS = ["Per wilayah", "Tabel per wilayah", "Tren", "PRR dan stok", "Per kecamatan"]


@pytest.fixture(scope="module")
def kaltara(module_db):
    return open_page(PAGE, "65")


def test_sections_in_tabs(kaltara):
    assert [t.label for t in kaltara.tabs] == TABS
    assert len(kaltara.get("vega_lite_chart")) == 1 and not kaltara.dataframe  # the dots only
    # a kab/kota opens on its kecamatan (the dots of one region say little)
    assert open_page(PAGE, "52.08").session_state["cakupan_tab"] == "Per kecamatan"


def test_tiles_are_the_region_report(module_db, kaltara):
    report = metrics.region_report(module_db, "65", AS_OF)
    shown = tiles(kaltara)
    assert shown["Cakupan perekaman"] == fmt.percent(report["coverage_pct"]) == "98,5%"
    assert shown["Target 2024"] == "99,04%"  # the 2024 target from settings, not the 99,2% default
    # ceil(99,04% × 300.000) − 295.500 sudah rekam
    assert shown["Kekurangan dari target (orang)"] == fmt.number(report["coverage_gap_persons"]) == "1.620"
    assert (shown["PRR (belum cetak)"], shown["Stok blangko (keping)"]) == ("4.500", "36.628")


def test_table_flags_over_100_and_stock_below_prr(module_db, kaltara):
    shown = table_with(_tab("65", "Tabel per wilayah"), "Catatan")
    tarakan = row(shown, "Kota Tarakan")
    assert (tarakan["Cakupan perekaman"], tarakan["Catatan"]) == ("101,0%", "di atas 100% (periksa)")
    malinau = row(shown, "Kabupaten Malinau")  # 65.02
    assert (malinau["Stok blangko (keping)"], malinau["PRR (belum cetak)"], malinau["Catatan"]) == \
        ("0", "4.000", "stok blangko < PRR")
    expected = metrics.coverage_table(module_db, "65", AS_OF).filter(pl.col("wajib_ktp").is_not_null())
    for r in expected.iter_rows(named=True):  # gaps per the 2024 target 99,04%
        assert row(shown, r["name"])["Kekurangan dari target (orang)"] == fmt.number(r["coverage_gap_persons"])
    assert [row(shown, n)["Kekurangan dari target (orang)"] for n in ("Kabupaten Malinau", "Kabupaten Bulungan",
                                                                      "Kota Tarakan")] == ["4.040", "520", "0"]
    assert set(shown["Target"]) == {"99,04%"}
    assert "Kota Tarakan (101,0%)" in all_text(kaltara)
    assert "Kabupaten Malinau: stok 0 < PRR 4.000" in all_text(_tab("65", "PRR dan stok"))


def test_charts_draw_the_target_and_the_flags(kaltara):
    (dots,) = charts(kaltara)
    (trend,) = charts(_tab("65", "Tren"))
    prr_page = _tab("65", "PRR dan stok")
    (prr,) = charts(prr_page)
    assert "Cakupan perekaman (%)" in axis_titles(dots) and "Cakupan perekaman (%)" in axis_titles(trend)
    for spec in (dots, trend):
        assert "rule" in [mark_type(v) for v in layers(spec)], "the target is drawn as a line"
    target = next(f for f in chart_data(kaltara, 0) if "label" in f)
    assert (float(target["v"][0]), target["label"][0]) == (99.04, "Target 99,04%")
    classes = next(f for f in chart_data(kaltara, 0) if "class" in f)
    assert set(classes.loc[classes["name"] == "Kota Tarakan", "class"]) == {"Di atas 100% (periksa)"}
    assert "Jumlah (keping / rekaman)" in axis_titles(prr)
    flags = next(f for f in chart_data(prr_page, 0) if "flag_text" in f)
    assert list(flags["name"]) == ["Kabupaten Malinau"]


def test_national_view(module_db):
    at = open_page(PAGE, "ID")
    shown = table_with(_tab("ID", "Tabel per wilayah"), "Catatan")
    ntb = row(shown, "Nusa Tenggara Barat")  # Lombok Utara: 1.500 blanks for a 2.500 backlog
    assert (ntb["Cakupan perekaman"], ntb["Catatan"]) == ("96,9%", "1 unit stok blangko < PRR")
    # Kaltara's pooled stock covers its PRR, but Bulungan (65.02) cannot print its 4.000: the province says so
    kaltara = row(shown, "Kalimantan Utara")
    assert kaltara["Catatan"] == "1 unit di atas 100% (periksa); 1 unit stok blangko < PRR"
    report = metrics.region_report(module_db, "ID", AS_OF)
    # one count, one function: the tile, the warning and the briefing count the same units
    below = metrics.below_prr_units(module_db, "ID", AS_OF)
    assert tiles(at)["Unit stok < PRR"] == fmt.number(report["units_below_prr"]) == fmt.number(below.height) == "2"
    warning = next(w.value for w in _tab("ID", "PRR dan stok").warning if "di bawah PRR" in w.value)
    assert warning.startswith("2 unit dengan stok blangko di bawah PRR")
    assert all(name in warning for name in below["name"])
    assert "Kota Tarakan (101,0%)" in next(w.value for w in at.warning if "di atas 100%" in w.value)
    assert tiles(at)["Kekurangan dari target (orang)"] == fmt.number(report["coverage_gap_persons"])
    trend = table_with(_tab("ID", "Tren"), "Bulan")
    assert (trend["Bulan"][0], trend["Cakupan perekaman"][0]) == ("Mar 2024", fmt.percent(report["coverage_pct"]))


def test_kabkota_tiles_carry_the_flags(module_db):
    tarakan = open_page(PAGE, "65.71")
    tile = next(m for m in tarakan.metric if m.label == "Cakupan perekaman")
    assert (tile.value, tile.proto.delta) == ("101,0%", "di atas 100% (periksa)")
    malinau = open_page(PAGE, "65.02")
    tile = next(m for m in malinau.metric if m.label == "Stok blangko (keping)")
    assert (tile.value, tile.proto.delta) == ("0", "stok blangko < PRR")


def test_region_without_data(module_db):
    at = open_page(PAGE, "17.71")  # Kota Bengkulu: nothing reported
    assert "Belum ada data perekaman untuk Kota Bengkulu" in at.info[0].value
    assert not at.get("vega_lite_chart")


def test_target_follows_the_settings(fixture_db):
    save_settings(fixture_db, {"targets": {2024: 99.5}}, actor="test")
    at = open_page(PAGE, "65")
    shown = tiles(at)
    assert shown["Target 2024"] == "99,5%"
    assert shown["Kekurangan dari target (orang)"] == "3.000"  # 298.500 − 295.500


def test_display_helpers():
    assert (percent_text(99.04), percent_text(99.2), percent_text(None)) == ("99,04%", "99,2%", "–")
    # lists of units from metrics.over_100_units / below_prr_units; enough decimals never to round across 100
    over = pl.DataFrame({"name": ["B", "C"], "coverage_pct": [100.5, 100.04]})
    assert display_coverage.over_100_names(over) == ["B (100,5%)", "C (100,04%)"]
    below = pl.DataFrame({"name": ["A"], "stock": [0], "prr": [1200]})
    assert display_coverage.below_prr_lines(below) == ["A: stok 0 < PRR 1.200"]
