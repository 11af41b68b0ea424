"""Jemput bola and the Cakupan drill-down in a real browser, on a server whose store holds Lombok Utara's DKB
kecamatan (tests/outreach_support.py): drawn without an error, the hand-computed plan on screen, screenshots saved."""

from __future__ import annotations

import pytest
from browser_support import (
    assert_clean,
    cut_tiles,
    full_screenshot,
    goto,
    grid_with,
    main,
    open_tab,
    tab_charts,
    tiles,
)
from conftest import streamlit_server, warm_up
from playwright.sync_api import expect

from dashboard.store import Store
from tests import outreach_support as lu

VIEW = {"wilayah": lu.KABKOTA, "per": "2024-03-31"}


@pytest.fixture(scope="module")
def outreach_url(tmp_path_factory, shared_tab):
    """A server of its own: the shared one reads the plain fixture store, which has no kecamatan."""
    path = tmp_path_factory.mktemp("jemput_bola") / "ektp.duckdb"
    store = Store.open(path, linger_seconds=0)
    lu.build_outreach_store(store)
    store.close()
    with streamlit_server(path, tmp_path_factory.mktemp("logs") / "streamlit.log") as url:
        warm_up(shared_tab.tab(), url)
        yield url


def test_jemput_bola_page(page, outreach_url, screenshot_dir):
    goto(page, outreach_url, "jemput_bola", **VIEW)
    expect(main(page).locator("h1").first).to_have_text("Jemput bola")
    assert_clean(page)
    shown = tiles(page)
    assert shown["Kekurangan ke target"] == "4.108 orang"
    assert shown["Hari kerja dibutuhkan"] == "42 hari kerja"
    assert shown["Blangko untuk jemput bola"] == "4.108 keping"
    assert not cut_tiles(page)
    open_tab(page, "Jadwal")  # the first tab, open from the start: the schedule, largest gap first
    rows = grid_with(page, "Kecamatan")
    assert [r["Kecamatan"] for r in rows] == ["Kayangan", "Bayan", "Gangga", "Tanjung", "Pemenang"]
    full_screenshot(page, screenshot_dir / "jemput_bola.png")
    assert tab_charts(page, "Kekurangan per wilayah") == 1  # the gap bars (pemula / backlog)
    notes = open_tab(page, "Pemula dan blangko")
    expect(notes.get_by_text("kurang 2.608 keping", exact=False).first).to_be_visible()
    assert_clean(page)


def test_cakupan_drill_down(page, outreach_url, screenshot_dir):
    goto(page, outreach_url, "cakupan", **VIEW)
    assert_clean(page)
    # A kab/kota opens on its kecamatan: that tab is chosen from the start and draws its bars and its table.
    expect(main(page).get_by_role("tab", name="Per kecamatan", exact=True)).to_have_attribute("aria-selected", "true")
    assert tab_charts(page, "Per kecamatan") == 1
    rows = grid_with(page, "Kecamatan")
    assert [r["Kecamatan"] for r in rows] == ["Kayangan", "Gangga", "Tanjung", "Bayan", "Pemenang"]
    full_screenshot(page, screenshot_dir / "cakupan_kecamatan.png")
    for tab in ("Per wilayah", "Tren", "PRR dan stok"):  # the kab/kota's dots, trend and PRR are drawn too
        assert tab_charts(page, tab) == 1, tab
    assert_clean(page)
