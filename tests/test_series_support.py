"""Helpers for the series/quality tests: write hand-made ledger, coverage, upload and flag rows into a store."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard.store import Store

STOCK_SCHEMA = {
    "region_code": pl.String, "item": pl.String, "period_start": pl.Date, "period_end": pl.Date,
    "granularity": pl.String, "stok_awal": pl.Int64, "penerimaan": pl.Int64, "distribusi": pl.Int64,
    "pemakaian": pl.Int64, "rusak": pl.Int64, "stok_akhir": pl.Int64, "reported_name": pl.String,
    "upload_id": pl.Int64, "source_row": pl.Int32,
}


def row(code: str, start: dt.date, end: dt.date | None = None, *, closing: int, use: int = 0, rusak: int = 0,
        rec: int = 0, out: int = 0, opening: int | None = -1, item: str = "blangko", upload: int = 1,
        name: str | None = None) -> dict:
    """One stock row; opening defaults to the balance that makes the row consistent (None: not reported)."""
    end = end or start
    if opening == -1:
        opening = closing - rec + out + use + rusak
    return dict(region_code=code, item=item, period_start=start, period_end=end,
                granularity="harian" if start == end else "bulanan", stok_awal=opening, penerimaan=rec,
                distribusi=out, pemakaian=use, rusak=rusak, stok_akhir=closing, reported_name=name,
                upload_id=upload, source_row=None)


def daily(code: str, start: dt.date, days: int, *, opening: int, use: int, upload: int = 1,
          item: str = "blangko") -> list[dict]:
    """Consistent daily rows using `use` a day (never below zero)."""
    rows, stock = [], opening
    for i in range(days):
        used = min(use, stock)
        rows.append(row(code, start + dt.timedelta(days=i), closing=stock - used, use=used, upload=upload,
                        item=item))
        stock -= used
    return rows


def upload(store: Store, upload_id: int, uploaded_at: dt.datetime | dt.date, source: str = "app") -> None:
    if isinstance(uploaded_at, dt.date) and not isinstance(uploaded_at, dt.datetime):
        uploaded_at = dt.datetime.combine(uploaded_at, dt.time(10, 0), tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with store.writing() as cur:
        cur.execute("insert into uploads values (?, ?, 'x', ?, 'test', 'stok', ?, 0, 0, 0, 0, 0, null)",
                    [upload_id, f"upload-{upload_id}", uploaded_at, source])


def write(store: Store, stock: list[dict] = (), coverage: list[dict] = (), history: list[dict] = (),
          flags: list[dict] = ()) -> None:
    """Insert rows (uploads must exist already or be irrelevant to the test)."""
    with store.writing() as cur:
        for table, rows in (("stock_ledger", stock), ("stock_ledger_history", history)):
            if rows:
                frame = pl.DataFrame(list(rows), schema=STOCK_SCHEMA)
                cur.register("rows_in", frame)
                cur.execute(f"insert into {table} by name select * from rows_in")
                cur.unregister("rows_in")
        if coverage:
            frame = pl.DataFrame([{"belum_rekam": None, "prr": None, "sudah_cetak": None, "persentase": None,
                                   "reported_name": None, "upload_id": 1, "source_row": None,
                                   "granularity": "bulanan", **c} for c in coverage],
                                 schema_overrides={"belum_rekam": pl.Int64, "prr": pl.Int64, "sudah_cetak": pl.Int64,
                                                   "persentase": pl.Float64, "reported_name": pl.String,
                                                   "source_row": pl.Int32})
            cur.register("cov_in", frame)
            cur.execute("insert into coverage by name select * from cov_in")
            cur.unregister("cov_in")
        for f in flags:
            cur.execute("insert into quality_flags by name select * from (select ? as upload_id, ? as kind, "
                        "? as region_code, ? as item, ? as period_end, null::integer as source_row, ? as flag, "
                        "? as message, null::double as value)",
                        [f["upload_id"], f["kind"], f["region_code"], f.get("item"), f["period_end"], f["flag"],
                         f["message"]])


def cov(code: str, end: dt.date, wajib: int, sudah: int, prr: int | None = None) -> dict:
    return dict(region_code=code, period_start=end.replace(day=1), period_end=end, wajib_ktp=wajib,
                sudah_rekam=sudah, belum_rekam=wajib - sudah, prr=prr)


def test_helpers_write_consistent_rows(store):
    rows = daily("11.01", dt.date(2024, 1, 1), 3, opening=5, use=2)
    assert [r["stok_akhir"] for r in rows] == [3, 1, 0]
    assert all(r["stok_awal"] - r["pemakaian"] == r["stok_akhir"] for r in rows)
    write(store, stock=rows, coverage=[cov("11.01", dt.date(2024, 1, 31), 10, 9)])
    with store.reading() as cur:
        assert cur.execute("select count(*) from stock_ledger").fetchall()[0][0] == 3
        assert cur.execute("select count(*) from coverage").fetchall()[0][0] == 1
