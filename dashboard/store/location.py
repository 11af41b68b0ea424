"""Where the store lives, read from `--db` / $EKTP_DB: a DuckDB file (the default) or a PostgreSQL catalog URL.

`postgresql://USER[:PASS]@HOST:PORT/DB` selects the shared mode (DuckLake: the catalog in PostgreSQL, the table
files in the folder $EKTP_LAKE_DATA). Anything else that looks like a URL is refused with a Bahasa message
(StoreConfigError), so a mistyped setting never turns into a stray local folder named `postgresql:`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from dashboard import paths

LAKE_ENV = "EKTP_LAKE_DATA"
SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
# "scheme://..." or "postgresql:..." (a bare "C:" or a file name with a colon further on stays a path)
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):(//)?")
# libpq options a URL may carry after "?" (the rest are refused: they could point the catalog elsewhere)
_OPTIONS = frozenset({"sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name",
                      "target_session_attrs"})


class StoreConfigError(ValueError):
    """--db / $EKTP_DB / $EKTP_LAKE_DATA name no usable store (an unknown scheme, a bad URL, an unreachable server,
    a missing lake folder); str() says what and what to do, in Bahasa Indonesia (never the password)."""

    def __init__(self, key: str, **values: object):
        from dashboard.text import t

        self.key = key
        super().__init__(t(f"shared.config.{key}", **values))


@dataclass(frozen=True)
class Server:
    """A PostgreSQL catalog and the folder of the table files (the shared mode)."""

    user: str
    password: str
    host: str
    port: int
    database: str
    lake_data: Path
    options: tuple[tuple[str, str], ...] = ()

    @property
    def shown(self) -> str:
        """The URL without the password: the store's identity in caches, logs and messages."""
        who = f"{self.user}@" if self.user else ""
        return f"postgresql://{who}{self.host}:{self.port}/{self.database}"

    def libpq(self) -> str:
        """The libpq connection string (key='value' pairs, quoted: a password may hold spaces or quotes)."""
        pairs = [("dbname", self.database), ("host", self.host), ("port", str(self.port))]
        if self.user:
            pairs.append(("user", self.user))
        if self.password:
            pairs.append(("password", self.password))
        pairs.extend(self.options)
        return " ".join(f"{key}='{_quote(value)}'" for key, value in pairs)


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def is_url(text: str) -> bool:
    """True when text names a server (any scheme), not a file path."""
    match = _URL.match(text.strip())
    return bool(match and (match.group(2) or match.group(1).lower() in SCHEMES))


def parse(text: str | os.PathLike | None) -> Path | Server:
    """A file path (resolved) or a Server; StoreConfigError for anything else. None means $EKTP_DB or the default."""
    raw = str(text if text is not None else (os.environ.get("EKTP_DB") or paths.DEFAULT_DB)).strip()
    if not raw:
        raw = str(paths.DEFAULT_DB)
    if not is_url(raw):
        return Path(raw).expanduser().resolve()
    scheme = _URL.match(raw).group(1).lower()
    if scheme not in SCHEMES:
        raise StoreConfigError("scheme", scheme=scheme)
    try:
        parts = urlsplit(raw)
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise StoreConfigError("url") from None
    database = unquote(parts.path.lstrip("/"))
    if not parts.hostname or not database or "/" in database:
        raise StoreConfigError("url")
    options = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key not in _OPTIONS:
            raise StoreConfigError("option", option=key)
        options.append((key, value))
    return Server(user=unquote(parts.username or ""), password=unquote(parts.password or ""), host=parts.hostname,
                  port=port, database=database, lake_data=lake_folder(), options=tuple(options))


def lake_folder() -> Path:
    """$EKTP_LAKE_DATA as an absolute folder (created when missing); StoreConfigError when unset or not a folder."""
    raw = (os.environ.get(LAKE_ENV) or "").strip()
    if not raw:
        raise StoreConfigError("lake_missing", env=LAKE_ENV)
    if is_url(raw):
        # The raw uploads' archive must be a folder every server can write (rebuild and downloads read it).
        raise StoreConfigError("lake_url", env=LAKE_ENV)
    folder = Path(raw).expanduser().resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreConfigError("lake_folder", env=LAKE_ENV, path=folder, error=exc.strerror or exc) from None
    return folder


def log_folder(text: str | os.PathLike | None) -> Path:
    """Where a command's log goes: beside a store file, or in the local data folder for a server store."""
    raw = str(text if text is not None else (os.environ.get("EKTP_DB") or paths.DEFAULT_DB))
    return paths.DATA_DIR if is_url(raw) else Path(raw).expanduser().resolve().parent
