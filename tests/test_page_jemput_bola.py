"""Jemput bola page (AppTest) on the store with Lombok Utara's DKB kecamatan: tiles, schedule and sentences as
computed by hand; the page, the `outreach` CLI, the Excel workbook and the PDF give the same plan."""

from __future__ import annotations

import io
import json

import polars as pl
import pytest

from dashboard import briefing, fmt, metrics, present
from dashboard.cli import main
from tests import outreach_support as lu
from tests.fixture_store import AS_OF
from tests.page_support import (
    all_text,
    app_store,
    cards,
    choose_tab,
    download_keys,
    open_page,
    open_phone,
    tables,
)
from tests.test_briefing_support import pdf_text

PAGE = "pages/jemput_bola.py"
SCHEDULE = "Kekurangan dari target (orang)"


@pytest.fixture
def db(tmp_path, monkeypatch):
    with app_store(tmp_path / "ektp.duckdb", monkeypatch, build=lu.build_outreach_store) as store:
        yield store


def _open(region: str = lu.KABKOTA):
    at = open_page(PAGE, region, AS_OF)
    at.date_input(key="jb_start").set_value(lu.START).run()
    assert not at.exception, at.exception
    return at


def _schedule(at):
    return next(f for f in tables(at) if SCHEDULE in f.columns)


def test_the_plan_of_lombok_utara_on_screen(db):
    at = _open()
    shown = cards(at)
    assert shown["Kekurangan ke target"][0] == "4.108 orang"
    assert shown["Hari kerja dibutuhkan"][0] == "42 hari kerja"
    assert shown["Blangko untuk jemput bola"] == ("4.108 keping", "stok kurang 2.608 keping")
    table = _schedule(at)
    assert table["Kecamatan"].tolist() == ["Kayangan", "Bayan", "Gangga", "Tanjung", "Pemenang"]
    assert table[SCHEDULE].tolist() == ["1.616", "1.020", "760", "712", "0"]
    assert table["Pemula (wajib KTP baru) (orang)"].tolist() == ["1.000", "0", "200", "300", "0"]
    assert table["Tunggakan lama (orang)"].tolist() == ["616", "1.020", "560", "412", "0"]
    assert table["Hari kerja ke- (mulai)"].tolist() == ["1", "17", "27", "34", "–"]
    assert table["Hari kerja ke- (selesai)"].tolist() == ["17", "27", "34", "42", "–"]
    assert table["Mulai"].tolist()[:2] == ["1 Apr 2024", "23 Apr 2024"]
    assert table["Selesai"].tolist()[3] == "28 Mei 2024"
    # Pemenang (101%) has no gap: it is listed, not counted among the areas still short
    text = all_text(at)
    assert "4 dari 5 kecamatan masih kurang; 2 tim × 50 orang/hari; mulai 1 Apr 2024, selesai 28 Mei 2024" in text
    assert "5 kecamatan;" not in text
    assert {"jemput_bola_xlsx", "jemput_bola_pdf", "jemput_bola_jadwal_csv"} <= download_keys(at)
    choose_tab(at, "jemput_bola_tab", "Pemula dan blangko")
    text = all_text(at) + "\n".join(m.value for m in at.markdown)
    assert "sekitar 1.500 orang adalah pemula (wajib KTP baru) dan 2.608 orang tunggakan lama" in text
    assert "Wajib KTP bertambah sekitar 1.600 orang per semester; dengan tim ini itu 16 hari kerja" in text
    assert "memakai 4.108 keping blangko, tetapi stok hanya 1.500 keping: kurang 2.608 keping" in text
    assert "stok sekarang cukup 1 hari; setelah jemput bola cukup 0 hari" in text


def test_more_teams_fewer_days(db):
    at = _open()
    at.number_input(key="jb_teams").set_value(3).run()
    assert not at.exception
    assert cards(at)["Hari kerja dibutuhkan"][0] == "28 hari kerja"  # 4108 / 150 = 27.4
    assert "4 dari 5 kecamatan masih kurang; 3 tim × 50 orang/hari;" in all_text(at)
    # the target is typed the Indonesian way (st.number_input printed '99.04')
    target = at.text_input(key="jb_target")
    assert target.value == "99,04"
    target.set_value("98").run()
    assert cards(at)["Kekurangan ke target"][0] == "2.600 orang"
    at.text_input(key="jb_target").set_value("98,5").run()
    assert at.session_state["jb_target"] == "98,5" and not at.warning


