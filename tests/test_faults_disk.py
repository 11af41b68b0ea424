"""A refused write (disk full, permission denied, read-only file system) during an import: a clear Bahasa message,
exit code 5, the store unchanged and the archive file removed; a failed rollback never hides the first error.

Injected at the two places a write can fail (the archive file, DuckDB's commit), then for real: a tiny tmpfs that
fills up, and a read-only file system (both in a private mount namespace; skipped where mounting is not allowed),
or a read-only directory for a non-root user.
"""

from __future__ import annotations

import builtins
import datetime as dt
import errno
import importlib
import json
import os
import shutil
import subprocess
import sys
import textwrap

import duckdb
import pytest
from test_faults_support import ROOT, env, ledger, stock_csv, write

from dashboard import regions
from dashboard.cli import EXIT_FILESYSTEM, main
from dashboard.importer import apply as ingest
from dashboard.importer import write as archive_write
from dashboard.store import FileSystemFailure, Store

START = dt.date(2024, 1, 1)
TODAY = dt.date(2024, 6, 1)
REASONS = {errno.ENOSPC: ("full", "disk penuh", "No space left on device"),
           errno.EACCES: ("permission", "tidak ada izin menulis", "Permission denied"),
           errno.EROFS: ("read_only", "sistem berkas hanya-baca", "Read-only file system")}


def snapshot(store: Store) -> tuple:
    with store.reading() as cur:
        counts = cur.execute("select (select count(*) from stock_ledger), (select count(*) from uploads), "
                             "(select count(*) from stock_ledger_history), (select count(*) from audit_log), "
                             "(select coalesce(sum(stok_akhir), 0) from stock_ledger)").fetchall()[0]
    archive = sorted(p.name for p in store.archive_dir.iterdir()) if store.archive_dir.exists() else []
    return counts, archive, store.data_version()


class RefusingOpen:
    """open() for importer.write whose writes fail after a few bytes, as a full disk does."""

    def __init__(self, code: int):
        self.code = code

    def __call__(self, path, mode="r", *args, **kwargs):
        handle = builtins.open(path, mode, *args, **kwargs)
        if "w" not in mode:
            return handle
        code = self.code

        class Half:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                handle.close()

            def write(self, data):
                handle.write(data[:10])
                raise OSError(code, os.strerror(code), str(path))

        return Half()


class FailingCommit:
    """A cursor whose n-th commit fails the way DuckDB's does on a full disk: the transaction is already gone,
    so the rollback that follows fails too ("cannot rollback - no transaction is active")."""

    def __init__(self, cur, words: str, path):
        self._cur, self._words, self._path = cur, words, path

    def execute(self, query, *args, **kwargs):
        if isinstance(query, str) and query.strip().lower() == "commit" and FailingCommit.left is not None:
            FailingCommit.left -= 1
            if FailingCommit.left <= 0:
                self._cur.execute("rollback")
                raise duckdb.TransactionException(
                    f'TransactionContext Error: Failed to commit: Could not write file "{self._path}.wal": '
                    f"{self._words}")
        return self._cur.execute(query, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._cur, name)

    left: int | None = None


def fail_commits(monkeypatch, words: str, nth: int = 1) -> None:
    real = Store._acquire

    class Connection:
        def __init__(self, con, path):
            self._con, self._path = con, path

        def cursor(self):
            return FailingCommit(self._con.cursor(), words, self._path)

        def __getattr__(self, name):
            return getattr(self._con, name)

    FailingCommit.left = nth
    monkeypatch.setattr(Store, "_acquire", lambda self: Connection(real(self), self.path))


def base_store(store: Store) -> tuple:
    [first] = ingest.apply_files(store, [("a.csv", stock_csv(ledger("65.01", START, 10)))], uploader="pusat",
                                 source="cli", today=TODAY)
    assert first.accepted
    return snapshot(store)


@pytest.mark.parametrize("code", sorted(REASONS))
def test_archive_write_refused_changes_nothing_and_says_why(store, monkeypatch, code):
    before = base_store(store)
    monkeypatch.setattr(archive_write, "open", RefusingOpen(code), raising=False)
    with pytest.raises(FileSystemFailure) as caught:
        ingest.apply_files(store, [("b.csv", stock_csv(ledger("65.02", START, 10)))], uploader="pusat",
                           source="cli", today=TODAY)
    key, words, _ = REASONS[code]
    assert caught.value.reason_key == key and words in str(caught.value)
    assert "Tidak ada data yang diubah" in str(caught.value)
    assert snapshot(store) == before  # rows, uploads, history, audit, archive (no half file, no .tmp), version


