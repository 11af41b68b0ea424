"""Deterministic national demo data: every province warehouse and kab/kota, daily ledger and monthly coverage.

The numbers are simulated, not official: a seeded model of blank cards flowing centre -> province warehouse
-> kab/kota, with local ribbon/film purchases, late transfers, a national shortage and an election surge
(see demo_model, demo_sim, demo_frames). The same parameters always give the same rows, and one
uploads row (kind 'demo') records them so `rebuild` can replay the build and the UI can show a DEMO banner.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from typing import Any

from dashboard.demo.frames import coverage_frame, stock_frame
from dashboard.demo.model import calendar, kab_params, prov_params, select
from dashboard.demo.simulate import simulate
from dashboard.domain import today_wib
from dashboard.store import Store, derived, queries
from dashboard.text import t

DEFAULT_SEED = 20221125  # the day Lombok Utara reported 1,500 blanks left
DEFAULT_MONTHS = 24
FILE_PREFIX = "demo:"


class StoreNotEmpty(ValueError):
    """The store already holds stock or coverage rows and replace was not asked for."""


def describe(seed: int, today: dt.date, months: int, regions: list[str] | None) -> str:
    """The uploads.file_name of a build: its parameters, read back by parse_description."""
    return f"{FILE_PREFIX}seed={seed};today={today.isoformat()};months={months};regions={','.join(regions) if regions else 'all'}"


def parse_description(file_name: str) -> dict[str, Any]:
    """'demo:seed=1;today=2024-03-31;months=24;regions=65,52.08' -> build_demo keyword arguments."""
    if not file_name.startswith(FILE_PREFIX):
        raise ValueError(file_name)
    params = dict(part.split("=", 1) for part in file_name[len(FILE_PREFIX):].split(";") if part)
    kwargs: dict[str, Any] = {}
    if params.get("seed") not in (None, "", "None"):
        kwargs["seed"] = int(params["seed"])
    if params.get("today") not in (None, "", "None"):
        kwargs["today"] = dt.date.fromisoformat(params["today"])
    if params.get("months") not in (None, "", "None"):
        kwargs["months"] = int(params["months"])
    raw = (params.get("regions") or "").strip()
    if raw and raw not in ("None", "all", "*", "ID"):
        kwargs["regions"] = [code for code in raw.replace("|", ",").split(",") if code]
    return kwargs


def generate(*, today: dt.date, seed: int = DEFAULT_SEED, months: int = DEFAULT_MONTHS,
             regions: list[str] | None = None) -> dict[str, Any]:
    """The demo rows as Polars frames ('stock', 'coverage') plus the calendar, without touching a store."""
    if months < 1:
        raise ValueError(t("demo.err.months", months=months))
    provs, kabs = select(regions)
    names = {r.code: r.name for r in provs + kabs}
    cal = calendar(today, months)
    kp = kab_params(kabs, provs, cal, seed)
    pp = prov_params(provs, kp, cal, seed)
    result = simulate(cal, kp, pp)
    return {
        "calendar": cal,
        "stock": stock_frame(cal, kp.codes, pp.codes, names, result),
        "coverage": coverage_frame(cal, kp, names, result.backlog, seed),
        "provinces": len(provs),
        "kabkota": len(kabs),
    }


def build_demo(store: Store, *, today: dt.date | None = None, seed: int = DEFAULT_SEED, months: int = DEFAULT_MONTHS,
               regions: list[str] | None = None, replace: bool = False) -> dict[str, Any]:
    """Write the demo dataset in one transaction; refuse a store with data unless replace=True.

    Returns counts: stock_rows, coverage_rows, provinces, kabkota, days, start, end, upload_id, seconds.
    """
    started = time.perf_counter()
    today = today or today_wib()
    codes = sorted(set(regions)) if regions else None
    data = generate(today=today, seed=seed, months=months, regions=codes)
    # Stored in date order, as monthly imports arrive: DuckDB's per-block min/max then skips old blocks for the
    # as-of windows every page reads (about a third faster on a 5-year national store).
    stock = data["stock"].sort("day", "region_code", "item")
    coverage = data["coverage"].sort("period_end", "region_code")
    file_name = describe(seed, today, months, codes)
    with store.writing() as cur:
        # Checked inside the write transaction: two first starts at once build the demo only once.
        if queries.scalar(cur, "store/row_count"):
            if not replace:
                raise StoreNotEmpty(t("demo.err.not_empty"))
            queries.execute(cur, "demo/clear")
        upload_id = int(queries.scalar(cur, "demo/next_upload_id"))
        for view, frame, query in (("demo_stock_in", stock, "demo/insert_stock"),
                                   ("demo_coverage_in", coverage, "demo/insert_coverage")):
            if frame.height:
                cur.register(view, frame)
                try:
                    queries.execute(cur, query, {"upload_id": upload_id})
                finally:
                    cur.unregister(view)
        queries.execute(cur, "demo/insert_upload", {
            "upload_id": upload_id, "file_name": file_name,
            "sha256": hashlib.sha256(file_name.encode()).hexdigest(), "rows": stock.height + coverage.height})
        derived.refresh(cur)
        _audit(cur, file_name, stock.height, coverage.height)
    cal = data["calendar"]
    return {"stock_rows": stock.height, "coverage_rows": coverage.height, "provinces": data["provinces"],
            "kabkota": data["kabkota"], "days": cal.days, "start": cal.start, "end": cal.today,
            "upload_id": upload_id, "seconds": round(time.perf_counter() - started, 2)}


def _audit(cur, file_name: str, stock_rows: int, coverage_rows: int) -> None:
    try:
        from dashboard.store import audit
    except ImportError:  # accounts not installed: the uploads row is the record
        return
    audit.record(cur, "demo", "demo", {"file": file_name, "stock_rows": stock_rows, "coverage_rows": coverage_rows})


def is_demo(store: Store) -> bool:
    """True when the store holds a demo build (the UI shows the DATA DEMO banner)."""
    return bool(store.scalar("demo/is_demo"))


def build_if_empty(store: Store, **kwargs: Any) -> dict[str, Any] | None:
    """First start: build the demo when the store is empty; None when it already has data."""
    if not store.is_empty():
        return None
    try:
        return build_demo(store, **kwargs)
    except StoreNotEmpty:
        return None  # another session or process filled it in the meantime
