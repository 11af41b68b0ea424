"""Laju pemakaian page (AppTest on the fixture store): the numbers on screen are metrics', in Indonesian formats;
the sections sit in tabs and only the open one is drawn."""

from __future__ import annotations

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import fmt, metrics
from dashboard.present import cards as present_cards
from dashboard.present import exports
from dashboard.present import laju as display_flow
from dashboard.settings import Settings
from tests.fixture_store import AS_OF
from tests.page_support import (
    ROOT,
    all_text,
    axis_titles,
    cards,
    chart_data,
    charts,
    choose_tab,
    layers,
    mark_type,
    open_page,
    row,
    store_at,
    tab_opener,
    table_with,
    tiles,
)

PAGE = "pages/laju.py"
TABS = ["Pemakaian", "Stok cukup per wilayah", "Perkiraan habis", "Usulan permintaan", "Pemakaian dan distribusi"]


@pytest.fixture(scope="module")
def national(module_db):
    return open_page(PAGE, "ID")


_tab = tab_opener(PAGE, "laju_tab")


def test_sections_in_tabs_only_the_open_one_drawn(national):
    assert [t.label for t in national.tabs] == TABS
    assert len(national.get("vega_lite_chart")) == 1 and not national.dataframe  # use over time; its table folded


def test_tiles_are_the_region_report(module_db, national):
    report = metrics.region_report(module_db, "ID", AS_OF)
    shown = tiles(national)
    assert shown["Laju pemakaian (keping/hari)"] == fmt.number(report["burn_rate_per_day"]) == "1.292"
    assert shown["Stok gabungan cukup (hari)"] == fmt.days(report["days_of_cover"]) == "33 hari"
    assert shown["Perkiraan habis stok gabungan"] == fmt.date(report["stockout_date"]) == "3 Mei 2024"
    assert shown["Stok blangko gabungan (keping)"] == "43.328"
    assert shown["Usulan permintaan (keping)"] == fmt.number(report["suggested_request"])


@pytest.mark.parametrize("region", ["ID", "65"])
def test_an_aggregate_leads_with_its_units_at_risk_never_aman(module_db, region):
    """Issue 12: the pooled stock of Indonesia or Kalimantan Utara is Aman while a unit is empty; the first tile is
    the Ringkasan's units-at-risk card (same card, same text), the pooled status named as pooled under the stock."""
    at = open_page(PAGE, region)
    report = metrics.region_report(module_db, region, AS_OF)
    shown = cards(at)
    first = at.metric[0]
    risk = present_cards.risk_card(report)
    assert (first.label, first.value, first.proto.delta) == (risk.label, risk.value, risk.delta)
    expected = {"ID": ("1 habis · 1 kritis", "dari 6 unit berdata · 16,7% habis"),
                "65": ("1 habis · 0 kritis", "dari 4 unit berdata · 25,0% habis")}[region]
    assert shown["Unit berisiko (habis + kritis)"] == expected
    assert shown["Stok blangko gabungan (keping)"][1] == "status stok gabungan: Aman"
    assert not [m for m in at.metric if m.value == "Aman"]  # "Aman" only ever as the pooled stock's status


def test_burn_and_cover_per_province_equal_region_table(module_db):
    cover = table_with(_tab("ID", "Stok cukup per wilayah"), "Laporan terakhir")
    expected = metrics.region_table(module_db, "ID", AS_OF).filter(pl.col("stock").is_not_null())
    assert list(cover["Wilayah"]) == ["Nusa Tenggara Barat", "Bengkulu", "Kalimantan Utara"]  # shortest cover first
    for r in expected.iter_rows(named=True):
        shown = row(cover, r["name"])
        assert shown["Laju pemakaian (keping/hari)"] == fmt.number(r["burn_rate_per_day"])
        assert shown["Perkiraan habis"] == fmt.date(r["stockout_date"])
        assert shown["Stok cukup (hari)"] == fmt.number(int(r["days_of_cover"]))
    ntb = row(cover, "Nusa Tenggara Barat")  # = 52.08 Lombok Utara, its only reporting unit
    assert (ntb["Laju pemakaian (keping/hari)"], ntb["Perkiraan habis"], ntb["Status"]) == ("1.000", "1 Apr 2024",
                                                                                          "Kritis")


