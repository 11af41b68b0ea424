"""The first screen leads with action (issue 13): on Ringkasan the "Perlu tindakan" list starts within the first
screen of a 1366×768 desktop and within one and a half screens of a 390×844 phone, measured as
getBoundingClientRect().top of its heading and of its first row with the page scrolled to the top; each row names the
unit, its status, the short item and what to send from where (the redistribution plan: from a warehouse, or the
centre when the province cannot cover it), and nothing scrolls sideways. Checked on the fixture store and on a
national demo store (the DATA DEMO banner above the title, 100-odd units to act on); the positions are written to
test-artifacts/first-screen.json."""

from __future__ import annotations

import pytest
from browser_support import TIMEOUT_MS, assert_clean, goto, main, overflow, record, settle, top_of
from fixture_store import AS_OF
from playwright.sync_api import expect

from dashboard import regions

# name: (width, height, how many screens the list may start within, the row selector of that layout)
SIZES = {"desktop": (1366, 768, 1.0, ".ektp-actions tbody tr"), "phone": (390, 844, 1.5, ".ektp-cards .ektp-card")}
HEADING = "#perlu-tindakan"


def _ringkasan(page, url: str, size: str, **view: str):
    """Ringkasan in a window of that size (the tab comes without cookies, so the first visit decides the layout)."""
    width, height, _, _ = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    goto(page, url, "", wilayah="ID", **view)
    if size == "phone":  # the width probe reruns a first visit in the phone layout: measure that one
        expect(page.locator(".st-key-ektp_region_top")).to_be_visible(timeout=TIMEOUT_MS)
        settle(page)
    expect(main(page).locator("h1").first).to_have_text("Ringkasan")
    assert_clean(page)


def _measure(page, size: str, store: str) -> dict:
    width, height, screens, rows = SIZES[size]
    figures = {"heading_top": round(top_of(page, HEADING)), "first_row_top": round(top_of(page, rows)),
               "limit": round(height * screens), "viewport": f"{width}x{height}"}
    record("first-screen", f"{store}-{size}", figures)
    return figures


@pytest.mark.parametrize("size", SIZES)
def test_the_action_list_starts_on_the_first_screen(page, app_url, size):
    _ringkasan(page, app_url, size, per=AS_OF.isoformat())
    heading = page.locator(HEADING)
    expect(heading).to_have_text("Perlu tindakan (2 unit)")
    rows = page.locator(SIZES[size][3])
    expect(rows).to_have_count(2)
    figures = _measure(page, size, "fixture")
    assert figures["heading_top"] < figures["first_row_top"] < figures["limit"], figures
    # Which office, how bad, which item, and what to send from where (metrics.action_supply).
    empty, lombok = rows.nth(0).inner_text(), rows.nth(1).inner_text()
    for text in (regions.get("65.02").name, "Habis", "blangko habis sejak 19 Mar 2024", "stok blangko 0 < PRR 4.000",
                 "9.132 keping dari Gudang Provinsi Kalimantan Utara"):
        assert text in empty, (text, empty)
    for text in ("Kabupaten Lombok Utara", "Kritis", "blangko 1 hari", "89.813 keping: minta ke pusat"):
        assert text in lombok, (text, lombok)
    # Above the list: one row of headline tiles, units at risk first.
    labels = main(page).get_by_test_id("stMetricLabel").all_inner_texts()
    assert [label.strip() for label in labels[:3]] == ["Unit berisiko (habis + kritis)",
                                                        "Stok blangko gabungan (keping)",
                                                        "Usulan ke pusat (keping)"]
    assert overflow(page) == {"document": 0, "main": 0, "body": 0}


@pytest.mark.parametrize("size", SIZES)
def test_on_the_national_demo_store_too(page, demo_url, size):
    """A hundred units to act on and the DATA DEMO banner above the title: the list still starts on time, and the
    rows shown before 'show all' fit the screen's width."""
    _ringkasan(page, demo_url, size)  # the latest date
    expect(page.locator(HEADING)).to_contain_text("Perlu tindakan (")
    figures = _measure(page, size, "demo")
    assert figures["heading_top"] < figures["first_row_top"] < figures["limit"], figures
    assert page.locator(SIZES[size][3]).count() == (5 if size == "phone" else 10)
    assert overflow(page) == {"document": 0, "main": 0, "body": 0}
