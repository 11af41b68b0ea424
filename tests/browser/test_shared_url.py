"""Sidebar region and date live in the URL (?wilayah=&per=): a shared link restores the view, a pick updates it."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlparse

from browser_support import (
    assert_clean,
    captions,
    chart_marks,
    choose,
    date_field,
    full_screenshot,
    goto,
    selectbox,
    settle,
    wait_for_charts,
)
from playwright.sync_api import expect

from dashboard import fmt, metrics

PER = dt.date(2024, 3, 15)


def _query(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def _wait_query(page, **wanted: str) -> None:
    page.wait_for_function(
        """wanted => { const q = new URLSearchParams(location.search);
                       return Object.entries(wanted).every(([k, v]) => q.get(k) === v); }""", arg=wanted)


def test_shared_link_restores_region_and_date(page, app_url, fixture_db, screenshot_dir):
    goto(page, app_url, "stok", wilayah="65.71", per=PER.isoformat())
    assert_clean(page)
    expect(selectbox(page, "Provinsi")).to_have_value("Kalimantan Utara (65)")
    expect(selectbox(page, "Kabupaten/kota")).to_have_value("Kota Tarakan (65.71)")
    assert date_field(page) == "15/03/2024"
    assert "Kota Tarakan · per 15 Mar 2024" in captions(page)
    # The page shows Tarakan on 15 March (12,000 − 50 a day for 75 days = 8,250), equal to metrics'.
    report = metrics.region_report(fixture_db, "65.71", PER)
    wait_for_charts(page)  # the bars per unit (the other views wait in their tabs)
    assert any("Wilayah: Kota Tarakan;" in m and f"Stok (keping): {fmt.number(report['stock'])};" in m
               for m in chart_marks(page))
    assert fmt.number(report["stock"]) == "8.250"
    assert _query(page) == {"wilayah": "65.71", "per": "2024-03-15"}
    full_screenshot(page, screenshot_dir / "stok_65.71_2024-03-15.png")


def test_picking_a_region_updates_the_url_and_the_link_reopens_it(page, app_url, browser):
    goto(page, app_url, "stok", wilayah="65.71", per=PER.isoformat())
    choose(page, "Kabupaten/kota", "Kabupaten Bulungan (65.01)")
    _wait_query(page, wilayah="65.01", per="2024-03-15")
    assert "Kabupaten Bulungan · per 15 Mar 2024" in captions(page)
    choose(page, "Provinsi", "Nusa Tenggara Barat (52)")
    _wait_query(page, wilayah="52", per="2024-03-15")
    expect(selectbox(page, "Kabupaten/kota")).to_have_value("Seluruh provinsi")
    assert "Nusa Tenggara Barat · per 15 Mar 2024" in captions(page)
    assert_clean(page)
    # The address bar is the link an official would share: a fresh browser session opens the same view.
    shared = page.url
    other = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID")
    try:
        fresh = other.new_page()
        fresh.goto(shared)
        settle(fresh)
        assert "Nusa Tenggara Barat · per 15 Mar 2024" in captions(fresh)
        expect(selectbox(fresh, "Provinsi")).to_have_value("Nusa Tenggara Barat (52)")
        assert date_field(fresh) == "15/03/2024"
    finally:
        other.close()


def test_bad_link_values_fall_back_with_a_warning(page, app_url):
    goto(page, app_url, "stok", wilayah="99.99", per="2030-01-01")
    assert_clean(page)
    assert "Indonesia · per 31 Mar 2024" in captions(page)
    warnings = page.get_by_test_id("stSidebar").get_by_test_id("stAlertContentWarning")
    expect(warnings).to_have_count(2)
    _wait_query(page, wilayah="ID", per="2024-03-31")
