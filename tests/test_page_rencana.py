"""Rencana distribusi page: a province's plan on screen equals metrics.province_plan; downloads; the national sum."""

from __future__ import annotations

import io

import polars as pl
from page_support import cards, choose_tab, download_keys, open_page, open_phone, table_with, texts
from pypdf import PdfReader

from dashboard import briefing, fmt, metrics, present
from tests.fixture_store import AS_OF

PAGE = "pages/rencana.py"


def test_province_plan_on_screen(fixture_db):
    at = open_page(PAGE, "65")
    plan = metrics.province_plan(fixture_db, "65", AS_OF)
    shown = cards(at)
    assert shown["Pergeseran di dalam provinsi"][0] == "1"
    assert shown["Unit di bawah sasaran"] == ("1 → 0", "sebelum → sesudah pergeseran")
    assert shown["Usulan ke pusat: blangko"][0] == "0 keping" and shown["Usulan ke pusat: film"][0] == "–"
    assert [t.label for t in at.tabs] == ["Pergeseran (1)", "Unit sebelum dan sesudah", "Semua provinsi"]
    moves = table_with(at, "Dari")
    assert moves.to_dict("records") == [{"Dari": "Gudang Provinsi Kalimantan Utara", "Ke": plan.units.filter(
        pl.col("region_code") == "65.02")["name"][0], "Barang": "Blangko", "Jumlah": "9.132", "Satuan": "keping"}]
    keys = download_keys(at)
    units = table_with(choose_tab(at, "rencana_tab", "Unit sebelum dan sesudah"), "Status sesudah")
    first = units.iloc[0].to_dict()  # the units that give or receive come first
    assert (first["Kode"], first["Status"], first["Status sesudah"]) in {("65", "Aman", "Aman"),
                                                                        ("65.02", "Habis", "Aman")}
    assert {"rencana_xlsx", "rencana_letter", "rencana_moves_csv"} <= keys
    assert {"rencana_xlsx", "rencana_letter", "rencana_units_xlsx"} <= download_keys(at)
    # the screen says the national request is the sum of the provinces'
    national = metrics.national_plans(fixture_db, AS_OF)
    total = fmt.number(national["suggested_request"].sum())
    assert f"usulan nasional {total} keping" in texts(at)
    assert metrics.region_report(fixture_db, "ID", AS_OF)["suggested_request"] == national["suggested_request"].sum()


def test_national_view_picks_the_worst_province_and_lists_all(fixture_db):
    at = open_page(PAGE, "ID")
    assert at.selectbox(key="rencana_provinsi").value == "52"  # Lombok Utara cannot be covered inside NTB
    choose_tab(at, "rencana_tab", "Semua provinsi")
    provinces = table_with(at, "Pergeseran")
    assert provinces["Kode"].tolist()[0] == "52" and len(provinces) == 38
    assert "jumlah usulan provinsi" in texts(at)
    at.selectbox(key="rencana_provinsi").set_value("65").run()
    assert not at.exception and cards(at)["Pergeseran di dalam provinsi"][0] == "1"


def test_a_phone_reads_the_moves_as_lines(fixture_db):
    at = open_phone(PAGE, "65")
    body = next(h.proto.body for h in at.get("html") if "ektp-cards" in h.proto.body)
    assert "9.132 keping: Gudang Provinsi Kalimantan Utara → Kabupaten Malinau" in body
    assert not at.dataframe and {"rencana_moves_csv", "rencana_moves_xlsx"} <= download_keys(at)


def test_kabkota_sees_its_province_plan_and_its_own_moves(fixture_db):
    at = open_page(PAGE, "65.02")
    assert "rencana di bawah untuk seluruh provinsi" in at.info[0].value
    assert any("terima 9.132 keping dari Gudang Provinsi Kalimantan Utara" in m.value for m in at.markdown)


def test_workbook_and_letter_say_the_plan(fixture_db):
    plan = metrics.province_plan(fixture_db, "65", AS_OF)
    book = pl.read_excel(io.BytesIO(present.rencana.workbook(plan)), sheet_id=0)
    assert book["Pergeseran"]["Jumlah"].to_list() == [9_132]
    letter = PdfReader(io.BytesIO(briefing.plan_letter(plan)))
    text = " ".join(letter.pages[0].extract_text().split())
    assert len(letter.pages) == 1
    assert "Usulan pergeseran blangko" in text and "9.132 keping" in text
    assert "Gudang Provinsi Kalimantan Utara" in text and "tidak ada usulan tambahan" in text


def test_letter_with_many_moves_stays_on_one_page(fixture_db):
    plan = metrics.province_plan(fixture_db, "65", AS_OF)
    many = tuple(metrics.Move("65", "65.02", "blangko", 1_000 + i) for i in range(40))
    letter = PdfReader(io.BytesIO(briefing.plan_letter(plan.__class__(**{**plan.__dict__, "moves": many}))))
    assert len(letter.pages) == 1 and "28 pergeseran lainnya" in letter.pages[0].extract_text()
