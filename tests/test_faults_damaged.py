"""A damaged store (truncated, garbled, 0 bytes, bad header) gets a clear answer everywhere: every CLI command exits
4 with a Bahasa message naming the file and the way out, the app shows a Bahasa page with a reference id and no
path or stack; never a raw DuckDB error or a traceback."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import duckdb
import pytest
from faults_bad_day import DAMAGE, damage, fill
from streamlit.testing.v1 import AppTest
from test_faults_support import cli, ledger, stock_csv, write

from dashboard.cli import EXIT_DAMAGED, main
from dashboard.store import Store, StoreDamaged, faults
from tests.page_support import clear_caches

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    """A store with real uploads, closed, to copy and damage per test."""
    folder = tmp_path_factory.mktemp("healthy")
    store = Store.open(folder / "ektp.duckdb", linger_seconds=0)
    fill(store)
    store.close()
    return folder / "ektp.duckdb"


def damaged_copy(healthy: Path, folder: Path, how: str) -> Path:
    target = folder / "ektp.duckdb"
    target.write_bytes(healthy.read_bytes())
    archive = healthy.parent / "ektp-archive"
    (folder / "ektp-archive").mkdir()
    for path in archive.iterdir():
        (folder / "ektp-archive" / path.name).write_bytes(path.read_bytes())
    damage(target, how)
    return target


def test_the_file_layout_the_truncation_check_relies_on(store, tmp_path):
    """A checkpointed file is 3 x 4 KiB of headers then whole blocks; used blocks always fit in the file, also
    after deletes and a restore-like reopen (so the check never cries wolf)."""
    fill(store)
    store.close()
    con = duckdb.connect(str(store.path))
    [(block, used)] = con.sql("select block_size, total_blocks - free_blocks from pragma_database_size()").fetchall()
    con.close()
    assert store.path.stat().st_size >= faults.HEADER_BYTES + used * block
    with store.writing() as cur:
        cur.execute("delete from stock_ledger where region_code = '65.71'")
    store.close()
    with store.reading() as cur:
        faults.check_opened(cur, store.path)  # no false alarm


@pytest.mark.parametrize("how", DAMAGE)
def test_opening_a_damaged_store_raises_store_damaged_naming_the_way_out(healthy, tmp_path, how):
    path = damaged_copy(healthy, tmp_path, how)
    store = Store(path, linger_seconds=0)
    with pytest.raises(StoreDamaged) as caught:
        store.is_empty()
    text = str(caught.value)
    assert str(path) in text and "restore" in text and "rebuild --from-archive" in text and "doctor" in text
    assert "rusak" in text and "IO Error" not in text and "checksum " not in text.split("(")[0]


def test_a_damaged_block_found_by_a_query_is_damage_too(healthy, tmp_path):
    """A block is checksummed when first read, maybe long after the file opened."""
    path = damaged_copy(healthy, tmp_path, "truncated")
    path.write_bytes(healthy.read_bytes())
    store = Store(path, linger_seconds=0)
    with store.reading() as cur:
        cur.execute("select 1").fetchall()
    store.close()
    data = bytearray(path.read_bytes())
    for start in range(3 * 4096 + 262_144, len(data), 262_144):  # every block but the first
        for i in range(start + 2000, start + 60_000):
            data[i] ^= 0x33
    path.write_bytes(bytes(data))
    store = Store(path, linger_seconds=0)
    with pytest.raises(StoreDamaged):  # at open, or at the first query that reads a garbled block
        for table in ("stock_ledger", "coverage", "uploads", "audit_log", "users", "regions", "derived_series_day"):
            with store.reading() as cur:
                cur.sql(f"select * from {table}").pl()


# Every command, as an operator would type it on the bad day, and what it must answer.
COMMANDS = [
    (["report", "--region", "ID"], EXIT_DAMAGED),
    (["regions"], EXIT_DAMAGED),
    (["ingest", "FILE"], EXIT_DAMAGED),
    (["ingest", "--dry-run", "FILE"], EXIT_DAMAGED),
    (["demo", "--months", "1", "--region", "65"], EXIT_DAMAGED),
    (["briefing", "--out", "OUT/b.pdf"], EXIT_DAMAGED),
    (["user", "list"], EXIT_DAMAGED),
    (["user", "remove", "bulungan"], EXIT_DAMAGED),
    (["backup", "--out", "OUT/cadangan"], EXIT_DAMAGED),
    (["doctor"], EXIT_DAMAGED),
    (["restore", "OUT/none"], 1),  # no backup folder: refused before the store is touched
    (["rebuild", "--out", "OUT/baru.duckdb"], 0),  # the way out: the archive's manifests are enough
]


@pytest.mark.parametrize("how", DAMAGE)
def test_every_cli_command_answers_a_damaged_store_in_bahasa(healthy, tmp_path, capsys, how):
    path = damaged_copy(healthy, tmp_path, how)
    upload = write(tmp_path, "malinau.csv", stock_csv(ledger("65.01", dt.date(2024, 5, 1), 3)))
    (tmp_path / "out").mkdir()
    for argv, expected in COMMANDS:
        args = [str(upload) if a == "FILE" else a.replace("OUT", str(tmp_path / "out")) for a in argv]
        code = main([*args, "--db", str(path)])
        out, err = capsys.readouterr()
        assert code == expected, (argv, how, out, err)
        assert "Traceback" not in out + err and "Error" not in err and "Exception" not in err, (argv, err)
        if expected == EXIT_DAMAGED:
            assert f"Basis data {path} rusak" in err and "restore" in err and "rebuild" in err, (argv, err)
    Store.open(path).close()


def test_a_real_process_on_a_damaged_store_exits_4_with_no_traceback(healthy, tmp_path):
    path = damaged_copy(healthy, tmp_path, "garbled")
    done = cli("report", "--region", "ID", "--db", str(path))
    assert done.returncode == EXIT_DAMAGED
    assert "rusak" in done.stderr and "Traceback" not in done.stderr and not done.stdout
    log = tmp_path / "logs" / "cli.log"
    assert "store damaged" in log.read_text()


@pytest.mark.parametrize("how", DAMAGE)
def test_the_app_shows_a_bahasa_page_with_a_reference_and_no_path(healthy, tmp_path, monkeypatch, how):
    path = damaged_copy(healthy, tmp_path, how)
    monkeypatch.setenv("EKTP_DB", str(path))
    clear_caches()
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        assert not at.exception, at.exception
        assert [t.value for t in at.title] == ["Data tidak dapat dibuka"]
        shown = "\n".join(str(e.value) for kind in ("error", "markdown", "caption") for e in getattr(at, kind))
        assert "Basis data aplikasi rusak" in shown and "restore --force" in shown and "rebuild" in shown
        assert "Nomor rujukan untuk administrator" in shown
        assert str(tmp_path) not in shown and ".duckdb" not in shown and "Traceback" not in shown
    finally:
        clear_caches()


def test_the_app_hides_error_details_from_visitors():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    from streamlit.config import ShowErrorDetailsConfigOptions

    assert config["client"]["showErrorDetails"] == ShowErrorDetailsConfigOptions.NONE.value == "none"
