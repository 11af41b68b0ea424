"""`python -m dashboard user ...`: passwords only from stdin, refusals with exit code 1, no hash ever printed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.admin import auth
from dashboard.cli import main
from dashboard.store import audit

ROOT = Path(__file__).resolve().parents[1]
PW = "Rahasia-Dukcapil-1"


def run(argv, monkeypatch, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def test_add_list_remove(store, monkeypatch, capsys):
    db = ["--db", str(store.path)]
    assert run(["user", "add", "Budi", "--role", "kabkota", "--region", "5208", "--password-stdin", *db],
               monkeypatch, PW + "\n") == 0
    assert run(["user", "add", "ntb", "--role", "provinsi", "--region", "52", "--password-stdin", *db],
               monkeypatch, PW + "\r\n") == 0
    assert run(["user", "add", "pusat", "--role", "admin", "--password-stdin", *db], monkeypatch, PW) == 0
    assert "budi (Kab/kota: Kabupaten Lombok Utara) ditambahkan" in capsys.readouterr().out
    assert run(["user", "list", *db], monkeypatch) == 0
    out = capsys.readouterr().out
    assert "budi\tkabkota\t52.08\tKabupaten Lombok Utara" in out and "ntb\tprovinsi\t52\tNusa Tenggara Barat" in out
    assert "argon2" not in out and PW not in out
    # The trailing newline (and \r) of stdin are not part of the password.
    assert auth.authenticate(store, "ntb", PW) and auth.authenticate(store, "budi", PW)
    assert run(["user", "remove", "BUDI", *db], monkeypatch) == 0
    assert [u.name for u in auth.list_users(store)] == ["ntb", "pusat"]
    log = audit.entries(store)
    accounts = log.filter(log["action"].is_in(["pengguna_tambah", "pengguna_hapus"]))
    assert set(accounts["action"]) == {"pengguna_tambah", "pengguna_hapus"} and accounts.height == 4
    assert set(log["action"]) - set(accounts["action"]) == {"login"}  # the two checks above
    assert all(actor.startswith("cli") for actor in accounts["actor"])  # who ran the command, not a blank


@pytest.mark.parametrize("stdin, argv_extra, fragment", [
    ("", [], "minimal 8"),
    ("\n", [], "minimal 8"),
    ("pendek\n", [], "minimal 8"),
    (PW, ["--region", "52"], "tidak memakai wilayah"),
])
def test_add_refusals(store, monkeypatch, capsys, stdin, argv_extra, fragment):
    code = run(["user", "add", "budi", "--role", "viewer", *argv_extra, "--password-stdin", "--db", str(store.path)],
               monkeypatch, stdin)
    assert code == 1 and fragment in capsys.readouterr().err
    assert auth.list_users(store) == []


def test_password_never_from_argv(store, monkeypatch, capsys):
    with pytest.raises(SystemExit) as exc:
        run(["user", "add", "budi", "--role", "viewer", "--db", str(store.path)], monkeypatch, PW)
    assert exc.value.code == 2 and "--password-stdin" in capsys.readouterr().err


def test_bad_role_is_usage_error(store, monkeypatch):
    with pytest.raises(SystemExit) as exc:
        run(["user", "add", "budi", "--role", "root", "--password-stdin", "--db", str(store.path)], monkeypatch, PW)
    assert exc.value.code == 2


def test_remove_unknown_and_last_admin(store, monkeypatch, capsys):
    auth.add_user(store, "pusat", "admin", None, PW)
    assert run(["user", "remove", "siapa", "--db", str(store.path)], monkeypatch) == 1
    assert "tidak dikenal" in capsys.readouterr().err
    assert run(["user", "remove", "pusat", "--db", str(store.path)], monkeypatch) == 1
    assert "Admin terakhir" in capsys.readouterr().err


def test_passwd(store, monkeypatch):
    auth.add_user(store, "budi", "viewer", None, PW)
    assert run(["user", "passwd", "budi", "--password-stdin", "--db", str(store.path)], monkeypatch, "Sandi-Baru-2024\n") == 0
    assert auth.authenticate(store, "budi", PW) is None
    assert auth.authenticate(store, "budi", "Sandi-Baru-2024").name == "budi"


def test_real_process_reads_password_from_stdin(tmp_path):
    db = tmp_path / "cli.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "dashboard", "user", "add", "klu", "--role", "kabkota", "--region",
                           "52.08", "--password-stdin", "--db", str(db)], input=PW + "\n", text=True,
                          capture_output=True, cwd=ROOT, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert PW not in proc.stdout + proc.stderr
    listing = subprocess.run([sys.executable, "-m", "dashboard", "user", "list", "--db", str(db)], text=True,
                             capture_output=True, cwd=ROOT, env=env, timeout=60)
    assert "klu\tkabkota\t52.08" in listing.stdout and "$argon2" not in listing.stdout
