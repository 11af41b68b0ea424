"""Column mappings: made for a file no shape fits, saved per office (audited), applied to next month's file with the
same header row, named on the command line, listed/shown/removed by `mapping`, kept by backup, restore and rebuild."""

from __future__ import annotations

import datetime as dt

import pytest
from test_faults_support import cli, write

from dashboard import importer
from dashboard.admin import auth
from dashboard.admin.backup import backup, restore
from dashboard.admin.rebuild import rebuild
from dashboard.importer import FileChoice, ImportOptions, Mapping
from dashboard.store import Store, audit
from tests.shapes_support import TODAY, csv

PW = "Rahasia-Dukcapil-1"
HEADERS = ["Urutan", "Diambil", "Tinggal", "Catatan"]  # no shape fits: none of these words is in our vocabulary


def book(month: str, *rows: list[str]) -> bytes:
    return csv([["KAB. LOMBOK UTARA"], [f"BULAN {month}"], HEADERS, *rows])


OKT = book("OKTOBER 2026", ["1", "120", "880", ""], ["2", "100", "780", "ok"])
NOV = book("NOVEMBER 2026", ["1", "90", "690", ""])


def klu_mapping(name: str = "Buku KLU", office: str = "52.08") -> Mapping:
    # 'Urutan' is the day of the month, 'Diambil' the use, 'Tinggal' the closing stock; region and month from the
    # titles.
    return Mapping(name=name, kind="stok", headers=("urutan", "diambil", "tinggal", "catatan"),
                   columns={"tanggal": 0, "pemakaian": 1, "stok_akhir": 2}, item="blangko", office=office)


def _rows(store: Store) -> list[tuple]:
    with store.reading() as cur:
        return cur.execute("select region_code, period_end, pemakaian, stok_akhir from stock_ledger "
                           "order by period_end").fetchall()


def test_a_file_no_shape_fits_is_read_with_the_chosen_mapping_then_the_saved_one(store):
    plan = importer.plan_files(store, [("okt.csv", OKT)], today=TODAY)[0]
    assert not plan.accepted and plan.needs == ["kolom"]
    assert 'Judul kolom yang terbaca: "Urutan", "Diambil", "Tinggal", "Catatan"' in \
        plan.problems[0].message
    chosen = ImportOptions().with_file(plan.sha256, FileChoice(mapping=klu_mapping()))
    done = importer.apply_files(store, [("okt.csv", OKT)], uploader="klu", source="app", today=TODAY, options=chosen)
    assert done[0].accepted and done[0].mapping == "Buku KLU"
    importer.save_mapping(store, klu_mapping(), actor="klu")
    # November's book has the same header row: the office's saved mapping reads it with no question asked.
    saved = ImportOptions(mappings=tuple(importer.list_mappings(store, "52.08")))
    nov = importer.apply_files(store, [("nov.csv", NOV)], uploader="klu", source="app", today=TODAY, options=saved)
    assert nov[0].accepted and nov[0].mapping == "Buku KLU"
    assert _rows(store) == [("52.08", dt.date(2026, 10, 1), 120, 880), ("52.08", dt.date(2026, 10, 2), 100, 780),
                            ("52.08", dt.date(2026, 11, 1), 90, 690)]
    # Another office's mappings do not apply to it.
    assert importer.list_mappings(store, "17.04") == []
    saving = audit.entries(store, action=importer.mapping_store.SAVE)
    assert saving["actor"].to_list() == ["klu"] and '"name": "Buku KLU"' in saving["detail"][0]


def test_a_mapping_that_uses_one_column_twice_or_lacks_a_required_column_is_not_saved(store):
    twice = Mapping(name="x", kind="stok", headers=("a", "b"), columns={"pemakaian": 0, "stok_akhir": 0})
    with pytest.raises(importer.MappingError, match="Satu kolom dipilih untuk dua isian"):
        importer.save_mapping(store, twice, actor="x")
    with pytest.raises(importer.MappingError, match="Kolom wajib belum dipilih"):
        importer.save_mapping(store, Mapping(name="y", kind="stok", headers=("a",), columns={"pemakaian": 0}),
                              actor="x")
    assert importer.list_mappings(store) == []


@pytest.fixture
def db(store):
    auth.add_user(store, "klu", "kabkota", "52.08", PW)
    importer.save_mapping(store, klu_mapping(), actor="klu")
    store.close()  # the CLI processes take the file lock
    yield store
    store.close()


