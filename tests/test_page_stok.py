"""Stok page (AppTest): stock per region and the drill-down, then in tabs the table, the province map (a ranked list
of units at risk on a phone), stock over time and the heat map (units at risk per month on a phone)."""

from __future__ import annotations

import polars as pl

from dashboard import fmt, metrics, regions
from dashboard.present.charts.base import STATUS_COLORS, STATUS_ORDER
from dashboard.present.charts.map import tiles as province_tiles
from tests.fixture_store import AS_OF
from tests.page_support import (
    all_text,
    chart_rows,
    charts,
    choose_tab,
    demo_store,
    download_keys,
    layers,
    mark_type,
    open_page,
    open_phone,
    table_with,
)

PAGE = "pages/stok.py"
BARS, TAB = 0, 1  # the stock bars on top, then the open tab's chart


def test_province_lists_its_warehouse_and_kabkota(fixture_db):
    at = open_page(PAGE, "65")
    shown = table_with(at, "Perkiraan habis")
    # Most urgent first (by days until printing stops, never by stock): 65.02 is out; 65.01 lasts 123 days, the
    # warehouse 24.000 / 192 = 125, Tarakan 149; the two kab/kota that never reported come last.
    assert shown["Kode"].tolist() == ["65.02", "65.01", "65", "65.71", "65.03", "65.04"]
    assert shown["Wilayah"][2] == "Gudang Provinsi Kalimantan Utara"
    assert shown["Tingkat"].tolist()[1:3] == ["Kabupaten", "Gudang provinsi"]
    # Two kab/kota never reported: shown as "–" and "Tanpa data", not as zero stock.
    assert shown["Stok blangko (keping)"].tolist() == ["0", "5.178", "24.000", "7.450", "–", "–"]
    assert shown["Status"].tolist() == ["Habis", "Aman", "Aman", "Aman", "Tanpa data", "Tanpa data"]
    assert (shown["Perkiraan habis"][0], shown["Habis sejak"][0]) == ("–", "19 Mar 2024")
    assert "Stok gudang/kantor sendiri (keping)" not in shown.columns  # it would repeat the stock here
    # page == library
    library = metrics.by_urgency(metrics.region_table(fixture_db, "65", AS_OF))
    assert shown["Kode"].tolist() == library["region_code"].to_list()
    assert shown["Stok blangko (keping)"].tolist() == [fmt.number(v) for v in library["stock"]]
    assert shown["Usulan permintaan (keping)"].tolist() == [fmt.number(v) for v in library["suggested_request"]]
    assert {"stok_wilayah_csv", "stok_wilayah_xlsx"} <= download_keys(at)


def test_stock_bars_sorted_and_coloured_by_status(fixture_db):
    at = open_page(PAGE, "65")
    bars = at.get("vega_lite_chart")[BARS]
    drawn = chart_rows(bars)
    # Units without data are not drawn; the warehouse is.
    assert sorted(drawn["stock"].tolist()) == [0, 5178, 7450, 24000]
    assert set(drawn["status_label"]) == {"Aman", "Habis"}
    spec = charts(at)[BARS]
    # most urgent on top (never by size of stock)
    assert spec["encoding"]["y"]["sort"] == [regions.get("65.02").name, regions.get("65.01").name,
                                             "Gudang Provinsi Kalimantan Utara", "Kota Tarakan"]
    assert spec["encoding"]["color"]["scale"]["range"] == [STATUS_COLORS[s] for s in STATUS_ORDER]
    assert spec["encoding"]["x"]["axis"]["title"] == "Stok (keping)"
    assert [tip["title"] for tip in spec["encoding"]["tooltip"]] == [
        "Wilayah", "Stok (keping)", "Status", "Stok cukup (hari)", "Perkiraan habis", "Habis sejak"]
    assert "7.450" in drawn["value_text"].tolist()


