"""charts_stock builders checked through chart.to_dict(): data, colours, Indonesian tooltips and axis titles."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard import metrics, regions
from dashboard.present import ringkasan
from dashboard.present.charts import map as charts_map
from dashboard.present.charts import stok as charts_stock
from dashboard.present.charts.base import ITEM_COLORS, ITEM_ORDER, STATUS_COLORS, STATUS_ORDER
from tests.fixture_store import AS_OF


def _rows(spec: dict) -> list[dict]:
    return [row for rows in spec["datasets"].values() for row in rows]


def test_status_count_bars():
    counts = {"habis": 1, "kritis": 1, "waspada": 0, "aman": 4, "berlebih": 0, "tanpa_data": 1234}
    spec = charts_stock.status_count_bars(ringkasan.status_counts_frame(counts)).to_dict()
    bars, labels = spec["layer"]
    assert bars["encoding"]["color"]["scale"]["range"] == [STATUS_COLORS[s] for s in STATUS_ORDER]
    assert bars["encoding"]["y"]["sort"] == ["Habis", "Kritis", "Waspada", "Aman", "Berlebih", "Tanpa data"]
    assert bars["encoding"]["x"]["axis"]["title"] == "Jumlah unit"
    assert labels["encoding"]["color"] == {"value": "#1a1a1a"}  # readable on every status colour
    assert [r["count_text"] for r in _rows(spec)][-1] == "1.234"
    empty = charts_stock.status_count_bars(ringkasan.status_counts_frame({})).to_dict()
    assert _rows(empty) == [{"m": "Tidak ada data untuk digambar."}]


def test_region_stock_bars_leave_out_regions_without_data(fixture):
    spec = charts_stock.region_stock_bars(metrics.region_table(fixture, "65", AS_OF)).to_dict()
    rows = _rows(spec)
    assert sorted(r["stock"] for r in rows) == [0, 5178, 7450, 24000]
    tarakan = next(r for r in rows if r["name"] == "Kota Tarakan")
    assert (tarakan["value_text"], tarakan["days_text"], tarakan["stockout_text"]) == ("7.450", "149 hari",
                                                                                       "27 Agu 2024")
    assert spec["encoding"]["color"]["scale"]["range"] == [STATUS_COLORS[s] for s in STATUS_ORDER]


@pytest.mark.parametrize("freq, first", [("day", "1 Jan 2024"), ("week", "Minggu mulai 1 Jan 2024"),
                                         ("month", "Jan 2024")])
def test_stock_over_time(fixture, freq, first):
    data = metrics.stock_series(fixture, "65.71", end=AS_OF, freq=freq)
    spec = charts_stock.stock_over_time(data, freq).to_dict()
    rows = _rows(spec)
    assert rows[0]["period_text"] == first
    assert rows[-1]["stock_text"] == "7.450" and rows[-1]["end_text"] == "31 Mar 2024"
    assert len(rows) == data.drop_nulls("stock").height  # months before the first report are not drawn as 0
    assert spec["encoding"]["y"]["axis"]["title"] == "Stok akhir (keping)"
    assert [t["title"] for t in spec["encoding"]["tooltip"]] == ["Periode", "Sampai tanggal", "Stok akhir (keping)",
                                                                 "Unit dengan stok habis"]


def test_stock_over_time_empty():
    empty = pl.DataFrame(schema={"period": pl.Date, "period_end": pl.Date, "stock": pl.Int64,
                                 "stocked_out_units": pl.Int64})
    assert _rows(charts_stock.stock_over_time(empty).to_dict()) == [{"m": "Tidak ada data untuk digambar."}]


def test_supply_long_and_chart(fixture):
    table = metrics.region_table(fixture, "65", AS_OF)
    long = charts_stock.supply_long(table)
    tarakan = long.filter(pl.col("name") == "Kota Tarakan")
    assert tarakan.select("item", "cards", "is_binding").rows() == [("blangko", 7450, True),
                                                                    ("ribbon", 9000, False)]
    assert long.filter(pl.col("item") == "film").is_empty()  # unknown film is no bar, not a zero bar
    spec = charts_stock.supply_cards_chart(table).to_dict()
    enc = spec["encoding"]
    assert enc["color"]["scale"]["range"] == [ITEM_COLORS[i] for i in ITEM_ORDER]
    assert enc["opacity"]["scale"] == {"domain": ["Barang pembatas", "Bukan pembatas"], "range": [1.0, 0.35]}
    assert enc["y"]["sort"][0] == "Gudang Provinsi Kalimantan Utara"  # the table's order
    empty = charts_stock.supply_cards_chart(table.filter(pl.col("stock").is_null())).to_dict()
    assert _rows(empty) == [{"m": "Tidak ada data untuk digambar."}]


def test_charts_render_offline(fixture):
    # vl-convert compiles every chart the pages draw (a spec error would only show in the browser otherwise).
    import vl_convert as vlc

    table = metrics.region_table(fixture, "ID", AS_OF)
    figures = [charts_stock.status_count_bars(ringkasan.status_counts_frame(metrics.status_counts(fixture, "ID", AS_OF))),
               charts_stock.region_stock_bars(table), charts_stock.supply_cards_chart(table),
               charts_stock.stock_over_time(metrics.stock_series(fixture, "ID", end=AS_OF, freq="week"), "week")]
    for figure in figures:
        assert vlc.vegalite_to_svg(figure.to_json()).startswith("<svg")


def test_the_map_has_one_tile_per_province_each_in_its_own_cell():
    tiles = charts_map.tiles()
    provinces = {r.code for r in regions.reporting_regions() if r.level == "provinsi"}
    assert sorted(tiles["code"].to_list()) == sorted(provinces)
    assert tiles.select("col", "row").is_unique().all()
    assert tiles.null_count().sum_horizontal().item() == 0
