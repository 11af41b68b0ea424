"""Benchmark: build national stores (realistic and 5x), then time imports, page data, report, briefing and memory.

Usage: python bench/run.py [--scales realistic,5x] [--out bench/out]
       python bench/run.py --scales tiny   (seconds; what the test suite runs)
Prints one table; every figure is measured on this machine, nothing is assumed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import workloads  # noqa: E402
from dashboard.store import Store  # noqa: E402

# months of daily ledger per scale; realistic = 1 year, 5x = 5 years (~3M ledger rows nationally)
SCALES = {"tiny": (3, ["65", "17"]), "realistic": (12, None), "5x": (60, None)}
TODAY = dt.date(2026, 11, 22)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, *args, repeat: int = 1, **kwargs) -> tuple[float, object]:
    """Best wall time in ms over `repeat` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        best = min(best, (time.perf_counter() - start) * 1000)
    return best, result


def run_scale(name: str, workdir: Path, rows: list[tuple[str, str, str]]) -> None:
    from dashboard import demo, metrics

    months, regions = SCALES[name]
    path = workdir / f"{name}.duckdb"
    store = Store.open(path, linger_seconds=0)
    ms, counts = timed(demo.build_demo, store, today=TODAY, months=months, regions=regions)
    n_ledger = counts.get("stock_rows", 0) if isinstance(counts, dict) else 0
    rows.append((name, "build demo store", f"{ms / 1000:.1f} s ({n_ledger:,} ledger rows)"))
    as_of = metrics.latest_as_of(store)
    codes = workloads.levels(store, regions)

    for label, fn in workloads.import_cases(store, workdir, as_of):
        ms, detail = timed(fn)
        rows.append((name, label, f"{ms:,.0f} ms {detail}"))

    floor_ms, _ = timed(workloads.bare_scan, store, repeat=3)
    rows.append((name, "floor: bare DuckDB scan of the ledger", f"{floor_ms:,.1f} ms"))

    for level, code in codes.items():
        for page, calls in workloads.page_calls(code, as_of).items():
            store.close()
            workloads.reset_caches()
            cold, _ = timed(workloads.run_calls, store, calls)
            warm, _ = timed(workloads.run_calls, store, calls, repeat=3)
            cached, _ = timed(workloads.run_cached, store, calls, repeat=3)
            rows.append((name, f"page {page} @ {level} ({code})",
                         f"cold {cold:,.0f} ms | warm {warm:,.0f} ms | cached {cached:,.2f} ms"
                         f" | ours/floor {warm / max(floor_ms, 0.01):,.1f}x"))

    ours, _ = timed(workloads.national_table_ours, store, as_of, repeat=3)
    theirs, _ = timed(workloads.national_table_pandas, store, as_of, repeat=1)
    rows.append((name, "national region table: ours vs pandas over raw rows",
                 f"ours {ours:,.0f} ms | pandas {theirs:,.0f} ms | pandas/ours {theirs / max(ours, 0.01):,.1f}x"))

    store.close()
    for code in (codes["nasional"], codes["kab/kota"]):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "dashboard", "report", "--db", str(path), "--region", code, "--json"],
                       check=True, capture_output=True, cwd=ROOT)
        rows.append((name, f"CLI report --region {code} (whole process)", f"{(time.perf_counter() - start) * 1000:,.0f} ms"))
    for code in (codes["nasional"], codes["kab/kota"]):
        ms, _ = timed(workloads.briefing, store, code, as_of)
        rows.append((name, f"briefing PDF+XLSX {code}", f"{ms:,.0f} ms"))
    rows.append((name, "peak RSS of this process so far", f"{peak_rss_mb():,.0f} MB"))
    app_mb = workloads.app_peak_rss_mb(path, list(codes.values()))
    if app_mb is not None:
        rows.append((name, "peak RSS of the app server (all pages, all levels)", f"{app_mb:,.0f} MB"))
    store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="realistic,5x")
    parser.add_argument("--workdir", help="where stores are built (default: a temp folder)")
    args = parser.parse_args(argv)
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(args.workdir or tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for name in args.scales.split(","):
            run_scale(name.strip(), workdir, rows)
    width = max(len(r[1]) for r in rows)
    print(f"{'scale':<10} {'measure':<{width}}  result")
    for scale, what, result in rows:
        print(f"{scale:<10} {what:<{width}}  {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
