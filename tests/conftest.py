"""Shared fixtures: a fresh store per test, and a tiny deterministic one built from code (both copied from
templates built once per test session, tests/store_templates.py)."""

from __future__ import annotations

import pytest

from dashboard.store import Store
from tests import store_templates
from tests.store_templates import copy_of

BATCH_NICENESS = 10


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadscope` (test.sh) by module, with every browser test in one unit: one worker runs them with one
    chromium and one set of servers, and a module's tests stay together with its module fixtures. (pytest 9 ignores
    the xdist_group marks of pytest-xdist 3.8, which rename node ids: every test became a unit of its own.)"""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModulesAndBrowser(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return "tests/browser" if module.startswith("tests/browser/") else module

    return ModulesAndBrowser(config, log)


def pytest_runtest_setup(item):
    """Under pytest-xdist, a worker that runs a test outside the browser group yields the CPU to the one that drives
    the browser: those tests wait on a server and chromium taking turns on two cores, and with a worker busy beside
    them at equal priority they took 1,7x their quiet time while the other tests took 1,15x. Niceness is for
    ordering only (every test still runs, nothing is timed)."""
    if hasattr(item.config, "workerinput") and item.get_closest_marker("browser") is None:
        import os

        if os.getpriority(os.PRIO_PROCESS, 0) < BATCH_NICENESS:
            os.setpriority(os.PRIO_PROCESS, 0, BATCH_NICENESS)


@pytest.fixture(autouse=True)
def _cheap_password_hashes(request, monkeypatch):
    """argon2 at its lowest cost in the test process, as Django's test settings do: at the production cost each hash
    or check takes ~0,1 s and 64 MiB, ~30 s of the suite. The production cost still runs wherever a process of the
    product hashes (the command line in subprocess tests, the servers of the browser tests), and tests marked
    production_hash (tests/test_auth_rules.py) check it in the stored hash."""
    if request.node.get_closest_marker("browser") is None and request.node.get_closest_marker("production_hash") is None:
        from argon2 import PasswordHasher

        from dashboard.admin import auth

        monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        auth._dummy_hash.cache_clear()
    yield


@pytest.fixture(scope="session", autouse=True)
def _component_scan_once():
    """Every new AppTest scans the metadata of every installed package for Streamlit v2 component manifests (~0,25 s
    of CPU, about a quarter of a page test): the installed set does not change during a run, so it is scanned once.
    A server scans once at its start; this gives AppTest the same."""
    import functools

    from streamlit.components.v2 import manifest_scanner

    original = manifest_scanner.scan_component_manifests
    manifest_scanner.scan_component_manifests = functools.cache(original)
    yield
    manifest_scanner.scan_component_manifests = original


@pytest.fixture(scope="session", autouse=True)
def _shared_templates(request, tmp_path_factory):
    """Store templates in one folder per run: an xdist worker's base temp folder sits inside the run's, which the
    workers share (never the parent of a plain run's, which older runs share)."""
    base = tmp_path_factory.getbasetemp()
    store_templates.use_folder((base.parent if hasattr(request.config, "workerinput") else base) / "store-templates")


@pytest.fixture
def fixture_db(tmp_path, monkeypatch) -> Store:
    """The hand-computable fixture store (tests/fixture_store.py) as the app's store ($EKTP_DB), caches emptied."""
    from tests.page_support import app_store

    with app_store(tmp_path / "ektp.duckdb", monkeypatch) as s:
        yield s


@pytest.fixture(scope="module")
def module_db(tmp_path_factory) -> Store:
    """The fixture store built from code as the app's store ($EKTP_DB) for a whole module of page tests that only
    read (a page opened once, looked at by several tests)."""
    from tests.page_support import store_at

    with store_at(tmp_path_factory.mktemp("module_db") / "ektp.duckdb") as s:
        yield s


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


@pytest.fixture
def fixture(fixture_copy) -> Store:
    """fixture_copy with metrics' own small cache emptied before and after (tests of metrics and present on it)."""
    from dashboard import metrics

    metrics.clear_cache()
    yield fixture_copy
    metrics.clear_cache()


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL for the whole run (tests/pg_support.py); skipped where none can run, except in CI."""
    import os

    from dashboard.store import StoreConfigError, lake
    from tests import pg_support

    try:
        lake.extension_files()  # the pinned duckdb-extension-* packages (absent in a venv of another duckdb)
        server = pg_support.start()
    except (pg_support.Unavailable, StoreConfigError) as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no shared store here: {exc}")
    yield server
    server.stop()


@pytest.fixture
def shared_store(pg_server, tmp_path, monkeypatch) -> Store:
    """An empty, migrated shared store (DuckLake: a fresh catalog database, table files under tmp_path/lake)."""
    monkeypatch.setenv("EKTP_LAKE_DATA", str(tmp_path / "lake"))
    s = Store.open(pg_server.url(pg_server.new_database()), linger_seconds=0)
    yield s
    s.close()
    Store._instances.pop(str(s.path), None)


@pytest.fixture(params=["embedded", "shared"])
def any_store(request) -> Store:
    """The same test on both kinds of store: the embedded file and the shared (PostgreSQL + DuckLake) one."""
    return request.getfixturevalue("store" if request.param == "embedded" else "shared_store")
