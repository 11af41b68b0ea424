"""No traceback reaches a CLI user: an unexpected error becomes one Bahasa line with a reference id and the log
file's path (exit 6, the trace in the log); a dependency's panic or a polars/csv error on a hostile cell is
reported as that cell's problem; native noise on file descriptor 2 goes to the log."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import subprocess
import sys
import textwrap

import pytest
import xlsxwriter
from faults_bad_day import sheet_xml, workbook
from test_faults_support import ROOT, cli, env, write

import dashboard.cli.report as report_cli
from dashboard.cli import EXIT_UNEXPECTED, main
from dashboard.importer import parse, read

TODAY = dt.date(2024, 6, 1)
HEADER = ["tanggal", "kode_wilayah", "nama_wilayah", "jenis", "stok_awal", "penerimaan", "distribusi", "pemakaian",
          "rusak", "stok_akhir"]


def test_an_unexpected_error_is_one_line_with_a_reference_and_the_trace_goes_to_the_log(store, monkeypatch, capsys):
    def broken(args, store, code):  # report.run's signature
        raise RuntimeError("pembagian oleh nol di tempat yang tak terduga")

    monkeypatch.setattr(report_cli, "run", broken)
    code = main(["report", "--region", "ID", "--db", str(store.path)])
    err = capsys.readouterr().err
    assert code == EXIT_UNEXPECTED == 6
    [ref] = re.findall(r"rujukan ([0-9A-F]{8})", err)
    log = store.path.parent / "logs" / "cli.log"
    assert f"dicatat di {log}" in err and "Traceback" not in err and "pembagian" not in err
    text = log.read_text()
    assert f"reference {ref}" in text and "Traceback" in text and "RuntimeError: pembagian oleh nol" in text


def test_a_log_folder_that_cannot_be_written_falls_back_to_the_temp_folder(tmp_path):
    from dashboard.cli import logs

    (tmp_path / "logs").write_text("a file where the folder should be")
    path = logs.log_path(tmp_path / "ektp.duckdb")
    assert path.name == "ektp-cli.log" and path.parent != tmp_path


def test_native_stderr_goes_to_the_log_while_our_messages_reach_the_terminal(tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from dashboard.cli import logs
        path = logs.start(Path({str(tmp_path / 'ektp.duckdb')!r}))
        logs.capture_native_stderr(path)
        os.write(2, b"thread '<unnamed>' panicked at chrono/src/lib.rs\\n")  # what a Rust panic writes
        print("pesan untuk pengguna", file=sys.stderr)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env())
    assert done.returncode == 0 and done.stderr == "pesan untuk pengguna\n"
    assert "panicked" in (tmp_path / "logs" / "cli.log").read_text()


def _date_serial_workbook() -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf)
    sheet, day = book.add_worksheet("Data"), book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, HEADER)
    sheet.write_number(1, 0, 45300, day)
    sheet.write_row(1, 1, ["65.01", "Bulungan", "blangko", 100, 0, 0, 10, 0, 90])
    sheet.write_number(2, 0, -5e12, day)  # a date cell calamine's conversion panics on
    sheet.write_row(2, 1, ["65.01", "Bulungan", "blangko", 90, 0, 0, 10, 0, 80])
    book.close()
    return buf.getvalue()


def test_an_excel_date_serial_of_minus_5e12_is_that_cells_problem(tmp_path):
    result = parse.read_export("serial.xlsx", _date_serial_workbook(), today=TODAY)
    [problem] = result.problems
    assert (problem.sheet, problem.row, problem.column, problem.value) == ("Data", 3, "A", "-5000000000000")
    assert "di luar kalender Excel" in problem.message
    done = cli("ingest", "--dry-run", "--db", str(tmp_path / "ektp.duckdb"),
               str(write(tmp_path, "serial.xlsx", _date_serial_workbook())))
    assert done.returncode == 1 and 'sheet Data, baris 3, kolom "A"' in done.stdout
    assert done.stderr == ""  # no Rust panic, no traceback


def test_a_panic_the_inspection_missed_is_reported_for_its_sheet(monkeypatch):
    class PanicException(BaseException):  # pyo3's type name, as read.is_panic knows it
        pass

    real = read.fastexcel.read_excel

    class Reader:
        def __init__(self, data):
            self._real = real(data)
            self.sheet_names = self._real.sheet_names

        def load_sheet(self, *args, **kwargs):
            raise PanicException("TimeDelta::milliseconds out of bounds")

    monkeypatch.setattr(read.fastexcel, "read_excel", Reader)
    data = workbook({"Februari": sheet_xml([HEADER, ["01/02/2024", "65.01", None, "blangko", 1, 0, 0, 1, 0, 0]])})
    result = parse.read_export("aneh.xlsx", data, today=TODAY)
    [problem] = result.problems
    assert problem.sheet == "Februari" and "sheet ini memuat sel yang tidak dapat dibaca" in problem.message


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_5_mb_cell_is_that_cells_problem_with_no_traceback(tmp_path, kind):
    noise = random.Random(1).randbytes(2_500_000).hex()  # 5 MB that does not compress away
    rows = [HEADER, ["01/01/2024", "65.01", noise, "blangko", 100, 0, 0, 10, 0, 90]]
    if kind == "csv":
        data = "\n".join(";".join(str(v) for v in r) for r in rows).encode() + b"\n"
    else:
        data = workbook({"Data": sheet_xml(rows)})
    path = write(tmp_path, f"sel_besar.{kind}", data)
    done = cli("ingest", "--dry-run", "--db", str(tmp_path / "ektp.duckdb"), str(path))
    assert done.returncode == 1, done.stdout + done.stderr
    assert 'baris 2, kolom "C": isi sel terlalu panjang: 5.000.000 karakter' in done.stdout
    assert done.stderr == "" and len(done.stdout) < 2000  # the cell is quoted short, once


def test_usage_errors_still_exit_2_before_any_log(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["report", "--tidak-ada"])
    assert caught.value.code == 2 and "kesalahan: argumen wajib belum diisi" in capsys.readouterr().err