def test_national_view_map_and_table(fixture_db):
    at = open_page(PAGE, "ID")
    assert [t.label for t in at.tabs] == ["Tabel per wilayah", "Peta unit berisiko", "Stok dari waktu ke waktu",
                                          "Status per bulan"]
    assert len(at.get("vega_lite_chart")) == 1  # the table's tab is open: no other chart is computed
    shown = table_with(at, "Perkiraan habis")
    bars = chart_rows(at.get("vega_lite_chart")[0])  # stock per province, coloured by the share of units at risk
    ntb_bar = bars[bars["name"] == "Nusa Tenggara Barat"].iloc[0]
    assert (ntb_bar["colour_label"], ntb_bar["risk_text"]) == ("≥ 25% unit berisiko",
                                                               "1 dari 1 unit berdata (100,0%); 10 unit tanpa data")
    assert "dihitung dari unit berdata saja" in all_text(at)
    choose_tab(at, "stok_tab", "Peta unit berisiko")
    tiles = chart_rows(at.get("vega_lite_chart")[TAB])
    assert len(tiles) == province_tiles().height == 38
    kaltara = tiles[tiles["code"] == "65"].iloc[0]
    # Coloured by the share of units at risk, not by pooled stock: 1 of Kaltara's 4 units with a status is habis.
    assert (kaltara["colour_label"], kaltara["risk_text"]) == ("≥ 25% unit berisiko",
                                                           "1 dari 4 unit berdata (25,0%); 2 unit tanpa data")
    assert (kaltara["status_label"], kaltara["value_text"]) == ("Aman", "36.628")  # the pooled status, in the tooltip
    assert tiles[tiles["code"] == "11"].iloc[0]["colour_label"] == "Tanpa data"
    map_spec = charts(at)[TAB]
    legend = next(v for v in layers(map_spec) if mark_type(v) == "rect")["encoding"]["color"]
    assert legend["legend"]["title"] == ["Unit berisiko (habis + kritis)", "porsi dari unit berdata"]
    assert legend["scale"]["domain"][:4] == ["Tidak ada unit berisiko", "< 10% unit berisiko",
                                             "10–25% unit berisiko", "≥ 25% unit berisiko"]
    assert not at.dataframe  # the table's tab is closed now
    assert len(shown) == 38
    row = shown[shown["Kode"] == "65"].iloc[0]
    assert (row["Stok blangko (keping)"], row["Stok gudang/kantor sendiri (keping)"]) == ("36.628", "24.000")
    assert (row["Unit berisiko (habis + kritis)"], row["Porsi unit berisiko (dari unit berdata)"]) == ("1", "25,0%")
    # The share's base sits beside it: NTB's 100% is 1 of its 1 unit with data, and 10 of its 11 units have none.
    ntb = shown[shown["Kode"] == "52"].iloc[0]
    assert (ntb["Unit berisiko (habis + kritis)"], ntb["Unit berdata"], ntb["Porsi unit berisiko (dari unit berdata)"],
            ntb["Unit tanpa data"], ntb["Jumlah unit"]) == ("1", "1", "100,0%", "10", "11")
    columns = list(shown.columns)
    assert columns.index("Unit berdata") == columns.index("Porsi unit berisiko (dari unit berdata)") - 1
    # provinces with the largest share of units at risk first: NTB (1 of 1), then Kaltara (1 of 4)
    assert shown["Kode"].tolist()[:2] == ["52", "65"]


def test_stock_over_time_per_period(fixture_db):
    at = choose_tab(open_page(PAGE, "65"), "stok_tab", "Stok dari waktu ke waktu")
    assert at.radio(key="stok_freq").value == "week"
    at.radio(key="stok_freq").set_value("month").run()
    assert not at.exception
    drawn = chart_rows(at.get("vega_lite_chart")[TAB])
    library = metrics.stock_series(fixture_db, "65", end=AS_OF, freq="month").drop_nulls("stock")
    assert drawn["stock"].tolist() == library["stock"].to_list() == [46948, 41380, 36628]
    assert drawn["period_text"].tolist() == ["Jan 2024", "Feb 2024", "Mar 2024"]
    assert drawn["end_text"].tolist()[-1] == "31 Mar 2024"
    spec = charts(at)[TAB]
    assert spec["encoding"]["y"]["axis"]["title"] == "Stok akhir (keping)"


def test_status_heat_map_region_by_month(fixture_db):
    at = choose_tab(open_page(PAGE, "65"), "stok_tab", "Status per bulan")
    drawn = chart_rows(at.get("vega_lite_chart")[TAB])
    malinau = drawn[drawn["name"] == regions.get("65.02").name]
    library = metrics.status_matrix(fixture_db, "65", AS_OF)
    assert len(drawn) == library.height
    # 65.02 (the fixture's unit that runs out): aman in January, waspada in February, habis in March.
    by_month = dict(zip(malinau["month_text"], malinau["status_label"]))
    assert (by_month["Jan 2024"], by_month["Feb 2024"], by_month["Mar 2024"]) == ("Aman", "Waspada", "Habis")
    spec = charts(at)[TAB]
    assert spec["mark"]["type"] == "rect"
    assert spec["encoding"]["color"]["scale"]["range"] == [STATUS_COLORS[s] for s in STATUS_ORDER]


