"""Playwright helpers for the Streamlit app: open a page and wait until it is drawn, read tiles, grids and charts."""

from __future__ import annotations

import fcntl
import json
import math
import re
import time
from pathlib import Path
from typing import Callable
from urllib.parse import urlencode

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

TIMEOUT_MS = 60_000
TAB_RUN_MS = 20_000  # how long a tab switch may take to start its run before the click is judged dropped
# Vega draws into an <svg class="marks"> (or a canvas); the chart's toolbar icons are svgs too, so the class counts.
CHARTS = '[data-testid="stVegaLiteChart"] canvas.marks, [data-testid="stVegaLiteChart"] svg.marks'
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'
NAV = ["Ringkasan", "Stok", "Laju pemakaian", "Rencana distribusi", "Cakupan perekaman", "Jemput bola", "Ribbon & film", "Unggah data", "Kualitas data",
       "Briefing mingguan", "Masuk", "Pengaturan", "Jejak audit"]


def settle(page: Page, timeout: float = TIMEOUT_MS) -> None:
    """Wait until the app is connected and its script run has finished, then for every chart to be drawn.

    The first load after a server start can be half-drawn for a few seconds (the script still running, charts
    still empty boxes), so nothing is read before this returns.
    """
    page.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=timeout)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
                 .every(c => c.querySelector('svg.marks, canvas.marks'))""", timeout=timeout)
    # Streamlit marks elements of the previous run as stale while a rerun is under way, and shows skeletons
    # for elements not yet delivered.
    page.wait_for_function(
        """() => !document.querySelector('[data-stale="true"], [data-testid="stMain"] [data-testid="stSkeleton"]')""",
        timeout=timeout)


def rerun_after(page: Page, action: Callable[[], object], started_within: float = TIMEOUT_MS) -> None:
    """Do action (a click, a pick, a file) and wait for the script run it causes to finish.

    Right after a click the app still says notRunning for a moment, so settle() alone could return before the
    rerun has even started: a MutationObserver notes the run starting, however short it is.
    """
    page.evaluate(
        """() => { window.__stRan = false;
                   const app = document.querySelector('[data-testid="stApp"]');
                   const seen = () => { window.__stRan = true; observer.disconnect(); };
                   const observer = new MutationObserver(records => {
                       if (records.some(r => r.oldValue === 'running')
                           || app.getAttribute('data-test-script-state') === 'running') seen(); });
                   observer.observe(app, {attributes: true, attributeOldValue: true,
                                          attributeFilter: ['data-test-script-state']}); }""")
    action()
    page.wait_for_function("() => window.__stRan === true", timeout=started_within)
    settle(page)


def goto(page: Page, base: str, path: str, **params: str) -> Page:
    """Open base/path?params and wait until it is drawn."""
    query = f"?{urlencode(params)}" if params else ""
    page.goto(f"{base}/{path}{query}")
    settle(page)
    return page


def login(page: Page, name: str, password: str) -> None:
    """Fill the page's login form (Masuk, or the form a gated page shows) and submit it."""
    form = page.get_by_test_id("stForm").filter(has=page.get_by_label("Nama pengguna"))
    form.get_by_label("Nama pengguna").fill(name)
    form.get_by_label("Kata sandi").fill(password)
    rerun_after(page, form.get_by_role("button", name="Masuk").click)
    expect(form).to_be_hidden(timeout=TIMEOUT_MS)  # the page reran past its gate (login_form calls st.rerun)
    settle(page)


def main(page: Page) -> Locator:
    return page.get_by_test_id("stMain")


def nav_links(page: Page) -> list[str]:
    """Page titles listed in the sidebar navigation, in order (icons dropped)."""
    links = page.get_by_test_id("stSidebarNav").get_by_test_id("stSidebarNavLink").all_inner_texts()
    return [text.split("\n")[-1].strip() for text in links]


def sidebar(page: Page) -> Locator:
    return page.get_by_test_id("stSidebar")


def assert_clean(page: Page) -> None:
    """No Streamlit exception box and no st.error anywhere on the page."""
    found = page.locator(ERRORS)
    texts = found.all_inner_texts()
    assert found.count() == 0, f"error on {page.url}: {texts}"


