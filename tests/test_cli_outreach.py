"""`python -m dashboard outreach`: a DKB kecamatan export ingested through the CLI gives the hand-computed plan as
JSON of exactly the issue's shape; the readable summary; a region without kecamatan data exits 1 with a message."""

from __future__ import annotations

import json

import pytest

from dashboard.cli import COMMANDS, build_parser, main
from dashboard.text import t
from tests import outreach_support as lu


@pytest.fixture
def db(fixture_copy, tmp_path):
    store = fixture_copy
    store.close()
    dkb = tmp_path / lu.FILE_NAME
    dkb.write_bytes(lu.dkb_xlsx())
    assert main(["ingest", "--db", str(store.path), str(dkb)]) == 0  # the DKB file imports like any upload
    return store


def _json(capsys, *args: str) -> dict:
    assert main(["outreach", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_lombok_utara_plan_as_json(db, capsys):
    capsys.readouterr()
    out = _json(capsys, "--db", str(db.path), "--region", "5208", "--as-of", "2024-03-31", "--teams", "2",
                "--per-day", "50")
    assert list(out) == ["region", "as_of", "target_pct", "areas", "gap_persons", "days_needed"]
    assert (out["region"], out["as_of"], out["target_pct"]) == ("52.08", "2024-03-31", 99.04)
    assert [(a["code"], a["gap_persons"]) for a in out["areas"]] == [(code, gap) for code, gap, _, _ in lu.PLAN]
    assert out["areas"][-1] == {"code": "52.08.05", "name": "Pemenang", "wajib_ktp": 15000, "sudah_rekam": 15150,
                                "coverage_pct": 101.0, "gap_persons": 0}
    assert (out["gap_persons"], out["days_needed"]) == (lu.GAP, lu.DAYS)


def test_teams_per_day_and_target_from_the_command_line(db, capsys):
    out = _json(capsys, "--db", str(db.path), "--region", "52.08", "--as-of", "2024-03-31", "--teams", "3",
                "--per-day", "40", "--target", "98")
    assert (out["target_pct"], out["gap_persons"], out["days_needed"]) == (98.0, 2600, 22)
    comma = _json(capsys, "--db", str(db.path), "--region", "52.08", "--as-of", "2024-03-31", "--target", "98,0")
    assert comma["target_pct"] == 98.0 and comma["days_needed"] == 26  # settings: 2 teams × 50 a day -> 2600 / 100


def test_a_province_ranks_its_kabkota(db, capsys):
    out = _json(capsys, "--db", str(db.path), "--region", "65", "--as-of", "2024-03-31")
    assert [(a["code"], a["gap_persons"]) for a in out["areas"]] == [("65.02", 4040), ("65.01", 520), ("65.71", 0)]
    assert (out["gap_persons"], out["days_needed"]) == (4560, 46)


def test_readable_summary(db, capsys):
    assert main(["outreach", "--db", str(db.path), "--region", "52.08", "--as-of", "2024-03-31"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Rencana jemput bola Kabupaten Lombok Utara · data per 31 Mar 2024 · target 99,04%")
    assert "1. 52.08.03  Kayangan" in out and "kurang 1.616 orang  hari ke-1 s.d. 17" in out
    assert "Jumlah: kurang 4.108 orang; 42 hari kerja dengan 2 tim × 50 orang/hari." in out
    assert "Pemula 1.500 orang, tunggakan lama 2.608 orang" in out
    assert "Blangko: 4.108 keping untuk jemput bola, stok 1.500, sisa 0; cukup 0 hari setelahnya." in out


def test_no_kecamatan_data_unknown_region_and_bad_numbers(db, capsys, tmp_path):
    assert main(["outreach", "--db", str(db.path), "--region", "65.01", "--as-of", "2024-03-31", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "Belum ada data perekaman per kecamatan untuk Kabupaten Bulungan" in captured.err
    assert main(["outreach", "--db", str(db.path), "--region", "99.99"]) == 2
    assert "tidak dikenal" in capsys.readouterr().err
    assert main(["outreach", "--db", str(tmp_path / "kosong.duckdb"), "--region", "ID"]) == 1
    assert "belum berisi data" in capsys.readouterr().err
    for bad in (["--teams", "0"], ["--per-day", "lima"], ["--target", "101"]):
        with pytest.raises(SystemExit) as exc:
            main(["outreach", "--db", str(db.path), "--region", "52.08", *bad])
        assert exc.value.code == 2 and "kesalahan" in capsys.readouterr().err


def test_registered_with_its_help_text():
    assert COMMANDS["outreach"] == "outreach"
    parser = build_parser(["outreach"])
    assert t("cli.cmd.outreach") in " ".join(parser.format_help().split())  # argparse wraps long lines
