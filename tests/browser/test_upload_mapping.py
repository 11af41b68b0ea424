"""The mapping step in a real browser: a file no shape fits, its columns picked by hand, the preview, Terapkan, the
mapping saved for the office, and next month's file read with it without a question.

Writes, so it runs against its own server and store (module scope).
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Iterator

import pytest
from browser_support import TIMEOUT_MS, assert_clean, full_screenshot, goto, grid_with, login, main, rerun_after
from conftest import ADMIN, ADMIN_PASSWORD, own_app
from playwright.sync_api import Page, expect

from dashboard import importer
from dashboard.store import Store
from tests.test_import_mapping import NOV, OKT


@pytest.fixture(scope="module")
def mapping_app(tmp_path_factory, shared_tab) -> Iterator[tuple[str, Store]]:
    with own_app(tmp_path_factory, shared_tab, "mapping") as app:
        yield app


def _upload(page: Page, name: str, data: bytes) -> None:
    rerun_after(page, lambda: page.get_by_test_id("stFileUploader").locator('input[type="file"]').set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": data}]))
    expect(main(page).get_by_role("heading", name="Pratinjau perubahan (belum disimpan)")).to_be_visible(
        timeout=TIMEOUT_MS)


def _pick(page: Page, label: str, option: str) -> None:
    box = main(page).get_by_role("combobox", name=label, exact=True)
    box.click()
    box.press_sequentially(option)  # typing filters the list (and opens it)
    rerun_after(page, page.get_by_role("option", name=option, exact=True).click)
    expect(box).to_have_value(option, timeout=TIMEOUT_MS)


def _status(page: Page, expected: list[tuple[str, str]]) -> None:
    """The counts table says expected (its grid is redrawn a moment after the rerun: read until it does)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while True:
        found = [(r["Berkas"], r["Status"]) for r in grid_with(page, "Status")]
        if found == expected or time.monotonic() > deadline:
            assert found == expected
            return
        page.wait_for_timeout(200)


def _rows(store: Store) -> list[tuple]:
    with store.reading() as cur:
        return cur.execute("select period_end, pemakaian, stok_akhir from stock_ledger where region_code = '52.08' "
                           "and period_end >= date '2026-10-01' order by period_end").fetchall()


def test_columns_picked_by_hand_are_previewed_applied_saved_and_reused(page, mapping_app, screenshot_dir):
    url, store = mapping_app
    goto(page, url, "unggah")
    login(page, ADMIN, ADMIN_PASSWORD)
    _upload(page, "okt.csv", OKT)
    _status(page, [("okt.csv", "Ditolak")])
    expect(main(page).get_by_role("heading", name="Bantu membaca okt.csv")).to_be_visible()
    _pick(page, "tanggal", "A: Urutan")
    _pick(page, "pemakaian (wajib)", "B: Diambil")
    _pick(page, "stok akhir (wajib)", "C: Tinggal")
    name = main(page).get_by_role("textbox", name="Simpan pemetaan ini dengan nama")
    name.fill("Buku KLU")
    name.press("Enter")
    full_screenshot(page, screenshot_dir / "unggah_pemetaan.png")
    rerun_after(page, main(page).get_by_role("button", name="Pakai pilihan ini").click)
    expect(main(page).get_by_test_id("stAlertContentSuccess")).to_contain_text("okt.csv")
    _status(page, [("okt.csv", "Diterima")])
    assert _rows(store) == []  # the preview wrote nothing

    rerun_after(page, main(page).get_by_role("button", name="Terapkan perubahan").click)
    expect(main(page).get_by_role("heading", name="Hasil unggahan")).to_be_visible()
    assert_clean(page)
    assert _rows(store) == [(dt.date(2026, 10, 1), 120, 880), (dt.date(2026, 10, 2), 100, 780)]
    assert [(m.name, m.columns) for m in importer.list_mappings(store, "")] == [
        ("Buku KLU", {"tanggal": 0, "pemakaian": 1, "stok_akhir": 2})]

    goto(page, url, "unggah")  # a new visit in the same browser keeps the login (issue 13's session cookie)
    _upload(page, "nov.csv", NOV)
    _status(page, [("nov.csv", "Diterima")])
    expect(main(page).get_by_text('Dibaca dengan pemetaan kolom "Buku KLU".')).to_be_visible()
    expect(main(page).get_by_role("heading", name="Bantu membaca nov.csv")).to_have_count(0)
    assert_clean(page)
