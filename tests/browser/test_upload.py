"""Upload through the real file input: preview, Terapkan, the new data on the Stok page; a bad file changes nothing.

These tests write, so they run against their own server and store (module scope); the shared server keeps the
fixture's numbers for every other test.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator

import pytest
from browser_support import (
    TIMEOUT_MS,
    assert_clean,
    captions,
    chart_marks,
    choose,
    full_screenshot,
    goto,
    grid_with,
    login,
    main,
    rerun_after,
    wait_for_charts,
)
from conftest import ADMIN, ADMIN_PASSWORD, own_app
from fixture_store import AS_OF
from playwright.sync_api import expect

from dashboard import fmt, metrics
from dashboard.importer import apply as ingest
from dashboard.importer import uploads
from dashboard.store import Store

HEADER = "tanggal,kode_wilayah,jenis,stok_awal,penerimaan,distribusi,pemakaian,rusak,stok_akhir\n"
# Against the fixture (52.08 uses 1,000 a day, closing 1,500 on 31 Mar): 31 Mar re-sent as it is, then two April
# days with a delivery of 5,000: closing 4,500 on 2 Apr.
GOOD = (HEADER
        + "2024-03-31,52.08,blangko,2500,0,0,1000,0,1500\n"
        + "2024-04-01,52.08,blangko,1500,5000,0,1000,0,5500\n"
        + "2024-04-02,52.08,blangko,5500,0,0,1000,0,4500\n").encode()
BAD = (HEADER
       + "2024-04-01,52.08,blangko,1500,5000,0,1000,0,5500\n"
       + "2024-04-02,52.08,blangko,5500,0,0,seribu,0,4500\n").encode()
NEW_DAY = dt.date(2024, 4, 2)


@pytest.fixture(scope="module")
def upload_app(tmp_path_factory, shared_tab) -> Iterator[tuple[str, Store]]:
    with own_app(tmp_path_factory, shared_tab, "upload") as app:
        yield app


def _file_input(page):
    return page.get_by_test_id("stFileUploader").locator('input[type="file"]')


def _upload(page, name: str, data: bytes) -> None:
    rerun_after(page, lambda: _file_input(page).set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": data}]))
    expect(main(page).get_by_role("heading", name="Pratinjau perubahan (belum disimpan)")).to_be_visible(
        timeout=TIMEOUT_MS)


def _logged_in_upload_page(page, url: str) -> None:
    goto(page, url, "unggah")
    login(page, ADMIN, ADMIN_PASSWORD)  # require_uploader() shows the login form in place of the page
    expect(main(page).locator("h1").first).to_have_text("Unggah data")


def test_good_file_preview_apply_and_the_stok_page_shows_it(page, upload_app, browser, screenshot_dir):
    url, store = upload_app
    before_version = store.data_version()
    before = metrics.region_report(store, "52.08")
    assert (before["as_of"], before["stock"]) == (AS_OF, 1500)
    _logged_in_upload_page(page, url)

    _upload(page, "stok_klu.csv", GOOD)
    assert_clean(page)
    counts = grid_with(page, "Berkas")
    assert [(r["Berkas"], r["Status"]) for r in counts] == [("stok_klu.csv", "Diterima")]
    expect(main(page).get_by_test_id("stAlertContentSuccess")).to_contain_text("stok_klu.csv")
    assert store.data_version() == before_version  # the preview wrote nothing
    full_screenshot(page, screenshot_dir / "unggah_pratinjau.png")

    rerun_after(page, main(page).get_by_role("button", name="Terapkan perubahan").click)
    expect(main(page).get_by_role("heading", name="Hasil unggahan")).to_be_visible()
    assert_clean(page)
    assert store.data_version() != before_version
    main(page).get_by_text("Riwayat unggahan").click()  # the history is collapsed (issue 13: shorter pages)
    history = grid_with(page, "Pengunggah")
    assert (history[0]["Berkas"], history[0]["Pengunggah"]) == ("stok_klu.csv", ADMIN)
    assert uploads.upload_history(store)["file_name"][0] == "stok_klu.csv"
    full_screenshot(page, screenshot_dir / "unggah_hasil.png")

    after = metrics.region_report(store, "52.08")
    assert (after["as_of"], after["stock"]) == (NEW_DAY, 4500)
    # A fresh visit to the Stok page (defaults to the newest date) shows the new day and the new stock.
    fresh = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID").new_page()
    try:
        goto(fresh, url, "stok", wilayah="52.08")
        assert_clean(fresh)
        assert "Kabupaten Lombok Utara · per 2 Apr 2024" in captions(fresh)
        wait_for_charts(fresh)  # the bars per unit (the other views wait in their tabs)
        shown = [m for m in chart_marks(fresh) if "Wilayah: Kabupaten Lombok Utara;" in m and "Stok (keping)" in m]
        assert shown and all(f"Stok (keping): {fmt.number(after['stock'])};" in m for m in shown[:1])
        assert fmt.number(after["stock"]) == "4.500" != fmt.number(before["stock"])
        full_screenshot(fresh, screenshot_dir / "stok_setelah_unggah.png")
    finally:
        fresh.context.close()


def test_uploader_session_follows_the_new_newest_date(page, upload_app):
    url, store = upload_app
    newest = metrics.latest_as_of(store)
    day = newest + dt.timedelta(days=1)
    closing = metrics.region_report(store, "52.08")["stock"]
    row = f"{day.isoformat()},52.08,blangko,{closing},0,0,1000,0,{closing - 1000}\n"
    _logged_in_upload_page(page, url)
    _upload(page, "stok_klu_besok.csv", (HEADER + row).encode())
    rerun_after(page, main(page).get_by_role("button", name="Terapkan perubahan").click)
    expect(main(page).get_by_role("heading", name="Hasil unggahan")).to_be_visible()
    assert metrics.latest_as_of(store) == day
    # The uploader moves to Stok and picks the region they just reported for.
    rerun_after(page, page.get_by_test_id("stSidebarNav").get_by_role("link", name="Stok").click)
    choose(page, "Provinsi", "Nusa Tenggara Barat (52)")
    choose(page, "Kabupaten/kota", "Kabupaten Lombok Utara (52.08)")
    assert f"Kabupaten Lombok Utara · per {fmt.date(day)}" in captions(page), captions(page)


def test_bad_file_names_row_column_value_and_changes_nothing(page, upload_app):
    url, store = upload_app
    before_version, before_uploads = store.data_version(), uploads.upload_history(store).height
    expected = ingest.plan_files(store, [("stok_rusak.csv", BAD)])[0].problems[0]
    _logged_in_upload_page(page, url)

    _upload(page, "stok_rusak.csv", BAD)
    assert not page.get_by_test_id("stException").count()
    assert [(r["Berkas"], r["Status"]) for r in grid_with(page, "Berkas")] == [("stok_rusak.csv", "Ditolak")]
    # The refusal is an st.error naming the file; the table below names file, row, column and value.
    expect(main(page).get_by_test_id("stAlertContentError")).to_contain_text("stok_rusak.csv")
    problem = grid_with(page, "Keterangan")[0]
    assert (problem["Berkas"], problem["Baris ke"], problem["Kolom"], problem["Nilai"]) == \
        (expected.file, str(expected.row), expected.column, str(expected.value))
    assert (problem["Nilai"], problem["Baris ke"]) == ("seribu", "3") and "pemakaian" in problem["Kolom"].lower()
    expect(main(page).get_by_role("button", name="Terapkan perubahan")).to_be_disabled()
    assert store.data_version() == before_version
    assert uploads.upload_history(store).height == before_uploads
