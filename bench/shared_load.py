"""Load benchmark: app processes serving simulated sessions while an import runs, embedded file vs shared store.

Usage: python bench/shared_load.py [--scale realistic] [--sessions 4] [--seconds 40] [--pg-url URL --lake DIR]
Each mode builds (or copies) the same demo store, starts its app processes (each runs `sessions` threads that view
random pages at random levels: the pages' library calls through the store, uncached, as bench/pages.py lists them)
and, after a fifth of the time, one upload in the first app process (a national monthly export, as on Unggah). Printed: p50/p95 page compute,
page views served, refused views (store busy), the import's time, and p50/p95 of data_version() (asked per cached
call). Without --pg-url a throwaway PostgreSQL is started (tests/pg_support.py, Debian's `postgresql`).
Modes: embedded, 1 app process (today's deployment) | embedded, 2 app processes (they take turns at the file lock)
| shared, 2 app processes (PostgreSQL catalog + DuckLake files).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import exportfiles, workloads  # noqa: E402
from bench.pages import PAGES  # noqa: E402

MODES = (("embedded", 1), ("embedded", 2), ("shared", 2))


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# -- inside the worker processes ----------------------------------------------------------------------------------
def serve(db: str, scale: str, sessions: int, seconds: float, seed: int, upload: str | None, delay: float) -> dict:
    """One app process: `sessions` threads viewing pages until the time is up (every view's compute in ms); with
    `upload`, one more thread applies that file after `delay` seconds, as an upload on the Unggah page would."""
    import threading

    from dashboard import importer, metrics
    from dashboard.store import Store, StoreBusy, load_settings

    workloads.quiet_streamlit()
    out = {"views": [], "versions": [], "busy": 0, "import_ms": None, "import_ok": False}
    store = Store.open(db, wait_seconds=seconds)
    try:
        as_of, settings = metrics.latest_as_of(store), load_settings(store)
    except StoreBusy:  # another app process holds the file the whole time: this one serves nothing
        out["busy"] = 1
        return out
    levels = list(workloads.SCALES[scale].levels.values())
    stop = time.monotonic() + seconds

    def session(i: int) -> None:
        rng = random.Random(seed * 1000 + i)
        while time.monotonic() < stop:
            page, region = rng.choice(sorted(PAGES)), rng.choice(levels)
            started = time.perf_counter()
            try:
                store.data_version()
                out["versions"].append((time.perf_counter() - started) * 1000)
                metrics.clear_cache()  # compute, not a cache hit: the figure that matters right after an import
                workloads.run_page(store, page, region, as_of, settings)
                out["views"].append((time.perf_counter() - started) * 1000)
            except StoreBusy:
                out["busy"] += 1

    def upload_file() -> None:
        time.sleep(delay)
        started = time.perf_counter()
        try:
            [result] = importer.apply_files(store, [(Path(upload).name, Path(upload).read_bytes())], uploader="bench",
                                            source="app", today=workloads.TODAY)
            out["import_ok"] = bool(result.accepted and result.rows_added)
        except StoreBusy:
            pass
        out["import_ms"] = (time.perf_counter() - started) * 1000

    threads = [threading.Thread(target=session, args=(i,)) for i in range(sessions)]
    if upload:
        threads.append(threading.Thread(target=upload_file))
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    store.close()
    return out


# -- one scan of the ledger, three ways ------------------------------------------------------------------------
FLOOR_SQL = "select sum(stok_akhir), count(*) from {table}"


def floors(base, shared) -> dict[str, float]:
    """Best-of-5 ms of one ledger scan: the embedded file, the shared store (DuckLake), and the same rows in a plain
    PostgreSQL table read through DuckDB's postgres extension (the issue's alternative engine)."""
    from dashboard.store import lake

    out = {}
    with base.reading() as cur:
        out["embedded"], _ = workloads.best_ms(lambda: cur.execute(FLOOR_SQL.format(table="stock_ledger")).fetchall(), 5)
    out["shared"], _ = workloads.best_ms(lambda: shared.scalar("store/row_count"), 1)  # warms the catalog
    with shared.reading() as cur:
        out["shared"], _ = workloads.best_ms(lambda: cur.execute(FLOOR_SQL.format(table="stock_ledger")).fetchall(), 5)
        cur.execute(f"create table {lake.CATALOG}.public.ledger_copy as select * from stock_ledger")
        out["postgres"], _ = workloads.best_ms(
            lambda: cur.execute(FLOOR_SQL.format(table=f"{lake.CATALOG}.public.ledger_copy")).fetchall(), 5)
        cur.execute(f"drop table {lake.CATALOG}.public.ledger_copy")
    return out


# -- the driver ---------------------------------------------------------------------------------------------------
def _spawn(env: dict, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *args], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)


def run_mode(kind: str, processes: int, db: str, env: dict, file: Path, args) -> dict:
    workers = [_spawn(env, "--serve", db, "--scale", args.scale, "--sessions", str(args.sessions),
                      "--seconds", str(args.seconds), "--seed", str(n), "--delay", str(args.seconds / 5),
                      *(["--import-file", str(file)] if n == 0 else [])) for n in range(processes)]
    outputs = [w.communicate(timeout=args.seconds * 6)[0] for w in workers]  # every worker ends before any parse
    results = [json.loads(o.strip().splitlines()[-1]) for o in outputs]
    views = [v for r in results for v in r["views"]]
    versions = [v for r in results for v in r["versions"]]
    return {"mode": f"{kind}, {processes} app process{'es' if processes > 1 else ''} x {args.sessions} sessions",
            "views": len(views), "p50": _pct(views, 0.5), "p95": _pct(views, 0.95),
            "busy": sum(r["busy"] for r in results), "import_ms": results[0]["import_ms"] or float("nan"),
            "import_ok": results[0]["import_ok"], "v50": _pct(versions, 0.5), "v95": _pct(versions, 0.95)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="realistic", choices=sorted(workloads.SCALES))
    parser.add_argument("--sessions", type=int, default=4, help="simulated sessions (threads) per app process")
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--pg-url", help="an empty PostgreSQL database for the shared mode (else a throwaway one)")
    parser.add_argument("--lake", help="the lake folder with --pg-url")
    parser.add_argument("--serve"), parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--import-file"), parser.add_argument("--delay", type=float)
    args = parser.parse_args(argv)
    if args.serve:
        print(json.dumps(serve(args.serve, args.scale, args.sessions, args.seconds, args.seed, args.import_file,
                               args.delay or 0.0)))
        return 0
    return drive(args)


def drive(args) -> int:
    from dashboard import demo
    from dashboard.store import Store

    work = Path(tempfile.mkdtemp(prefix="ektp-load-"))
    server = None
    try:
        scale = workloads.SCALES[args.scale]
        base = work / "base.duckdb"
        workloads.build_store(base, scale)
        with Store.open(base).reading() as cur:
            stock = cur.sql("select region_code, item, period_end::date as day, stok_awal, penerimaan, distribusi, "
                            "pemakaian, rusak, stok_akhir from stock_ledger where granularity = 'harian'").pl()
        Store.open(base).close()
        month = (workloads.TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=1)  # last whole month
        file = work / f"rekap_{month:%Y_%m}.csv"
        file.write_bytes(exportfiles.stock_csv(exportfiles.monthly_rows(stock, month), monthly=True,
                                               title=f"REKAPITULASI STOK BLANGKO KTP-EL BULAN {month:%m/%Y}"))
        if args.pg_url:
            url, lake = args.pg_url, Path(args.lake or work / "lake")
        else:
            from tests import pg_support

            server = pg_support.start()
            url, lake = server.url(server.new_database("ektp_load")), work / "lake"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "EKTP_LAKE_DATA": str(lake)}
        os.environ["EKTP_LAKE_DATA"] = str(lake)
        started = time.perf_counter()
        shared = Store.open(url)
        demo.build_demo(shared, today=workloads.TODAY, months=scale.months, regions=scale.regions)
        build_s = time.perf_counter() - started
        floor = floors(Store.open(base), shared)
        Store.open(base).close()
        shared.close()
        rows = []
        for kind, processes in MODES:
            if kind == "embedded":
                db = work / f"embedded-{processes}.duckdb"
                shutil.copyfile(base, db)
                rows.append(run_mode(kind, processes, str(db), env, file, args))
            else:
                rows.append(run_mode(kind, processes, url, env, file, args))
            print(rows[-1], file=sys.stderr, flush=True)
        print(report(rows, args, build_s, floor))
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(rows: list[dict], args, build_s: float, floor: dict[str, float]) -> str:
    head = (f"Shared-store load benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {len(os.sched_getaffinity(0))} CPUs, "
            f"scale {args.scale}, {args.seconds:.0f} s per mode; the first app process uploads a national monthly "
            f"export after {args.seconds / 5:.0f} s. Demo build into the shared store: {build_s:,.1f} s.\n"
            f"One scan of the ledger (sum, count; best of 5): embedded {floor['embedded']:,.1f} ms, shared (DuckLake) "
            f"{floor['shared']:,.1f} ms, the same rows as a plain PostgreSQL table read through DuckDB's postgres "
            f"extension {floor['postgres']:,.1f} ms.")
    lines = [head, "", f"{'mode':<48} {'views':>6} {'p50 ms':>8} {'p95 ms':>8} {'busy':>5} {'import ms':>10} "
             f"{'version p50/p95 ms':>19}"]
    for r in rows:
        status = "" if r["import_ok"] else " (refused)"
        lines.append(f"{r['mode']:<48} {r['views']:>6} {r['p50']:>8,.0f} {r['p95']:>8,.0f} {r['busy']:>5} "
                     f"{r['import_ms']:>10,.0f}{status} {r['v50']:>9,.1f}/{r['v95']:,.1f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
