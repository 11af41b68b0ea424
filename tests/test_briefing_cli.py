"""Refusals (empty store, a week without reports, unknown region) and `python -m dashboard briefing` exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from dashboard.briefing import build as briefing
from dashboard.cli import briefing as cli_briefing
from tests.fixture_store import AS_OF
from tests.test_briefing_support import fixture_store, pdf_reader  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def test_empty_store_is_refused(store):
    with pytest.raises(briefing.NoBriefingData, match="belum berisi data stok"):
        briefing.build_briefing(store)


@pytest.mark.parametrize("region, as_of, last", [
    ("ID", dt.date(2024, 5, 15), "31 Mar 2024"),       # weeks after the last report
    ("ID", dt.date(2023, 12, 1), "–"),                 # before any report
    ("17.04", dt.date(2024, 3, 20), "29 Feb 2024"),    # Kaur reports monthly: no report ends 14–20 Mar
])
def test_a_week_without_reports_is_refused(fixture_store, region, as_of, last):  # noqa: F811
    with pytest.raises(briefing.NoBriefingData) as caught:
        briefing.build_briefing(fixture_store, region, as_of)
    message = str(caught.value)
    assert "Tidak ada laporan stok" in message and f"Laporan terakhir sampai tanggal itu: {last}." in message


def test_a_monthly_report_ending_in_the_week_is_enough(fixture_store):  # noqa: F811
    made = briefing.build_briefing(fixture_store, "17.04", dt.date(2024, 4, 3))
    assert made.content.report["last_report"] == AS_OF and made.pages >= 2


def test_unknown_region(fixture_store):  # noqa: F811
    with pytest.raises(briefing.UnknownRegion, match="tidak dikenal"):
        briefing.build_briefing(fixture_store, "99.99", AS_OF)


def _main(argv: list[str]) -> int:
    """dashboard.cli.main when every sub-command module exists; otherwise a parser with only `briefing`."""
    try:
        from dashboard.cli import main

        return main(argv)
    except ModuleNotFoundError:
        common = argparse.ArgumentParser(add_help=False)
        common.add_argument("--db")
        parser = argparse.ArgumentParser(prog="python -m dashboard")
        cli_briefing.register(parser.add_subparsers(dest="command", required=True), [common])
        args = parser.parse_args(argv)
        return args.handler(args)


def test_cli_writes_pdf_and_xlsx(fixture_store, tmp_path, capsys):  # noqa: F811
    out, xlsx = tmp_path / "b.pdf", tmp_path / "b.xlsx"
    code = _main(["briefing", "--db", str(fixture_store.path), "--region", "65.02", "--as-of", "2024-03-31",
                  "--out", str(out), "--xlsx", str(xlsx)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "Kabupaten Malinau" in printed.out and "Minggu ke-13, 25–31 Mar 2024" in printed.out
    assert str(out) in printed.out and str(xlsx) in printed.out
    assert 2 <= len(pdf_reader(out.read_bytes()).pages) <= 4
    assert pl.read_excel(io.BytesIO(xlsx.read_bytes()), sheet_name="Perlu tindakan")["Kode"].to_list() == ["65.02"]


def test_cli_defaults_to_national_and_latest(fixture_store, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "nasional.pdf"
    assert _main(["briefing", "--db", str(fixture_store.path), "--out", str(out)]) == 0
    assert "Briefing Indonesia, Minggu ke-13" in capsys.readouterr().out
    assert out.stat().st_size > 10_000


def test_cli_no_data_for_the_week(fixture_store, tmp_path, capsys):  # noqa: F811
    code = _main(["briefing", "--db", str(fixture_store.path), "--as-of", "2024-06-30", "--out",
                  str(tmp_path / "x.pdf")])
    assert code == 1
    assert "Tidak ada laporan stok Indonesia" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_usage_errors(fixture_store, tmp_path, capsys):  # noqa: F811
    out = str(tmp_path / "x.pdf")
    assert _main(["briefing", "--db", str(fixture_store.path), "--region", "99.99", "--out", out]) == 2
    assert "tidak dikenal" in capsys.readouterr().err
    assert _main(["briefing", "--db", str(tmp_path / "tidak-ada.duckdb"), "--out", out]) == 2
    assert "tidak ada" in capsys.readouterr().err
    assert not (tmp_path / "tidak-ada.duckdb").exists()  # a mistyped --db creates nothing
    with pytest.raises(SystemExit) as caught:
        _main(["briefing", "--db", str(fixture_store.path), "--as-of", "31-03-2024", "--out", out])
    assert caught.value.code == 2
    assert "TTTT-BB-HH" in capsys.readouterr().err


def test_cli_unwritable_output(fixture_store, tmp_path, capsys):  # noqa: F811
    code = _main(["briefing", "--db", str(fixture_store.path), "--out", str(tmp_path / "no" / "such" / "b.pdf")])
    assert code == 1
    assert "Gagal menulis" in capsys.readouterr().err


def test_cli_as_a_process_never_shows_a_traceback(fixture_store, tmp_path):  # noqa: F811
    fixture_store.close()  # let the child process take the file
    script = ("import sys; from tests.test_briefing_cli import _main; sys.exit(_main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", script, "briefing", "--db", str(fixture_store.path), "--region",
                           "99", "--out", str(tmp_path / "x.pdf")], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "tidak dikenal" in done.stderr
