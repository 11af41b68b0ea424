"""Benchmark: build national stores (realistic and 5×), then time imports, page data, report, briefing and memory.

Usage: python bench/run.py [--scales realistic,5x] [--workdir DIR] [--skip app,history]
       python bench/run.py --scales tiny   (seconds; what tests/test_bench.py runs)
Prints one table (scale, measure, result, target, verdict). Every figure is measured on this machine; the machine
is shared, so repeated timings report the best of N runs (N in the table), single runs say so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import workloads  # noqa: E402
from bench.pages import PAGES, TARGET_PAGES  # noqa: E402
from dashboard.store import load_settings

IMPORT_TARGET_MS = 2000
WARM_TARGET_MS = 150
COLD_TARGET_MS = 1000
APP_RSS_TARGET_MB = 500
PANDAS_TARGET = 10.0  # pandas must be at least this many times slower than ours
TARGETS_AT = "5x"     # the issue sets targets for the 5× store; other scales are checked against them for information
SKIPPABLE = ("pages", "app", "history", "cli", "briefing", "pandas", "imports")


@dataclass(frozen=True)
class Row:
    scale: str
    kind: str      # build | floor | import | history | page | pandas | cli | briefing | rss | app_rss
    measure: str
    result: str
    target: str = ""
    verdict: str = "info"  # met | missed | info
    value: float = 0.0     # the headline number (ms, MB or ratio) for tests and scripts


def verdict(ok: bool, scale: str) -> str:
    word = "met" if ok else "missed"
    return word if scale == TARGETS_AT else f"({word})"


def ms(value: float) -> str:
    return f"{value:,.0f} ms" if value >= 10 else f"{value:,.1f} ms"


def time_pages(name: str, store, scale, as_of, s, floor: float, emit, where: str = "") -> None:
    """One row per page and level: cold, warm and cached data compute against the targets."""
    n = scale.repeat
    for level, code in scale.levels.items():
        for page in PAGES:
            t = workloads.time_page(store, page, code, as_of, s, n)
            runs = "1 run" if page == "briefing" or n == 1 else f"best of {n}"
            result = (f"cold {ms(t['cold'])} | uncached {ms(t['warm'])} ({runs}) | warm cache {t['cached']:,.1f} ms"
                      f" | ours/floor {t['warm'] / max(floor, 0.01):,.0f}x")
            measure = f"page {page} @ {level} ({code}){where}"
            if page in TARGET_PAGES:
                # The targets are for a cold and a warm cache; "uncached" (connection open, no result
                # cached) is printed beside them so the compute itself stays visible.
                ok = t["cached"] < WARM_TARGET_MS and t["cold"] < COLD_TARGET_MS
                emit(Row(name, "page", measure, result,
                         f"warm cache < {WARM_TARGET_MS} ms, cold < {COLD_TARGET_MS:,} ms", verdict(ok, name), t["warm"]))
            else:
                emit(Row(name, "page", measure, result, "(makes PDF + XLSX)", value=t["warm"]))


def run_scale(name: str, workdir: Path, skip: set[str], emit) -> None:
    from dashboard import metrics

    scale = workloads.SCALES[name]
    workloads.levels_ok(scale)
    path = workdir / f"{name}.duckdb"
    started = time.perf_counter()
    counts = workloads.build_store(path, scale)
    emit(Row(name, "build", "store: demo build (build_demo)",
             f"{time.perf_counter() - started:,.1f} s: {counts['stock_rows']:,} ledger rows ({counts['days']:,} days), "
             f"{counts['coverage_rows']:,} coverage rows", value=counts["stock_rows"]))
    store = workloads.Store.open(path)
    as_of = metrics.latest_as_of(store)
    s = load_settings(store)
    n = scale.repeat

    floor = workloads.floor_ms(store, n)
    emit(Row(name, "floor", "floor: bare DuckDB scan of the ledger (sum, count)", f"{ms(floor)} (best of {max(3, n)})",
             value=floor))

    if "pages" not in skip:
        time_pages(name, store, scale, as_of, s, floor, emit)

    if "pandas" not in skip:
        for c in workloads.pandas_compare(store, as_of, s, n):
            ratio = c["pandas_ms"] / max(c["ours_ms"], 0.01)
            emit(Row(name, "pandas", f"pandas way: {c['name']}",
                     f"ours {ms(c['ours_ms'])} | pandas {ms(c['pandas_ms'])} (load + groupby; "
                     f"{ms(c['pandas_compute_ms'])} with the frame in memory) | ours/theirs "
                     f"{c['ours_ms'] / max(c['pandas_ms'], 0.01):.3f} = {ratio:,.1f}x faster (same numbers checked)",
                     f">= {PANDAS_TARGET:.0f}x faster", verdict(ratio >= PANDAS_TARGET, name), ratio))

    ends = [scale.levels[level] for level in ("nasional", "kab/kota") if level in scale.levels]
    if "cli" not in skip:
        for code in ends:
            took = workloads.cli_report_ms(store, code, n)
            emit(Row(name, "cli", f"CLI report --region {code} --json (whole process)",
                     f"{ms(took)} (best of {min(2, n)})", value=took))
    if "briefing" not in skip:
        for code in ends:
            took, pages = workloads.briefing_ms(store, code, as_of, n)
            emit(Row(name, "briefing", f"briefing PDF + XLSX {code} (build_briefing, no cached metrics)",
                     f"{ms(took)}, {pages} PDF pages (best of {min(2, n)})", value=took))
    store.close()

    if "imports" not in skip:
        stock = _stock_frame(path)
        for fmt_name, (took, detail) in workloads.monthly_import(path, workdir, scale, stock).items():
            emit(Row(name, "import", f"import national monthly export {fmt_name} (apply_files, end to end)",
                     f"{ms(took)} ({detail}; best of {min(3, n)} months)", f"< {IMPORT_TARGET_MS / 1000:.0f} s",
                     verdict(took < IMPORT_TARGET_MS, name), took))
    if "history" not in skip:
        data = {"stock": _stock_frame(path), "coverage": _coverage_frame(path)}
        seconds, files, rows = workloads.history_import(workdir, scale, data)
        emit(Row(name, "history", "import whole history (a CSV of daily rows per month + coverage)",
                 f"{seconds:,.1f} s: {files} files, {rows:,} rows = {rows / seconds:,.0f} rows/s (1 run)",
                 value=rows / seconds))
        if scale.imported_pages and "pages" not in skip:
            # The same data laid out as imports lay it out (month after month), not as the demo writes it.
            imported = workloads.Store.open(workdir / f"{name}-history.duckdb")
            imported_floor = workloads.floor_ms(imported, n)
            time_pages(name, imported, scale, as_of, s, imported_floor, emit, ", store built by the imports")
            imported.close()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    emit(Row(name, "rss", "peak RSS of this benchmark process so far", f"{peak:,.0f} MB", value=peak))
    if "app" not in skip:
        app = workloads.app_memory(path, scale.app_regions)
        emit(Row(name, "app_rss", "peak RSS of the app (app.py in AppTest, a briefing download included: every page at "
                 f"{', '.join(scale.app_regions)})",
                 f"{app['peak_rss_mb']:,.0f} MB ({app['views']} page views in {app['seconds']:,.0f} s; "
                 f"slowest {app['slowest'][0]} {app['slowest'][1]:,.1f} s)",
                 f"< {APP_RSS_TARGET_MB} MB", verdict(app["peak_rss_mb"] < APP_RSS_TARGET_MB, name),
                 app["peak_rss_mb"]))


def _stock_frame(path: Path):
    import polars as pl

    from dashboard.store.connection import Store

    with Store.open(path).reading() as cur:
        frame = cur.sql("select region_code, item, period_end as day, stok_awal, penerimaan, distribusi, pemakaian, "
                        "rusak, stok_akhir from stock_ledger where granularity = 'harian'").pl()
    return frame.with_columns(pl.col("day").cast(pl.Date))


def _coverage_frame(path: Path):
    from dashboard.store.connection import Store

    with Store.open(path).reading() as cur:
        return cur.sql("select region_code, period_start, wajib_ktp, sudah_rekam, belum_rekam, prr, sudah_cetak, "
                       "persentase from coverage order by period_start, region_code").pl()


def format_table(rows: list[Row]) -> str:
    head = ("scale", "measure", "result", "target", "verdict")
    cells = [head] + [(r.scale, r.measure, r.result, r.target, r.verdict) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(len(head))).rstrip() for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run(scales: list[str], workdir: Path, skip: set[str] = frozenset(), progress=None) -> list[Row]:
    """Run the benchmark; returns the rows (printed by main)."""
    workloads.quiet_streamlit()
    rows: list[Row] = []

    def emit(row: Row) -> None:
        rows.append(row)
        if progress:
            progress(row)

    for name in scales:
        run_scale(name, workdir, set(skip), emit)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="realistic,5x", help="comma-separated: tiny, realistic, 5x")
    parser.add_argument("--workdir", help="where stores are built (default: a temporary folder, removed after)")
    parser.add_argument("--skip", default="", help=f"comma-separated parts to leave out: {', '.join(SKIPPABLE)}")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    scales = [s.strip() for s in args.scales.split(",") if s.strip()]
    unknown = [s for s in scales if s not in workloads.SCALES]
    if unknown:
        parser.error(f"unknown scale(s): {', '.join(unknown)}")
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    started = time.perf_counter()

    def progress(row: Row) -> None:
        if not args.quiet:
            print(f"[{time.perf_counter() - started:6.0f} s] {row.scale} {row.measure}: {row.result}", file=sys.stderr,
                  flush=True)

    with tempfile.TemporaryDirectory(prefix="ektp-bench-") as tmp:
        workdir = Path(args.workdir or tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        rows = run(scales, workdir, skip, progress)
    print(f"Stok Blangko KTP-el benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, {_cpus()} CPUs, "
          f"{time.perf_counter() - started:,.0f} s. Targets apply to the 5x store; "
          "verdicts in brackets are other scales checked against them.")
    print(format_table(rows))
    missed = [r for r in rows if r.verdict == "missed"]
    print(f"\n{len(missed)} target(s) missed." if missed else "\nAll targets met.")
    return 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


if __name__ == "__main__":
    sys.exit(main())
