"""Pages on a phone (390×844, chosen by the width alone: the browser says it is a desktop Chrome): the layout
switches to the phone layout, the region is shown and changeable at the top, no page is wider than the screen, and
a full-page screenshot of each is saved (test-artifacts/screenshots/<page>-390x844.png, heights in
test-artifacts/page-heights.json); the analysis pages get the same checks at national scale in test_demo_pages.py.
One browser context for the whole module, on the session's shared server."""

from __future__ import annotations

import pytest
from browser_support import (
    TIMEOUT_MS,
    assert_clean,
    full_screenshot,
    goto,
    login,
    main,
    overflow,
    rerun_after,
    settle,
)
from conftest import ADMIN, ADMIN_PASSWORD
from fixture_store import AS_OF
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}
VIEW = {"wilayah": "ID", "per": AS_OF.isoformat()}
# (path, title): the pages test_demo_pages.py does not open on a phone (it opens the analysis pages, at national
# scale), the gated ones last (one login serves them all: the session cookie keeps it).
PAGES = [("kualitas", "Kualitas data"), ("briefing", "Briefing mingguan"), ("masuk", "Masuk"),
         ("unggah", "Unggah data"), ("pengaturan", "Pengaturan"), ("audit", "Jejak audit")]
REGION_PAGES = {"kualitas", "briefing"}


@pytest.fixture(scope="module")
def phone(browser, app_url):
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    page = context.new_page()
    yield page
    context.close()


def test_the_width_alone_switches_to_the_phone_layout(phone, app_url):
    """A first visit (no layout cookie, a desktop user agent): the probe reports 390 px and the page redraws with
    the region line at the top; the answer is kept in a cookie so later pages start in the phone layout."""
    goto(phone, app_url, "", **VIEW)
    top = phone.locator(".st-key-ektp_region_top")
    expect(top).to_be_visible(timeout=TIMEOUT_MS)
    settle(phone)
    expect(top).to_contain_text("Wilayah: Seluruh Indonesia · per 31 Mar 2024")
    assert {c["name"]: c["value"] for c in phone.context.cookies()}.get("ektp_layar") == "hp"


def test_the_region_is_changed_at_the_top(phone, app_url):
    goto(phone, app_url, "", **VIEW)
    settle(phone)  # the width probe may rerun the page once: pick only on the settled page
    top = phone.locator(".st-key-ektp_region_top")
    top.get_by_text("Ganti wilayah atau tanggal").click()
    box = top.get_by_role("combobox", name="Provinsi", exact=True)
    expect(box).to_be_visible()
    option = phone.get_by_role("option", name="Kalimantan Utara (65)", exact=True)
    for _ in range(3):  # a rerun landing while the list is open closes it: open it again
        box.click()
        box.press_sequentially("Kalimantan Utara")
        try:
            option.click(timeout=TIMEOUT_MS / 3)
            break
        except PlaywrightTimeout:
            settle(phone)
            box.fill("")
    expect(top).to_contain_text("Wilayah: Kalimantan Utara · per 31 Mar 2024", timeout=TIMEOUT_MS)
    settle(phone)
    expect(main(phone).get_by_text("Kalimantan Utara · per 31 Mar 2024", exact=True)).to_be_visible()


@pytest.mark.parametrize(("path", "title"), PAGES, ids=[p or "ringkasan" for p, _ in PAGES])
def test_page_fits_the_phone_screen(phone, app_url, screenshot_dir, path, title):
    goto(phone, app_url, path, **VIEW)
    if path in ("unggah", "pengaturan", "audit") and phone.get_by_test_id("stForm").get_by_label(
            "Nama pengguna").count():
        login(phone, ADMIN, ADMIN_PASSWORD)
    expect(main(phone).locator("h1").first).to_have_text(title, timeout=TIMEOUT_MS)
    assert_clean(phone)
    # The phone layout follows the width the browser reports, one run after the first: wait for it, not a snapshot.
    expect(phone.locator(".st-key-ektp_region_top")).to_have_count(1 if path in REGION_PAGES else 0,
                                                                  timeout=TIMEOUT_MS)
    settle(phone)
    assert overflow(phone) == {"document": 0, "main": 0, "body": 0}, path or "ringkasan"
    full_screenshot(phone, screenshot_dir / f"{path or 'ringkasan'}-390x844.png")
    assert overflow(phone) == {"document": 0, "main": 0, "body": 0}, path or "ringkasan"


def test_no_english_menu_and_an_indonesian_uploader(phone, app_url):
    goto(phone, app_url, "unggah", **VIEW)
    if phone.get_by_test_id("stForm").get_by_label("Nama pengguna").count():
        login(phone, ADMIN, ADMIN_PASSWORD)
    expect(phone.get_by_test_id("stFileUploader")).to_be_visible()
    assert phone.get_by_test_id("stMainMenu").count() == 0  # the ⋮ menu ("Print", "Record screen") is hidden
    expect(phone.get_by_test_id("stFileUploaderDropzoneInstructions")).to_be_hidden()  # "200MB per file"
    button = phone.get_by_test_id("stFileUploaderDropzone").locator('button[kind="secondary"]')
    assert "Upload" not in button.inner_text()  # the English word is not drawn
    expect(button).to_have_accessible_name("Pilih berkas")  # and screen readers say the Indonesian one
    label = button.locator("[data-has-shortcut]").evaluate("b => getComputedStyle(b, '::after').content")
    assert label == '"Pilih berkas"'
    # A picked file: its name shows, its English size ("134.0B") does not.
    data = b"tanggal,kode_wilayah,jenis,stok_awal,penerimaan,distribusi,pemakaian,rusak,stok_akhir\n"
    rerun_after(phone, lambda: phone.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": "stok.csv", "mimeType": "text/csv", "buffer": data}]))
    chip = phone.get_by_test_id("stFileChip")
    expect(chip.get_by_test_id("stFileChipName")).to_have_text("stok.csv")
    assert "B" not in chip.inner_text().replace("stok.csv", "")
    expect(main(phone).get_by_text("paling besar 20 MB dan 200.000 baris per berkas", exact=False)).to_be_visible()


def test_widening_the_window_returns_to_the_wide_layout(phone, app_url):
    """Rotating a tablet or widening the window: the probe reports the new width and the pickers go back to the
    sidebar (last in this module: it leaves the context wide)."""
    goto(phone, app_url, "", **VIEW)
    expect(phone.locator(".st-key-ektp_region_top")).to_be_visible()
    phone.set_viewport_size({"width": 1366, "height": 768})
    expect(phone.locator(".st-key-ektp_region_top")).to_have_count(0, timeout=TIMEOUT_MS)
    settle(phone)
    expect(phone.get_by_test_id("stSidebar").get_by_role("combobox", name="Provinsi", exact=True)).to_be_visible()
