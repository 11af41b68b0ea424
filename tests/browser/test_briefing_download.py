"""The briefing page's download buttons hand the browser a real PDF and a real Excel workbook of the chosen view."""

from __future__ import annotations

import io
import zipfile

from browser_support import TIMEOUT_MS, assert_clean, goto
from fixture_store import AS_OF
from pypdf import PdfReader

from dashboard import fmt, metrics


def _download(page, label: str) -> tuple[str, bytes]:
    button = page.get_by_test_id("stDownloadButton").filter(has_text=label).get_by_role("button")
    with page.expect_download(timeout=TIMEOUT_MS) as info:
        button.click()
    download = info.value
    return download.suggested_filename, download.path().read_bytes()


def test_pdf_download(page, app_url, fixture_db):
    goto(page, app_url, "briefing", wilayah="65", per=AS_OF.isoformat())
    assert_clean(page)
    name, data = _download(page, "Unduh PDF")
    assert data.startswith(b"%PDF")
    assert name.endswith(".pdf") and "65" in name and AS_OF.isoformat() in name
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    report = metrics.region_report(fixture_db, "65", AS_OF)
    assert "Kalimantan Utara" in text
    assert fmt.number(report["stock"]) in text and fmt.number(report["stock"]) == "36.628"
    assert_clean(page)  # the click only downloads (on_click="ignore"): the page is still there, unchanged


def test_excel_download(page, app_url):
    goto(page, app_url, "briefing", wilayah="65", per=AS_OF.isoformat())
    name, data = _download(page, "Unduh Excel")
    assert name.endswith(".xlsx")
    assert data.startswith(b"PK")
    assert "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
