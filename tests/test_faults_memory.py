"""Big workbooks: sizes are checked before any sheet is loaded, sheets are read one at a time, and the largest XLSX
the app accepts (20 MB) stays within the app's 500 MB memory budget (peak RSS measured in a child process)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap

import pytest
from faults_bad_day import HEADER, big_stock_rows, sheet_xml, workbook
from test_faults_support import ROOT, env

from dashboard.importer import parse, read
from dashboard.importer import workbook as inspect_mod
from dashboard.settings import Settings

TODAY = dt.date(2024, 6, 1)
NOTE = 82  # characters of random note per row: a file of ~19.5 MB, its sheet over 90% of the XML limit
BUDGET_MB = 500  # the app's peak RSS target (README "Benchmark"); a budget, not a speed
_CHILD = textwrap.dedent("""
    import datetime as dt, json, sys

    def mb(field):
        with open("/proc/self/status") as fh:  # VmHWM: this process's peak resident set, not its parent's
            return next(int(line.split()[1]) / 1024 for line in fh if line.startswith(field + ":"))

    from dashboard import runtime
    runtime.return_freed_memory()  # as serve.py does first
    import streamlit  # noqa: F401  the app process has it loaded
    from dashboard import importer
    from dashboard.store import Store

    store = Store.open(sys.argv[1], linger_seconds=0)
    data = open(sys.argv[2], "rb").read()
    start = mb("VmRSS")
    # What the Unggah page does: a preview (dry run), then apply on confirmation.
    [plan] = importer.plan_files(store, [("besar.xlsx", data)], today=dt.date(2024, 6, 1))
    [result] = importer.apply_files(store, [("besar.xlsx", data)], uploader="pusat", source="app",
                                    today=dt.date(2024, 6, 1))
    print(json.dumps({"planned": plan.accepted, "accepted": result.accepted, "rows": result.rows_added,
                      "message": result.message(), "start_mb": start, "peak_mb": mb("VmHWM")}))
""")


def largest_accepted(sheets: int) -> bytes:
    """As big as the app takes: 200.000 data rows (the row limit) in a file just under 20 MB (random notes keep it
    from compressing away); in one sheet just under the sheet XML limit, or spread over six monthly sheets (the
    shape that once had every sheet loaded before any check)."""
    rows = big_stock_rows(Settings().max_upload_rows, note=NOTE)
    size = -(-(len(rows) - 1) // sheets)
    return workbook({f"Bulan{i + 1}": sheet_xml([HEADER] + rows[1 + i * size:1 + (i + 1) * size])
                     for i in range(sheets)})


def test_the_largest_accepted_xlsx_stays_within_the_memory_budget(tmp_path):
    # One sheet just under the sheet XML limit: the largest single load the app allows (432 MB, against 418 MB for
    # the same rows over six sheets, which test_sheets_are_loaded_one_at_a_time_and_hidden_ones_never keeps apart).
    data = largest_accepted(sheets=1)
    info = inspect_mod.inspect(data)
    assert 19 <= len(data) / 2**20 <= Settings().max_upload_mb  # near the upload limit, not over it
    assert 0.9 * inspect_mod.MAX_SHEET_XML <= info["Bulan1"].xml_bytes <= inspect_mod.MAX_SHEET_XML
    (tmp_path / "besar.xlsx").write_bytes(data)
    done = subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path / "ektp.duckdb"), str(tmp_path / "besar.xlsx")],
                          capture_output=True, text=True, cwd=ROOT, env=env(), timeout=600)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["planned"] and seen["accepted"] and seen["rows"] == Settings().max_upload_rows, seen["message"]
    cells = sum(i.cells for i in info.values())
    print(f"peak RSS {seen['peak_mb']:.0f} MB for a {len(data) / 2**20:.1f} MB XLSX (1 sheet, {cells:,} cells)")
    assert seen["peak_mb"] < BUDGET_MB, seen


def test_a_sheet_too_big_for_memory_is_refused_before_loading(monkeypatch):
    data = workbook({"Data": sheet_xml([HEADER] + [["01/01/2024", "65.01", None, "blangko", 1, 0, 0, 1, 0, 0, ""]] * 50)})
    monkeypatch.setattr(inspect_mod, "MAX_SHEET_CELLS", 100)
    monkeypatch.setattr(read, "_load", lambda *a: pytest.fail("a sheet was loaded"))
    result = parse.read_export("besar.xlsx", data, today=TODAY)
    [problem] = result.problems
    assert problem.sheet == "Data" and problem.message.startswith("sheet ini terlalu besar untuk dibaca: 511 sel")


def test_too_many_rows_over_all_sheets_are_refused_before_loading(monkeypatch):
    rows = [HEADER] + [["01/01/2024", "65.01", None, "blangko", 1, 0, 0, 1, 0, 0, ""]] * 5100
    data = workbook({"Jan": sheet_xml(rows), "Feb": sheet_xml(rows)})  # each under the limit, not together
    monkeypatch.setattr(read, "_load", lambda *a: pytest.fail("a sheet was loaded"))
    result = parse.read_export("dua.xlsx", data, today=TODAY, max_rows=100)  # 100 + read.ROW_SLACK per file
    assert "10.202 baris data, lebih dari batas 100 baris" in result.problems[0].message


def test_sheets_are_loaded_one_at_a_time_and_hidden_ones_never(monkeypatch):
    rows = [HEADER, ["01/01/2024", "65.01", None, "blangko", 100, 0, 0, 10, 0, 90, ""]]
    data = workbook({"Satu": sheet_xml(rows), "Rahasia": sheet_xml(rows), "Dua": sheet_xml(rows)},
                    hidden=("Rahasia",))
    loaded = []
    real = read._load
    monkeypatch.setattr(read, "_load", lambda reader, index, name: loaded.append(name) or real(reader, index, name))
    sheets = read.read_sheets("a.xlsx", data, max_rows=100)
    assert loaded == []  # nothing parsed until asked
    first = next(sheets)
    assert (first.name, loaded) == ("Satu", ["Satu"])
    assert [s.name for s in sheets] == ["Dua"] and loaded == ["Satu", "Dua"]


@pytest.mark.parametrize("entry", ["serve.py", "dashboard/__main__.py"])
def test_entry_points_tune_the_allocator_before_polars_loads(entry):
    """The memory budget above holds for the real processes only if they set polars' allocator first."""
    import ast

    body = [n for n in ast.parse((ROOT / entry).read_text()).body
            if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]  # skip the docstring
    imports = [n for n in body if isinstance(n, ast.Import | ast.ImportFrom)]
    call = next(i for i, n in enumerate(body) if isinstance(n, ast.Expr) and ast.unparse(n) ==
                "runtime.return_freed_memory()")
    before = [ast.unparse(n) for n in body[:call] if n in imports]
    assert all(line in ("import sys", "from dashboard import runtime") for line in before), before
    done = subprocess.run([sys.executable, "-c", "import sys; from dashboard import runtime; "
                           "print('polars' in sys.modules)"], capture_output=True, text=True, cwd=ROOT, env=env())
    assert done.stdout.strip() == "False", done.stderr

