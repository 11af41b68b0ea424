"""Login sessions kept on the server (issue 13): a signed cookie finds its session again after a reload, within its
validity; logout ends the session on the server so the same cookie logs nobody in; the store never holds the token."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.admin import auth, sessions
from dashboard.ui import auth as ui_auth
from tests.page_support import open_page

SECRET = "geheim-uji"
NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)


def test_a_session_is_found_until_it_ends_or_expires(store):
    token, kept = sessions.start(store, "pusat", hours=8, now=NOW)
    assert sessions.lookup(store, token, now=NOW + dt.timedelta(hours=7)).username == "pusat"
    assert sessions.lookup(store, token, now=NOW + dt.timedelta(hours=8, seconds=1)) is None  # expired
    assert sessions.lookup(store, "a" + token, now=NOW) is None
    sessions.end(store, token, now=NOW + dt.timedelta(hours=1))
    assert sessions.lookup(store, token, now=NOW + dt.timedelta(hours=1)) is None  # logged out on the server
    stored = store.query("auth/session_get", token_hash=sessions._hash(token), now=NOW)
    assert stored.is_empty()
    with store.reading() as cur:
        cells = str(cur.sql("select * from login_sessions").pl().to_dicts())
    assert token not in cells  # only the sha256 is stored


def test_a_session_is_not_a_data_change(store):
    before = store.data_version()
    token, _ = sessions.start(store, "pusat", hours=8)
    sessions.end(store, token)
    assert store.data_version() == before  # logging in must not empty every page cache


def test_signed_cookie_refuses_forged_values():
    value = sessions.sign("tok", SECRET)
    assert sessions.verify(value, SECRET) == "tok"
    assert sessions.verify(value, "another-server") is None
    assert sessions.verify("tok.xyz", SECRET) is None
    assert sessions.verify("tok", SECRET) is None
    assert sessions.verify(value + "x", SECRET) is None
    assert sessions.verify(None, SECRET) is None


def test_a_grant_becomes_a_cookie_only_while_fresh():
    ends = NOW + dt.timedelta(hours=8)
    grant = sessions.grant("tok", ends, SECRET, now=NOW)
    value, max_age = sessions.redeem(grant, SECRET, now=NOW + dt.timedelta(seconds=30))
    assert sessions.verify(value, SECRET) == "tok"
    assert max_age == 8 * 3600 - 30  # the cookie lives as long as the session
    assert sessions.redeem(grant, SECRET, now=NOW + dt.timedelta(seconds=sessions.GRANT_SECONDS + 1)) is None
    assert sessions.redeem(grant.replace("tok", "tak"), SECRET, now=NOW) is None
    assert sessions.redeem(grant, "another-server", now=NOW) is None
    assert sessions.redeem("", SECRET, now=NOW) is None


@pytest.fixture
def admin(fixture_db):
    auth.add_user(fixture_db, "pusat", "admin", None, "Rahasia-Dukcapil-1")
    return fixture_db


def _reload_with(monkeypatch, value):
    """A fresh browser session (a reload) whose connection carries this cookie value."""
    monkeypatch.setattr(ui_auth, "_cookie_value", lambda: value)
    return open_page("pages/masuk.py")


def test_reload_with_a_valid_cookie_keeps_the_session(admin, monkeypatch):
    token, _ = sessions.start(admin, "pusat", hours=8)
    at = _reload_with(monkeypatch, sessions.sign(token, ui_auth.session_cookie.secret()))
    assert not at.exception, at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "pusat" in text and not at.text_input  # the status panel, no login form


def test_logout_ends_the_session_on_the_server(admin, monkeypatch):
    token, _ = sessions.start(admin, "pusat", hours=8)
    cookie = sessions.sign(token, ui_auth.session_cookie.secret())
    at = _reload_with(monkeypatch, cookie)
    at.button(key="auth_logout_page").click()
    at.run()
    assert not at.exception, at.exception
    assert sessions.lookup(admin, token) is None
    # The browser sends the cookie clear command; even if it still held the cookie, a reload logs nobody in.
    assert any(c["url"] == ui_auth.session_cookie.CLEAR_PATH for c in at.session_state["_auth_cookie_commands"])
    again = _reload_with(monkeypatch, cookie)
    assert [w.label for w in again.text_input][:1] == ["Nama pengguna"]


def test_a_forged_or_expired_cookie_shows_the_login_form(admin, monkeypatch):
    token, _ = sessions.start(admin, "pusat", hours=8, now=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=9))
    for value in (sessions.sign(token, ui_auth.session_cookie.secret()), sessions.sign(token, "forged"), "junk"):
        at = _reload_with(monkeypatch, value)
        assert not at.exception, at.exception
        assert [w.label for w in at.text_input][:1] == ["Nama pengguna"]


def test_password_login_stores_a_session_and_queues_the_cookie(admin, monkeypatch):
    monkeypatch.setattr(ui_auth, "_cookie_value", lambda: None)
    at = open_page("pages/masuk.py")
    at.text_input(key="auth_login_name").input("pusat")
    at.text_input(key="auth_login_password").input("Rahasia-Dukcapil-1")
    at.button[0].click()
    at.run()
    assert not at.exception, at.exception
    session = at.session_state["auth_session"]
    assert sessions.lookup(admin, session["token"]).username == "pusat"
    command = at.session_state["_auth_cookie_commands"][0]
    assert command["url"] == ui_auth.session_cookie.SET_PATH
    value, _ = sessions.redeem(command["body"], ui_auth.session_cookie.secret())
    assert sessions.verify(value, ui_auth.session_cookie.secret()) == session["token"]


def _post(path: str, body: str, origin: str | None = "http://ektp.local"):
    """Call a cookie route as the server would (no HTTP client needed)."""
    import asyncio
    import concurrent.futures

    from starlette.requests import Request

    headers = [(b"host", b"ektp.local")] + ([(b"origin", origin.encode())] if origin else [])
    scope = {"type": "http", "method": "POST", "path": path, "headers": headers, "scheme": "http",
             "server": ("ektp.local", 80), "query_string": b""}

    async def receive():
        return {"type": "http.request", "body": body.encode(), "more_body": False}

    route = next(r for r in ui_auth.session_cookie.routes() if r.path == path)
    # A thread of its own: a session-wide Playwright keeps an event loop running in this one.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, route.endpoint(Request(scope, receive))).result()


def test_the_cookie_routes_set_a_signed_httponly_cookie_and_refuse_other_sites(monkeypatch):
    monkeypatch.setattr(ui_auth.session_cookie, "secret", lambda: SECRET)
    grant = sessions.grant("tok", dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=8), SECRET)
    done = _post("/api/sesi", grant)
    assert done.status_code == 204
    header = done.headers["set-cookie"]
    assert "HttpOnly" in header and "SameSite=lax" in header and "Max-Age=" in header and "Path=/" in header
    value = header.split(";")[0].split("=", 1)[1]
    assert sessions.verify(value, SECRET) == "tok"
    assert _post("/api/sesi", grant, origin="http://evil.example").status_code == 403
    assert _post("/api/sesi", "tok.1.2.forged").status_code == 403
    cleared = _post("/api/sesi/keluar", "")
    assert cleared.status_code == 204 and "ektp_sesi=" in cleared.headers["set-cookie"]
    assert "Max-Age=0" in cleared.headers["set-cookie"] or "expires=" in cleared.headers["set-cookie"].lower()
