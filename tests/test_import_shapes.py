"""The real-shape corpus: every shape offices and the DKB send imports with the figures worked out by hand; the
shapes we cannot read are refused whole, naming what is wrong and what the user can settle."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from dashboard.importer import read_export
from dashboard.importer.options import Hints
from tests import shapes_coverage, shapes_stock
from tests.shapes_support import TODAY, Fixture, csv, xlsx

CORPUS = [make() for make in (*shapes_coverage.CORPUS, *shapes_stock.CORPUS)]


def parse(fixture: Fixture):
    return read_export(fixture.name, fixture.data, today=TODAY, hints=Hints(**fixture.hints))


def _sorted(rows_: list[dict]) -> list[dict]:
    return sorted(rows_, key=lambda r: tuple(str(r[k]) for k in sorted(r)))


def rows(frame: pl.DataFrame, expected: list[dict]) -> list[dict]:
    """The frame's rows on the columns the expectation names (each expected row names the same plus its extras:
    the extras are compared on the rows that give them)."""
    keys = sorted({k for row in expected for k in row})
    return _sorted(frame.select(keys).to_dicts())


def _full(expected: list[dict], frame: pl.DataFrame) -> list[dict]:
    """Expected rows completed with the frame's values for columns other rows check (so only named ones count)."""
    keys = sorted({k for row in expected for k in row})
    key = [k for k in ("region_code", "item", "period_start") if k in keys]
    actual = {tuple(r[k] for k in key): r for r in frame.select(keys).to_dicts()}
    return _sorted([{**actual.get(tuple(e[k] for k in key), {}), **e} for e in expected])


def test_the_corpus_holds_every_shape_in_both_file_types():
    assert len(CORPUS) >= 15
    names = [f.name for f in CORPUS]
    assert len(set(names)) == len(names)
    assert {n.rsplit(".", 1)[1] for n in names} == {"csv", "xlsx"}
    assert {f.kind for f in CORPUS} == {"stok", "perekaman"}


@pytest.mark.parametrize("fixture", CORPUS, ids=lambda f: f.name)
def test_each_shape_imports_with_the_hand_computed_figures(fixture: Fixture):
    result = parse(fixture)
    assert result.accepted, [str(p) for p in result.problems]
    assert result.kind == fixture.kind
    frame = result.frames[fixture.kind]
    assert rows(frame, fixture.expected) == _full(fixture.expected, frame)
    assert result.rows_total == len(fixture.expected)
    assert result.warning_total == fixture.warnings, [str(w) for w in result.warnings]


def test_sex_split_values_are_the_totals_and_a_bad_total_is_a_flagged_warning():
    result = parse(shapes_coverage.jml_check_csv())
    assert "LK + PR = 10.000 + 10.000" in result.warnings[0].message and result.warnings[0].row == 3
    flags = result.flags.filter(pl.col("flag") == "jml_mismatch")
    assert flags.select("region_code", "value").rows() == [("65.02", 100.0)]


def test_subtotal_rows_are_left_out_with_a_warning_naming_their_row():
    result = parse(shapes_coverage.desa_subtotals_csv())
    assert [w.row for w in result.warnings] == [2, 5]
    assert all("subtotal" in w.message for w in result.warnings)


def test_cards_are_converted_with_the_yields_given_and_the_yields_are_recorded():
    fixture = shapes_stock.cards_xlsx()
    result = read_export(fixture.name, fixture.data, today=TODAY, hints=Hints(ribbon_yield=500, film_yield=1550))
    frame = result.frames["stok"].sort("item")
    # 2250 / 500 = 4.5 -> 4 (half to even); 3100 / 1550 = 2; 450 / 500 = 0.9 -> 1
    assert frame.select("item", "pemakaian", "stok_akhir").rows() == [
        ("blangko", 300, 1700), ("film", 0, 2), ("ribbon", 1, 4)]
    assert result.used == {"ribbon_yield": 500, "film_yield": 1550}


def _refused(name: str, data: bytes, **hints) -> tuple[list[str], list[str]]:
    result = read_export(name, data, today=TODAY, hints=Hints(**hints))
    assert not result.accepted and not result.frames
    return [p.message for p in result.problems], result.needs


def test_an_ambiguous_header_is_refused_naming_both_fields():
    messages, needs = _refused("stok.csv", csv([["Tanggal", "Kode", "Stok", "Cetak"], ["31/10/2026", "17.04", "9",
                                                                                        "1"]]))
    assert messages == ['kolom "Stok" bisa berarti stok awal atau stok akhir. Perjelas judulnya (misalnya '
                        '"stok awal") atau pilih kolomnya sendiri (pemetaan kolom).']
    assert needs == ["kolom"]


def test_a_region_named_twice_is_never_guessed():
    book = [["LAPORAN STOK"], ["BULAN OKTOBER 2026"], ["Tanggal", "Stok Awal", "Cetak", "Sisa"], ["1", "9", "1", "8"]]
    messages, needs = _refused("stok_bengkulu.csv", csv(book))
    assert "17 Bengkulu, 17.71 Kota Bengkulu" in messages[0] and needs == ["wilayah"]
    titled = [["DINAS DUKCAPIL KABUPATEN KAUR DAN KOTA BENGKULU"], *book[1:]]
    messages, _ = _refused("stok.csv", csv(titled))
    assert "17.04 Kabupaten Kaur, 17.71 Kota Bengkulu" in messages[0]
    # The user's answer settles it, when it is one of the candidates.
    assert read_export("stok.csv", csv(titled), today=TODAY, hints=Hints(region="17.71")).accepted
    messages, _ = _refused("stok.csv", csv([["KABUPATEN KAUR"], *book[1:]]), region="17.71")
    assert "Judul lembar menyebut 17.04 Kabupaten Kaur, tetapi wilayah yang dipilih 17.71 Kota Bengkulu" in messages[0]


