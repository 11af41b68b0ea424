"""Browser fixtures: Debian's chromium driven by Playwright against a real `streamlit run` on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from dashboard.store import Store

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
ADMIN, ADMIN_PASSWORD = "pusat", "Rahasia-Dukcapil-1"
sys.path.insert(0, str(ROOT / "tests"))


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # Under pytest-xdist every browser test runs on one worker (tests/conftest.py's scheduler), with one
            # set of servers and one chromium, while the other worker runs the rest.


@pytest.fixture(scope="session", autouse=True)
def _need_chromium():
    # A clear, loud skip (never silent) only when the browser truly is not installable here.
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip("Debian chromium tidak terpasang (apt-get install chromium); uji peramban dilewati")


@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {
        "executable_path": CHROMIUM,
        "headless": True,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }


DESKTOP = {"width": 1366, "height": 768}


@pytest.fixture(scope="session")
def browser_context_args():
    return {"viewport": DESKTOP, "locale": "id-ID", "accept_downloads": True}


class SharedTab:
    """One desktop tab in one context, used by every test that asks for `page` and by the servers' warm-ups.

    pytest-playwright's `page` opens a new context per test, and a new tab costs chromium a new renderer that parses
    Streamlit's scripts again: ~3 s of CPU against ~1,3 s for a navigation in an open tab, most of the browser tests'
    CPU. Each test still starts a new Streamlit session (goto is a full navigation); `fresh()` resets what a tab
    could carry over from the test before.
    """

    def __init__(self, browser, context_args: dict):
        self.context = browser.new_context(**context_args)
        self.visited: set[str] = set()  # origins the tab has been on (one per server)

    def tab(self):
        tabs = [tab for tab in self.context.pages if not tab.is_closed()]
        for extra in tabs[1:]:  # tabs a test opened
            extra.close()
        if tabs:
            return tabs[0]
        tab = self.context.new_page()
        tab.on("framenavigated", lambda frame: self.visited.add(_origin(frame.url)))
        return tab

    def fresh(self):
        """The tab with no cookies (the login session, the phone-layout cookie), no local storage on any server it
        visited (Streamlit keeps the sidebar's state there) and the desktop window size."""
        self.context.clear_cookies()
        tab = self.tab()
        cdp = self.context.new_cdp_session(tab)
        try:
            for origin in self.visited - {""}:
                cdp.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "local_storage"})
        finally:
            cdp.detach()
        tab.set_viewport_size(DESKTOP)
        return tab

    def close(self):
        self.context.close()


def _origin(url: str) -> str:
    """'http://127.0.0.1:8501' for any URL on that server; '' for about:blank and the like."""
    if not url.startswith(("http://", "https://")):
        return ""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}"


@pytest.fixture(scope="session")
def shared_tab(browser, browser_context_args) -> Iterator[SharedTab]:
    shared = SharedTab(browser, browser_context_args)
    yield shared
    shared.close()


@pytest.fixture
def page(shared_tab):
    """The shared desktop tab, reset (SharedTab.fresh): replaces pytest-playwright's page, a new context per test."""
    return shared_tab.fresh()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fixture_store_at(path: Path) -> Path:
    """The fixture data (AS_OF 2024-03-31) plus one admin account, written and closed so a server can take the file."""
    from fixture_store import build_fixture_store

    from dashboard.admin import auth

    store = Store.open(path, linger_seconds=0)
    build_fixture_store(store)
    auth.add_user(store, ADMIN, "admin", None, ADMIN_PASSWORD)
    store.close()
    return path


@contextmanager
def streamlit_server(store_path: Path, log_path: Path) -> Iterator[str]:
    """`streamlit run serve.py` (the app plus its session-cookie routes) on a free loopback port reading store_path;
    yields its URL, stops it afterwards."""
    port = _free_port()
    log = log_path.open("w")
    env = {**os.environ, "EKTP_DB": str(store_path), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "serve.py"),
         "--server.address", "127.0.0.1", "--server.port", str(port), "--server.headless", "true",
         "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.3)
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited early; see {log_path}")
        else:
            raise RuntimeError(f"streamlit did not become healthy in 60 s; see {log_path}")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def warm_up(tab, url: str) -> None:
    """Open the root URL once in tab (SharedTab.tab), so the server is in its steady state before the tests (and its
    caches are filled).

    Until some session has run st.navigation, Streamlit serves the app as an old pages/-folder app (the pages
    hand such runs to app.py through shell.route_through_app); test_cold_start.py covers that very first visit on
    a server nobody has warmed.
    """
    from browser_support import settle

    tab.goto(url + "/")
    settle(tab)
    tab.get_by_test_id("stSidebarNav").get_by_text("Ringkasan").wait_for()


@contextmanager
def own_app(tmp_path_factory, shared_tab: SharedTab, name: str) -> Iterator[tuple[str, Store]]:
    """A server of its own on a fresh copy of the fixture store (for tests that write): its URL, warmed up, and the
    store."""
    folder = tmp_path_factory.mktemp(name)
    path = fixture_store_at(folder / "ektp.duckdb")
    with streamlit_server(path, folder / "streamlit.log") as url:
        warm_up(shared_tab.tab(), url)
        yield url, Store.open(path, linger_seconds=0)


@pytest.fixture(scope="session")
def server_store(tmp_path_factory) -> Path:
    """The fixture store the shared server reads (nothing in the read-only tests changes its data)."""
    return fixture_store_at(tmp_path_factory.mktemp("browser") / "ektp.duckdb")


@pytest.fixture(scope="session")
def app_url(server_store, tmp_path_factory, shared_tab) -> Iterator[str]:
    """One warmed-up server for the whole session on the fixture store."""
    with streamlit_server(server_store, tmp_path_factory.mktemp("logs") / "streamlit.log") as url:
        warm_up(shared_tab.tab(), url)
        yield url


@pytest.fixture(scope="session")
def fixture_db(server_store) -> Store:
    """The shared server's store opened in the test process (reads only), to compute the expected numbers."""
    return Store.open(server_store, linger_seconds=0)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory, shared_tab) -> Iterator[str]:
    """A server of its own on a copy of the national demo store (every province and kab/kota, 24 months of daily
    reports; built once per test session, tests/store_templates.py): the scale officials see, for the speed figures,
    the province labels and the screenshots."""
    from tests.store_templates import copy_of

    folder = tmp_path_factory.mktemp("demo")
    copy_of("demo", folder / "ektp.duckdb").close()
    with streamlit_server(folder / "ektp.duckdb", folder / "streamlit.log") as url:
        warm_up(shared_tab.tab(), url)
        yield url