@pytest.mark.parametrize("code", sorted(REASONS))
def test_commit_refused_never_shows_the_failed_rollback(store, monkeypatch, code):
    before = base_store(store)
    key, words, duck_words = REASONS[code]
    fail_commits(monkeypatch, duck_words)
    with pytest.raises(FileSystemFailure) as caught:
        ingest.apply_files(store, [("b.csv", stock_csv(ledger("65.02", START, 10)))], uploader="pusat",
                           source="cli", today=TODAY)
    assert caught.value.reason_key == key and words in str(caught.value)
    assert "rollback" not in str(caught.value) and "no transaction" not in str(caught.value)
    assert caught.value.__cause__ is not None and duck_words in str(caught.value.__cause__)
    monkeypatch.undo()
    assert snapshot(store) == before  # the archive file written inside the transaction is gone too


def test_cli_batch_on_a_full_disk_reports_what_landed_and_exits_5(store, monkeypatch, tmp_path, capsys):
    before = base_store(store)
    store.close()
    first = write(tmp_path, "bulungan.csv", stock_csv(ledger("65.02", START, 5)))
    second = write(tmp_path, "nunukan.csv", stock_csv(ledger("65.03", START, 5)))
    fail_commits(monkeypatch, "No space left on device", nth=2)
    code = main(["ingest", "--db", str(store.path), str(first), str(second)])
    out, err = capsys.readouterr()
    assert code == EXIT_FILESYSTEM == 5
    assert "bulungan.csv: Diterima: 5 baris — 5 baru." in out
    assert "nunukan.csv: tidak disimpan" in out
    assert err.startswith("Gagal menulis ke disk: disk penuh (") and "Kosongkan ruang disk" in err
    assert "Traceback" not in out + err and "rollback" not in err
    monkeypatch.undo()
    counts, archive, _ = snapshot(store)
    assert counts[1] == before[0][1] + 1 and len([a for a in archive if a.endswith(".csv")]) == 2


