"""The same page metrics the way a typical Streamlit app computes them: whole tables into pandas, then groupby.

Written for the demo store (daily rows only; no monthly rows to spread), which is what the benchmark builds. The
benchmark checks that these numbers equal dashboard.metrics.report / dashboard.metrics.series before it compares times.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import polars as pl

from dashboard import regions
from dashboard.settings import Settings


def load(con) -> pd.DataFrame:
    """The whole ledger as a pandas frame (what `pd.read_sql("select * from stock_ledger", con)` gives)."""
    return con.sql("select * from stock_ledger").df()


def _latest(ledger: pd.DataFrame, as_of: dt.date) -> pd.DataFrame:
    rows = ledger[ledger["period_end"] <= pd.Timestamp(as_of)]
    rows = rows.sort_values(["period_end", "period_start"])
    return rows.groupby(["region_code", "item"], sort=False).tail(1)


def _burn(ledger: pd.DataFrame, as_of: dt.date, window_days: int) -> pd.Series:
    lo = pd.Timestamp(as_of) - pd.Timedelta(days=window_days - 1)
    win = ledger[(ledger["item"] == "blangko") & (ledger["period_end"] >= lo)
                 & (ledger["period_end"] <= pd.Timestamp(as_of))]
    used = win["pemakaian"] + win["rusak"]
    counted = ~((win["stok_akhir"] == 0) & (used == 0))
    per = pd.DataFrame({"region_code": win["region_code"], "used": used.where(counted, 0), "days": counted})
    sums = per.groupby("region_code").sum()
    return (sums["used"] / sums["days"]).where(sums["days"] > 0)


def _status(stock: pd.Series, burn: pd.Series, cover: pd.Series, s: Settings, kab_low: pd.Series) -> pd.Series:
    out = pd.Series(np.select(
        [stock.isna(), stock <= 0, (cover < s.kritis_days) | kab_low, burn == 0, cover.isna(),
         cover < s.waspada_days, cover <= s.berlebih_days],
        [None, "habis", "kritis", "berlebih", None, "waspada", "aman"], default="berlebih"), index=stock.index)
    return out.where(out.notna(), None)


def _cover(stock: pd.Series, burn: pd.Series) -> pd.Series:
    return pd.Series(np.where(stock == 0, 0.0, np.where(burn > 0, stock / burn, np.nan)), index=stock.index)


def units(ledger: pd.DataFrame, as_of: dt.date, s: Settings) -> pd.DataFrame:
    """Every reporting unit: blangko stock, own burn, province, level."""
    latest = _latest(ledger, as_of)
    stock = latest[latest["item"] == "blangko"].set_index("region_code")["stok_akhir"]
    universe = pd.DataFrame([(r.code, r.province_code, "gudang" if r.level == "provinsi" else r.level)
                             for r in regions.all_regions()], columns=["region_code", "province", "level"])
    out = universe.set_index("region_code")
    out["stock"] = stock.reindex(out.index).astype(float)
    out["burn"] = _burn(ledger, as_of, s.burn_window_days).reindex(out.index)
    return out


def region_table(ledger: pd.DataFrame, as_of: dt.date, s: Settings) -> pd.DataFrame:
    """The national region table (one row per province): stock, burn, days of cover, status."""
    u = units(ledger, as_of, s)
    prov = u.groupby("province").agg(stock=("stock", lambda x: x.sum(min_count=1)),
                                     burn=("burn", lambda x: x.sum(min_count=1)))
    prov["days_of_cover"] = _cover(prov["stock"], prov["burn"])
    prov["status"] = _status(prov["stock"], prov["burn"], prov["days_of_cover"], s,
                             pd.Series(False, index=prov.index))
    return prov


def status_counts(ledger: pd.DataFrame, as_of: dt.date, s: Settings) -> dict[str, int]:
    """Units per status nationally (warehouses judged by their province's burn; kab/kota minimum stock)."""
    u = units(ledger, as_of, s)
    province_burn = u.groupby("province")["burn"].sum(min_count=1)
    burn = u["burn"].where(u["level"] != "gudang", u["province"].map(province_burn))
    cover = _cover(u["stock"], burn)
    kab_low = u["level"].isin(["kabupaten", "kota"]) & (u["stock"] < s.kritis_min_stock)
    status = _status(u["stock"], burn, cover, s, kab_low.fillna(False))
    counts = status.value_counts(dropna=False)
    out = {k: int(counts.get(k, 0)) for k in ("habis", "kritis", "waspada", "aman", "berlebih")}
    out["tanpa_data"] = int(status.isna().sum())
    return out


def stock_series_week(ledger: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """National blank stock (every unit's closing carried forward, summed) and use per week from Monday."""
    b = ledger[(ledger["item"] == "blangko") & (ledger["period_end"] <= pd.Timestamp(end))]
    wide = b.pivot_table(index="period_end", columns="region_code", values="stok_akhir", aggfunc="last")
    days = pd.date_range(min(wide.index.min(), pd.Timestamp(start)), pd.Timestamp(end), freq="D")
    stock = wide.reindex(days).ffill().sum(axis=1, min_count=1)
    use = (b["pemakaian"] + b["rusak"]).groupby(b["period_end"]).sum().reindex(days)
    daily = pd.DataFrame({"stock": stock, "consumption": use})
    daily = daily[daily.index >= pd.Timestamp(start)]
    week = daily.index - pd.to_timedelta(daily.index.day_of_week, unit="D")
    grouped = daily.groupby(week)
    return pd.DataFrame({"stock": grouped["stock"].last(), "consumption": grouped["consumption"].sum(min_count=1)})


def check_equal(name: str, ours: pl.DataFrame | dict, theirs: pd.DataFrame | dict) -> None:
    """Raise AssertionError naming the first difference: the comparison of times is fair only on equal numbers."""
    if isinstance(ours, dict):
        assert ours == theirs, f"{name}: ours {ours} != pandas {theirs}"
        return
    mine = ours.to_pandas().set_index(ours.columns[0])
    theirs = theirs.reindex(mine.index)
    for col in theirs.columns:
        a, b = mine[col], theirs[col]
        if not (pd.api.types.is_numeric_dtype(a) and pd.api.types.is_numeric_dtype(b)):
            a, b = a.astype(object), b.astype(object)
            bad = ~((a.isna() & b.isna()) | (a == b).fillna(False).astype(bool))
        else:
            a, b = a.astype(float), b.astype(float)
            bad = ~(np.isclose(a, b, atol=0.006, rtol=1e-9) | (a.isna() & b.isna()))
        assert not bad.any(), f"{name}.{col}: ours {a[bad].head(3).to_dict()} != pandas {b[bad].head(3).to_dict()}"
