"""Accounts, roles and region scope: who may upload what; argon2 password checks with a per-account rate limit.

No streamlit here: the app (dashboard/ui/auth.py), the CLI (`user`, `ingest --as`) and tests share these rules.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from dashboard import codes, regions
from dashboard.store import Store, audit, queries
from dashboard.text import t

ROLES = ("admin", "provinsi", "kabkota", "viewer")
MIN_PASSWORD = 8
# Longer input is refused before hashing so a megabyte "password" cannot be used to burn CPU.
MAX_PASSWORD = 1024
MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
SESSION_HOURS = 8.0
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
_EMAIL = re.compile(r"^[^@\s<>\"'`]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}$")
# Names the system itself writes as actor or uploader; an account with one would blur the audit trail.
RESERVED = frozenset({"sistem", "system", "demo", "rebuild", "fixture", "anonim", "root"})

_hasher = PasswordHasher()
# Each argon2 check takes 64 MiB and ~0.1 s: a burst of logins (or guesses at random names) must not
# exhaust memory, so at most two run at once per process.
_HASH_SLOTS = threading.BoundedSemaphore(2)


@functools.lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Checked against unknown usernames so a wrong name costs as much time as a wrong password (made on first use,
    not at import: the command line must start fast)."""
    return _hasher.hash("tidak-ada-pengguna-ini")


class AuthError(ValueError):
    """A refused account operation or login; str() is a message in Bahasa Indonesia for the user."""


class LoginLocked(AuthError):
    """Too many failed logins for this username recently: even a correct password is refused."""


@dataclass(frozen=True)
class User:
    """An account as the app sees it (never carries the password hash)."""

    name: str
    role: str
    region_code: str | None = None
    email: str | None = None
    created_at: dt.datetime | None = None
    disabled: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def can_upload(self) -> bool:
        return allowed_regions(self) != set()

    def describe(self) -> str:
        """'budi (Kab/kota: Kabupaten Lombok Utara)' for sidebars and CLI listings."""
        role = t(f"auth.role.{self.role}")
        region = regions.get(self.region_code) if self.region_code else None
        return f"{self.name} ({role}: {region.name})" if region else f"{self.name} ({role})"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def normalize_name(name: Any) -> str:
    """Usernames compare case-insensitively and ignore surrounding spaces."""
    return str(name or "").strip().lower()


def _user(row: dict[str, Any]) -> User:
    return User(row["username"], row["role"], row["region_code"], row["email"], row["created_at"],
                bool(row["disabled"]))


def _check_name(name: str) -> None:
    if not _USERNAME.match(name):
        raise AuthError(t("auth.err.username"))
    if name in RESERVED:
        raise AuthError(t("auth.err.reserved", name=name))


def check_password(password: str, name: str = "") -> None:
    """Raise AuthError when a new password is too short, too long, blank-padded to length, or the username."""
    if not isinstance(password, str) or len(password.strip()) < MIN_PASSWORD:
        raise AuthError(t("auth.err.password_short", n=MIN_PASSWORD))
    if len(password) > MAX_PASSWORD:
        raise AuthError(t("auth.err.password_long", n=MAX_PASSWORD))
    if "\x00" in password:
        raise AuthError(t("auth.err.password_chars"))
    if name and password.strip().lower() == name:
        raise AuthError(t("auth.err.password_is_name"))


def check_role_region(role: str, region: Any) -> str | None:
    """The normalised region code a role needs (None for admin/viewer); AuthError when they do not fit."""
    if role not in ROLES:
        raise AuthError(t("auth.err.role", role=str(role)[:40], roles=", ".join(ROLES)))
    raw = None if region is None or str(region).strip() == "" else region
    if role in ("admin", "viewer"):
        if raw is not None:
            raise AuthError(t("auth.err.region_not_allowed", role=role))
        return None
    # BPS '6501' reads as 65.02; a two-digit code BPS and Kemendagri read differently is refused naming both.
    read = codes.read_code(raw) if raw is not None else None
    if read is not None and read.problem in ("ambiguous", "no_partner"):
        raise AuthError(codes.explain(read))
    code = read.code if read is not None else None
    found = regions.get(code) if code else None
    if role == "provinsi" and (found is None or found.level != "provinsi"):
        raise AuthError(t("auth.err.region_province", region=str(raw)[:40]))
    if role == "kabkota" and (found is None or found.level not in ("kabupaten", "kota")):
        raise AuthError(t("auth.err.region_kabkota", region=str(raw)[:40]))
    return code


