"""Ribbon & film page (AppTest): cards from ribbon and film against blank stock, the binding item, what is needed."""

from __future__ import annotations

import pytest

from dashboard import fmt, metrics, present
from dashboard.present.charts.base import ITEM_COLORS, ITEM_ORDER
from dashboard.store import save_settings
from tests.fixture_store import AS_OF
from tests.page_support import (
    cards,
    chart_rows,
    charts,
    choose_tab,
    demo_store,
    download_keys,
    open_page,
    table_with,
)

PAGE = "pages/ribbon_film.py"


def test_kota_tarakan_ribbon_cards_and_missing_film(fixture_db):
    at = open_page(PAGE, "65.71")
    shown = cards(at)
    # 20 ribbons × 450 = 9,000 cards, 180 days at 50 a day; no film rows at all: "–", never 0.
    assert shown["Stok ribbon (buah)"] == ("20", "setara 9.000 kartu · cukup 180 hari · Aman")
    assert shown["Stok film (rol)"] == ("–", "tanpa data")
    assert shown["Kartu dapat dicetak"] == ("7.450", "pembatas: Blangko (film tanpa data)")
    assert shown["Ribbon dibutuhkan"] == ("17", "ada 20")  # ceil(7,450 / 450)
    assert shown["Film dibutuhkan"] == ("8", "ada –")  # ceil(7,450 / 1,000)
    assert any("1 ribbon ≈ 450 kartu, 1 rol film ≈ 1.000 kartu" in c.value for c in at.caption)
    assert [t.label for t in at.tabs] == ["Grafik", "Tabel"] and not at.dataframe  # the chart's tab first
    row = table_with(choose_tab(at, "rf_tab", "Tabel"), "Kartu dari ribbon").iloc[0]
    assert (row["Kartu dari ribbon"], row["Ribbon cukup (hari)"], row["Kartu dari film"], row["Stok film (rol)"]) == \
        ("9.000", "180", "–", "–")
    assert (row["Kartu dapat dicetak"], row["Pembatas"], row["Catatan"]) == ("7.450", "Blangko", "data film tidak ada")
    assert {"rf_wilayah_csv", "rf_wilayah_xlsx"} <= download_keys(at)


@pytest.mark.parametrize("region", ["ID", "65"])
def test_table_is_region_table(fixture_db, region):
    at = choose_tab(open_page(PAGE, region), "rf_tab", "Tabel")
    shown = table_with(at, "Kartu dari ribbon")
    # most urgent first, as every list (never by size of stock)
    library = present.stok.by_cover(metrics.region_table(fixture_db, region, AS_OF))
    assert shown["Kode"].tolist() == library["region_code"].to_list()
    for column, label in (("ribbon_cards", "Kartu dari ribbon"), ("printable_cards", "Kartu dapat dicetak"),
                          ("ribbons_needed_for_stock", "Ribbon untuk seluruh stok blangko (buah)"),
                          ("films_needed_for_stock", "Film untuk seluruh stok blangko (rol)"),
                          ("film_cards", "Kartu dari film")):
        assert shown[label].tolist() == [fmt.number(v) for v in library[column]], label
    report = metrics.region_report(fixture_db, region, AS_OF)
    assert cards(at)["Kartu dapat dicetak"][0] == fmt.number(report["printable_cards"])


def test_national_binding_item_chart(fixture_db):
    at = open_page(PAGE, "ID")
    # Tarakan's 9.000 ribbon cards cover its own 7.450 blanks and print none held elsewhere: the country prints
    # what its units can, and blangko is what holds it back.
    assert cards(at)["Kartu dapat dicetak"] == ("43.328", "pembatas: Blangko (film tanpa data)")
    drawn = chart_rows(at.get("vega_lite_chart")[0])
    kaltara = drawn[drawn["name"] == "Kalimantan Utara"].set_index("item_label")
    assert kaltara["cards"].to_dict() == {"Blangko": 36628, "Ribbon": 9000}  # no film bar: film has no data
    assert kaltara["binding_text"].to_dict() == {"Blangko": "Barang pembatas", "Ribbon": "Bukan pembatas"}
    assert set(drawn["name"]) == {"Bengkulu", "Nusa Tenggara Barat", "Kalimantan Utara"}
    spec = charts(at)[0]
    assert spec["encoding"]["color"]["scale"]["range"] == [ITEM_COLORS[i] for i in ITEM_ORDER]
    assert spec["encoding"]["x"]["axis"]["title"] == "Kartu dapat dicetak"
    assert spec["encoding"]["yOffset"]["field"] == "item_label"
    assert [tip["title"] for tip in spec["encoding"]["tooltip"]] == ["Wilayah", "Barang", "Kartu", "Pembatas"]
    assert any(m.value == "**Barang pembatas:** Blangko: 3 wilayah" for m in at.markdown)


def test_yields_come_from_settings(fixture_db):
    save_settings(fixture_db, {"ribbon_yield": 500}, actor="test")
    at = open_page(PAGE, "65.71")
    assert any("1 ribbon ≈ 500 kartu" in c.value for c in at.caption)
    assert cards(at)["Stok ribbon (buah)"][1].startswith("setara 10.000 kartu")


def test_region_without_any_item_is_a_note(fixture_db):
    at = open_page(PAGE, "65.03")
    assert "Belum ada data blangko, ribbon maupun film" in at.info[0].value
    assert not at.metric


def test_national_demo_store(tmp_path, monkeypatch):
    with demo_store(tmp_path / "demo.duckdb", monkeypatch) as store:
        at = open_page(PAGE, "ID", as_of=None)
        report = metrics.region_report(store, "ID")
        assert cards(at)["Kartu dapat dicetak"][0] == fmt.number(report["printable_cards"])
        shown = table_with(choose_tab(at, "rf_tab", "Tabel"), "Kartu dari ribbon")
        library = present.stok.by_cover(metrics.region_table(store, "ID"))
        words = {"blangko": "Blangko", "ribbon": "Ribbon", "film": "Film"}
        assert shown["Pembatas"].tolist() == [words.get(v, "–") for v in library["binding_constraint"]]
