"""Login state for the app: login form, optional SSO, session expiry, and the gates pages call at their top.

The session lives in st.session_state (server side, per browser tab) and, for password logins, in the store's
login_sessions table: the browser keeps a signed HttpOnly cookie naming it (dashboard.ui.session_cookie), so a
reload (F5) finds the session again until it expires; logout ends it on the server. Each run re-reads the account
from the store (cached by data version), so a removed or disabled account loses access at its next click.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import re
import secrets
import shlex
from pathlib import Path

import streamlit as st

from dashboard import fmt, paths, regions
from dashboard.admin import auth, sessions
from dashboard.store import audit, default_path, location
from dashboard.text import t
from dashboard.ui import audit_text, session_cookie
from dashboard.ui.state import cached, current_settings, store

SESSION_KEY = "auth_session"
_FLASH_KEY = "auth_flash"
_COMMANDS = "_auth_cookie_commands"  # cookie commands for the browser (set after login, clear after logout)
_TRIED = "_auth_cookie_tried"  # the cookie value already looked up this session (one store read per value)
_log = logging.getLogger(__name__)
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
    entry: dict = {"name": user.name, "at": _now(), "via": via}
    if via == "password":
        try:
            token, kept = sessions.start(store(), user.name, via=via, hours=auth.session_hours(current_settings()))
        except Exception:  # the store is busy: the login still works, it just will not survive a reload
            _log.exception("sesi tidak tersimpan")
        else:
            entry.update(at=kept.created_at, token=token)
            _command(session_cookie.SET_PATH, sessions.grant(token, kept.expires_at, session_cookie.secret()))
    st.session_state[SESSION_KEY] = entry


def _end(reason: str | None = None, *, why: str = "logout") -> None:
    session = st.session_state.pop(SESSION_KEY, None)
    if session and session.get("token"):
        try:
            sessions.end(store(), session["token"], reason=why)
        except Exception:
            _log.exception("sesi tidak dapat diakhiri di server")
        _command(session_cookie.CLEAR_PATH, "")
    if reason:
        st.session_state[_FLASH_KEY] = reason


def _command(url: str, body: str) -> None:
    commands = st.session_state.setdefault(_COMMANDS, [])
    commands.append({"id": secrets.token_hex(8), "url": url, "body": body, "at": _now().timestamp()})


def cookie_commands() -> list[dict]:
    """Cookie commands for the browser probe (dashboard.ui.layout.start): those younger than a grant's validity
    (the probe sends each once; a grant older than that is refused by the route anyway)."""
    limit = _now().timestamp() - sessions.GRANT_SECONDS
    kept = [c for c in st.session_state.get(_COMMANDS, []) if c["at"] >= limit]
    st.session_state[_COMMANDS] = kept
    return [{"id": c["id"], "url": c["url"], "body": c["body"]} for c in kept]


def _cookie_value() -> str | None:
    try:
        return st.context.cookies.get(session_cookie.COOKIE)
    except Exception:  # no browser behind this run (AppTest, bare mode)
        return None


def _restore() -> auth.User | None:
    """The session a reload's cookie names, when it is still open and valid (else None)."""
    value = _cookie_value()
    if not value or st.session_state.get(_TRIED) == value:
        return None
    st.session_state[_TRIED] = value
    token = sessions.verify(value, session_cookie.secret())
    try:
        kept = sessions.lookup(store(), token) if token else None
    except Exception:
        _log.exception("sesi tidak dapat dibaca")
        return None
    if kept is None:
        return None
    user = cached(auth.get_user, kept.username)
    if user is None or user.disabled:
        return None
    st.session_state[SESSION_KEY] = {"name": user.name, "at": kept.created_at, "via": kept.via, "token": token}
    return user


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
    if session is None and _restore() is not None:
        session = st.session_state.get(SESSION_KEY)
    if session is None:
        return _sso_user()
    hours = auth.session_hours(current_settings())
    if auth.session_expired(session["at"], hours=hours):
        _end(t("auth.login.expired", hours=fmt.trimmed(hours)), why="expired")
        if session.get("via") == "sso" and sso_available():
            st.logout()  # otherwise the identity cookie would log the user straight back in
        return None
    user = cached(auth.get_user, session["name"])
    if user is None or user.disabled:
        _end(why="account")
        return None
    return user


def _flash() -> None:
    message = st.session_state.pop(_FLASH_KEY, None)
    if message:
        st.info(message)


def first_admin_command(root: Path = paths.ROOT, db: Path | None = None) -> str:
    """The command that makes the first admin, exactly as it works when pasted on the server: from the project
    folder, through the project's .venv, on this app's store (the shell there may lack $EKTP_DB). A shared store's
    URL holds a password, never shown here: the command then relies on the server's own EKTP_DB."""
    where = db or default_path()
    target = "" if location.is_url(str(where)) else f" --db {shlex.quote(str(Path(where).resolve()))}"
    return (f"cd {shlex.quote(str(root))} && .venv/bin/python -m dashboard user add admin --role admin "
            f"--password-stdin{target}")


def login_form(key: str = "auth_login") -> auth.User | None:
    """Username/password form (and the SSO button when configured); reruns the page after a login."""
    _flash()
    if not cached(auth.has_admin):
        st.info(t("auth.login.no_admin"))
        st.code(first_admin_command(), language="bash")
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
        st.caption(t("auth.session_until", time=audit_text.when(until)))  # WIB, the officials' clock
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