def captions(page: Page) -> list[str]:
    return [c.strip() for c in main(page).get_by_test_id("stCaptionContainer").all_inner_texts()]


def tiles(page: Page) -> dict[str, str]:
    """st.metric tiles as label -> value, the text as drawn (labels in full even when the tile cuts them)."""
    out = {}
    for metric in main(page).get_by_test_id("stMetric").all():
        label = metric.get_by_test_id("stMetricLabel").inner_text().strip()
        out[label] = metric.get_by_test_id("stMetricValue").inner_text().strip()
    return out


def cut_tiles(page: Page) -> list[str]:
    """Tile labels, values and notes the browser cuts off (drawn with an ellipsis: they do not fit their box)."""
    parts = '[data-testid="stMetricLabel"], [data-testid="stMetricValue"], [data-testid="stMetricDelta"]'
    return main(page).locator(parts).evaluate_all(
        """els => els.filter(e => [e, ...e.querySelectorAll('*')].some(x => x.scrollWidth > x.clientWidth + 1))
                    .map(e => e.innerText.trim())""")


def wait_for_charts(page: Page, at_least: int = 1) -> int:
    """How many charts the page draws once its script run is over (settle waits until each one is drawn); at least
    that many, else it fails at once rather than after a timeout: a chart in a tab that is not open is not drawn at
    all (tab_charts opens its tab first)."""
    expect(main(page).locator("h1").first).to_be_attached(timeout=TIMEOUT_MS)  # the page's run has begun
    settle(page)
    drawn = page.locator(CHARTS).count()
    tabs = main(page).get_by_role("tab").all_inner_texts()
    assert drawn >= at_least, f"{drawn} chart(s) drawn on {page.url}, at least {at_least} expected (tabs: {tabs})"
    return drawn


def chart_marks(page: Page) -> list[str]:
    """aria-labels of every drawn chart mark: Vega writes each tooltip there ('Wilayah: Kota Tarakan; Stok…')."""
    return page.locator('[data-testid="stVegaLiteChart"] [role="graphics-symbol"]').evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label') || '')")


_GRIDS = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stDataFrame"]')].map(t => ({
    headers: [...t.querySelectorAll('[role="columnheader"]')].map(h => h.innerText.trim()),
    rows: [...t.querySelectorAll('[role="row"]')]
        .map(r => [...r.querySelectorAll('[role="gridcell"]')].map(c => c.innerText.trim()))
        .filter(cells => cells.length)}))"""


def grid_with(page: Page, column: str) -> list[dict[str, str]]:
    """Rows of the first st.dataframe that has this column, from its accessibility grid (raw cell values, not
    the drawn formats).

    The grid draws on a canvas and lists only the cells in view, and fills that list a moment after the table
    appears: the table is scrolled into view and read once it lists its column and complete rows. Columns
    beyond its right edge are not listed, so anchor on the left-hand ones.
    """
    tables = main(page).get_by_test_id("stDataFrame")
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while True:
        for n in range(tables.count()):
            try:
                if tables.nth(n).is_visible():  # tables in a tab not chosen stay hidden
                    tables.nth(n).scroll_into_view_if_needed(timeout=5_000)
            except PlaywrightError:  # redrawn by a run in between (detached, not yet stable): the next round reads it
                continue
        for table in page.evaluate(_GRIDS):
            headers, rows = table["headers"], table["rows"]
            if column in headers and all(len(r) == len(headers) for r in rows):
                return [dict(zip(headers, r)) for r in rows]
        if time.monotonic() > deadline:
            raise AssertionError(f"no table with column {column!r} on {page.url}")
        page.wait_for_timeout(200)


def date_field(page: Page) -> str:
    """The sidebar's as-of date as shown ('15/03/2024')."""
    return re.sub(r"\s+", "", sidebar(page).get_by_test_id("stDateInputField").inner_text())


def selectbox(page: Page, label: str) -> Locator:
    """A sidebar selectbox's input (a combobox whose value is the chosen option's text)."""
    return sidebar(page).get_by_role("combobox", name=label, exact=True)


def choose(page: Page, label: str, option: str) -> None:
    """Pick an option of a sidebar selectbox by typing to filter it (long lists are virtualised), then settle."""
    box = selectbox(page, label)
    box.click()
    box.press_sequentially(option)
    rerun_after(page, page.get_by_role("option", name=option, exact=True).click)
    expect(box).to_have_value(option, timeout=TIMEOUT_MS)