def _check_email(email: Any) -> str | None:
    if email is None or str(email).strip() == "":
        return None
    text = str(email).strip().lower()
    if not _EMAIL.match(text):
        raise AuthError(t("auth.err.email", email=text[:80]))
    return text


def add_user(store: Store, name: str, role: str, region: Any, password: str, *,
             email: str | None = None, actor: str = "sistem") -> User:
    """Create an account after checking name, role/region fit and password; audited as pengguna_tambah."""
    name = normalize_name(name)
    _check_name(name)
    code = check_role_region(role, region)
    check_password(password, name)
    mail = _check_email(email)
    with _HASH_SLOTS:
        hashed = _hasher.hash(password)
    now = _now()
    with store.writing() as cur:
        if queries.frame(cur, "auth/user_get", {"username": name}).height:
            raise AuthError(t("auth.err.exists", name=name))
        if mail and queries.scalar(cur, "auth/email_taken", {"email": mail, "username": name}):
            raise AuthError(t("auth.err.email_taken", email=mail))
        queries.execute(cur, "auth/user_insert", {"username": name, "hash": hashed, "role": role, "region": code,
                                                    "email": mail, "at": now})
        audit.record(cur, actor, audit.USER_ADD, {"username": name, "role": role, "region": code, "email": mail},
                     at=now)
    return User(name, role, code, mail, now, False)


def remove_user(store: Store, name: str, *, actor: str = "sistem") -> None:
    """Delete an account (refuses unknown names and the last enabled admin); audited as pengguna_hapus."""
    name = normalize_name(name)
    with store.writing() as cur:
        rows = queries.frame(cur, "auth/user_get", {"username": name})
        if not rows.height:
            raise AuthError(t("auth.err.unknown", name=name[:64]))
        row = rows.row(0, named=True)
        if row["role"] == "admin" and not row["disabled"] and queries.scalar(cur, "auth/admin_count") <= 1:
            raise AuthError(t("auth.err.last_admin"))
        queries.execute(cur, "auth/user_delete", {"username": name})
        audit.record(cur, actor, audit.USER_REMOVE, {"username": name, "role": row["role"]})


def set_password(store: Store, name: str, password: str, *, actor: str = "sistem") -> None:
    """Replace an account's password (audited as pengguna_sandi, without the password)."""
    name = normalize_name(name)
    check_password(password, name)
    hashed = _hasher.hash(password)
    with store.writing() as cur:
        if not queries.frame(cur, "auth/user_get", {"username": name}).height:
            raise AuthError(t("auth.err.unknown", name=name[:64]))
        queries.execute(cur, "auth/user_set_hash", {"username": name, "hash": hashed})
        audit.record(cur, actor, audit.PASSWORD, {"username": name})


def list_users(store: Store) -> list[User]:
    """Every account, by name (hashes are not even read)."""
    return [_user(r) for r in store.query("auth/users_list").iter_rows(named=True)]


def has_admin(store: Store) -> bool:
    """True when at least one enabled admin account exists (a new installation has none)."""
    return bool(store.scalar("auth/admin_count"))


def get_user(store: Store, name: str) -> User | None:
    """The account with this name, or None (disabled accounts are returned, marked disabled)."""
    rows = store.query("auth/user_get", username=normalize_name(name))
    return _user(rows.row(0, named=True)) if rows.height else None


def user_by_email(store: Store, email: str | None) -> User | None:
    """The enabled account mapped to a single-sign-on email, or None (also None when two accounts claim it)."""
    if not email:
        return None
    rows = store.query("auth/user_by_email", email=str(email).strip().lower())
    return _user(rows.row(0, named=True)) if rows.height == 1 else None


