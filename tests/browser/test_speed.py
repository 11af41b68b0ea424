"""Speed in a real browser (issue 13): every analysis page is ready within twice the time of the Masuk page, both
measured in the same run, on the same server, in the same browser.

Ready: from page.goto() until the page's title heading is drawn, Streamlit says its script run has finished (no
running indicator), every chart on the page has drawn its marks and nothing is stale or a skeleton
(browser_support.settle).

The rule as implemented: every page is loaded ROUNDS (2) times, interleaved with Masuk (Masuk, Ringkasan, Stok, …,
then again), each load a fresh navigation (a new Streamlit session). A page's time is its best (fastest) of the 2,
and it must be at most max(2 × Masuk's best, Masuk's best + FLOOR_S): twice Masuk as the issue asks, with a floor
of 1,0 s so that a 0,3 s Masuk does not fail a 0,7 s page on timer noise. The first round runs on cold caches
(the first visit after a server start or an upload computes the figures); its times are reported beside the best.

Server: its own, on a national demo store (every province and kab/kota, 24 months of daily reports), in the shared
desktop tab at 1366×768 (browser/conftest.py SharedTab; each goto is a new Streamlit session).
Figures: test-artifacts/page-ready.json.
"""

from __future__ import annotations

import time

from browser_support import TIMEOUT_MS, assert_clean, main, record, settle
from playwright.sync_api import expect

ROUNDS = 2
FACTOR, FLOOR_S = 2.0, 1.0
MASUK = ("masuk", "Masuk")
PAGES = [("", "Ringkasan"), ("stok", "Stok"), ("laju", "Laju pemakaian"), ("rencana", "Rencana distribusi"),
         ("cakupan", "Cakupan perekaman"), ("jemput_bola", "Jemput bola"), ("ribbon_film", "Ribbon & film")]


def _ready(page, url: str, path: str, title: str) -> float:
    started = time.perf_counter()
    page.goto(f"{url}/{path}?wilayah=ID")
    expect(main(page).locator("h1").first).to_have_text(title, timeout=TIMEOUT_MS)
    settle(page)
    elapsed = time.perf_counter() - started
    assert_clean(page)
    return elapsed


def limit(masuk: float) -> float:
    """The most an analysis page may take, given Masuk's best time (the module docstring's rule)."""
    return max(FACTOR * masuk, masuk + FLOOR_S)


def test_the_rule_has_a_floor():
    assert limit(0.3) == 1.3 and limit(0.3) > 0.7  # a fast Masuk does not fail a 0,7 s page
    assert limit(2.0) == 4.0  # otherwise twice Masuk


def test_every_analysis_page_is_ready_within_twice_masuk(page, demo_url):
    loads: dict[str, list[float]] = {path or "ringkasan": [] for path, _ in [MASUK, *PAGES]}
    for _ in range(ROUNDS):
        for path, title in [MASUK, *PAGES]:
            loads[path or "ringkasan"].append(_ready(page, demo_url, path, title))
    best = {name: min(times) for name, times in loads.items()}
    allowed = limit(best["masuk"])
    figures = {
        "rule": f"best of {ROUNDS} loads <= max({FACTOR} x Masuk best, Masuk best + {FLOOR_S} s)",
        "viewport": "1366x768", "store": "national demo, 24 months",
        "masuk_best_s": round(best["masuk"], 2), "limit_s": round(allowed, 2),
        "pages": {name: {"best_s": round(best[name], 2), "first_s": round(times[0], 2),
                         "loads_s": [round(x, 2) for x in times], "vs_masuk": round(best[name] / best["masuk"], 2)}
                  for name, times in loads.items()},
    }
    record("page-ready", "demo-1366x768", figures)
    slow = {name: round(best[name], 2) for name in best if name != "masuk" and best[name] > allowed}
    assert not slow, f"slower than {allowed:.2f} s (Masuk {best['masuk']:.2f} s): {slow}"
