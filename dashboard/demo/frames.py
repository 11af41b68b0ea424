"""Demo data, part 3: monthly recording coverage, and the simulated matrices turned into ledger-shaped Polars frames."""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl

from dashboard.demo.model import Calendar, KabParams, add_months, rng
from dashboard.demo.simulate import Flows, Result
from dashboard.domain import ITEMS

STOCK_COLUMNS = ("stok_awal", "penerimaan", "distribusi", "pemakaian", "rusak", "stok_akhir")


def _block(codes: list[str], names: dict[str, str], item: str, flows: Flows, days: np.ndarray) -> pl.DataFrame:
    """One item for a set of regions: rows ordered by region then day (matrix columns become row blocks)."""
    D, n = flows.stok_awal.shape
    idx = pl.Series(np.repeat(np.arange(n, dtype=np.int64), D))
    values = {c: getattr(flows, c).T.reshape(-1) for c in STOCK_COLUMNS}
    return pl.DataFrame({
        "region_code": pl.Series(codes, dtype=pl.String).gather(idx),
        "item": pl.repeat(item, n * D, dtype=pl.String, eager=True),
        "day": pl.Series(np.tile(days, n)),
        **{c: pl.Series(v, dtype=pl.Int64) for c, v in values.items()},
        "reported_name": pl.Series([names[c] for c in codes], dtype=pl.String).gather(idx),
    })


def stock_frame(cal: Calendar, kab_codes: list[str], prov_codes: list[str], names: dict[str, str],
                result: Result) -> pl.DataFrame:
    """Every (region, item, day) ledger row, sorted by region, item, day (demo.build_demo stores them by date)."""
    days = np.arange(np.datetime64(cal.start, "D"), np.datetime64(cal.today, "D") + 1)
    parts = [_block(prov_codes, names, item, result.prov[item], days) for item in ITEMS]
    parts += [_block(kab_codes, names, item, result.kab[item], days) for item in ITEMS]
    frame = pl.concat(parts, how="vertical")
    return frame.sort(["region_code", "item", "day"])


def _month_end(start: dt.date) -> dt.date:
    return add_months(start, 1) - dt.timedelta(days=1)


def coverage_frame(cal: Calendar, kp: KabParams, names: dict[str, str], backlog: np.ndarray,
                   seed: int) -> pl.DataFrame:
    """Monthly rows per kab/kota: wajib KTP grows slowly, sudah rekam approaches it; PRR grows with unmet demand.

    Most regions stay below the 99.2% target, about 7% reach it, about 3% go slightly over 100%
    (offices record residents of other regions), as in real reports.
    """
    months = cal.month_starts
    M, K = len(months), len(kp.codes)
    if not M or not K:
        return pl.DataFrame()
    ledger_months = [(m.year - cal.start.year) * 12 + m.month - cal.start.month for m in months]
    end_index = np.array([min(cal.index(_month_end(m)), cal.days - 1) for m in months])
    rows = {k: np.zeros((M, K)) for k in ("wajib", "sudah", "prr", "cetak")}
    for j, code in enumerate(kp.codes):
        s = rng(seed, code, 2)
        u = s.random()
        if u < 0.03:
            c_end = s.uniform(100.8, 103.0)
        elif u < 0.10:
            c_end = s.uniform(99.25, 100.0)
        else:
            c_end = s.uniform(93.5, 99.1)
        c_start = c_end - s.uniform(0.3, 2.5)
        growth = s.uniform(0.0006, 0.0015)  # new 17-year-olds and marriages each month
        prr_frac = s.uniform(0.001, 0.008)
        gap = s.uniform(0.001, 0.004)  # recorded but not printable (duplicates, failed verification)
        m = rng(seed, code, 3)
        t = (np.array(ledger_months) + 1) / max(1, ledger_months[-1] + 1)
        wajib = np.round(kp.wajib0[j] * (1 + growth) ** np.array(ledger_months))
        pct = c_start + (c_end - c_start) * t + m.normal(0, 0.04, M)
        sudah = np.maximum.accumulate(np.round(wajib * pct / 100))
        prr = np.round(wajib * prr_frac * m.uniform(0.8, 1.2, M) + backlog[end_index, j])
        prr = np.minimum(prr, sudah)
        cetak = np.maximum(sudah - prr - np.round(sudah * gap), 0)
        rows["wajib"][:, j], rows["sudah"][:, j], rows["prr"][:, j], rows["cetak"][:, j] = wajib, sudah, prr, cetak
    flat = {k: v.T.reshape(-1).astype(np.int64) for k, v in rows.items()}
    starts = np.array([np.datetime64(m, "D") for m in months])
    ends = np.array([np.datetime64(_month_end(m), "D") for m in months])
    idx = pl.Series(np.repeat(np.arange(K, dtype=np.int64), M))
    return pl.DataFrame({
        "region_code": pl.Series(kp.codes, dtype=pl.String).gather(idx),
        "period_start": pl.Series(np.tile(starts, K)),
        "period_end": pl.Series(np.tile(ends, K)),
        "wajib_ktp": flat["wajib"],
        "sudah_rekam": flat["sudah"],
        "belum_rekam": np.maximum(flat["wajib"] - flat["sudah"], 0),
        "prr": flat["prr"],
        "sudah_cetak": flat["cetak"],
        "persentase": np.round(flat["sudah"] / flat["wajib"] * 100, 2),
        "reported_name": pl.Series([names[c] for c in kp.codes], dtype=pl.String).gather(idx),
    })
