"""present (ringkasan, stok, ribbon_film): headline cards and display rows word and format metrics' numbers without
changing them."""

from __future__ import annotations

import polars as pl

from dashboard import fmt, metrics, regions
from dashboard.present import cards, ribbon_film, ringkasan, stok, tables
from dashboard.settings import Settings
from tests.fixture_store import AS_OF


def _by_label(cards: list[cards.Card]) -> dict[str, cards.Card]:
    return {c.label: c for c in cards}


def test_number_helpers():
    assert (fmt.trimmed(99.04), fmt.trimmed(99.2), fmt.trimmed(3.0), fmt.trimmed(1500.0)) == ("99,04", "99,2", "3", "1.500")
    assert (fmt.exact_percent(99.04), fmt.exact_percent(None)) == ("99,04%", "–")
    assert (fmt.rate(1292.0), fmt.rate(2.5), fmt.rate(0.0), fmt.rate(None)) == ("1.292", "2,5", "0", "–")


def test_summary_cards_of_lombok_utara(fixture):
    report = metrics.region_report(fixture, "52.08", AS_OF)
    cards = _by_label(ringkasan.summary_cards(report, Settings()))
    stock = cards["Stok blangko (keping)"]
    assert (stock.value, stock.delta, stock.color) == ("1.500", "Status: Kritis", "red")
    cover = cards["Stok cukup untuk"]
    assert (cover.value, cover.delta) == ("1 hari", "perkiraan habis 1 Apr 2024")
    assert cards["Cakupan perekaman"].delta == "target 99,04%: kurang 3.464 orang"
    assert cards["Usulan permintaan (keping)"].value == "89.813"
    # No ribbon or film rows: blangko binds only because nothing else is known, and the card says so.
    assert cards["Kartu dapat dicetak"].delta == "pembatas: Blangko (ribbon dan film tanpa data)"


def test_summary_cards_edge_cases(fixture):
    malinau = _by_label(ringkasan.summary_cards(metrics.region_report(fixture, "65.02", AS_OF), Settings()))
    assert (malinau["Stok cukup untuk"].value, malinau["Stok cukup untuk"].delta) == ("0 hari",
                                                                                      "habis sejak 19 Mar 2024")
    assert malinau["Stok blangko (keping)"].color == "violet"
    tarakan = _by_label(ringkasan.summary_cards(metrics.region_report(fixture, "65.71", AS_OF), Settings()))
    assert (tarakan["Cakupan perekaman"].value, tarakan["Cakupan perekaman"].delta) == ("101,0%",
                                                                                       "di atas 100% (periksa)")
    province = _by_label(ringkasan.summary_cards(metrics.region_report(fixture, "65", AS_OF), Settings()))
    assert "Di gudang provinsi: 24.000 keping." in province["Stok blangko gabungan (keping)"].help
    empty = metrics.region_report(fixture, "11", AS_OF)
    assert not ringkasan.has_data(empty)
    values = {c.label: c.value for c in ringkasan.summary_cards(empty, Settings())}
    assert set(values.values()) == {"–"}  # unknown is shown as unknown, never as 0
    assert _by_label(ringkasan.summary_cards(empty, Settings()))["Stok gabungan cukup untuk"].delta == \
        "tidak ada pemakaian tercatat"


def test_supply_rows_note_missing_items_and_word_binding(fixture):
    table = metrics.region_table(fixture, "ID", AS_OF)
    rows = ribbon_film.supply_rows(table).filter(pl.col("stock").is_not_null())
    shown, _ = tables.display(rows, ("region_code", "binding_constraint", "notes"))
    assert shown.rows() == [
        ("17", "Blangko", "data ribbon tidak ada; data film tidak ada"),
        ("52", "Blangko", "data ribbon tidak ada; data film tidak ada"),
        ("65", "Blangko", "data film tidak ada"),  # Tarakan's ribbon covers its own blanks
    ]
    assert ribbon_film.binding_counts(table) == [("Blangko", 3)]
    # Rows without any data carry no note (every cell already says "–").
    assert set(ribbon_film.supply_rows(table).filter(pl.col("stock").is_null())["notes"]) == {""}


def test_stock_and_action_rows(fixture):
    table = metrics.region_table(fixture, "65", AS_OF)
    rows = stok.stock_rows(table, "65")
    assert "own_stock" not in rows.columns
    shown, kinds = tables.display(rows, stok.STOCK_COLUMNS)
    assert shown["Kode"].to_list() == ["65.02", "65.01", "65", "65.71", "65.03", "65.04"]  # most urgent first
    assert shown["Tingkat"].to_list()[1:3] == ["Kabupaten", "Gudang provinsi"]
    assert shown["Stok blangko (keping)"].to_list() == rows["stock"].to_list()  # numbers pass through untouched
    assert kinds["Stok blangko (keping)"] == "int" and kinds["Status"] == "status" and kinds["Tingkat"] == "text"
    assert "own_stock" in stok.stock_rows(metrics.region_table(fixture, "ID", AS_OF), "ID").columns
    actions, _ = tables.display(metrics.action_list(fixture, "ID", AS_OF), ringkasan.ACTION_COLUMNS)
    assert actions.select("Kode", "Stok < PRR").rows() == [("65.02", "Ya"), ("52.08", "Ya")]


def test_report_note(fixture):
    report = metrics.region_report(fixture, "ID", AS_OF)
    assert ringkasan.report_note(report, Settings()) == ("Laporan stok terakhir: 31 Mar 2024 · 0 unit dengan laporan stok "
                                                  "lebih tua dari 45 hari.")


def test_status_counts_frame_and_line():
    counts = {"habis": 1, "kritis": 2, "waspada": 0, "aman": 4, "berlebih": 0, "tanpa_data": 546}
    frame = ringkasan.status_counts_frame(counts)
    assert frame.rows() == [("habis", "Habis", 1), ("kritis", "Kritis", 2), ("waspada", "Waspada", 0),
                            ("aman", "Aman", 4), ("berlebih", "Berlebih", 0), (None, "Tanpa data", 546)]
    assert ringkasan.status_line({**counts, "tanpa_data": 1500}).endswith("Tanpa data 1.500")


def test_drill_options_skip_the_warehouse(fixture):
    options = stok.drill_options(metrics.region_table(fixture, "65", AS_OF))
    assert list(options) == ["65.01", "65.02", "65.03", "65.04", "65.71"]
    assert options["65.02"] == f"{regions.get('65.02').name} (65.02) · Habis"
    assert stok.drill_options(metrics.region_table(fixture, "ID", AS_OF))["11"] == "Aceh (11) · Tanpa data"


def test_supply_cards_without_film(fixture):
    cards = _by_label(ribbon_film.supply_cards(metrics.region_report(fixture, "65.71", AS_OF)))
    assert (cards["Stok film (rol)"].value, cards["Stok film (rol)"].delta) == ("–", "tanpa data")
    assert cards["Ribbon dibutuhkan"].help == "Jumlah yang dibutuhkan untuk mencetak seluruh stok blangko " \
                                              "(7.450 keping)."
