"""Process-wide settings the entry points (serve.py, python -m dashboard) make before the data libraries load."""

from __future__ import annotations

import os

# Polars allocates through its own jemalloc, which by default keeps freed pages for seconds before giving them back.
# An import parses a 20 MB workbook and then writes it: without this the parse's freed memory is still held while
# the write runs, and the largest accepted upload peaks over the app's 500 MB budget (tests/test_faults_memory.py).
POLARS_ALLOCATOR = ("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")


def return_freed_memory() -> None:
    """Ask polars' allocator to give freed memory back at once (no effect once polars is loaded in this process).

    Polars itself writes this variable on import, so a process started by one that imported polars inherits
    polars' default: ours is appended, and the last setting of an option wins.
    """
    name, value = POLARS_ALLOCATOR
    current = os.environ.get(name, "")
    if not current.endswith(value):
        os.environ[name] = f"{current},{value}" if current else value
