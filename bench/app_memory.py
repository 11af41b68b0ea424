"""Run app.py under AppTest through every page at each region (and a briefing download); print the peak RSS as JSON.

Usage (bench/run.py starts it in its own process): python bench/app_memory.py --db STORE --regions ID,35 --pages a,b
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def status_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process. Not getrusage: its ru_maxrss survives fork + exec, so a child
    of a big benchmark process would report the parent's peak."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _download_briefing(region: str) -> None:
    """What pressing the page's PDF button does in the app process (the files are built on click)."""
    from dashboard import briefing
    from dashboard.store import Store, load_settings

    store = Store.open(os.environ["EKTP_DB"])
    try:
        briefing.build_files(store, region, None, load_settings(store))
    except briefing.BriefingError:
        pass  # a region without a report that week: the page shows a warning and offers no download


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--regions", default="ID")
    parser.add_argument("--pages", required=True)
    args = parser.parse_args(argv)
    os.environ["EKTP_DB"] = args.db
    from streamlit.testing.v1 import AppTest

    started = time.perf_counter()
    at_start = status_mb("VmRSS")
    views, errors, slowest = 0, [], ("", 0.0)
    for region in args.regions.split(","):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        at.query_params["wilayah"] = region
        at.run()
        for page in args.pages.split(","):
            at.switch_page(f"pages/{page}.py")
            t0 = time.perf_counter()
            at.run()
            took = time.perf_counter() - t0
            views += 1
            if took > slowest[1]:
                slowest = (f"{page}@{region}", took)
            if at.exception:
                errors.append(f"{page}@{region}: {at.exception[0].message[:200]}")
            if page == "briefing":
                _download_briefing(region)
    peak = status_mb("VmHWM")
    print(json.dumps({"peak_rss_mb": round(peak, 1), "start_rss_mb": round(at_start, 1), "views": views,
                      "seconds": round(time.perf_counter() - started, 1), "errors": errors,
                      "slowest": [slowest[0], round(slowest[1], 2)]}))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
