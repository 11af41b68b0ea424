"""The store: migrations, one transaction per write, data version, and sharing the file between processes.

Tests taking `any_store` run twice: on the embedded file and on the shared store (PostgreSQL + DuckLake).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from dashboard import codes, regions
from dashboard.store import Store, StoreBusy, load_settings, save_settings


def test_migrations_create_schema_and_regions(any_store):
    store = any_store
    with store.reading() as cur:
        counts = cur.execute(
            "select count(*) filter (where level = 'provinsi'), count(*) filter (where level = 'kabupaten'),"
            " count(*) filter (where level = 'kota') from regions"
        ).fetchall()[0]
    assert counts == (38, 416, 98)
    assert store.is_empty()


def test_failed_write_changes_nothing_and_keeps_version(any_store):
    store = any_store
    before = store.data_version()
    with pytest.raises(RuntimeError):
        with store.writing() as cur:
            cur.execute("insert into settings values ('x', '1')")
            raise RuntimeError("boom")
    with store.reading() as cur:
        assert cur.execute("select count(*) from settings").fetchall()[0][0] == 0
    assert store.data_version() == before


def test_committed_write_bumps_version(any_store):
    store = any_store
    before = int(store.data_version())
    save_settings(store, {"ribbon_yield": 500})
    assert int(store.data_version()) == before + 1
    assert load_settings(store).ribbon_yield == 500


def test_settings_refuse_out_of_range(any_store):
    store = any_store
    with pytest.raises(ValueError, match="Kartu per ribbon"):
        save_settings(store, {"ribbon_yield": 5})
    assert load_settings(store).ribbon_yield == 450


def test_other_process_waits_for_the_file_then_gets_it(tmp_path):
    path = tmp_path / "shared.duckdb"
    holder = textwrap.dedent(f"""
        import time, sys
        from dashboard.store.connection import Store
        s = Store.open({str(path)!r}, linger_seconds=0)
        with s.reading() as cur:
            print("held", flush=True)
            time.sleep(1.5)
    """)
    proc = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    impatient = Store(path, wait_seconds=0.2, linger_seconds=0)
    with pytest.raises(StoreBusy, match="sedang dipakai"):
        with impatient.reading():
            pass
    patient = Store(path, wait_seconds=30, linger_seconds=0)
    started = time.monotonic()
    with patient.writing() as cur:
        cur.execute("insert into settings values ('after', '1')")
    assert time.monotonic() - started < 10
    proc.wait(timeout=10)
    patient.close()


@pytest.mark.parametrize(
    "raw, expected",
    [("52.08", "52.08"), ("5208", "52.08"), (5208, "52.08"), (52.08, "52.08"), (11.1, "11.10"),
     ("11.1", "11.10"), ("52.1", None), ("65", "65"), (65.0, "65"), (" 52. 08 ", "52.08"), ("5208.0", "52.08"),
     ("52.08.01", "52.08.01"), ("17.04.01.2001", "17.04.01.2001"), ("52.08.1", None), ("abc", None), ("", None), (None, None)],
)
def test_read_code_shapes(raw, expected):
    # 5208 is BPS's code for Lombok Utara, which Kemendagri numbers 52.08 too (the crosswalk says so); a code is
    # only returned for a region of the reference (NTB has no 52.10).
    assert codes.read_code(raw).code == expected


def test_region_lookup_and_members():
    assert regions.get("52.08").name == "Kabupaten Lombok Utara"
    assert regions.members("65") == ["65", "65.01", "65.02", "65.03", "65.04", "65.71"]
    assert len(regions.members("ID")) == 552
    assert regions.name_matches("52.08", "Kab. Lombok Utara")
    assert not regions.name_matches("52.08", "Kabupaten Lombok Barat")


def test_reference_holds_every_level_of_the_2025_decree():
    levels = {}
    for region in regions.all_regions():
        levels[region.level] = levels.get(region.level, 0) + 1
    assert levels == {"provinsi": 38, "kabupaten": 416, "kota": 98}
    kecamatan = [r for p in regions.all_regions() if "." in p.code for r in regions.children(p.code)]
    assert len(kecamatan) == 7285 and {r.level for r in kecamatan} == {"kecamatan"}
    kaur = regions.get("17.04")
    assert kaur.name == "Kabupaten Kaur" and regions.get("17.04.01").parent_code == "17.04"
    desa = regions.children("17.04.01")
    assert desa and all(r.level == "desa" and r.kabkota_code == "17.04" for r in desa)
    assert regions.get(desa[0].code) == desa[0]
    assert regions.members("17.04.01") == ["17.04.01"] and regions.get("17.04.99") is None
