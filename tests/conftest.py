"""Shared fixtures: a fresh store per test, and a tiny deterministic one built from code (both copied from
templates built once per test process, tests/store_templates.py)."""

from __future__ import annotations

import pytest

from dashboard.store import Store
from tests.store_templates import copy_of


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
    s = copy_of("empty", tmp_path / "ektp.duckdb")
    yield s
    s.close()


@pytest.fixture
def fixture_copy(tmp_path) -> Store:
    """The hand-computable fixture store (tests/fixture_store.py), copied from its template (not the app's store)."""
    s = copy_of("fixture", tmp_path / "fixture.duckdb")
    yield s
    s.close()
