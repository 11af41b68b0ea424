"""Shared fixtures: a fresh store per test, and a tiny deterministic one built from code."""

from __future__ import annotations

import pytest

from dashboard.store import Store


@pytest.fixture
def store(tmp_path) -> Store:
    """An empty, migrated store in a temp folder (closed afterwards)."""
    s = Store.open(tmp_path / "ektp.duckdb", linger_seconds=0)
    yield s
    s.close()