def test_a_bad_target_says_why_and_keeps_the_years(db):
    at = _open()
    at.text_input(key="jb_target").set_value("sembilan puluh").run()
    assert not at.exception and at.warning and "sembilan puluh" in at.warning[0].value
    assert cards(at)["Kekurangan ke target"][0] == "4.108 orang"  # the year's 99,04%
    at.text_input(key="jb_target").set_value("150").run()
    assert "150" in at.warning[0].value and cards(at)["Kekurangan ke target"][0] == "4.108 orang"


def test_the_gap_chart_keeps_the_largest_gaps(db):
    at = choose_tab(_open(), "jemput_bola_tab", "Kekurangan per wilayah")
    assert len(at.get("vega_lite_chart")) == 1 and not [f for f in tables(at) if SCHEDULE in f.columns]


def test_a_phone_reads_the_schedule_as_cards(db):
    at = open_phone(PAGE, lu.KABKOTA, jb_start=lu.START)
    body = next(h.proto.body for h in at.get("html") if "ektp-cards" in h.proto.body)
    # the areas with a gap, largest first, with their days and dates; Pemenang (no gap) is not scheduled
    assert body.index("1. Kayangan") < body.index("2. Bayan") < body.index("4. Tanjung")
    assert "kurang 1.616 orang (pemula 1.000 · tunggakan 616)" in body
    assert "hari kerja 1–17: 1 Apr 2024 – 23 Apr 2024" in body and "Pemenang" not in body
    assert not at.dataframe and {"jemput_bola_jadwal_csv", "jemput_bola_jadwal_xlsx"} <= download_keys(at)


def test_no_kecamatan_data_is_a_note_not_an_error(db):
    at = _open("65.01")
    assert "Belum ada data perekaman per kecamatan untuk Kabupaten Bulungan sampai 31 Mar 2024" in all_text(at)
    assert not at.get("download_button")


def test_a_province_plans_by_kabkota(db):
    table = _schedule(_open("65"))
    assert table["Wilayah"].tolist() == ["Kabupaten Malinau", "Kabupaten Bulungan", "Kota Tarakan"]
    assert table[SCHEDULE].tolist() == ["4.040", "520", "0"]


def test_cli_page_and_downloads_agree(db, capsys):
    at = _open()
    screen = _schedule(at)
    db.close()  # the command line opens the file as another user would
    assert main(["outreach", "--db", str(db.path), "--region", lu.KABKOTA, "--as-of", AS_OF.isoformat(),
                 "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert screen["Kode"].tolist() == [a["code"] for a in cli["areas"]]
    assert screen[SCHEDULE].tolist() == [fmt.number(a["gap_persons"]) for a in cli["areas"]]
    assert screen["Cakupan perekaman"].tolist() == [fmt.percent(a["coverage_pct"]) for a in cli["areas"]]
    assert cards(at)["Hari kerja dibutuhkan"][0] == f"{cli['days_needed']} hari kerja"
    # The files the two download buttons build from the page's plan (the page's defaults: 2 teams × 50 a day).
    plan = metrics.outreach_plan(db, lu.KABKOTA, AS_OF, teams=2, per_day=50, target_pct=99.04)
    book = pl.read_excel(io.BytesIO(present.jemput_bola.workbook(plan, lu.START)), sheet_name="Jadwal")
    assert book["Kode"].to_list() == [a["code"] for a in cli["areas"]]
    assert book[SCHEDULE].cast(pl.Int64).to_list() == [a["gap_persons"] for a in cli["areas"]]
    summary = pl.read_excel(io.BytesIO(present.jemput_bola.workbook(plan, lu.START)), sheet_name="Ringkasan")
    figures = dict(summary.rows())
    assert figures["Kekurangan ke target"] == "4.108 orang" and figures["Hari kerja dibutuhkan"] == "42 hari kerja"
    text = pdf_text(briefing.outreach_pdf(plan, lu.START))
    assert "Rencana jemput bola Kabupaten Lombok Utara" in text and "4.108 orang" in text
    for area in cli["areas"]:
        assert area["name"] in text and fmt.number(area["gap_persons"]) in text
    assert "42 hari kerja" in text and "1 Apr 2024 s.d. 28 Mei 2024" in text
