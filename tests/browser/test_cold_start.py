"""A shared link opened as the very first visit after a server start must still run app.py (page list, login gate).

Streamlit keeps one process-wide flag, set at start because a pages/ folder sits next to app.py: until some
session has run st.navigation, every session is served as an old pages/-folder app, and a deep link such as /stok
runs pages/stok.py on its own, without app.py: no page list in sections, no wide layout, no DATA DEMO banner and no
browse-login gate. Every page therefore starts with shell.route_through_app(); these tests hold it to that on a
server nobody has visited yet (the shared session server is warmed up through '/', so it cannot see this).
"""

from __future__ import annotations

from typing import Iterator

import pytest
from browser_support import NAV, goto, main, nav_links
from conftest import fixture_store_at, streamlit_server
from fixture_store import AS_OF
from playwright.sync_api import expect

from dashboard.store import Store, save_settings


@pytest.fixture(scope="module")
def cold_app(tmp_path_factory) -> Iterator[str]:
    """A server nobody has visited yet, whose settings require a login to see any data."""
    folder = tmp_path_factory.mktemp("cold")
    path = fixture_store_at(folder / "ektp.duckdb")
    store = Store.open(path, linger_seconds=0)
    save_settings(store, {"browse_requires_login": True})
    store.close()
    with streamlit_server(path, folder / "streamlit.log") as url:
        yield url


def test_first_visit_by_deep_link_runs_the_app(page, cold_app):
    # One test: whatever runs first on this server decides its mode, so only one visit can be the first.
    goto(page, cold_app, "stok", wilayah="65", per=AS_OF.isoformat())
    assert page.title() == "Stok Blangko KTP-el"  # app.py's set_page_config ran
    assert nav_links(page) == NAV  # the sections of st.navigation, not the pages/ file names
    expect(page.get_by_test_id("stForm").get_by_label("Nama pengguna")).to_be_visible()  # the browse gate
    assert not main(page).locator("h1").count() and not page.get_by_test_id("stVegaLiteChart").count()


def test_after_a_root_visit_deep_links_ask_for_login(page, cold_app):
    goto(page, cold_app, "")
    goto(page, cold_app, "stok", wilayah="65", per=AS_OF.isoformat())
    expect(page.get_by_test_id("stForm").get_by_label("Nama pengguna")).to_be_visible()
    assert not main(page).get_by_test_id("stVegaLiteChart").count()
    assert nav_links(page) == NAV
