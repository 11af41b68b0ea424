"""Which screen the app is drawn for: phone (≤ 480 px wide) or wider, chosen by the browser window's width.

CSS (screen.css, injected once a run) does what CSS can: stacked columns, smaller titles and tiles, wrapped text.
What needs different content (the region picker at the top, action cards, ranked lists instead of maps) asks
is_phone(). The width comes from a tiny browser probe (st.components.v2): it reports whether the window is at most
PHONE_MAX px wide, and reruns the page only when that answer changes (a first visit on a phone, a rotated
tablet). It also stores the answer in a cookie (ektp_layar), so a reload starts with the right layout at once.
The probe also carries the session-cookie commands of dashboard.ui.session_cookie (set after login, clear after
logout): they need script in the page, and one element does both.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import streamlit as st

PHONE_MAX = 480
COOKIE = "ektp_layar"
PROBE_KEY = "ektp_probe"
_PHONE = "_layout_phone"  # this session's answer (set by the probe's callback before the rerun it causes)
_CSS = Path(__file__).with_name("screen.css")

_JS = """
export default function(component) {
    const { data, setStateValue } = component;
    const report = () => {
        const phone = window.innerWidth <= data.max;
        document.cookie = `${data.cookie}=${phone ? "hp" : "lebar"}; path=/; max-age=31536000; samesite=lax`;
        if (phone !== data.phone) { setStateValue("phone", phone); }
    };
    report();
    if (!window.__ektpResize) {
        window.__ektpResize = true;
        let timer = null;
        window.addEventListener("resize", () => {
            clearTimeout(timer);
            timer = setTimeout(() => window.__ektpReport && window.__ektpReport(), 300);
        });
    }
    window.__ektpReport = report;
    // Session cookie commands: each one is sent once (the page reruns with the same data many times).
    window.__ektpSent = window.__ektpSent || {};
    for (const command of data.commands || []) {
        if (window.__ektpSent[command.id]) { continue; }
        window.__ektpSent[command.id] = true;
        fetch(command.url, { method: "POST", credentials: "same-origin", cache: "no-store",
                             headers: { "Content-Type": "text/plain" }, body: command.body || "" })
            .catch(() => {});
    }
}
"""


@functools.lru_cache(maxsize=1)
def _css() -> str:
    return _CSS.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _probe():
    # Registered on first use, not at import (no work at import time); AppTest runtimes re-register by name.
    return st.components.v2.component(PROBE_KEY, js=_JS)


def _guess() -> bool:
    """Before the probe has spoken: the cookie of an earlier visit, else a phone's user agent, else wide."""
    try:
        cookie = st.context.cookies.get(COOKIE)
        if cookie in ("hp", "lebar"):
            return cookie == "hp"
        agent = st.context.headers.get("User-Agent") or ""
    except Exception:  # no browser behind this run (AppTest, bare mode)
        return False
    return "Mobi" in agent  # phones say "Mobile" (Android, iPhone); tablets do not


def is_phone() -> bool:
    """True when this browser window is at most PHONE_MAX px wide (as last reported by the probe)."""
    if _PHONE not in st.session_state:
        st.session_state[_PHONE] = _guess()
    return bool(st.session_state[_PHONE])


def set_phone(value: bool) -> None:
    """Force the layout (tests, and a switch a user might get later)."""
    st.session_state[_PHONE] = bool(value)


def _on_change() -> None:
    state = st.session_state.get(PROBE_KEY)
    value = state.get("phone") if isinstance(state, dict) or hasattr(state, "get") else None
    if isinstance(value, bool):
        st.session_state[_PHONE] = value


def start(commands: list[dict[str, Any]] | None = None) -> None:
    """Call once a run, first thing in app.py: the CSS, then the probe (invisible; a script element)."""
    st.html(f"<style>{_css()}</style>")
    phone = is_phone()
    try:
        _probe()(key=PROBE_KEY, data={"max": PHONE_MAX, "phone": phone, "cookie": COOKIE,
                                      "commands": list(commands or [])},
                 default={"phone": phone}, on_phone_change=_on_change, height=0)
    except Exception:  # a probe that cannot mount leaves the wide layout, never a broken page
        return
