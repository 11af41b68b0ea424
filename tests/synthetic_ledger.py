"""A synthetic national ledger (daily rows, some kab/kota monthly) and coverage, written straight into a store.

Moved out of the former timed test_series_perf.py (timings now live in bench/run.py); test_series_synthetic uses it.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard import regions
from dashboard.store import Store
from tests.store_templates import open_warm

END = dt.date(2026, 10, 31)


def synthetic_ledger(codes: list[str], days: int, items=("blangko", "ribbon", "film"),
                     monthly_every: int = 10) -> pl.DataFrame:
    """A consistent ledger: daily rows, every `monthly_every`-th kab/kota reporting monthly rows instead.

    Each unit uses u a day and receives 30*u every 30 days, so stock swings between ~30u and ~60u.
    """
    start = END - dt.timedelta(days=days - 1)
    units = pl.DataFrame({"region_code": codes}).with_row_index("k").with_columns(
        use=(pl.col("k") * 37 % 900 + 70).cast(pl.Int64))
    cal = pl.DataFrame({"period_end": pl.date_range(start, END, "1d", eager=True)}).with_row_index("d")
    item_frame = pl.DataFrame({"item": list(items), "scale": [1, 1, 1]})
    grid = units.join(cal, how="cross").join(item_frame, how="cross").with_columns(
        pemakaian=pl.when(pl.col("item") == "blangko").then(pl.col("use")).otherwise(pl.col("use") // 400 + 1),
    ).with_columns(
        penerimaan=pl.when((pl.col("d") + pl.col("k")) % 30 == 0).then(pl.col("pemakaian") * 30).otherwise(0),
        rusak=pl.lit(0, pl.Int64), distribusi=pl.lit(0, pl.Int64),
    ).sort("region_code", "item", "period_end").with_columns(
        stok_akhir=pl.col("pemakaian") * 45 + (pl.col("penerimaan") - pl.col("pemakaian")).cum_sum()
        .over("region_code", "item"),
    ).with_columns(stok_awal=pl.col("stok_akhir") - pl.col("penerimaan") + pl.col("pemakaian"))
    daily = grid.with_columns(period_start=pl.col("period_end"), granularity=pl.lit("harian"))
    monthly_units = grid.filter((pl.col("k") % monthly_every == 3) & pl.col("region_code").str.contains(r"\."))
    monthly = monthly_units.group_by("region_code", "item", pl.col("period_end").dt.truncate("1mo").alias("period_start")).agg(
        period_end=pl.col("period_end").max(), stok_awal=pl.col("stok_awal").first(),
        penerimaan=pl.col("penerimaan").sum(), distribusi=pl.col("distribusi").sum(),
        pemakaian=pl.col("pemakaian").sum(), rusak=pl.col("rusak").sum(), stok_akhir=pl.col("stok_akhir").last(),
    ).with_columns(granularity=pl.lit("bulanan"))
    cols = ["region_code", "item", "period_start", "period_end", "granularity", "stok_awal", "penerimaan",
            "distribusi", "pemakaian", "rusak", "stok_akhir"]
    daily = daily.join(monthly_units.select("region_code").unique(), on="region_code", how="anti")
    return pl.concat([daily.select(cols), monthly.select(cols)]).sort("period_end", "region_code")


def load_ledger(store: Store, frame: pl.DataFrame) -> None:
    """Insert rows as one upload (uploaded 3 days after each period on average is not modelled: one timestamp)."""
    frame = frame.with_columns(reported_name=pl.lit(None, pl.String), upload_id=pl.lit(1, pl.Int64),
                               source_row=pl.lit(None, pl.Int32))
    with store.writing() as cur:
        cur.execute("insert into uploads values (1, 'synthetic', 'x', current_timestamp, 'test', 'stok', 'cli', "
                    "?, ?, 0, 0, 0, null)", [frame.height, frame.height])
        cur.register("ledger_in", frame)
        cur.execute("insert into stock_ledger by name select * from ledger_in")
        cur.unregister("ledger_in")


def synthetic_coverage(codes: list[str], months: int) -> pl.DataFrame:
    """Monthly coverage of every kab/kota: wajib grows slowly, sudah closes in on it (a few pass 100%)."""
    firsts = pl.date_range(pl.select(pl.lit(END.replace(day=1)).dt.offset_by(f"-{months - 1}mo")).item(),
                           END.replace(day=1), "1mo", eager=True)
    units = pl.DataFrame({"region_code": [c for c in codes if "." in c]}).with_row_index("k")
    grid = units.join(pl.DataFrame({"period_start": firsts}).with_row_index("m"), how="cross")
    wajib = (pl.col("k") * 997 % 400_000 + 50_000 + pl.col("m") * 100).cast(pl.Int64)
    return grid.with_columns(
        period_end=pl.col("period_start").dt.month_end(), granularity=pl.lit("bulanan"), wajib_ktp=wajib,
    ).with_columns(
        sudah_rekam=(pl.col("wajib_ktp") * (0.9 + pl.col("m") * 0.0018 + (pl.col("k") % 7) * 0.002)).cast(pl.Int64),
        prr=(pl.col("k") * 13 % 3000).cast(pl.Int64),
    ).with_columns(
        belum_rekam=pl.col("wajib_ktp") - pl.col("sudah_rekam"), sudah_cetak=pl.lit(None, pl.Int64),
        persentase=pl.lit(None, pl.Float64), reported_name=pl.lit(None, pl.String), upload_id=pl.lit(1, pl.Int64),
        source_row=pl.lit(None, pl.Int32),
    ).drop("k", "m")


def build_big(path) -> Store:
    """~3M ledger rows: 5 years daily × 552 units × 3 items (2% of kab/kota monthly), plus monthly coverage."""
    store = open_warm(path)
    load_ledger(store, synthetic_ledger(regions.members("ID"), days=5 * 365 + 1, monthly_every=50))
    coverage = synthetic_coverage(regions.members("ID"), months=60)
    with store.writing() as cur:
        cur.register("cov_in", coverage)
        cur.execute("insert into coverage by name select * from cov_in")
        cur.unregister("cov_in")
    return store
