"""Rebuild: replaying the archived uploads (and demo builds) into a fresh store gives identical reports."""

from __future__ import annotations

import datetime as dt

import pytest
from test_faults_support import cli, coverage_csv, ledger, stock_csv

from dashboard import metrics
from dashboard.admin import auth, rebuild
from dashboard.admin.backup import BackupError
from dashboard.demo import build as demo
from dashboard.demo import parse_description as parse_demo
from dashboard.importer import apply as ingest
from dashboard.store import Store, audit, load_settings, save_settings

START = dt.date(2024, 1, 1)
PW = "Rahasia-Dukcapil-1"


def reports(store, regions) -> dict:
    s = load_settings(store)
    return {code: metrics.region_report(store, code, settings=s) for code in regions}


def test_rebuild_replays_uploads_in_order_with_original_uploaders(store, tmp_path):
    auth.add_user(store, "kaltara", "provinsi", "65", PW)
    auth.add_user(store, "klu", "kabkota", "52.08", PW)
    steps = [
        ("kaltara", "kaltara_jan_feb.csv", stock_csv(ledger("65", START, 60, opening=90_000, use=0)
                                                     + ledger("65.01", START, 60))),
        ("klu", "klu.csv", stock_csv(ledger("52.08", START, 45, opening=70_000, use=900))),
        # Re-sends Malinau's February with other numbers: the later upload wins, as in the original store.
        ("kaltara", "malinau_revisi.csv", stock_csv(ledger("65.01", START + dt.timedelta(days=31), 29,
                                                           opening=48_000, use=70))),
        ("kaltara", "rekam.csv", coverage_csv([dict(region_code="65.01", period_start=dt.date(2024, 2, 1),
                                                    period_end=dt.date(2024, 2, 29), granularity="bulanan",
                                                    wajib_ktp=50_000, sudah_rekam=49_000, belum_rekam=1_000,
                                                    prr=500, sudah_cetak=None)])),
    ]
    for who, name, data in steps:
        _, scope = auth.resolve_cli_user(store, who)
        result = ingest.apply_files(store, [(name, data)], uploader=who, source="app", allowed_regions=scope)
        assert result[0].accepted, result[0].message()
    save_settings(store, {"kritis_days": 9, "targets": {2024: 98.5}}, actor="pusat")
    regions = ("ID", "65", "65.01", "52.08")
    expected = reports(store, regions)

    out = tmp_path / "rebuilt.duckdb"
    counts = rebuild(store, out)
    assert (counts["uploads"], counts["demo"], counts["from_archive"], counts["salvaged"]) == (4, 0, None, True)
    rebuilt = Store.open(out, linger_seconds=0)
    assert reports(rebuilt, regions) == expected
    with rebuilt.reading() as cur:
        uploaders = [r[0] for r in cur.execute("select uploader from uploads order by upload_id").fetchall()]
        sources = {r[0] for r in cur.execute("select source from uploads").fetchall()}
    assert uploaders == ["kaltara", "klu", "kaltara", "kaltara"] and sources == {"rebuild"}
    trail = audit.entries(rebuilt)
    assert trail["action"][0] == "rebuild" and "settings" in set(trail["action"])
    assert auth.authenticate(rebuilt, "klu", PW).name == "klu"
    assert load_settings(rebuilt).target_for(2024) == 98.5
    rebuilt.close()


def test_rebuild_replays_a_demo_build_then_uploads(store, tmp_path):
    demo.build_demo(store, today=dt.date(2024, 3, 31), months=2, regions=["65"])
    more = ingest.apply_files(store, [("tarakan.csv", stock_csv(ledger("65.71", dt.date(2024, 3, 1), 31, use=30)))],
                              uploader="pusat", source="cli")
    assert more[0].accepted, more[0].message()
    regions = ("ID", "65", "65.71", "65.02")
    expected = reports(store, regions)
    store.close()
    done = cli("rebuild", "--db", str(store.path), "--out", str(tmp_path / "r.duckdb"))
    assert done.returncode == 0, done.stderr
    assert "1 unggahan" in done.stdout and "1 data demo" in done.stdout
    rebuilt = Store.open(tmp_path / "r.duckdb", linger_seconds=0)
    assert reports(rebuilt, regions) == expected
    assert demo.is_demo(rebuilt)
    rebuilt.close()


def test_rebuild_refuses_a_missing_archive_file_and_an_existing_target(store, tmp_path):
    result = ingest.apply_files(store, [("a.csv", stock_csv(ledger("65.01", START, 10)))], uploader="x", source="cli")
    assert result[0].accepted
    for path in store.archive_dir.rglob("*"):
        if path.is_file():
            path.unlink()
    with pytest.raises(BackupError, match="tidak ada"):
        rebuild(store, tmp_path / "r.duckdb")
    (tmp_path / "exists.duckdb").write_bytes(b"x")
    with pytest.raises(BackupError, match="sudah ada"):
        rebuild(store, tmp_path / "exists.duckdb")
    with pytest.raises(BackupError, match="berkas lain"):
        rebuild(store, store.path)


@pytest.mark.parametrize("name, expected", [
    ("demo:seed=7;today=2024-03-31;months=2;regions=65,52.08",
     {"seed": 7, "today": dt.date(2024, 3, 31), "months": 2, "regions": ["65", "52.08"]}),
    ("demo:seed=20221125;today=2026-11-23;months=24;regions=all",
     {"seed": 20221125, "today": dt.date(2026, 11, 23), "months": 24}),
])
def test_parse_demo(name, expected):
    assert parse_demo(name) == expected
    assert parse_demo(demo.describe(expected["seed"], expected["today"], expected["months"],
                                    expected.get("regions"))) == expected


@pytest.mark.parametrize("bad", ["demo:seed=x", "demo:today=kemarin", "stok.csv"])
def test_parse_demo_refuses_garbage(bad):
    with pytest.raises(ValueError):
        parse_demo(bad)
