"""Login sessions kept on the server: a reload (F5) finds its session again through a cookie, logout ends it.

The browser's cookie carries a random token, signed (sign/verify) so a value the server never issued is refused
before the store is asked; the store keeps only the token's sha256 (a copied table logs nobody in). A session is
valid while it is open (not ended) and younger than the session length; logout ends it on the server, so the
cookie alone no longer logs anyone in. No streamlit here: the routes that set the cookie and the app share it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from dashboard.store import Store, queries

TOKEN_BYTES = 32
GRANT_SECONDS = 120  # a login hands the browser a grant; it must turn it into the cookie within this time
KEEP_DAYS = 30  # ended or expired sessions are forgotten after this long
_SEP = "."


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _mac(secret: str, *parts: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), "|".join(parts).encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class Session:
    """An open session as the store holds it (never the token)."""

    username: str
    via: str
    created_at: dt.datetime
    expires_at: dt.datetime


def start(store: Store, username: str, *, via: str = "password", hours: float,
          now: dt.datetime | None = None) -> tuple[str, Session]:
    """Open a session; return (token, session). Not a data change: cached pages stay valid."""
    now = now or _now()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session = Session(username, via, now, now + dt.timedelta(hours=float(hours)))
    with store.writing(data_change=False) as cur:
        queries.execute(cur, "auth/session_insert", {"token_hash": _hash(token), "username": username, "via": via,
                                                     "created_at": now, "expires_at": session.expires_at})
        queries.execute(cur, "auth/session_purge", {"ended_before": now - dt.timedelta(days=KEEP_DAYS)})
    return token, session


def lookup(store: Store, token: str, *, now: dt.datetime | None = None) -> Session | None:
    """The open, unexpired session of this token, or None."""
    if not token:
        return None
    with store.reading() as cur:
        rows = queries.frame(cur, "auth/session_get", {"token_hash": _hash(token), "now": now or _now()})
    if rows.is_empty():
        return None
    row = rows.row(0, named=True)
    return Session(row["username"], row["via"], _aware(row["created_at"]), _aware(row["expires_at"]))


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def end(store: Store, token: str, *, reason: str = "logout", now: dt.datetime | None = None) -> None:
    """End a session on the server (its cookie then logs nobody in)."""
    if not token:
        return
    with store.writing(data_change=False) as cur:
        queries.execute(cur, "auth/session_end", {"token_hash": _hash(token), "now": now or _now(), "reason": reason})


def sign(token: str, secret: str) -> str:
    """The cookie value: token.signature."""
    return f"{token}{_SEP}{_mac(secret, 'cookie', token)}"


def verify(value: str | None, secret: str) -> str | None:
    """The token inside a cookie value signed with this secret, or None (forged, cut or from another server)."""
    if not value or not secret or value.count(_SEP) != 1:
        return None
    token, mac = value.split(_SEP)
    return token if token and hmac.compare_digest(mac, _mac(secret, "cookie", token)) else None


def grant(token: str, expires_at: dt.datetime, secret: str, *, now: dt.datetime | None = None) -> str:
    """What the page hands the browser right after a login: the token, the session's end and the grant's own
    deadline, signed. Only the server can mint one; the cookie route turns it into the HttpOnly cookie."""
    until = int(((now or _now()) + dt.timedelta(seconds=GRANT_SECONDS)).timestamp())
    ends = int(expires_at.timestamp())
    body = f"{token}{_SEP}{ends}{_SEP}{until}"
    return f"{body}{_SEP}{_mac(secret, 'grant', body)}"


def redeem(value: str | None, secret: str, *, now: dt.datetime | None = None) -> tuple[str, int] | None:
    """(signed cookie value, max-age seconds) for a valid, unexpired grant; None otherwise."""
    parts = (value or "").strip().split(_SEP)
    if len(parts) != 4 or not secret:
        return None
    token, ends, until, mac = parts
    body = _SEP.join((token, ends, until))
    if not hmac.compare_digest(mac, _mac(secret, "grant", body)) or not ends.isdigit() or not until.isdigit():
        return None
    moment = int((now or _now()).timestamp())
    if moment > int(until) or int(ends) <= moment:
        return None
    return sign(token, secret), int(ends) - moment