def test_the_uploaders_own_region_comes_after_the_title_and_the_file_name():
    book = [["BULAN OKTOBER 2026"], ["Tanggal", "Stok Awal", "Cetak", "Sisa"], ["1", "9", "1", "8"]]
    mine = read_export("stok.csv", csv(book), today=TODAY, hints=Hints(fallback_region="52.08"))
    assert mine.frames["stok"]["region_code"].to_list() == ["52.08"] and mine.used == {"region": "52.08"}
    named = read_export("stok_kab_kaur.csv", csv(book), today=TODAY, hints=Hints(fallback_region="52.08"))
    assert named.frames["stok"]["region_code"].to_list() == ["17.04"] and named.used == {}


def test_no_period_anywhere_asks_for_one_and_a_given_period_is_used_and_recorded():
    rows_ = [["Kode", "Wajib KTP", "Sudah Rekam"], ["17.04", "80.000", "76.000"]]
    messages, needs = _refused("rekam.csv", csv(rows_))
    assert "tidak menyebut periodenya" in messages[0] and needs == ["periode"]
    given = read_export("rekam.csv", csv(rows_), today=TODAY, hints=Hints(period="Semester I 2024"))
    assert given.frames["perekaman"].select("period_start", "period_end", "granularity").row(0) == (
        dt.date(2024, 1, 1), dt.date(2024, 6, 30), "semester")
    assert given.used == {"period": "Semester I 2024"}
    messages, _ = _refused("rekam.csv", csv(rows_), period="Semester 3 2024")
    assert 'Periode "Semester 3 2024" tidak dapat dibaca' in messages[0]


def test_a_semester_stock_row_that_is_no_ledger_is_refused():
    data = csv([["Periode", "Kode", "Pemakaian", "Sisa"], ["Semester II 2025", "17.04", "12.000", "3.000"]])
    messages, _ = _refused("stok.csv", data)
    assert messages == ["laporan stok untuk Semester II 2025 hanya diterima sebagai buku stok lengkap: stok awal + "
                        "penerimaan − distribusi − pemakaian − rusak harus sama dengan stok akhir. Laporkan stok per "
                        "hari atau per bulan."]


def test_an_item_slot_without_its_use_column_is_refused_naming_the_item():
    data = csv([["Tanggal", "Kode", "Jumlah Cetak", "Sisa Blangko", "Sisa Ribbon"], ["31/10/2026", "17.04", "3", "9",
                                                                                      "2"]])
    messages, needs = _refused("stok.csv", data)
    assert messages == ["kolom untuk Ribbon tidak lengkap: tidak ada kolom pemakaian."] and needs == ["kolom"]


def test_a_file_that_fits_nothing_lists_the_headers_it_saw_and_what_is_looked_for():
    messages, needs = _refused("data.xlsx", xlsx([["Nomor", "Uraian", "Keterangan"], ["1", "x", "y"]]))
    assert 'Judul kolom yang terbaca: "Nomor", "Uraian", "Keterangan"' in messages[0]
    assert "tanggal, kode_wilayah, pemakaian, stok_akhir" in messages[0] and needs == ["kolom"]


def test_a_kecamatan_row_is_inside_its_kabkota_accounts_scope_and_others_are_not():
    fixture = shapes_coverage.dkb_kecamatan_xlsx()
    assert read_export(fixture.name, fixture.data, today=TODAY, allowed_regions={"17.04"}).accepted
    other = read_export(fixture.name, fixture.data, today=TODAY, allowed_regions={"17.71"})
    assert not other.accepted and "17.04.01 Kinal di luar wilayah Anda" in other.problems[0].message


def test_keping_converts_only_on_a_ribbon_or_film_column_kartu_on_any():
    rows_ = [["Tanggal", "Kode", "Jenis", "Pemakaian", "Sisa (keping)", "Sisa Ribbon (keping)"],
             ["31/10/2026", "52.08", "Ribbon", "1", "5", "900"]]
    # 'Sisa (keping)' holds any item's count: 5 ribbons stay 5; a ribbon column in keping is cards: 900 / 450 = 2
    result = read_export("stok.csv", csv([r[:5] for r in rows_]), today=TODAY)
    assert result.frames["stok"]["stok_akhir"].to_list() == [5] and result.warning_total == 0
    wide_ = [["Tanggal", "Kode", "Pakai Ribbon", "Sisa Ribbon (keping)"], ["31/10/2026", "52.08", "1", "900"]]
    result = read_export("stok.csv", csv(wide_), today=TODAY)
    assert result.frames["stok"].select("item", "stok_akhir").rows() == [("ribbon", 2)] and result.warning_total == 1


def test_several_code_columns_read_the_most_precise_and_parts_are_never_joined_with_a_dot():
    both = [["Kode Kab", "Kode Kec", "Semester", "Tahun", "Wajib KTP", "Sudah Rekam"],
            ["17.04", "17.04.01", "1", "2024", "6.100", "5.950"]]
    result = read_export("rekam.csv", csv(both), today=TODAY)
    assert result.frames["perekaman"]["region_code"].to_list() == ["17.04.01"]
    # '52' | '08' are written together as 5208, read as any dotless code is (52.08 is the same in BPS and
    # Kemendagri writing), not made '52.08' by inserting a dot.
    parts = [["Kode Prov", "Kode Kab", "Periode", "Wajib KTP", "Sudah Rekam"], ["52", "08", "2024", "9", "8"]]
    result = read_export("rekam.csv", csv(parts), today=TODAY)
    assert result.frames["perekaman"]["region_code"].to_list() == ["52.08"]
