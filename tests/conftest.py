"""Shared fixtures: a fresh store per test, and a tiny deterministic one built from code."""

from __future__ import annotations

import pytest

from dashboard.store import Store


@pytest.fixture
def fixture_db(tmp_path, monkeypatch) -> Store:
    """The hand-computable fixture store (tests/fixture_store.py) as the app's store ($EKTP_DB), caches emptied."""
    from tests.page_support import clear_caches, fresh_store

    s = fresh_store(tmp_path / "ektp.duckdb", monkeypatch)
    yield s
    clear_caches()
    s.close()


@pytest.fixture
def store(tmp_path) -> Store:
    """An empty, migrated store in a temp folder (closed afterwards)."""
    s = Store.open(tmp_path / "ektp.duckdb", linger_seconds=0)
    yield s
    s.close()
