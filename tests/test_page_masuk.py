"""AppTest of the Masuk and Audit pages: login, wrong password, lockout, expiry, logout, admin-only audit, escaping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.admin import auth
from dashboard.store import audit, save_settings

ROOT = Path(__file__).resolve().parents[1]
PW = "Rahasia-Dukcapil-1"
HOSTILE = ["<script>alert(1)</script>", "**x**", "<img src=x onerror=alert(1)>", "[klik](javascript:alert(1))"]


@pytest.fixture
def app_store(store, monkeypatch):
    """The tmp store as the app's store ($EKTP_DB), with Streamlit's process-wide caches emptied."""
    monkeypatch.setenv("EKTP_DB", str(store.path))
    st.cache_data.clear()
    st.cache_resource.clear()
    auth.add_user(store, "pusat", "admin", None, PW)
    auth.add_user(store, "klu", "kabkota", "52.08", PW)
    auth.add_user(store, "tamu", "viewer", None, PW)
    yield store
    st.cache_data.clear()
    st.cache_resource.clear()


def _page(name: str) -> AppTest:
    return AppTest.from_file(str(ROOT / "pages" / name), default_timeout=60)


def _login(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="auth_login_name").input(name)
    at.text_input(key="auth_login_password").input(password)
    at.button[0].click()  # the form's submit button
    return at.run()


def _texts(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "caption", "info", "error", "warning", "success") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


def test_login_wrong_then_right_then_logout(app_store):
    at = _page("masuk.py").run()
    assert not at.exception and at.text_input(key="auth_login_name")
    _login(at, "klu", "bukan-sandinya")
    assert "salah" in at.error[0].value
    _login(at, "KLU", PW)
    assert not at.exception
    text = _texts(at)
    assert "klu" in text and "Kab/kota" in text and "Kabupaten Lombok Utara" in text and "Sesi berlaku" in text
    at.button(key="auth_logout_page").click().run()
    assert "sudah keluar" in _texts(at) and at.text_input(key="auth_login_name")
    actions = audit.entries(app_store, actor="klu")["action"].to_list()
    assert actions == ["logout", "login", "login_gagal"]


def test_lockout_message_in_the_form(app_store):
    for i in range(auth.MAX_FAILURES):
        auth.authenticate(app_store, "klu", f"tebakan-{i:04d}")
    at = _login(_page("masuk.py").run(), "klu", PW)
    assert "Terlalu banyak percobaan" in at.error[0].value
    assert "auth_session" not in at.session_state


def test_expired_session_asks_to_log_in_again(app_store):
    at = _page("masuk.py")
    at.session_state["auth_session"] = {"name": "klu", "at": dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=9),
                                        "via": "password"}
    at.run()
    assert "berakhir setelah 8 jam" in _texts(at) and at.text_input(key="auth_login_name")


def test_removed_account_loses_its_session(app_store):
    at = _page("masuk.py")
    at.session_state["auth_session"] = {"name": "klu", "at": dt.datetime.now(dt.timezone.utc), "via": "password"}
    at.run()
    assert "Kabupaten Lombok Utara" in _texts(at)
    auth.remove_user(app_store, "klu")
    at.run()
    assert at.text_input(key="auth_login_name") and "Kabupaten Lombok Utara" not in _texts(at)


def test_sso_button_hidden_without_auth_secrets(app_store):
    at = _page("masuk.py").run()
    assert [b.label for b in at.button] == ["Masuk"]


def test_sso_button_shown_when_oidc_is_configured(app_store):
    at = _page("masuk.py")
    at.secrets["auth"] = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32,
                          "client_id": "ektp", "client_secret": "s",
                          "server_metadata_url": "https://sso.example.go.id/.well-known/openid-configuration"}
    at.run()
    assert not at.exception, at.exception
    assert len(at.button) == 2 and at.button[1].label != "Masuk"  # the SSO button beside the password form


@pytest.mark.parametrize("who, allowed", [(None, False), ("tamu", False), ("klu", False), ("pusat", True)])
def test_audit_page_is_admin_only(app_store, who, allowed):
    at = _page("audit.py")
    if who:
        at.session_state["auth_session"] = {"name": who, "at": dt.datetime.now(dt.timezone.utc), "via": "password"}
    at.run()
    assert not at.exception
    assert bool(at.dataframe) is allowed
    if who and not allowed:
        assert "hanya untuk admin" in at.error[0].value


@pytest.mark.parametrize("page", ["pengaturan.py"])
def test_settings_page_is_admin_only(app_store, page):
    if not (ROOT / "pages" / page).exists():
        pytest.skip("page not written yet")
    at = _page(page)
    at.session_state["auth_session"] = {"name": "klu", "at": dt.datetime.now(dt.timezone.utc), "via": "password"}
    at.run()
    assert not at.exception and "hanya untuk admin" in at.error[0].value
    assert not at.number_input and not at.button


def test_audit_page_filters_and_shows_hostile_text_as_plain_text(app_store):
    for text in HOSTILE:
        audit.log(app_store, text, audit.UPLOAD_REFUSED, {"file_name": text, "region": text})
    save_settings(app_store, {"ribbon_yield": 480}, actor="pusat")
    at = _page("audit.py")
    at.session_state["auth_session"] = {"name": "pusat", "at": dt.datetime.now(dt.timezone.utc), "via": "password"}
    at.run()
    table = at.dataframe[0].value
    for text in HOSTILE:
        assert text in set(table["Pelaku"])  # shown as typed, in a plain-text cell
    # Nothing hostile reached an element that renders markdown or HTML.
    assert not [s for s in HOSTILE if s in _texts(at)]
    at.selectbox(key="audit_action").select("settings").run()
    assert list(at.dataframe[0].value["Tindakan"]) == ["Pengaturan diubah"]  # a word, not the code name
    at.selectbox(key="audit_action").select("Semua").run()
    at.text_input(key="audit_actor").input("PUSAT").run()
    assert set(at.dataframe[0].value["Pelaku"]) == {"pusat"}


def test_markdown_escape_keeps_text_literal():
    from dashboard.ui.auth import md_escape

    assert md_escape("**x**") == r"\*\*x\*\*"
    assert md_escape("<script>") == r"\<script\>"
    assert md_escape("a_b.c") == r"a\_b\.c"


def test_a_new_installation_says_how_to_create_the_first_admin(store, monkeypatch):
    monkeypatch.setenv("EKTP_DB", str(store.path))
    st.cache_data.clear()
    st.cache_resource.clear()
    at = _page("masuk.py").run()
    assert not at.exception, at.exception
    assert any("Belum ada akun admin" in i.value for i in at.info)
    assert any(".venv/bin/python -m dashboard user add admin --role admin" in c.value for c in at.code)
    auth.add_user(store, "pusat", "admin", None, PW)
    st.cache_data.clear()
    assert not _page("masuk.py").run().code


def test_login_inside_the_app_shows_one_logout_button_per_place(app_store):
    from tests.page_support import open_page

    at = open_page("pages/masuk.py", region=None, as_of=None)
    _login(at, "pusat", PW)
    assert not at.exception, at.exception  # the sidebar's and the page's panels must not clash (same widget key)
    assert {b.key for b in at.button if b.key and b.key.startswith("auth_logout")} == {"auth_logout", "auth_logout_page"}