def authenticate(store: Store, name: str, password: str, *, now: dt.datetime | None = None) -> User | None:
    """The user when name and password match an enabled account, else None; LoginLocked when rate limited.

    Each attempt is first written as a failure (in the same transaction that counts recent failures), then
    checked, then flipped to success: parallel guesses cannot exceed MAX_FAILURES per FAILURE_WINDOW.
    """
    now = now or _now()
    key = normalize_name(name)[:64]
    # Login attempts are bookkeeping, not data: they must not invalidate every cached page for everyone.
    with store.writing(data_change=False) as cur:
        n, oldest = queries.frame(cur, "auth/failures_recent", {"username": key, "since": now - FAILURE_WINDOW}).row(0)
        locked = n >= MAX_FAILURES
        if locked:
            audit.record(cur, key or "?", audit.LOGIN_LOCKED, {"failures": n}, at=now)
        else:
            attempt = int(queries.scalar(cur, "auth/attempt_next_id"))
            queries.execute(cur, "auth/attempt_insert", {"id": attempt, "username": key, "at": now})
            rows = queries.frame(cur, "auth/user_get", {"username": key})
    if locked:
        wait = max(1, int(((oldest + FAILURE_WINDOW) - now).total_seconds() // 60) + 1)
        raise LoginLocked(t("auth.err.locked", minutes=wait))
    row = rows.row(0, named=True) if rows.height else None
    ok = _verify(row["password_hash"] if row else _dummy_hash(), password) and row is not None and not row["disabled"]
    with store.writing(data_change=False) as cur:
        if ok:
            queries.execute(cur, "auth/attempt_ok", {"id": attempt})
            if _hasher.check_needs_rehash(row["password_hash"]):
                queries.execute(cur, "auth/user_set_hash", {"username": key, "hash": _hasher.hash(password)})
            audit.record(cur, key, audit.LOGIN, {"role": row["role"]}, at=now)
        else:
            audit.record(cur, key or "?", audit.LOGIN_FAILED, {"known": row is not None}, at=now)
    return _user(row) if ok else None


def _verify(hashed: str, password: Any) -> bool:
    if not isinstance(password, str) or not password or len(password) > MAX_PASSWORD:
        return False
    try:
        with _HASH_SLOTS:
            return _hasher.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def allowed_regions(user: User | None) -> set[str] | None:
    """Region codes this user may upload rows for: None = everything (admin); empty = nothing (viewer, nobody)."""
    if user is None or user.disabled:
        return set()
    if user.role == "admin":
        return None
    if user.role == "provinsi" and user.region_code:
        return set(regions.members(user.region_code))  # its own warehouse and every kab/kota in it
    if user.role == "kabkota" and user.region_code:
        return {user.region_code}
    return set()


def resolve_cli_user(store: Store, name: str) -> tuple[str, set[str] | None]:
    """(uploader name, allowed regions) for `ingest --as NAME`; AuthError for unknown, disabled or read-only users.

    The CLI asks for no password: whoever runs it can already write the store file. --as is about scope and
    attribution, so an upload from cron is checked against the same regions as in the app.
    """
    user = get_user(store, name)
    if user is None:
        raise AuthError(t("auth.err.unknown", name=normalize_name(name)[:64]))
    if user.disabled:
        raise AuthError(t("auth.err.disabled", name=user.name))
    scope = allowed_regions(user)
    if scope == set():
        raise AuthError(t("auth.err.read_only", name=user.name))
    return user.name, scope


def session_hours(settings: Any = None) -> float:
    """How long an app login lasts (Settings.session_hours when that setting exists, else 8 hours)."""
    return float(getattr(settings, "session_hours", SESSION_HOURS) or SESSION_HOURS)


def session_expired(login_at: dt.datetime, *, now: dt.datetime | None = None, hours: float = SESSION_HOURS) -> bool:
    """True when a login made at login_at (UTC-aware) is older than the session length."""
    return (now or _now()) - login_at >= dt.timedelta(hours=hours)
