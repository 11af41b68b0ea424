"""Accounts through the library: role/region rules, hostile names and passwords, argon2 only, audit rows."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.admin import auth
from dashboard.admin.auth import AuthError
from dashboard.store import audit, save_settings

PW = "Rahasia-Dukcapil-1"


@pytest.mark.parametrize("role, region, expected", [
    ("admin", None, None), ("viewer", "", None), ("provinsi", "52", "52"), ("provinsi", 65, "65"),
    ("kabkota", "52.08", "52.08"), ("kabkota", "5208", "52.08"), ("kabkota", 11.1, "11.10"), ("kabkota", "65.71", "65.71"),
])
def test_role_region_accepted(role, region, expected):
    assert auth.check_role_region(role, region) == expected


@pytest.mark.parametrize("role, region, fragment", [
    ("admin", "52", "tidak memakai wilayah"), ("viewer", "52.08", "tidak memakai wilayah"),
    ("provinsi", None, "kode provinsi"), ("provinsi", "52.08", "kode provinsi"), ("provinsi", "ID", "kode provinsi"),
    ("provinsi", "99", "kode provinsi"), ("kabkota", "52", "kabupaten/kota"), ("kabkota", "52.99", "kabupaten/kota"),
    ("kabkota", "52.08; drop table users", "kabupaten/kota"), ("kabkota", None, "kabupaten/kota"),
    ("superuser", None, "tidak dikenal"), ("Admin", None, "tidak dikenal"), ("", None, "tidak dikenal"),
])
def test_role_region_refused(role, region, fragment):
    with pytest.raises(AuthError, match=fragment):
        auth.check_role_region(role, region)


@pytest.mark.parametrize("name", [
    "admin' --", "x'); drop table users; --", "<script>alert(1)</script>", "**x**", "аdmin",  # Cyrillic а
    "ab", "a" * 33, "-budi", ".budi", "bu di", "budi\x00", "bu\ndi", "", "../etc", "sistem", "demo", "rebuild",
])
def test_hostile_usernames_refused(store, name):
    with pytest.raises(AuthError):
        auth.add_user(store, name, "viewer", None, PW)
    assert auth.list_users(store) == []


@pytest.mark.parametrize("password, fragment", [
    ("", "minimal 8"), ("pendek", "minimal 8"), ("      abc      ", "minimal 8"), ("x" * 1025, "terlalu panjang"),
    ("rahasia\x00panjang", "tidak diizinkan"), ("budi.santoso", "sama dengan nama"), (None, "minimal 8"),
])
def test_weak_passwords_refused(store, password, fragment):
    with pytest.raises(AuthError, match=fragment):
        auth.add_user(store, "budi.santoso", "viewer", None, password)


@pytest.mark.production_hash
def test_passwords_stored_only_as_argon2_hashes(store):
    auth.add_user(store, " Budi ", "kabkota", "5208", PW)
    assert auth.authenticate(store, "budi", "salah-sandi-123") is None
    assert auth.authenticate(store, "BUDI", PW).name == "budi"
    with store.reading() as cur:
        hashed = cur.execute("select password_hash from users").fetchall()[0][0]
        tables = [r[0] for r in cur.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()]
        # Every text cell of every table: neither the password nor the wrong guess is stored anywhere.
        frames = [cur.sql(f'select * from "{name}"').pl() for name in tables]
    cells = [str(v) for frame in frames for row in frame.iter_rows() for v in row]
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$") and PW not in hashed  # the production cost
    assert not [c for c in cells if PW in c or "salah-sandi-123" in c]
    assert "password_hash" not in auth.User.__dataclass_fields__


def test_add_list_remove_and_audit(store):
    auth.add_user(store, "admin1", "admin", None, PW, actor="cli:root")
    auth.add_user(store, "ntb", "provinsi", "52", PW, email="NTB@Dukcapil.go.id")
    auth.add_user(store, "klu", "kabkota", "52.08", PW)
    with pytest.raises(AuthError, match="sudah ada"):
        auth.add_user(store, "KLU", "viewer", None, PW)
    with pytest.raises(AuthError, match="sudah dipakai"):
        auth.add_user(store, "ntb2", "viewer", None, PW, email="ntb@dukcapil.go.id")
    with pytest.raises(AuthError, match="tidak valid"):
        auth.add_user(store, "ntb3", "viewer", None, PW, email="<script>@x")
    assert [(u.name, u.role, u.region_code) for u in auth.list_users(store)] == [
        ("admin1", "admin", None), ("klu", "kabkota", "52.08"), ("ntb", "provinsi", "52")]
    assert auth.user_by_email(store, " ntb@DUKCAPIL.go.id").name == "ntb"
    with pytest.raises(AuthError, match="Admin terakhir"):
        auth.remove_user(store, "admin1")
    auth.remove_user(store, "klu", actor="admin1")
    with pytest.raises(AuthError, match="tidak dikenal"):
        auth.remove_user(store, "klu")
    assert auth.authenticate(store, "klu", PW) is None
    log = audit.entries(store)
    assert log.filter(log["action"] == "pengguna_tambah")["actor"].to_list() == ["sistem", "sistem", "cli:root"]
    assert log.filter(log["action"] == "pengguna_hapus").row(0, named=True)["actor"] == "admin1"


def test_disabled_account_cannot_log_in_or_upload(store):
    auth.add_user(store, "klu", "kabkota", "52.08", PW)
    with store.writing() as cur:
        cur.execute("update users set disabled = true where username = 'klu'")
    assert auth.authenticate(store, "klu", PW) is None
    with pytest.raises(AuthError, match="dinonaktifkan"):
        auth.resolve_cli_user(store, "klu")
    assert auth.allowed_regions(auth.get_user(store, "klu")) == set()


def test_allowed_regions_per_role(store):
    admin = auth.add_user(store, "pusat", "admin", None, PW)
    prov = auth.add_user(store, "kaltara", "provinsi", "65", PW)
    kab = auth.add_user(store, "tarakan", "kabkota", "65.71", PW)
    viewer = auth.add_user(store, "tamu", "viewer", None, PW)
    assert auth.allowed_regions(admin) is None
    assert auth.allowed_regions(prov) == {"65", "65.01", "65.02", "65.03", "65.04", "65.71"}
    assert auth.allowed_regions(kab) == {"65.71"}
    assert auth.allowed_regions(viewer) == set() and auth.allowed_regions(None) == set()
    assert not viewer.can_upload and kab.can_upload
    assert auth.resolve_cli_user(store, "Tarakan") == ("tarakan", {"65.71"})
    assert auth.resolve_cli_user(store, "pusat") == ("pusat", None)
    with pytest.raises(AuthError, match="hanya boleh melihat"):
        auth.resolve_cli_user(store, "tamu")
    with pytest.raises(AuthError, match="tidak dikenal"):
        auth.resolve_cli_user(store, "siapa'; --")


def test_session_expiry():
    login = dt.datetime(2024, 3, 31, 8, 0, tzinfo=dt.timezone.utc)
    assert not auth.session_expired(login, now=login + dt.timedelta(hours=7, minutes=59))
    assert auth.session_expired(login, now=login + dt.timedelta(hours=8))
    assert auth.session_expired(login, now=login + dt.timedelta(hours=2), hours=1)
    assert auth.session_hours(None) == 8.0


def test_settings_changes_are_audited(store):
    save_settings(store, {"ribbon_yield": 480}, actor="pusat")
    row = audit.entries(store, action="settings").row(0, named=True)
    assert row["actor"] == "pusat" and '"ribbon_yield": 480' in row["detail"]


def test_audit_record_caps_hostile_sizes(store):
    audit.log(store, "x" * 500, audit.UPLOAD_REFUSED, {"a_file": "<script>alert(1)</script>", "blob": "y" * 10_000})
    row = audit.entries(store, action=audit.UPLOAD_REFUSED).row(0, named=True)
    assert len(row["actor"]) == audit.MAX_ACTOR and len(row["detail"]) == audit.MAX_DETAIL
    assert "<script>alert(1)</script>" in row["detail"]  # stored as typed; pages show it as plain text