def test_cli_mapping_list_show_remove_and_ingest_with_a_named_or_the_offices_mapping(db, tmp_path):
    listed = cli("mapping", "list", "--db", str(db.path))
    assert listed.returncode == 0 and "52.08\tBuku KLU\tstok\tklu" in listed.stdout
    shown = cli("mapping", "show", "Buku KLU", "--db", str(db.path))
    assert 'kolom B "diambil" = pemakaian' in shown.stdout and "barang: Blangko\n" in shown.stdout
    okt = write(tmp_path, "okt.csv", OKT)
    plain = cli("ingest", "--db", str(db.path), "--dry-run", str(okt))
    assert plain.returncode == 1 and "Judul kolom yang terbaca" in plain.stdout
    named = cli("ingest", "--db", str(db.path), "--mapping", "buku klu", str(okt))
    assert named.returncode == 0, named.stdout
    as_office = cli("ingest", "--db", str(db.path), "--as", "klu", str(write(tmp_path, "nov.csv", NOV)))
    assert as_office.returncode == 0, as_office.stdout
    unknown = cli("ingest", "--db", str(db.path), "--mapping", "Tidak Ada", str(okt))
    assert unknown.returncode == 2 and 'Pemetaan kolom "Tidak Ada" tidak ada' in unknown.stderr
    removed = cli("mapping", "remove", "Buku KLU", "--db", str(db.path), "--as", "admin.pusat")
    assert removed.returncode == 0 and "dihapus" in removed.stdout
    store = Store.open(db.path, linger_seconds=0)
    try:
        assert len(_rows(store)) == 3 and importer.list_mappings(store) == []
        trail = audit.entries(store, action=importer.mapping_store.REMOVE)
        assert trail["actor"].to_list() == ["admin.pusat"]
    finally:
        store.close()


def test_backup_restore_and_rebuild_keep_mappings_and_replay_what_an_upload_took_from_outside(store, tmp_path):
    importer.save_mapping(store, klu_mapping(), actor="klu")
    no_title = csv([HEADERS, ["1", "120", "880", ""]])
    choice = FileChoice(mapping=klu_mapping(name=""), region="52.08", period="Oktober 2026")
    from hashlib import sha256

    options = ImportOptions().with_file(sha256(no_title).hexdigest(), choice)
    done = importer.apply_files(store, [("tanpa_judul.csv", no_title)], uploader="klu", source="app", today=TODAY,
                                options=options)
    assert done[0].accepted, done[0].problem_lines()
    expected = _rows(store)
    # The replay must not depend on the mapping still being saved, nor on anyone answering again.
    importer.remove_mapping(store, importer.find_mapping(store, "Buku KLU"), actor="klu")
    importer.save_mapping(store, klu_mapping(name="Lain"), actor="klu")
    rebuilt = tmp_path / "rebuilt.duckdb"
    rebuild(store, rebuilt)
    again = Store.open(rebuilt, linger_seconds=0)
    try:
        assert _rows(again) == expected == [("52.08", dt.date(2026, 10, 1), 120, 880)]
        assert [m.name for m in importer.list_mappings(again)] == ["Lain"]
    finally:
        again.close()
    store = Store.open(store.path, linger_seconds=0)
    backup(store, tmp_path / "cadangan")
    importer.remove_mapping(store, importer.find_mapping(store, "Lain"), actor="klu")
    restore(store, tmp_path / "cadangan", force=True)
    back = Store.open(store.path, linger_seconds=0)
    try:
        assert [m.name for m in importer.list_mappings(back)] == ["Lain"]
    finally:
        back.close()


def test_a_mapping_keeps_the_region_of_files_that_name_none(store):
    no_title = csv([["BULAN OKTOBER 2026"], HEADERS, ["1", "120", "880", ""]])
    saved = Mapping.from_spec({**klu_mapping().spec(), "region": "52.08"})
    done = importer.apply_files(store, [("okt.csv", no_title)], uploader="klu", source="app", today=TODAY,
                                options=ImportOptions(mappings=(saved,)))
    assert done[0].accepted, done[0].problem_lines()
    assert _rows(store) == [("52.08", dt.date(2026, 10, 1), 120, 880)]
    refused = importer.plan_files(store, [("okt2.csv", no_title + b"\r\n")], today=TODAY,
                                  options=ImportOptions(mappings=(klu_mapping(),)))[0]
    assert refused.needs == ["wilayah"]
