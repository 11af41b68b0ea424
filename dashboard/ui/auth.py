"""Login state for the app: login form, optional SSO, session expiry, and the gates pages call at their top.

The session lives in st.session_state (server side, per browser tab). Each run re-reads the account from the
store (cached by data version), so a removed or disabled account loses access at its next click.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re

import streamlit as st

from dashboard import regions
from dashboard.admin import auth
from dashboard.store import audit
from dashboard.text import t
from dashboard.ui.state import cached, current_settings, store

SESSION_KEY = "auth_session"
_FLASH_KEY = "auth_flash"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: object) -> str:
    """Text safe to put inside st.markdown/st.caption: shown as typed, never as markup or HTML."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def sso_available() -> bool:
    """True when secrets.toml has an [auth] section and Authlib (needed by st.login) is installed."""
    try:
        configured = "auth" in st.secrets
    except Exception:  # no secrets.toml at all: Streamlit raises rather than answering False
        return False
    return bool(configured) and importlib.util.find_spec("authlib") is not None


def _start(user: auth.User, via: str) -> None:
    st.session_state[SESSION_KEY] = {"name": user.name, "at": _now(), "via": via}


def _end(reason: str | None = None) -> None:
    st.session_state.pop(SESSION_KEY, None)
    if reason:
        st.session_state[_FLASH_KEY] = reason


def _sso_user() -> auth.User | None:
    if not sso_available() or not st.user.get("is_logged_in"):
        return None
    if st.user.get("email_verified") is False:  # a provider that says "unverified" must not map to an account
        st.session_state[_FLASH_KEY] = t("auth.login.sso_unverified")
        return None
    email = st.user.get("email")
    user = cached(auth.user_by_email, email) if email else None
    if user is None:
        st.session_state[_FLASH_KEY] = t("auth.login.sso_unknown", email=md_escape(email or "?"))
        return None
    _start(user, "sso")
    audit.log(store(), user.name, audit.LOGIN, {"via": "sso"})
    return user


def current_user() -> auth.User | None:
    """The logged-in, enabled account of this session, or None (expired sessions end here)."""
    session = st.session_state.get(SESSION_KEY)
    if session is None:
        return _sso_user()
    hours = auth.session_hours(current_settings())
    if auth.session_expired(session["at"], hours=hours):
        _end(t("auth.login.expired", hours=f"{hours:g}"))
        if session.get("via") == "sso" and sso_available():
            st.logout()  # otherwise the identity cookie would log the user straight back in
        return None
    user = cached(auth.get_user, session["name"])
    if user is None or user.disabled:
        _end()
        return None
    return user


def _flash() -> None:
    message = st.session_state.pop(_FLASH_KEY, None)
    if message:
        st.info(message)


def login_form(key: str = "auth_login") -> auth.User | None:
    """Username/password form (and the SSO button when configured); reruns the page after a login."""
    _flash()
    if not cached(auth.has_admin):
        st.info(t("auth.login.no_admin"))
    with st.form(key):
        name = st.text_input(t("auth.login.username"), key=f"{key}_name", max_chars=64)
        password = st.text_input(t("auth.login.password"), type="password", key=f"{key}_password",
                                 max_chars=auth.MAX_PASSWORD)
        submitted = st.form_submit_button(t("auth.login.submit"))
    if sso_available() and st.button(t("auth.login.sso"), key=f"{key}_sso"):
        st.login()
    if not submitted:
        return None
    if not name.strip() or not password:
        st.error(t("auth.login.empty"))
        return None
    try:
        user = auth.authenticate(store(), name, password)
    except auth.LoginLocked as exc:
        st.error(str(exc))
        return None
    if user is None:
        st.error(t("auth.login.failed"))
        return None
    _start(user, "password")
    st.rerun()
    return user  # not reached: st.rerun() ends this run


def region_label(user: auth.User) -> str:
    """'Seluruh Indonesia' for admin, the region's name otherwise ('–' for a viewer)."""
    if user.role == "admin":
        return t("auth.region_all")
    region = regions.get(user.region_code) if user.region_code else None
    return region.name if region else "–"


def scope_note(user: auth.User) -> str:
    """One line (markdown-safe) saying which regions this user may upload for."""
    if user.role == "provinsi":
        names = f"{region_label(user)} (gudang provinsi dan semua kab/kota)"
    else:
        names = region_label(user)
    return t("auth.scope.note", regions=md_escape(names))


def logout_button(key: str = "auth_logout") -> None:
    """A Keluar button; ends the session (and the SSO cookie) and reruns."""
    session = st.session_state.get(SESSION_KEY)
    if session and st.button(t("auth.logout"), key=key):
        audit.log(store(), session["name"], audit.LOGOUT, {"via": session.get("via")})
        _end(t("auth.logout.done"))
        if session.get("via") == "sso" and sso_available():
            st.logout()
        st.rerun()


def status_panel(user: auth.User, key: str = "auth_logout") -> None:
    """Who is logged in: name, role, region, session end, and the logout button (key: one per place shown)."""
    session = st.session_state.get(SESSION_KEY) or {}
    st.markdown(f"{t('auth.login.as')} **{md_escape(user.name)}**")
    st.caption(f"{t('auth.role_label')}: {md_escape(t(f'auth.role.{user.role}'))} · "
               f"{t('auth.region_label')}: {md_escape(region_label(user))}")
    if session.get("at"):
        until = session["at"] + dt.timedelta(hours=auth.session_hours(current_settings()))
        local = until.astimezone(dt.timezone(dt.timedelta(hours=7)))  # WIB, the officials' clock
        st.caption(t("auth.session_until", time=local.strftime("%H:%M WIB, %d-%m-%Y")))
    logout_button(key)


def sidebar() -> None:
    """For the app shell: the status panel in the sidebar when someone is logged in."""
    user = current_user()
    if user is not None:
        with st.sidebar:
            status_panel(user)


def require_login(message: str | None = None) -> auth.User:
    """The logged-in user, or a login form under an explanation, then st.stop()."""
    user = current_user()
    if user is None:
        st.info(message or t("auth.gate.login_needed"))
        login_form()
        st.stop()
    return user


def require_uploader() -> auth.User:
    """A user who may upload; viewers get an explanation and no upload widget (st.stop())."""
    user = require_login(t("auth.gate.upload_login"))
    if not user.can_upload:
        st.warning(t("auth.gate.viewer"))
        st.stop()
    return user


def require_admin() -> auth.User:
    """An admin, or an explanation and st.stop()."""
    user = require_login()
    if not user.is_admin:
        st.error(t("auth.gate.admin"))
        st.stop()
    return user


def gate_browsing() -> auth.User | None:
    """For the app shell before page.run(): when the setting browse_requires_login is on, nobody sees data
    without logging in. Returns the user (None when browsing is open and nobody is logged in)."""
    if current_settings().browse_requires_login:
        return require_login(t("auth.gate.browse_login"))
    return current_user()