# -- for real ------------------------------------------------------------------------------------------------------
def _can_mount(tmp_path) -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = tmp_path / "probe"
    probe.mkdir()
    done = subprocess.run(["unshare", "--mount", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs {probe}"],
                          capture_output=True, timeout=30)
    return done.returncode == 0


def _in_namespace(script: str, timeout: float = 240) -> dict:
    """Run a shell script in a private mount namespace (mounts vanish with it); its last line is JSON."""
    done = subprocess.run(["unshare", "--mount", "sh", "-ec", script], capture_output=True, text=True,
                          cwd=ROOT, env=env(), timeout=timeout)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


_REPORT = textwrap.dedent("""
    import json, sys, subprocess
    from dashboard.store import Store
    s = Store.open(sys.argv[1], linger_seconds=0)
    with s.reading() as cur:
        rows, uploads = cur.execute("select (select count(*) from stock_ledger), (select count(*) from uploads)").fetchall()[0]
    s.close()
    files = sorted(p.name for p in s.archive_dir.iterdir())
    doctor = subprocess.run([sys.executable, "-m", "dashboard", "doctor", "--db", sys.argv[1]], capture_output=True)
    print(json.dumps({"rows": rows, "uploads": uploads, "files": files, "doctor": doctor.returncode}))
""")


@pytest.mark.parametrize("room", ["archive", "database"])
def test_a_real_full_disk(tmp_path, room):
    """room 'archive': too little space for the raw file; 'database': the raw file fits, DuckDB's write does not."""
    if not _can_mount(tmp_path):
        pytest.skip("needs root and mount namespaces for a tiny tmpfs")
    disk = tmp_path / "disk"
    disk.mkdir()
    small = write(tmp_path, "kecil.csv", stock_csv(ledger("65.01", START, 10)))
    codes = [c for c in regions.members("65") + regions.members("64") if c != "65.01"][:10]
    big = write(tmp_path, "besar.csv", stock_csv([r for code in codes for r in ledger(code, START, 150)]))
    # 4 KiB pages left free: fewer than the raw file needs, or the raw file plus a little (not DuckDB's share).
    free = 4 if room == "archive" else big.stat().st_size // 4096 + 3
    py, db = sys.executable, disk / "ektp.duckdb"
    (tmp_path / "report.py").write_text(_REPORT)
    result = _in_namespace(f"""
        mount -t tmpfs -o size=4m tmpfs {disk}
        {py} -m dashboard ingest --db {db} {small} > /dev/null
        dd if=/dev/zero of={disk}/filler bs=4k count=$(( $(stat -f -c %a {disk}) - {free} )) 2>/dev/null
        set +e
        {py} -m dashboard ingest --db {db} {big} > {tmp_path}/out.txt 2> {tmp_path}/err.txt
        echo $? > {tmp_path}/rc.txt
        set -e
        rm -f {disk}/filler
        {py} {tmp_path}/report.py {db}
    """)
    err = (tmp_path / "err.txt").read_text()
    assert (tmp_path / "rc.txt").read_text().strip() == "5", err + (tmp_path / "out.txt").read_text()
    assert err.startswith("Gagal menulis ke disk: disk penuh") and "Traceback" not in err, err
    assert ("ektp-archive" in err) == (room == "archive")  # the file the disk refused is named
    assert result["rows"] == 10 and result["uploads"] == 1  # the store holds exactly the first import
    assert len(result["files"]) == 2 and result["doctor"] == 0, result  # its file + manifest; no orphan, no .tmp


def test_a_real_read_only_file_system_or_directory(tmp_path):
    small = write(tmp_path, "kecil.csv", stock_csv(ledger("65.01", START, 10)))
    other = write(tmp_path, "lain.csv", stock_csv(ledger("65.02", START, 10)))
    py = sys.executable
    if _can_mount(tmp_path):  # root: a real read-only mount (EROFS)
        disk = tmp_path / "disk"
        disk.mkdir()
        db = disk / "ektp.duckdb"
        _in_namespace(f"""
            mount -t tmpfs -o size=8m tmpfs {disk}
            {py} -m dashboard ingest --db {db} {small} > /dev/null
            mount -o remount,ro {disk}
            set +e
            {py} -m dashboard ingest --db {db} {other} > {tmp_path}/out.txt 2> {tmp_path}/err.txt
            echo $? > {tmp_path}/rc.txt
            set -e
            mount -o remount,rw {disk}
            {py} -c "import shutil; shutil.copy('{db}', '{tmp_path}/after.duckdb')"
            echo '{{}}'
        """)
        db = tmp_path / "after.duckdb"
        words = "sistem berkas hanya-baca"
    elif os.geteuid() != 0:  # a read-only directory (EACCES)
        disk = tmp_path / "disk"
        db = disk / "ektp.duckdb"
        done = subprocess.run([py, "-m", "dashboard", "ingest", "--db", str(db), str(small)], env=env(), cwd=ROOT)
        assert done.returncode == 0
        for path in [disk, disk / "ektp-archive"]:
            path.chmod(0o555)
        try:
            done = subprocess.run([py, "-m", "dashboard", "ingest", "--db", str(db), str(other)], env=env(),
                                  cwd=ROOT, capture_output=True, text=True)
        finally:
            for path in [disk, disk / "ektp-archive"]:
                path.chmod(0o755)
        (tmp_path / "rc.txt").write_text(str(done.returncode))
        (tmp_path / "err.txt").write_text(done.stderr)
        words = "tidak ada izin menulis"
    else:
        pytest.skip("root without mount namespaces: no way to make a directory read-only")
    err = (tmp_path / "err.txt").read_text()
    assert (tmp_path / "rc.txt").read_text().strip() == "5", err
    assert err.startswith("Gagal menulis ke disk: " + words) and "Traceback" not in err
    store = Store.open(db, linger_seconds=0)
    try:
        with store.reading() as cur:
            assert cur.execute("select count(*) from uploads").fetchall() == [(1,)]
    finally:
        store.close()


def test_the_unggah_page_says_the_disk_is_full_without_a_path(fixture_db, monkeypatch):
    from dashboard.admin import auth
    from tests.page_support import open_page

    auth.add_user(fixture_db, "pusat", "admin", None, "Rahasia-Dukcapil-1")
    version = fixture_db.data_version()
    at = open_page("pages/unggah.py", user="pusat")
    at.file_uploader(key="unggah_files").set_value([("malinau.csv", stock_csv(ledger("65.01", START, 5)), "text/csv")])
    at.run()
    monkeypatch.setattr(archive_write, "open", RefusingOpen(errno.ENOSPC), raising=False)
    at.button(key="unggah_apply").click()
    at.run()
    assert not at.exception, at.exception
    [shown] = [e.value for e in at.error]
    assert shown.startswith("Gagal menulis ke disk: disk penuh. Tidak ada data yang diubah.")
    assert "Nomor rujukan untuk administrator" in shown and str(fixture_db.path.parent) not in shown
    assert fixture_db.data_version() == version


def test_a_backup_onto_a_full_disk_exits_5_not_as_an_unexpected_error(store, tmp_path, monkeypatch, capsys):
    backup_mod = importlib.import_module("dashboard.admin.backup")  # the module, not the function of that name
    base_store(store)
    store.close()
    monkeypatch.setattr(backup_mod, "open", RefusingOpen(errno.ENOSPC), raising=False)
    code = main(["backup", "--db", str(store.path), "--out", str(tmp_path / "cadangan")])
    err = capsys.readouterr().err
    assert code == EXIT_FILESYSTEM and err.startswith("Gagal menulis ke disk: disk penuh (") and "Traceback" not in err
