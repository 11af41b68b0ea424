"""A process killed (SIGKILL) in the middle of an import leaves the store exactly as before, and usable."""

from __future__ import annotations

import datetime as dt
import os
import signal

from test_faults_support import big_stock_file, cli, ledger, paused_cli, stock_csv, write

from dashboard.importer import apply as ingest

START = dt.date(2024, 1, 1)


def _snapshot(store) -> tuple:
    with store.reading() as cur:
        counts = tuple(cur.execute(
            "select (select count(*) from stock_ledger), (select count(*) from coverage), (select count(*) from uploads),"
            " (select count(*) from stock_ledger_history), (select coalesce(sum(stok_akhir), 0) from stock_ledger)"
        ).fetchall()[0])
    return counts, store.data_version()


def test_sigkill_inside_the_import_transaction_changes_nothing(store, tmp_path):
    first = ingest.apply_files(store, [("malinau.csv", stock_csv(ledger("65.01", START, 30)))],
                               uploader="malinau", source="cli")
    assert first[0].accepted
    before = _snapshot(store)
    store.close()
    big = write(tmp_path, "kaltara_besar.csv", big_stock_file(days=120))
    proc = paused_cli(120, "ingest", "--db", str(store.path), str(big))
    line = proc.stdout.readline()
    # The whole file is written inside the transaction (the Malinau rows are re-sent too) but not committed.
    assert line.startswith("IN_TRANSACTION rows="), line + proc.stderr.read()
    assert int(line.split("=")[1]) > before[0][0]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # The lock died with the process; the file opens, holds what it held, and the version did not move.
    assert _snapshot(store) == before
    again = cli("ingest", "--db", str(store.path), str(big))
    assert again.returncode == 0, again.stderr
    after = _snapshot(store)
    assert after[0][0] > before[0][0] and int(after[1]) > int(before[1])
    with store.reading() as cur:
        archived = [r[0] for r in cur.execute("select archive_path from uploads where archive_path is not null").fetchall()]
    assert all((store.archive_dir / rel).is_file() for rel in archived)


def test_sigkill_while_waiting_for_the_lock_is_harmless(store, tmp_path):
    before = _snapshot(store)
    store.close()
    holder = paused_cli(3.0, "ingest", "--db", str(store.path), str(write(tmp_path, "a.csv", stock_csv(ledger("65.01", START, 10)))))
    assert holder.stdout.readline().startswith("IN_TRANSACTION")
    waiter = paused_cli(0, "ingest", "--db", str(store.path), str(write(tmp_path, "b.csv", stock_csv(ledger("65.02", START, 10)))))
    os.kill(waiter.pid, signal.SIGKILL)
    waiter.wait(timeout=30)
    holder.communicate(timeout=60)
    assert holder.returncode == 0
    counts, version = _snapshot(store)
    assert counts[0] == before[0][0] + 10 and int(version) > int(before[1])
