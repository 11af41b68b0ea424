"""The store for this app process and result caching keyed by the store's data version."""

from __future__ import annotations

import importlib
from typing import Any, Callable

import streamlit as st

from dashboard.settings import Settings
from dashboard.store import Store, default_path, load_settings


@st.cache_resource(max_entries=4)
def _store(path: str) -> Store:
    return Store.open(path)


def store() -> Store:
    """The process-wide store ($EKTP_DB or data/ektp.duckdb)."""
    return _store(str(default_path()))


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached(qualname: str, db_path: str, version: str, args: tuple, kwargs: tuple) -> Any:
    module, _, name = qualname.rpartition(".")
    func = getattr(importlib.import_module(module), name)
    return func(Store.open(db_path), *args, **dict(kwargs))


def cached(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """func(store, *args, **kwargs), cached until the next committed write to the store.

    The data version is part of the key, so an upload is seen at once, and no result of one
    version is ever served for another. func must be a module-level library function.
    """
    s = store()
    if not func.__module__.startswith("dashboard."):
        raise ValueError("only library functions are cached")
    qualname = f"{func.__module__}.{func.__qualname__}"
    return _cached(qualname, str(s.path), s.data_version(), args, tuple(sorted(kwargs.items())))


def current_settings() -> Settings:
    """Settings as stored, cached by data version."""
    return cached(load_settings)
