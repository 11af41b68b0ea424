"""App-wide pieces drawn around every page: the page list, demo data on first start, the DATA DEMO banner."""

from __future__ import annotations

import runpy
import threading
from pathlib import Path

import streamlit as st

from dashboard import paths
from dashboard.text import t
from dashboard.ui import state

ROOT = paths.ROOT
# (section text key, [(file, title key, icon)]); files written by other engineers appear once they exist.
PAGES = (
    ("nav.section.analisis", [
        ("pages/ringkasan.py", "nav.ringkasan", ":material/dashboard:"),
        ("pages/stok.py", "nav.stok", ":material/inventory_2:"),
        ("pages/laju.py", "nav.laju", ":material/trending_down:"),
        ("pages/rencana.py", "nav.rencana", ":material/local_shipping:"),
        ("pages/cakupan.py", "nav.cakupan", ":material/how_to_reg:"),
        ("pages/jemput_bola.py", "nav.jemput_bola", ":material/directions_car:"),
        ("pages/ribbon_film.py", "nav.ribbon_film", ":material/print:"),
    ]),
    ("nav.section.data", [
        ("pages/unggah.py", "nav.unggah", ":material/upload_file:"),
        ("pages/kualitas.py", "nav.kualitas", ":material/fact_check:"),
    ]),
    ("nav.section.laporan", [
        ("pages/briefing.py", "nav.briefing", ":material/picture_as_pdf:"),
    ]),
    ("nav.section.akun", [
        ("pages/masuk.py", "nav.masuk", ":material/login:"),
        ("pages/pengaturan.py", "nav.pengaturan", ":material/settings:"),
        ("pages/audit.py", "nav.audit", ":material/history:"),
    ]),
)


def route_through_app() -> None:
    """Let app.py route this run when Streamlit started a page file on its own (call first in every page).

    Streamlit treats a folder named pages/ beside the main script as an old-style (v1) multipage app until
    st.navigation has run once in the process: a first visit to /stok after a server start (and every AppTest
    run) then executes pages/stok.py alone, without the sections, the wide layout or the login gate. In that
    case this run is handed to app.py, whose st.navigation runs this page inside the app, and the bare run stops.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        runpy.run_path(str(ROOT / "app.py"))  # st.navigation inside clears the flag, so the page runs normally
        st.stop()


# Pages that do not show the sidebar's region (on a phone their region picker stays in the sidebar).
NO_REGION = frozenset({"unggah", "masuk", "pengaturan", "audit"})


def uses_region(page: st.Page) -> bool:
    """True for pages that show the selected region (every page but those of NO_REGION; new pages count)."""
    return str(getattr(page, "url_path", "") or "").strip("/") not in NO_REGION


def pages(root: Path = ROOT) -> dict[str, list[st.Page]]:
    """st.navigation input: every page file that exists, grouped in sections; Ringkasan is the start page."""
    out: dict[str, list[st.Page]] = {}
    for section, entries in PAGES:
        found = [st.Page(str(root / file), title=t(title), icon=icon, default=file.endswith("ringkasan.py"))
                 for file, title, icon in entries if (root / file).is_file()]
        if found:
            out[t(section)] = found
    return out


@st.cache_resource
def _build_lock() -> threading.Lock:
    # Two first visitors at once must not both build the demo.
    return threading.Lock()


def ensure_data() -> None:
    """On the very first start (an empty store) build the demo data, with a visible status message."""
    store = state.store()
    if not _store_empty():
        return
    try:
        from dashboard import demo
    except ImportError:
        return
    with _build_lock():
        if not store.is_empty():
            return
        with st.status(t("app.demo_building"), expanded=False) as status:
            # build_if_empty re-checks inside its write transaction (another process may have filled it).
            demo.build_if_empty(store)
            status.update(label=t("app.demo_built"), state="complete")


def _store_empty() -> bool:
    # Cached by data version: a page view does not count rows each time.
    return bool(state.cached(_is_empty))


def _is_empty(store) -> bool:
    return store.is_empty()


def is_demo() -> bool:
    """True when the store holds the generated demo data."""
    try:
        from dashboard import demo
    except ImportError:
        return False
    return bool(state.cached(demo.is_demo))


def demo_banner() -> None:
    """The DATA DEMO banner at the top of every page while demo data are shown."""
    if is_demo():
        st.warning(t("app.demo_banner"), icon=":material/science:")
