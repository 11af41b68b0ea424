"""A tiny deterministic store built from code, with numbers simple enough to compute by hand.

As of 2024-03-31 (AS_OF):
- 65 Kalimantan Utara warehouse: daily rows 2024-01-01..03-31, no use; receives 10,000 on 2024-01-01,
  sends 2,000 to 65.01 on the 1st of each month (distribusi). Closing stock 2024-03-31: 20,000 + 10,000 - 6,000 = 24,000.
- 65.01 Malinau: daily, uses 40 + rusak 2 a day, receives the 2,000 transfers; opening 3,000, closing 5,178.
- 65.02 Bulungan: daily, uses 100 a day, no receipts; 7,900 runs out at the end of 2024-03-19 (stocked out
  2024-03-20..31, 12 days, stock 0).
- 65.71 Kota Tarakan: daily, uses 50 a day, closing 7,450; ribbon rows too: 20 ribbons, no ribbon use recorded.
  No film rows anywhere (film is null, not zero).
- 17.04 Kab. Kaur: monthly rows only (Jan, Feb, Mar 2024): use 3,100 / 2,900 / 3,100 (100 a day), stock 5,200 at end.
- 52.08 Kab. Lombok Utara: daily, 1,000 a day, closing 1,500 on 2024-03-31 (kritis).
Coverage (monthly, 2024-03): 65.01 wajib 50,000 sudah 49,000 prr 500; 65.02 wajib 100,000 sudah 95,000 prr 4,000;
65.71 wajib 150,000 sudah 151,500 (over 100%) prr 0; 17.04 wajib 80,000 sudah 76,160 prr 300; 52.08 wajib 160,000
sudah 155,000 prr 2,500.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard.store import Store

AS_OF = dt.date(2024, 3, 31)
START = dt.date(2024, 1, 1)


def _days() -> list[dt.date]:
    return [START + dt.timedelta(days=i) for i in range((AS_OF - START).days + 1)]


def _ledger(code: str, item: str, opening: int, use: int, rusak: int = 0,
            receipts: dict[dt.date, int] | None = None, sends: dict[dt.date, int] | None = None) -> list[dict]:
    rows, stock = [], opening
    for day in _days():
        rec = (receipts or {}).get(day, 0)
        out = (sends or {}).get(day, 0)
        used = min(use, stock + rec - out)
        spoiled = min(rusak, stock + rec - out - used)
        closing = stock + rec - out - used - spoiled
        rows.append(dict(region_code=code, item=item, period_start=day, period_end=day, granularity="harian",
                         stok_awal=stock, penerimaan=rec, distribusi=out, pemakaian=used, rusak=spoiled,
                         stok_akhir=closing))
        stock = closing
    return rows


def _monthly(code: str, item: str, opening: int, uses: list[int]) -> list[dict]:
    rows, stock = [], opening
    for month, used in zip((1, 2, 3), uses):
        start = dt.date(2024, month, 1)
        end = (dt.date(2024, month + 1, 1) if month < 12 else dt.date(2025, 1, 1)) - dt.timedelta(days=1)
        rows.append(dict(region_code=code, item=item, period_start=start, period_end=end, granularity="bulanan",
                         stok_awal=stock, penerimaan=0, distribusi=0, pemakaian=used, rusak=0,
                         stok_akhir=stock - used))
        stock -= used
    return rows


def stock_rows() -> list[dict]:
    firsts = {dt.date(2024, m, 1): 2000 for m in (1, 2, 3)}
    rows = []
    rows += _ledger("65", "blangko", 20000, 0, receipts={START: 10000}, sends=firsts)
    rows += _ledger("65.01", "blangko", 3000, 40, rusak=2, receipts=firsts)
    rows += _ledger("65.02", "blangko", 7900, 100)
    rows += _ledger("65.71", "blangko", 12000, 50)
    rows += _ledger("65.71", "ribbon", 20, 0, receipts=None)
    rows += _monthly("17.04", "blangko", 14300, [3100, 2900, 3100])
    rows += _ledger("52.08", "blangko", 92500, 1000)
    return rows


def coverage_rows() -> list[dict]:
    data = [("65.01", 50000, 49000, 500), ("65.02", 100000, 95000, 4000), ("65.71", 150000, 151500, 0),
            ("17.04", 80000, 76160, 300), ("52.08", 160000, 155000, 2500)]
    return [dict(region_code=c, period_start=dt.date(2024, 3, 1), period_end=AS_OF, granularity="bulanan",
                 wajib_ktp=w, sudah_rekam=s, belum_rekam=w - s, prr=p, sudah_cetak=None, persentase=None)
            for c, w, s, p in data]


def build_fixture_store(store: Store) -> None:
    """Write the fixture rows straight into the ledger tables (one upload id, one transaction)."""
    stock = pl.DataFrame(stock_rows()).with_columns(
        reported_name=pl.lit(None, pl.String), upload_id=pl.lit(1, pl.Int64), source_row=pl.lit(None, pl.Int32))
    cov = pl.DataFrame(coverage_rows(), schema_overrides={"sudah_cetak": pl.Int64, "persentase": pl.Float64}).with_columns(
        reported_name=pl.lit(None, pl.String), upload_id=pl.lit(1, pl.Int64), source_row=pl.lit(None, pl.Int32))
    with store.writing() as cur:
        cur.execute(
            "insert into uploads values (1, 'fixture', 'fixture', current_timestamp, 'test', 'stok', 'cli', ?, ?, 0, 0, 0, null)",
            [stock.height, stock.height])
        cur.register("stock_in", stock)
        cur.execute("insert into stock_ledger by name select * from stock_in")
        cur.register("cov_in", cov)
        cur.execute("insert into coverage by name select * from cov_in")
        cur.unregister("stock_in")
        cur.unregister("cov_in")
        try:
            from dashboard.store import derived
        except ImportError:
            return
        derived.refresh(cur)
