"""Bound parameters without importing pandas: DuckDB's Python client (1.5) imports pandas to compare every bound
value with pandas.NaT and pandas.NA, which costs a command-line run ~0,4 s (import and teardown) for nothing."""

from __future__ import annotations

import importlib.abc
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

_state = threading.local()
_install_lock = threading.Lock()


class _PandasWhileBinding(importlib.abc.MetaPathFinder):
    """Refuses `import pandas` in a thread that is binding values (pandas_free), and only there."""

    def find_spec(self, name, path=None, target=None):
        if getattr(_state, "binding", False) and name.partition(".")[0] == "pandas":
            raise ModuleNotFoundError("pandas is not needed to bind these values", name=name)
        return None


_finder = _PandasWhileBinding()


@contextmanager
def pandas_free() -> Iterator[None]:
    """Run a query whose bound values are plain Python values without letting DuckDB import pandas.

    Sound because a process that has not imported pandas holds no pandas.NaT or pandas.NA: DuckDB's check can only
    say "no". DuckDB treats pandas as optional (a failed import is no error) and tries again on its next use, so
    once pandas is loaded for another reason (a Streamlit server, a chart), this does nothing. Other threads are
    never affected: the refusal is per thread.
    """
    if "pandas" in sys.modules or getattr(_state, "binding", False):
        yield
        return
    if _finder not in sys.meta_path:
        with _install_lock:
            if _finder not in sys.meta_path:
                sys.meta_path.insert(0, _finder)
    _state.binding = True
    try:
        yield
    finally:
        _state.binding = False
