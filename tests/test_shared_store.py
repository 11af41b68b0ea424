"""Both kinds of store behave alike: upserts, ids, audit, logins, migrations once; and servers take turns to write."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from dashboard.admin import auth
from dashboard.store import Store, StoreBusy, audit, load_settings, queries, save_settings


def _rows(store, sql: str) -> list[tuple]:
    with store.reading() as cur:
        return cur.execute(sql).fetchall()


def test_settings_targets_and_mappings_replace_their_earlier_value(any_store):
    save_settings(any_store, {"ribbon_yield": 500, "targets": {2026: 90.0}})
    save_settings(any_store, {"ribbon_yield": 480, "targets": {2026: 95.0}})
    s = load_settings(any_store)
    assert s.ribbon_yield == 480 and s.targets[2026] == 95.0
    assert _rows(any_store, "select count(*) from settings where key = 'ribbon_yield'") == [(1,)]
    at = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    for spec in ("{}", '{"v": 2}'):
        with any_store.writing() as cur:
            queries.execute(cur, "mapping/save", {"office": "", "name": "rekap", "kind": "stok", "signature": "[]",
                                                  "spec": spec, "created_by": "admin", "created_at": at})
    assert _rows(any_store, "select spec from import_mappings") == [('{"v": 2}',)]


def test_audit_ids_follow_the_order_of_events(any_store):
    for n in range(3):
        audit.log(any_store, "admin", audit.SETTINGS, {"n": n})
    rows = audit.entries(any_store)
    assert rows["id"].to_list() == [3, 2, 1]
    assert [d for d in rows["detail"].to_list()] == ['{"n": 2}', '{"n": 1}', '{"n": 0}']


def test_login_attempts_are_counted_and_flipped(any_store):
    auth.add_user(any_store, "budi", "admin", None, "sandi-yang-panjang-1", actor="sistem")
    assert auth.authenticate(any_store, "budi", "salah") is None
    assert auth.authenticate(any_store, "budi", "sandi-yang-panjang-1").name == "budi"
    assert _rows(any_store, "select attempt_id, ok from login_attempts order by attempt_id") == [(1, False), (2, True)]


def test_a_second_server_finds_the_lake_migrated(shared_store):
    applied = _rows(shared_store, "select count(*) from schema_migrations")
    assert Store.open(shared_store.path) is shared_store  # str(store.path) finds the open store (ui.state's caches)
    from dashboard.store.lake import SharedStore

    other = SharedStore(shared_store.server, wait_seconds=5)
    try:
        assert _rows(other, "select count(*) from schema_migrations") == applied
        assert _rows(other, "select count(*) from regions") == [(552,)]
    finally:
        other.close()


def test_servers_take_turns_to_write(shared_store):
    """Two Store objects are two servers (two connections): the second writer waits for the first's commit."""
    from dashboard.store.lake import SharedStore

    other = SharedStore(shared_store.server, wait_seconds=30)
    impatient = SharedStore(shared_store.server, wait_seconds=0.3)
    entered, release = threading.Event(), threading.Event()

    def first() -> None:
        with shared_store.writing() as cur:
            cur.execute("insert into settings values ('holder', '1')")
            entered.set()
            release.wait(10)

    holder = threading.Thread(target=first)
    holder.start()
    try:
        assert entered.wait(30)
        with pytest.raises(StoreBusy, match="Server lain sedang menulis"):
            with impatient.writing() as cur:
                cur.execute("insert into settings values ('never', '1')")
        waited = threading.Thread(target=lambda: _write(other, "after"))
        started = time.monotonic()
        waited.start()
        time.sleep(0.5)
        release.set()
        waited.join(30)
        assert time.monotonic() - started >= 0.5
        holder.join(30)
        assert _rows(shared_store, "select key from settings order by key") == [("after",), ("holder",)]
    finally:
        release.set()
        for store in (other, impatient):
            store.close()


def _write(store, key: str) -> None:
    with store.writing() as cur:
        cur.execute("insert into settings values ($key, '1')", {"key": key})


def test_another_servers_write_shows_in_the_data_version(shared_store, monkeypatch):
    from dashboard.store import lake

    monkeypatch.setattr(lake, "VERSION_TTL", 0.0)
    other = lake.SharedStore(shared_store.server)
    try:
        before = shared_store.data_version()
        save_settings(other, {"ribbon_yield": 470})
        assert int(shared_store.data_version()) == int(before) + 1
        assert load_settings(shared_store).ribbon_yield == 470
    finally:
        other.close()


def test_maintenance_keeps_the_data(shared_store):
    for n in range(3):
        save_settings(shared_store, {"ribbon_yield": 450 + n})
    shared_store.maintain()
    shared_store._version = None
    assert load_settings(shared_store).ribbon_yield == 452
    assert shared_store.data_version() == "3"


def test_a_restarted_server_is_found_again(tmp_path, monkeypatch, pg_server):
    """PostgreSQL restarts under a running app: a clear Bahasa fault meanwhile, then the store works again."""
    from dashboard.store import StoreConfigError
    from tests import pg_support

    server = pg_support.start()  # its own server: stopping the shared one would disturb other tests
    monkeypatch.setenv("EKTP_LAKE_DATA", str(tmp_path / "lake"))
    store = Store.open(server.url(server.new_database()))
    try:
        save_settings(store, {"ribbon_yield": 470})
        server.stop_keeping_files()
        with pytest.raises(StoreConfigError, match="tidak dapat dihubungi"):
            store.scalar("store/row_count")
        server.start_again()
        assert load_settings(store).ribbon_yield == 470
    finally:
        store.close()
        Store._instances.pop(str(store.path), None)
        server.stop()
