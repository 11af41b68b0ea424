"""Stores built once per test process and copied per test: a migrated empty store costs ~0,3 s to create (every
migration, the region reference, the staging table), the fixture store more; a file copy costs milliseconds."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from dashboard.store import Store


@lru_cache(maxsize=None)
def _folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="ektp-templates-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


@lru_cache(maxsize=None)
def template(kind: str) -> Path:
    """The closed (checkpointed) file of an 'empty' migrated store or of the 'fixture' store (tests/fixture_store)."""
    path = _folder() / f"{kind}.duckdb"
    store = Store.open(path, linger_seconds=0)
    if kind == "fixture":
        from tests.fixture_store import build_fixture_store

        build_fixture_store(store)
    else:
        with store.reading():
            pass  # opening migrates and syncs the regions
    store.close()
    return path


def copy_of(kind: str, path: Path) -> Store:
    """A store at path holding a copy of the template (the data version file travels with it)."""
    source = template(kind)
    shutil.copyfile(source, path)
    shutil.copyfile(source.with_name(source.name + ".version"), path.with_name(path.name + ".version"))
    return Store.open(path, linger_seconds=0)
