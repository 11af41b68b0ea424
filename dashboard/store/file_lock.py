"""The OS file lock beside an embedded store file: the one process that holds it may open the DuckDB file."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from dashboard.store import faults

POLL_SECONDS = 0.02


class StoreBusy(RuntimeError):
    """Another process held the store longer than we were willing to wait."""


def take(store_path: Path, wait_seconds: float) -> int:
    """Wait up to wait_seconds for the lock of the store at store_path; its descriptor (give it to release())."""
    lock = str(store_path) + ".lock"
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise (faults.as_fs_failure(exc, lock) or exc) from exc
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                from dashboard.text import t

                raise StoreBusy(t("store.busy", seconds=f"{wait_seconds:.0f}")) from None
            time.sleep(POLL_SECONDS)


def release(fd: int) -> None:
    """Let the next process in."""
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
