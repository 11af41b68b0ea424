"""The benchmark runs end to end at a tiny scale and prints every kind of row; its page list matches the pages.

No timing is asserted here (timings belong to `python bench/run.py`), only that the figures exist and are sane.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from bench import pages as bench_pages
from bench import run as bench_run
from bench.exportfiles import id_number

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"build", "floor", "page", "pandas", "cli", "briefing", "import", "history", "rss", "app_rss"}


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    return bench_run.run(["tiny"], tmp_path_factory.mktemp("bench"))


def test_every_row_kind_with_sane_numbers(rows):
    assert {r.kind for r in rows} == KINDS
    assert all(r.scale == "tiny" and r.measure and r.result for r in rows)
    assert all(r.verdict in ("info", "(met)", "(missed)") for r in rows)  # targets judge the 5x store only
    page_rows = [r for r in rows if r.kind == "page"]
    levels = bench_run.workloads.SCALES["tiny"].levels
    assert len(page_rows) == len(bench_pages.PAGES) * len(levels)
    for page in bench_pages.PAGES:
        for level, code in levels.items():
            row = next(r for r in page_rows if r.measure == f"page {page} @ {level} ({code})")
            assert 0 < row.value < 60_000 and "cold" in row.result and "cached" in row.result, row
    assert {r.measure for r in rows if r.kind == "import"} >= {
        "import national monthly export CSV (apply_files, end to end)",
        "import national monthly export XLSX (apply_files, end to end)"}
    assert all(0 < r.value < 60_000 for r in rows if r.kind in ("import", "cli", "briefing", "floor"))
    assert all(r.value > 0 for r in rows if r.kind in ("history", "pandas", "build"))
    app = next(r for r in rows if r.kind == "app_rss")
    assert 50 < app.value < 8_000


def test_table_is_aligned(rows):
    lines = bench_run.format_table(rows).splitlines()
    assert lines[0].split() == ["scale", "measure", "result", "target", "verdict"]
    assert len(lines) == len(rows) + 2
    start = lines[0].index("result")
    assert all(line[start - 2:start] == "  " for line in lines[2:])


def test_indonesian_numbers():
    import polars as pl

    frame = pl.DataFrame({"n": [0, 7, 999, 1_000, 1_500, 12_345_678, 1_000_000_000, None]})
    assert frame.select(id_number("n"))["n"].to_list() == [
        "0", "7", "999", "1.000", "1.500", "12.345.678", "1.000.000.000", ""]


# -- the benchmark's page list must follow the page files --------------------------------------------------------
def _aliases(tree: ast.Module) -> dict[str, str]:
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for name in node.names:
                out[name.asname or name.name] = f"{node.module}.{name.name}"
        elif isinstance(node, ast.Import):
            for name in node.names:
                out[name.asname or name.name] = name.name
    return out


def _canonical(name: str) -> str:
    """'dashboard.metrics.series.coverage_table' -> where it is defined ('dashboard.metrics.coverage_series.coverage_table')."""
    module, _, attr = name.rpartition(".")
    try:
        obj = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return name
    return f"{obj.__module__}.{obj.__qualname__}"


def cached_calls(path: Path, module: str) -> set[str]:
    """Qualified names (where defined) of the functions a file passes to cached(...) / state.cached(...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = _aliases(tree)
    # A function that hands its own argument to cached() (widgets.ReportPage.cached) forwards; its callers name it.
    forwarded = {arg.arg for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.Lambda))
                 for arg in node.args.args}
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name != "cached":
            continue
        target = node.args[0]
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            found.add(f"{aliases.get(target.value.id, target.value.id)}.{target.attr}")
        elif isinstance(target, ast.Name) and target.id in forwarded and target.id not in aliases:
            continue
        elif isinstance(target, ast.Name):
            found.add(aliases.get(target.id, f"{module}.{target.id}"))
        else:
            raise AssertionError(f"{path}: cached() of something the test cannot name: {ast.dump(target)}")
    return {_canonical(name) for name in found}


def test_bench_times_every_cached_call_of_every_page():
    timed = bench_pages.timed_qualnames()
    shell = {call.qualname for call in bench_pages.SHELL}
    everywhere = set()
    for path in sorted((ROOT / "pages").glob("*.py")):
        calls = cached_calls(path, f"pages.{path.stem}")
        everywhere |= calls
        listed = {call.qualname for call in bench_pages.PAGES.get(path.stem, [])} | shell
        missing = calls - listed
        assert not missing, f"pages/{path.name} computes {sorted(missing)}: add them to bench/pages.py PAGES"
    for path in sorted((ROOT / "dashboard" / "ui").rglob("*.py")):
        everywhere |= cached_calls(path, f"dashboard.{path.relative_to(ROOT / 'dashboard').with_suffix('').as_posix().replace('/', '.')}")
    untimed = everywhere - timed - set(bench_pages.NOT_TIMED)
    assert not untimed, f"cached in the ui but not timed by bench/pages.py: {sorted(untimed)}"
    stale = timed - everywhere
    assert not stale, f"bench/pages.py times calls no page makes any more: {sorted(stale)}"
    assert set(bench_pages.NOT_TIMED) <= everywhere


def test_drift_check_sees_a_new_call(tmp_path):
    page = tmp_path / "stok.py"
    page.write_text("from dashboard import metrics as s\nfrom dashboard.ui.state import cached\n"
                    "x = cached(s.coverage_series, 'ID')\n")
    assert cached_calls(page, "pages.stok") == {"dashboard.metrics.coverage_series.coverage_series"}