def _with_sidebar(at):
    """Make the next run draw the sidebar, as app.py does on every run: after switch_page AppTest re-runs only the
    page file, and the page draws the sidebar itself when no selection is kept (sidebar.current)."""
    del at.session_state["selection"]
    return at


def test_drill_down_opens_a_province_then_a_kabkota(fixture_db):
    at = open_page(PAGE, "ID")
    _with_sidebar(at).run()
    box = at.selectbox(key="stok_drill")
    assert "Kalimantan Utara (65) · 1 habis · 0 kritis" in box.options  # a province by its units at risk
    _with_sidebar(at).selectbox(key="stok_drill").set_value("65").run()
    assert not at.exception, at.exception
    # The callback handed the choice to the sidebar's widgets before they were drawn: the page is now Kaltara's.
    assert (at.session_state["sb_provinsi"], at.session_state["sb_kabkota"]) == ("65", "")
    assert at.selectbox(key="sb_provinsi").value == "65"
    assert at.selectbox(key="stok_drill").value == ""  # back to the prompt
    assert any(c.value == "Kalimantan Utara · per 31 Mar 2024" for c in at.caption)
    assert at.query_params["wilayah"] == "65"  # the shared link follows
    assert table_with(at, "Perkiraan habis")["Kode"].tolist()[0] == "65.02"
    box = at.selectbox(key="stok_drill")
    assert not [o for o in box.options if o.startswith("Gudang")]  # the warehouse is not a region to open
    _with_sidebar(at).selectbox(key="stok_drill").set_value("65.71").run()
    assert not at.exception, at.exception
    assert at.selectbox(key="sb_kabkota").value == "65.71"
    assert table_with(at, "Perkiraan habis")["Wilayah"].tolist() == ["Kota Tarakan"]
    assert not [s for s in at.selectbox if s.key == "stok_drill"]  # nothing below a kab/kota


def test_region_without_stock_is_a_note(fixture_db):
    at = open_page(PAGE, "11")
    assert "Belum ada data stok blangko untuk Aceh" in at.info[0].value
    assert not at.get("vega_lite_chart")


def test_national_demo_store(tmp_path, monkeypatch):
    with demo_store(tmp_path / "demo.duckdb", monkeypatch) as store:
        at = open_page(PAGE, "33", as_of=None)
        shown = table_with(at, "Perkiraan habis")
        library = metrics.by_urgency(metrics.region_table(store, "33"))
        assert shown["Stok blangko (keping)"].tolist() == [fmt.number(v) for v in library["stock"]]
        for tab in ("Peta unit berisiko", "Stok dari waktu ke waktu", "Status per bulan"):
            assert len(choose_tab(at, "stok_tab", tab).get("vega_lite_chart")) == 2  # the bars and the tab's


def test_a_phone_ranks_the_provinces_instead_of_the_map(fixture_db):
    at = open_phone(PAGE, "ID")
    assert [t.label for t in at.tabs] == ["Tabel per wilayah", "Unit berisiko per provinsi",
                                          "Stok dari waktu ke waktu", "Unit berisiko per bulan"]
    choose_tab(at, "stok_tab", "Unit berisiko per provinsi")
    drawn = chart_rows(at.get("vega_lite_chart")[TAB])
    bars = drawn.dropna(subset=["colour_label"]) if "colour_label" in drawn else drawn
    # the provinces whose units have a status, most units at risk first (NTB and Kaltara one each, Bengkulu none)
    assert bars["name"].drop_duplicates().tolist() == ["Nusa Tenggara Barat", "Kalimantan Utara", "Bengkulu"]
    assert bars.drop_duplicates("name")["units_at_risk"].tolist() == [1, 1, 0]
    spec = charts(at)[TAB]
    assert spec["layer"][0]["encoding"]["y"]["axis"]["labelOverlap"] is False  # every province named


def test_a_phone_counts_units_at_risk_per_month_instead_of_the_heat_map(fixture_db):
    at = choose_tab(open_phone(PAGE, "65"), "stok_tab", "Unit berisiko per bulan")
    drawn = chart_rows(at.get("vega_lite_chart")[TAB]).drop_duplicates("month_text")
    # Kaltara's units at each month end: 65.02 is waspada in February and habis in March (metrics.status_matrix).
    library = metrics.status_matrix(fixture_db, "65", AS_OF)
    expected = library.group_by("month").agg(pl.col("units_at_risk").sum()).sort("month")["units_at_risk"]
    assert drawn["units_at_risk"].tolist() == expected.to_list()
    assert drawn["month_text"].tolist()[-3:] == ["Jan 2024", "Feb 2024", "Mar 2024"]
    assert drawn["units_at_risk"].tolist()[-1] == 1
