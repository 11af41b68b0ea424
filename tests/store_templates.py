"""Stores built once per test session and copied per test: a migrated empty store costs ~0,3 s to create (every
migration, the region reference, the staging table), the fixture store ~1 s, the national demo store ~6 s; a file
copy costs milliseconds.

Under pytest-xdist the workers share one folder (the run's base temp folder, which pytest cleans up with its own
runs), and the first worker that needs a template builds it under a file lock while the others wait for it.
"""

from __future__ import annotations

import atexit
import datetime as dt
import fcntl
import json
import shutil
import tempfile
from pathlib import Path

from dashboard.store import Store

# A test's store keeps its connection for a moment after the last use, as the app's does (Store's default
# linger): opening and closing a DuckDB file costs ~12 ms of CPU (~9 ms of it creating the database instance),
# and with no linger every query of a test reopened the file (~3.600 opens per run, ~85 s of CPU). A test that
# hands the file to another process closes the store first; tests of the open/close path itself use no linger.
WARM_LINGER = 0.5
DEMO_TODAY = dt.date(2026, 11, 22)  # the day the national demo template is generated for (24 months, seed default)
_state: dict[str, Path] = {}


def use_folder(folder: Path) -> None:
    """Where templates are kept for this session (tests/conftest.py: shared by every xdist worker of a run)."""
    folder.mkdir(parents=True, exist_ok=True)
    _state["folder"] = folder


def _folder() -> Path:
    if "folder" not in _state:  # outside pytest's fixtures (a helper script): a private folder for this process
        folder = Path(tempfile.mkdtemp(prefix="ektp-templates-"))
        atexit.register(shutil.rmtree, folder, True)
        _state["folder"] = folder
    return _state["folder"]


def _build(kind: str, store: Store) -> dict:
    if kind == "fixture":
        from tests.fixture_store import build_fixture_store

        build_fixture_store(store)
        return {}
    if kind == "demo":
        from dashboard import demo

        return demo.build_demo(store, today=DEMO_TODAY)
    if kind != "empty":
        raise ValueError(f"no such template: {kind}")
    with store.reading():
        pass  # opening migrates and syncs the regions
    return {}


def template(kind: str) -> Path:
    """The closed (checkpointed) file of the 'empty' migrated store, the 'fixture' store (tests/fixture_store) or the
    national 'demo' store (DEMO_TODAY, every region, 24 months)."""
    folder = _folder()
    path = folder / f"{kind}.duckdb"
    done = folder / f"{kind}.json"
    with (folder / f"{kind}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder; the others find it done when they get the lock
        if not done.exists():
            building = folder / f"building-{kind}" / f"{kind}.duckdb"
            shutil.rmtree(building.parent, ignore_errors=True)
            building.parent.mkdir()
            store = Store.open(building, linger_seconds=0)
            facts = _build(kind, store)
            store.close()
            for suffix in ("", ".version"):
                Path(f"{building}{suffix}").replace(f"{path}{suffix}")
            shutil.rmtree(building.parent, ignore_errors=True)
            done.write_text(json.dumps(facts, default=str), encoding="utf-8")
    return path


def facts(kind: str) -> dict:
    """What the build of a template returned (the demo's counts: rows, days, dates as ISO text)."""
    template(kind)
    return json.loads((_folder() / f"{kind}.json").read_text(encoding="utf-8"))


def copy_of(kind: str, path: Path) -> Store:
    """A store at path holding a copy of the template (the data version file travels with it)."""
    source = template(kind)
    shutil.copyfile(source, path)
    shutil.copyfile(source.with_name(source.name + ".version"), path.with_name(path.name + ".version"))
    return open_warm(path)


def open_warm(path: Path) -> Store:
    """Store.open with WARM_LINGER: the store of a test that stays in this process."""
    return Store.open(path, linger_seconds=WARM_LINGER)