def test_stockout_timeline_and_requests(module_db):
    timeline = table_with(_tab("ID", "Perkiraan habis"), "Cetak dapat berjalan (hari)")
    lombok = row(timeline, "Kabupaten Lombok Utara")
    assert (lombok["Laju pemakaian (keping/hari)"], lombok["Perkiraan habis"]) == ("1.000", "1 Apr 2024")
    malinau = row(timeline, "Kabupaten Malinau")  # habis: drawn where its stock reached 0
    assert (malinau["Status"], malinau["Habis sejak"]) == ("Habis", "19 Mar 2024")
    national = _tab("ID", "Usulan permintaan")
    requests = table_with(national, "Persediaan (bulan)")
    units = {r["name"]: r for r in metrics.units_in(module_db, "ID", AS_OF).iter_rows(named=True)}
    kaur = row(requests, "Kabupaten Kaur")
    assert kaur["Usulan permintaan (keping)"] == fmt.number(units["Kabupaten Kaur"]["suggested_request"]) == "3.932"
    assert kaur["Rata-rata pemakaian bulanan (keping)"] == "3.044" and kaur["Persediaan (bulan)"] == "1,7"
    # Only units below the target months ask for more; Tarakan (4,9 months) does not.
    assert set(requests["Wilayah"]) == {"Kabupaten Malinau", "Kabupaten Lombok Utara", "Kabupaten Kaur"}
    assert "Target persediaan 3 bulan" in all_text(national)


def test_charts_status_colours_thresholds_and_stockout_rule(national):
    (use,) = charts(national)
    assert "Keping per minggu" in axis_titles(use)
    at = _tab("ID", "Stok cukup per wilayah")
    (cover,) = charts(at)
    bars = next(v for v in layers(cover) if mark_type(v) == "bar")
    # provinces are coloured by the share of their units at risk (none, < 10%, 10–25%, ≥ 25%), not pooled cover
    assert bars["encoding"]["color"]["scale"]["range"][:4] == ["#2c7bb6", "#fdae61", "#d7191c", "#542788"]
    assert bars["encoding"]["color"]["legend"]["title"] == ["Unit berisiko (habis + kritis)", "porsi dari unit berdata"]
    assert "Stok cukup (hari)" in axis_titles(cover)
    rules = [v for v in layers(cover) if mark_type(v) == "rule"]
    assert rules, "kritis/waspada threshold lines"
    values = {v for frame in chart_data(at, 0) if "v" in frame for v in frame["v"]}
    assert {14.0, 30.0} <= values
    at = _tab("ID", "Perkiraan habis")
    (timeline,) = charts(at)
    assert [mark_type(v) for v in layers(timeline)][:2] == ["rule", "circle"]  # as-of rule, then the units
    points = next(f for f in chart_data(at, 0) if "since_text" in f)
    assert set(points.loc[points["name"] == "Kabupaten Malinau", "since_text"]) == {"19 Mar 2024"}


def test_transfers_of_the_kaltara_warehouse_shown_apart_from_use(module_db):
    flows = table_with(_tab("65", "Pemakaian dan distribusi"), "Distribusi (keping)")
    warehouse = row(flows, "Gudang Provinsi Kalimantan Utara")
    # 90 days to 31 Mar: the transfers of 1 Feb and 1 Mar; the warehouse uses nothing itself.
    assert (warehouse["Pemakaian + rusak (keping)"], warehouse["Distribusi (keping)"]) == ("0", "4.000")
    assert row(flows, "Kabupaten Bulungan")["Penerimaan (keping)"] == "4.000"
    raw = metrics.consumption_by_region(module_db, "65", AS_OF, 90)
    assert sorted(flows["Pemakaian + rusak (keping)"]) == sorted(fmt.number(v) for v in raw["consumption"])
    # In the chart the transfers are their own (dashed) series, never added to the use bars.
    at = open_page(PAGE, "65")
    use = charts(at)[0]
    colour = next(v for v in layers(use) if mark_type(v) == "bar")["encoding"]["color"]["scale"]["domain"]
    assert colour == ["Pemakaian + rusak", "Distribusi keluar (bukan pemakaian)"]
    weekly = metrics.stock_series(module_db, "65", end=AS_OF, freq="week")
    data = next(f for f in chart_data(at, 0) if "transfers_out" in f)
    assert data["consumption"].sum() == weekly["consumption"].sum()
    assert data["transfers_out"].sum() == 6000  # 1 Jan, 1 Feb, 1 Mar


