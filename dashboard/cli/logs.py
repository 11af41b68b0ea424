"""The command line's log file: full traces go there (with a reference id), the terminal gets one Bahasa line.

Place: `logs/cli.log` in the store's folder (data/logs/cli.log for the default store), else the system's temp
folder when that one cannot be written (a read-only or full disk is exactly when we need a log).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import secrets
import sys
import tempfile
from pathlib import Path

LOG_NAME = "cli.log"
MAX_BYTES = 1_000_000  # a cron job runs for years: rotate, keep three old files
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"
_handler: logging.Handler | None = None


def log_path(db: Path) -> Path:
    """Where the log of a command on this store is written (the first folder that accepts it)."""
    for target in (db.resolve().parent / "logs" / LOG_NAME, Path(tempfile.gettempdir()) / f"ektp-{LOG_NAME}"):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "a", encoding="utf-8"):
                pass
            return target
        except OSError:
            continue
    return Path()


def start(db: Path) -> Path | None:
    """Send warnings and errors of every logger to the log file (not the terminal); its path, or None."""
    global _handler
    path = log_path(db)
    if not path.name:
        return None
    stop()
    _handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                    encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter(_FORMAT))
    _handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(_handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    return path


def stop() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def reference() -> str:
    """A short id printed to the user and written beside the trace, to find one failure in the log."""
    return secrets.token_hex(4).upper()


def capture_native_stderr(path: Path | None) -> None:
    """Point file descriptor 2 at the log (Rust panics and C libraries write there, not through Python) while
    Python's own sys.stderr keeps the terminal. Only for a real `python -m dashboard` process."""
    if path is None:
        return
    try:
        log_fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError:
        return
    sys.stderr.flush()
    terminal = os.dup(2)
    sys.stderr = os.fdopen(terminal, "w", buffering=1, encoding=sys.stderr.encoding or "utf-8",
                           errors="backslashreplace")
    os.dup2(log_fd, 2)
    os.close(log_fd)
