"""The jemput-bola downloads: the Excel workbook (Ringkasan + Jadwal, numbers typed) and the PDF (DejaVu embedded,
every figure and heading word whole, pemula without history said)."""

from __future__ import annotations

import io

import polars as pl
import pytest

from dashboard import briefing, metrics, present
from dashboard.store import Store
from tests import outreach_support as lu
from tests.fixture_store import AS_OF
from tests.test_briefing_support import pdf_fonts, pdf_reader, pdf_text


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    with lu.outreach_store(tmp_path_factory.mktemp("outreach_files") / "ektp.duckdb") as s:
        yield s


@pytest.fixture(scope="module")
def plan(store):
    return metrics.outreach_plan(store, lu.KABKOTA, AS_OF, teams=2, per_day=50)


def test_workbook_holds_the_summary_and_the_schedule(plan):
    data = present.jemput_bola.workbook(plan, lu.START)
    schedule = pl.read_excel(io.BytesIO(data), sheet_name="Jadwal")
    assert schedule["Urutan"].to_list() == [1, 2, 3, 4, 5]
    assert schedule["Kekurangan dari target (orang)"].to_list() == [1616, 1020, 760, 712, 0]  # numbers, not text
    assert schedule["Pemula (wajib KTP baru) (orang)"].to_list() == [1000, 0, 200, 300, 0]
    assert schedule["Pertambahan wajib KTP per semester (orang)"].to_list() == [1000, -100, 200, 300, 100]
    assert schedule["Hari kerja ke- (selesai)"].to_list()[:4] == [17, 27, 34, 42]
    summary = dict(pl.read_excel(io.BytesIO(data), sheet_name="Ringkasan").rows())
    assert summary["Wilayah dalam rencana"] == "4 dari 5 kecamatan masih kurang"
    assert summary["Jadwal"] == "1 Apr 2024 s.d. 28 Mei 2024"
    assert summary["Kekurangan blangko"] == "2.608 keping"
    assert summary["Pertambahan wajib KTP per semester"] == "1.600 orang"


def test_pdf_prints_the_plan_whole(plan):
    data = briefing.outreach_pdf(plan, lu.START)
    assert len(pdf_reader(data).pages) == 2
    assert pdf_fonts(data) and all(pdf_fonts(data).values())  # DejaVu embedded (ā, –, × print)
    text = pdf_text(data)
    assert "RENCANA JEMPUT BOLA PEREKAMAN KTP-EL" in text and "Kabupaten Lombok Utara" in text
    assert "2 tim × 50 orang = 100 orang per hari" in text
    # Headings wrap between words only: each word of every column label is printed whole on the schedule's page.
    schedule_page = pdf_reader(data).pages[1].extract_text()
    for label in present.jemput_bola.schedule_table(plan, lu.START)[0].columns:
        for word in label.split():
            assert word in schedule_page, word
    assert "23 Apr 2024" in schedule_page  # a date stays on one line
    assert "kurang 2.608 keping" in text


def test_pdf_of_a_region_without_history(store):
    plan = metrics.outreach_plan(store, "65", AS_OF)
    text = pdf_text(briefing.outreach_pdf(plan, lu.START))
    assert "Riwayat belum cukup untuk memilah pemula dan tunggakan lama" in text
    assert "Kabupaten Malinau" in text and "4.040" in text
    assert "2 wilayah tanpa data perekaman" in text  # Nunukan and Tana Tidung