def test_frequency_and_window_pickers(module_db):
    at = open_page(PAGE, "ID")
    at.radio(key="periode").set_value("month").run()
    assert not at.exception
    assert "Keping per bulan" in axis_titles(charts(at)[0])
    assert not [t for t in at.dataframe if "Sampai tanggal" in t.value.columns]  # the series' table is folded away
    at.session_state["laju_series_table"] = True
    monthly = table_with(at.run(), "Sampai tanggal")
    assert list(monthly["Periode"]) == ["Jan 2024", "Feb 2024", "Mar 2024"]
    expected = metrics.stock_series(module_db, "ID", end=AS_OF, freq="month").filter(pl.col("units_reporting") > 0)
    assert list(monthly["Pemakaian + rusak (keping)"]) == [fmt.number(v) for v in expected["consumption"]]
    choose_tab(at, "laju_tab", "Pemakaian dan distribusi")
    at.selectbox(key="laju_window").set_value(30).run()
    flows = table_with(at, "Distribusi (keping)")
    assert row(flows, "Kalimantan Utara")["Distribusi (keping)"] == "0"  # 2–31 Mar: the 1 Mar transfer is outside


def test_kabkota_and_downloads(module_db):
    at = open_page(PAGE, "52.08")
    shown = tiles(at)
    assert (shown["Laju pemakaian (keping/hari)"], shown["Perkiraan habis"], shown["Status"]) == \
        ("1.000", "1 Apr 2024", "Kritis")  # a unit: its own status, no pooled labels, no units-at-risk card
    assert "Unit berisiko (habis + kritis)" not in shown and "Stok blangko (keping)" in shown
    keys = set()
    for label, key in zip(TABS, ("series", "cover", "timeline", "requests", "transfers")):
        choose_tab(at, "laju_tab", label)
        keys |= {b.key for b in at.get("download_button")}
        if key == "series":  # behind its expander: the files come with the table
            at.session_state["laju_series_table"] = True
            keys |= {b.key for b in at.run().get("download_button")}
    assert {f"laju_{k}_{x}" for k in ("cover", "timeline", "requests", "transfers", "series")
            for x in ("csv", "xlsx")} <= keys


def test_region_without_data_and_empty_store(module_db, tmp_path):
    at = open_page(PAGE, "11")  # Aceh: nothing reported
    assert "Belum ada data stok blangko untuk Aceh" in at.info[0].value
    assert not at.get("vega_lite_chart") and not at.dataframe
    with store_at(tmp_path / "kosong.duckdb", fixture=False):
        page = AppTest.from_file(str(ROOT / PAGE), default_timeout=60)  # alone: app.py would build the demo
        page.run()
        assert not page.exception and "Belum ada data stok blangko" in page.info[0].value


def test_display_frames_are_pure_and_download_as_shown(module_db):
    units = metrics.units_in(module_db, "ID", AS_OF, Settings())
    frame, kinds = display_flow.request_table(units)
    assert frame["Wilayah"].to_list()[0] == "Kabupaten Malinau"  # stocked out today: first
    csv = exports.to_csv_bytes(frame, kinds).decode("utf-8-sig")
    assert "17.04;Kabupaten Kaur;Aman;3.932;–;–;5.200;3.044;1,7;22 Mei 2024" in csv