def page_height(page: Page) -> int:
    """How tall the page's content is, in px (the main block's scroll height: Streamlit scrolls inside it)."""
    return int(page.evaluate("""() => document.querySelector('[data-testid="stMain"]').scrollHeight"""))


def record_height(path: Path, height: int) -> None:
    """Keep each screenshot's page height in test-artifacts/page-heights.json (the closing note's figures), keyed by
    its name under screenshots/ ('ringkasan', 'demo/demo-stok-390x844')."""
    shots = ARTIFACTS / "screenshots"
    key = path.with_suffix("").relative_to(shots).as_posix() if path.is_relative_to(shots) else path.stem
    record("page-heights", key, height)


def full_screenshot(page: Page, path: Path) -> int:
    """The whole page at the viewport's width: the viewport grows to the content height (Streamlit scrolls inside
    its main block, so Playwright's full_page alone stops at the window), then returns to its size. Returns the
    page's height in px (also kept in test-artifacts/page-heights.json)."""
    size = page.viewport_size
    main_height = page_height(page)
    # The sidebar counts only when it is open on screen (on a phone it is folded away, not beside the page).
    height = page.evaluate(
        """() => { const side = document.querySelector('[data-testid="stSidebar"]');
                   const box = side ? side.getBoundingClientRect() : null;
                   const open = box && box.width > 0 && box.right > 1;
                   return Math.max(...['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]',
                                       open ? '[data-testid="stSidebarContent"]' : null]
                       .filter(Boolean).map(s => document.querySelector(s)).filter(Boolean).map(e => e.scrollHeight),
                       document.documentElement.scrollHeight); }""")
    try:
        page.set_viewport_size({"width": size["width"], "height": max(size["height"], min(int(height), 12_000))})
        # Only the height changes: chart widths stay, and what grows (tables drawn on a canvas, the page's own
        # layout) is redrawn by the next frames; two animation frames have passed once this returns.
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        settle(page)
        page.screenshot(path=str(path), full_page=True, animations="disabled")
    finally:
        page.set_viewport_size(size)
    record_height(path, main_height)
    return main_height


def overflow(page: Page) -> dict[str, int]:
    """How far the page reaches past the window's right edge, in px (0 = no sideways scrolling): the document and
    Streamlit's main block (scrollable areas of their own, such as a table's grid, do not count)."""
    return page.evaluate(
        """() => {
            const main = document.querySelector('[data-testid="stMain"]');
            return {document: document.documentElement.scrollWidth - window.innerWidth,
                    main: main ? main.scrollWidth - main.clientWidth : 0,
                    body: document.body.scrollWidth - window.innerWidth};
        }""")


def scroll_top(page: Page) -> None:
    """Back to the top of the page (Streamlit scrolls inside its main block, not the document)."""
    page.evaluate("""() => { const main = document.querySelector('[data-testid="stMain"]');
                             if (main) { main.scrollTop = 0; } window.scrollTo(0, 0); }""")


def top_of(page: Page, selector: str) -> float | None:
    """getBoundingClientRect().top of the first element matching selector, in px from the window's top (None when
    there is none); read with the page scrolled to its top."""
    scroll_top(page)
    return page.evaluate("""s => { const e = document.querySelector(s);
                                   return e ? e.getBoundingClientRect().top : null; }""", selector)


_AXIS_LABELS = r"""(kind) => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stVegaLiteChart"]')]
    .filter(c => c.offsetParent !== null)
    .map(c => [...c.querySelectorAll('g.role-axis')]
        .filter(g => (g.getAttribute('aria-label') || '').startsWith(kind))
        .map(g => ({label: g.getAttribute('aria-label'),
                    texts: [...g.querySelectorAll('.role-axis-label text')]
                        .filter(t => t.textContent.trim() && t.getAttribute('opacity') !== '0')
                        .map(t => { const r = t.getBoundingClientRect();
                                    const turn = /rotate\(([-\d.]+)\)/.exec(t.getAttribute('transform') || '');
                                    return {text: t.textContent, left: r.left, right: r.right, top: r.top,
                                            bottom: r.bottom, angle: turn ? parseFloat(turn[1]) : 0,
                                            size: parseFloat(t.getAttribute('font-size')) || 11}; })})))"""


