"""End to end on the shared store: import, read the report, two servers importing at once, a reader seeing it."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time

import pytest
from test_faults_support import ROOT, ledger, stock_csv, write

from dashboard import metrics
from dashboard.importer import apply as ingest
from dashboard.store import lake

START = dt.date(2024, 1, 1)


def _env(store) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "EKTP_DB": store.server.shown,
            "EKTP_LAKE_DATA": str(store.server.lake_data)}


def _ingest(store, *paths) -> subprocess.Popen:
    """Another server's import: the real CLI in its own process, on the same catalog and lake folder."""
    return subprocess.Popen([sys.executable, "-m", "dashboard", "ingest", *map(str, paths)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env(store))


def _one(store, sql: str):
    with store.reading() as cur:
        return cur.execute(sql).fetchall()[0][0]


def test_an_import_reads_back_as_in_the_embedded_store(shared_store, store):
    data = stock_csv(ledger("65.01", START, 90, receipts={30: 5_000}) + ledger("65.02", START, 60))
    for s in (store, shared_store):
        [result] = ingest.apply_files(s, [("kaltara.csv", data)], uploader="admin", source="cli")
        assert result.accepted and result.rows_added == 150 and result.upload_id == 1
    as_of = metrics.latest_as_of(shared_store)
    assert as_of == metrics.latest_as_of(store) == START + dt.timedelta(days=89)
    for region in ("ID", "65", "65.01"):
        assert metrics.region_report(shared_store, region, as_of) == metrics.region_report(store, region, as_of)
    archived = _one(shared_store, "select archive_path from uploads")
    assert (shared_store.archive_dir / archived).read_bytes() == data  # the raw file sits in the shared lake folder


def test_two_servers_importing_at_once_lose_nothing_and_store_nothing_twice(shared_store, tmp_path):
    a = write(tmp_path, "malinau.csv", stock_csv(ledger("65.01", START, 90)))
    b = write(tmp_path, "bulungan.csv", stock_csv(ledger("65.02", START, 60)))
    same = write(tmp_path, "tarakan.csv", stock_csv(ledger("65.71", START, 30)))
    before = int(shared_store.data_version())
    procs = [_ingest(shared_store, a, same), _ingest(shared_store, b, same)]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, (out, err)
    assert _one(shared_store, "select count(*) from stock_ledger") == 90 + 60 + 30
    assert _one(shared_store, "select count(*) from (select region_code, item, period_start, period_end "
                              "from stock_ledger group by all having count(*) > 1)") == 0
    # The same file sent by both servers lands once; the second finds every row already stored.
    assert _one(shared_store, "select count(*) from uploads where file_name = 'tarakan.csv'") == 1
    assert _one(shared_store, "select count(distinct upload_id) from uploads") == 3
    assert _one(shared_store, "select count(*) from audit_log where action = 'unggah'") == 3
    shared_store._version = None
    assert int(shared_store.data_version()) == before + 3


def test_a_reader_sees_another_servers_upload_on_its_next_page_view(shared_store, tmp_path, monkeypatch):
    from dashboard.ui import state

    monkeypatch.setenv("EKTP_DB", shared_store.server.shown)
    monkeypatch.setenv("STREAMLIT_GLOBAL_SHOW_WARNING_ON_DIRECT_EXECUTION", "false")
    assert state.store() is shared_store
    version = shared_store.data_version()
    assert state.cached(metrics.latest_as_of) is None
    proc = _ingest(shared_store, write(tmp_path, "malinau.csv", stock_csv(ledger("65.01", START, 10))))
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, (out, err)
    time.sleep(lake.VERSION_TTL)  # a page view a moment later (the version is asked at most once a second)
    assert shared_store.data_version() != version
    assert state.cached(metrics.latest_as_of) == START + dt.timedelta(days=9)
    assert metrics.region_report(shared_store, "65.01")["region"] == "65.01"


def test_an_embedded_store_moves_to_the_shared_store_by_rebuild(store, pg_server, tmp_path, monkeypatch):
    from dashboard import admin
    from dashboard.admin import auth
    from dashboard.store import Store, load_settings, save_settings

    data = stock_csv(ledger("65.01", START, 40))
    ingest.apply_files(store, [("malinau.csv", data)], uploader="admin", source="cli")
    auth.add_user(store, "budi", "kabkota", "65.01", "sandi-yang-panjang-1", actor="sistem")
    save_settings(store, {"ribbon_yield": 500})
    monkeypatch.setenv("EKTP_LAKE_DATA", str(tmp_path / "lake"))
    url = pg_server.url(pg_server.new_database())
    counts = admin.rebuild(store, url)
    shared = Store.open(url)
    try:
        assert counts["uploads"] == 1 and counts["salvaged"]
        assert metrics.region_report(shared, "65") == metrics.region_report(store, "65")
        assert auth.get_user(shared, "budi").region_code == "65.01" and load_settings(shared).ribbon_yield == 500
        with pytest.raises(admin.BackupError, match="sudah berisi data"):
            admin.rebuild(store, url)
    finally:
        shared.close()
        Store._instances.pop(str(shared.path), None)
