"""The analysis pages at national scale (a demo store: 38 provinces, 514 kab/kota) at 1366×768 and 390×844, as an
official sees them: no page runs past three desktop screens with its first tab, none is wider than a phone, every
province is named where a chart lists provinces, time axes keep at least five readable dates on a phone, and a
phone shows the ranked lists instead of the tile map and the heat map. A full-page screenshot of each page (and of
each tab checked) is saved under test-artifacts/screenshots/demo/; heights in test-artifacts/page-heights.json."""

from __future__ import annotations

import pytest
from browser_support import (
    TIMEOUT_MS,
    assert_clean,
    axes,
    full_screenshot,
    goto,
    grid_headers,
    main,
    open_tab,
    overflow,
    overlapping,
    settle,
)
from playwright.sync_api import expect

from dashboard import regions

DESKTOP, PHONE = {"width": 1366, "height": 768}, {"width": 390, "height": 844}
MAX_DESKTOP = 3 * DESKTOP["height"]  # "no page past about three screens on a desktop by default"
PAGES = [("", "Ringkasan"), ("stok", "Stok"), ("laju", "Laju pemakaian"), ("rencana", "Rencana distribusi"),
         ("cakupan", "Cakupan perekaman"), ("jemput_bola", "Jemput bola"), ("ribbon_film", "Ribbon & film")]
PROVINCES = len(regions.provinces())


@pytest.fixture(scope="module")
def desktop(shared_tab):
    """The shared desktop tab (browser/conftest.py SharedTab), for the whole module."""
    return shared_tab.fresh()


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    yield context.new_page()
    context.close()


def _open(page, url: str, path: str, title: str) -> None:
    goto(page, url, path, wilayah="ID")
    if page.viewport_size["width"] <= 480:  # a first visit: the width probe reruns it in the phone layout
        expect(page.locator(".st-key-ektp_region_top")).to_be_visible(timeout=TIMEOUT_MS)
        settle(page)
    expect(main(page).locator("h1").first).to_have_text(title, timeout=TIMEOUT_MS)
    assert_clean(page)


def _shot(page, screenshot_dir, name: str) -> int:
    folder = screenshot_dir / "demo"
    folder.mkdir(exist_ok=True)
    size = page.viewport_size
    return full_screenshot(page, folder / f"demo-{name}-{size['width']}x{size['height']}.png")


def _province_axis(page) -> list[dict]:
    """The drawn labels of the visible chart whose y axis lists the provinces (38 values)."""
    for chart in axes(page, "Y-axis"):
        for axis in chart:
            if f"{PROVINCES} values" in axis["label"]:
                return axis["texts"]
    raise AssertionError(f"no chart lists the {PROVINCES} provinces on {page.url}")


def _every_province_named(page) -> None:
    labels = _province_axis(page)
    assert len(labels) == PROVINCES, [x["text"] for x in labels]
    assert not overlapping(labels)


def _time_axis_reads(page, at_least: int = 5) -> None:
    found = [axis["texts"] for chart in axes(page, "X-axis") for axis in chart if "time scale" in axis["label"]]
    assert found, f"no time axis on {page.url}"
    for labels in found:
        assert len(labels) >= at_least, [x["text"] for x in labels]
        assert not overlapping(labels), overlapping(labels)
        assert all(x["left"] >= 0 and x["right"] <= page.viewport_size["width"] for x in labels)


@pytest.mark.parametrize(("path", "title"), PAGES, ids=[p or "ringkasan" for p, _ in PAGES])
def test_desktop_page_is_short(desktop, demo_url, screenshot_dir, path, title):
    _open(desktop, demo_url, path, title)
    height = _shot(desktop, screenshot_dir, path or "ringkasan")
    assert height <= MAX_DESKTOP, (path, height)


@pytest.mark.parametrize(("path", "title"), PAGES, ids=[p or "ringkasan" for p, _ in PAGES])
def test_phone_page_fits_the_screen(phone, demo_url, screenshot_dir, path, title):
    _open(phone, demo_url, path, title)
    assert overflow(phone) == {"document": 0, "main": 0, "body": 0}, path
    _shot(phone, screenshot_dir, path or "ringkasan")


def test_stok_names_every_province_and_a_phone_ranks_them(desktop, phone, demo_url, screenshot_dir):
    _open(desktop, demo_url, "stok", "Stok")
    _every_province_named(desktop)  # the stock bars
    open_tab(desktop, "Peta unit berisiko")
    expect(main(desktop).get_by_role("tab", name="Unit berisiko per provinsi")).to_have_count(0)
    _open(phone, demo_url, "stok", "Stok")
    _every_province_named(phone)
    # A phone: no tile map and no heat map, but every province ranked by its units at risk, and units at risk per
    # month on a time axis.
    expect(main(phone).get_by_role("tab", name="Peta unit berisiko")).to_have_count(0)
    open_tab(phone, "Unit berisiko per provinsi")
    _every_province_named(phone)
    _shot(phone, screenshot_dir, "stok-unit-berisiko")
    open_tab(phone, "Stok dari waktu ke waktu")
    _time_axis_reads(phone)
    open_tab(phone, "Unit berisiko per bulan")
    months = [axis["texts"] for chart in axes(phone, "X-axis") for axis in chart if "12 values" in axis["label"]]
    assert len(months) == 1 and len(months[0]) == 12 and not overlapping(months[0])  # every month named
    assert overflow(phone) == {"document": 0, "main": 0, "body": 0}


@pytest.mark.parametrize("page_name", ["desktop", "phone"])
def test_laju_names_every_province_and_keeps_its_dates(request, demo_url, screenshot_dir, page_name):
    page = request.getfixturevalue(page_name)
    _open(page, demo_url, "laju", "Laju pemakaian")
    _time_axis_reads(page)  # use per week over the year
    open_tab(page, "Stok cukup per wilayah")
    _every_province_named(page)
    _shot(page, screenshot_dir, "laju-stok-cukup")
    open_tab(page, "Perkiraan habis")
    _time_axis_reads(page)  # the stock-out timeline (one label only on a phone before)
    _shot(page, screenshot_dir, "laju-perkiraan-habis")
    assert overflow(page) == {"document": 0, "main": 0, "body": 0}


def test_phone_tables_keep_the_name_and_the_numbers_in_view(phone, demo_url):
    _open(phone, demo_url, "stok", "Stok")
    headers = grid_headers(phone)
    assert headers[0] == "Wilayah" and "Kode" not in headers, headers
    assert headers[:2] == ["Wilayah", "Unit berisiko (habis + kritis)"], headers  # the figure beside the name