def axes(page: Page, kind: str) -> list[list[dict]]:
    """Per visible chart, its axes whose aria-label starts with kind ('X-axis' / 'Y-axis'): the axis' aria-label
    (Vega says 'for a time scale' / 'for a discrete scale') and its drawn labels with their boxes (labels Vega hid
    to avoid an overlap are drawn with opacity 0: left out)."""
    return page.evaluate(_AXIS_LABELS, kind)


def overlapping(labels: list[dict], slack: float = 3.0) -> list[tuple[str, str]]:
    """Pairs of drawn axis labels that run into each other. Level labels: their boxes overlap by more than `slack`
    px both ways (a box includes the line's leading). Slanted labels (an axis' labels share one angle): parallel
    lines, apart by their horizontal spacing × sin(angle), which must leave room for the font's height."""
    out = []
    ordered = sorted(labels, key=lambda x: x["right"])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if a["angle"]:
                gap = abs(b["right"] - a["right"]) * abs(math.sin(math.radians(a["angle"])))
                if gap < 0.8 * a["size"]:
                    out.append((a["text"], b["text"]))
            elif min(a["right"], b["right"]) - max(a["left"], b["left"]) > slack and \
                    min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > slack:
                out.append((a["text"], b["text"]))
    return out


def record(book: str, key: str, value: object) -> None:
    """Keep a figure in test-artifacts/<book>.json (the closing note's figures: positions, times, heights).

    Two test workers may write the same book at once (pytest -n 2): the read-modify-write holds a file lock.
    """
    path = ARTIFACTS / f"{book}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            figures = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            figures = {}
        figures[key] = value
        path.write_text(json.dumps(dict(sorted(figures.items())), indent=1, ensure_ascii=False), encoding="utf-8")


def open_tab(page: Page, name: str) -> Locator:
    """Choose a tab of the page by its whole label (tabs rerun the page: only the open one is drawn), wait until it
    is drawn, and return its panel."""
    tab = main(page).get_by_role("tab", name=name, exact=True)
    if tab.get_attribute("aria-selected", timeout=TIMEOUT_MS) != "true":
        try:
            rerun_after(page, tab.click, started_within=TAB_RUN_MS)
        except PlaywrightTimeoutError:
            # On a loaded machine a click that lands while the previous run is finishing can be dropped, so no run
            # starts: click again. If the tab did switch, its run was merely not seen: wait for the page to settle.
            if tab.get_attribute("aria-selected") == "true":
                settle(page)
            else:
                rerun_after(page, tab.click)
        expect(tab).to_have_attribute("aria-selected", "true", timeout=TIMEOUT_MS)
    panel = main(page).get_by_role("tabpanel", name=name, exact=True)
    expect(panel).to_be_visible(timeout=TIMEOUT_MS)
    return panel


def tab_charts(page: Page, name: str, at_least: int = 1) -> int:
    """Open a tab and count the charts drawn in it: at least that many, else it fails at once (open_tab has waited
    for the run the click caused to finish and for every chart to be drawn)."""
    panel = open_tab(page, name)
    drawn = panel.locator(CHARTS).count()
    assert drawn >= at_least, f"{drawn} chart(s) drawn in tab {name!r} on {page.url}, at least {at_least} expected"
    return drawn


def tile_notes(page: Page) -> dict[str, str]:
    """st.metric tiles as label -> the note under the value (its delta line; '' when none)."""
    out = {}
    for metric in main(page).get_by_test_id("stMetric").all():
        label = metric.get_by_test_id("stMetricLabel").inner_text().strip()
        note = metric.get_by_test_id("stMetricDelta")
        out[label] = note.inner_text().strip() if note.count() else ""
    return out


def grid_headers(page: Page) -> list[str]:
    """The column headers the first visible table draws, left to right (only those in view: the grid is virtual)."""
    table = next(t for t in main(page).get_by_test_id("stDataFrame").all() if t.is_visible())
    table.scroll_into_view_if_needed()
    headers = table.locator('[role="columnheader"]')
    expect(headers.first).to_be_attached(timeout=TIMEOUT_MS)
    return [h.strip() for h in headers.all_inner_texts()]
