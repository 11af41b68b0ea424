"""Where the store lives: file paths, the PostgreSQL URL, and everything else refused in Bahasa (nothing created)."""

from __future__ import annotations

import base64
import gzip
import os
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dashboard.store import Store, StoreConfigError, StoreTooNew, location, migrations

ROOT = Path(__file__).resolve().parents[1]


def _cli(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("EKTP_DB", "EKTP_LAKE_DATA")}
    environ.update(PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "dashboard", *args], text=True, capture_output=True, cwd=cwd,
                          env=environ, timeout=120)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_url_parts_and_identity_without_the_password(tmp_path, monkeypatch):
    monkeypatch.setenv("EKTP_LAKE_DATA", str(tmp_path / "lake"))
    server = location.parse("postgresql://ektp:s%20cr'et@db.dinas.local:6543/stok?sslmode=require")
    assert (server.user, server.password, server.host, server.port, server.database) == (
        "ektp", "s cr'et", "db.dinas.local", 6543, "stok")
    assert server.shown == "postgresql://ektp@db.dinas.local:6543/stok"
    assert "password='s cr\\'et'" in server.libpq() and "sslmode='require'" in server.libpq()
    assert server.lake_data == (tmp_path / "lake").resolve() and server.lake_data.is_dir()
    assert location.parse("postgres://u@h/d").port == 5432
    assert location.parse(tmp_path / "x.duckdb") == (tmp_path / "x.duckdb").resolve()
    assert location.parse("data/ektp.duckdb") == Path("data/ektp.duckdb").resolve()


@pytest.mark.parametrize("text, key", [
    ("mysql://u@h:3306/d", "scheme"), ("s3://bucket/ektp.duckdb", "scheme"), ("postgresql://u@h:5432/", "url"),
    ("postgresql://h:notaport/d", "url"), ("postgresql:ektp", "url"), ("postgresql://u@h/d?host=evil", "option"),
])
def test_bad_locations_are_refused_and_nothing_is_created(text, key, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EKTP_LAKE_DATA", str(tmp_path / "lake"))
    with pytest.raises(StoreConfigError) as caught:
        Store.open(text)
    assert caught.value.key == key
    assert not [p for p in tmp_path.iterdir() if p.name != "lake"]


def test_shared_mode_needs_a_lake_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EKTP_LAKE_DATA", raising=False)
    with pytest.raises(StoreConfigError, match="EKTP_LAKE_DATA"):
        Store.open("postgresql://ektp@127.0.0.1:5432/ektp")
    monkeypatch.setenv("EKTP_LAKE_DATA", "s3://bucket/lake")
    with pytest.raises(StoreConfigError, match="bukan alamat URL"):
        Store.open("postgresql://ektp@127.0.0.1:5432/ektp")
    assert not list(tmp_path.iterdir())


def test_cli_refuses_an_unknown_scheme_with_exit_7(tmp_path):
    out = _cli(tmp_path, "report", "--db", "mysql://u@h:3306/d", "--region", "ID")
    assert out.returncode == 7, out.stderr
    assert "skema 'mysql://'" in out.stderr and "Traceback" not in out.stderr
    assert not list(tmp_path.iterdir())  # no stray folder named "mysql:"


def _lake_installed() -> bool:
    from dashboard.store import lake

    try:
        return bool(lake.extension_files())
    except StoreConfigError:
        return False


@pytest.mark.skipif(not _lake_installed(), reason="the duckdb-extension-* packages of requirements.txt are missing")
def test_cli_says_an_unreachable_server_plainly(tmp_path):
    url = f"postgresql://ektp:rahasia@127.0.0.1:{_free_port()}/ektp"
    out = _cli(tmp_path, "report", "--region", "ID", EKTP_DB=url, EKTP_LAKE_DATA=str(tmp_path / "lake"))
    assert out.returncode == 7, out.stderr
    assert "tidak dapat dihubungi" in out.stderr and "postgresql://ektp@127.0.0.1" in out.stderr
    assert "rahasia" not in out.stderr and "Traceback" not in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lake"]  # no folder named "postgresql:"


def test_lake_form_drops_keys_and_sequences_only():
    sql = ("create sequence s start 1;\n"
           "create table a (k varchar primary key, v varchar not null);\n"
           "create table b (id bigint default nextval('s'), x boolean not null default false, primary key (id, x))")
    assert migrations._statements(sql, lake=True) == [
        "create table a (k varchar, v varchar not null)",
        "create table b (id bigint, x boolean not null default false)"]
    assert len(migrations._statements(sql)) == 3


# An empty store written by DuckDB 2.0.0 (gzip, base64): what the pinned 1.5.5 finds after an upgrade from 2.0.
_DUCKDB_2_0_FILE = (
    "H4sIAAAAAAACA+3XvQqBARQG4K8YXIGdzYL8zAZMZkq2z89sktmumGVQBoMbkE3uxeICvjIwSEqRRRmeZ3k7ndPZ39Zxs1scOpla"
    "s9o4xYKvjArZfDb/ft8rl7ph2C/2Bp//rCup6biYjFblaLJvn3MBAAAA8BPz7jI9nG0vj/n64nkZv0fiHvVA/wcAAAD9X/8HAACA"
    "f3EDt/YUNAAwAAA=")


def _newer_file(path: Path) -> None:
    path.write_bytes(gzip.decompress(base64.b64decode(_DUCKDB_2_0_FILE)))


@pytest.mark.skipif(duckdb.__version__.startswith("2."), reason="DuckDB 2.0 reads its own files")
def test_a_store_of_a_newer_duckdb_says_how_to_rebuild(tmp_path):
    path = tmp_path / "ektp.duckdb"
    _newer_file(path)
    with pytest.raises(StoreTooNew) as caught:
        with Store(path, linger_seconds=0).reading():
            pass
    text = str(caught.value)
    assert "v2.0.0" in text and duckdb.__version__ in text and "tidak rusak" in text
    assert f"rebuild --from-archive {tmp_path / 'ektp-archive'} --replace" in text
    out = _cli(tmp_path, "report", "--db", str(path), "--region", "ID")
    assert out.returncode == 4 and "v2.0.0" in out.stderr and "Traceback" not in out.stderr


def test_server_errors_never_show_the_password(tmp_path, monkeypatch):
    from dashboard.store import lake

    monkeypatch.setenv("EKTP_LAKE_DATA", str(tmp_path / "lake"))
    server = location.parse("postgresql://u:s%20cr'et@h:5/d")
    said = lake._first_line(f'IO Error: Unable to connect to Postgres at "{server.libpq()}": refused\nmore', server)
    assert said == "IO Error: Unable to connect to Postgres at \"dbname='d' host='h' port='5' user='u' " \
                   "password='***'\": refused"


def test_the_first_admin_command_never_shows_a_servers_password(tmp_path):
    from dashboard.ui.auth import first_admin_command

    shared = first_admin_command(tmp_path, "postgresql://ektp:rahasia@db:5432/ektp")
    assert "rahasia" not in shared and "--db" not in shared and shared.endswith("--password-stdin")
    assert first_admin_command(tmp_path, tmp_path / "x.duckdb").endswith(f"--db {tmp_path / 'x.duckdb'}")
