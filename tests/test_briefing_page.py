"""Briefing page (AppTest): the sidebar's region and date, a preview with the dashboard's numbers, two downloads."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard import fmt, metrics
from tests.fixture_store import AS_OF
from tests.page_support import open_page, texts

ROOT = Path(__file__).resolve().parent.parent
PAGE = "pages/briefing.py"


def _open(region: str, as_of: str) -> AppTest:
    return open_page(PAGE, region, as_of)


def _texts(at: AppTest) -> str:
    return texts(at)


def test_preview_and_downloads(fixture_db):
    at = _open("65", AS_OF.isoformat())
    assert at.title[0].value == "Briefing mingguan"
    buttons = {b.key: b for b in at.get("download_button")}
    assert {"briefing_pdf", "briefing_xlsx"} <= set(buttons)
    report = metrics.region_report(fixture_db, "65", AS_OF)
    shown = {m.label: m.value for m in at.metric}
    assert shown["Stok blangko"] == f"{fmt.number(report['stock'])} keping (gabungan)"
    assert shown["Perkiraan habis"] == fmt.date(report["stockout_date"])
    text = _texts(at)
    assert "Minggu ke-13, 25–31 Mar 2024" in text
    assert "Kalimantan Utara: 1 unit habis dan 0 kritis dari 4 unit berstatus" in text
    assert "Stok blangko gabungan 36.628 keping, status stok gabungan aman." in text


def test_kabkota_selection(fixture_db):
    at = _open("52.08", AS_OF.isoformat())
    assert {"briefing_pdf", "briefing_xlsx"} <= {b.key for b in at.get("download_button")}
    assert "Kabupaten Lombok Utara" in _texts(at)


def test_a_week_without_reports_shows_a_warning(fixture_db):
    at = _open("ID", "2023-12-01")
    assert not at.get("download_button")
    assert any("Tidak ada laporan stok Indonesia" in w.value for w in at.warning)
