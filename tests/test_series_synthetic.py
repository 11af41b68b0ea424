"""Invariants on a small synthetic ledger (daily and monthly reporters): the functions agree with each other."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from synthetic_ledger import END, load_ledger, synthetic_ledger

from dashboard import metrics, regions

START = END - dt.timedelta(days=119)


@pytest.fixture
def syn(store):
    codes = regions.members("65") + regions.members("17")
    load_ledger(store, synthetic_ledger(codes, days=120, monthly_every=3))
    return store


def test_monthly_buckets_match_daily_series(syn):
    days = metrics.stock_series(syn, "ID", start=START, end=END)
    months = metrics.stock_series(syn, "ID", start=START, end=END, freq="month")
    month_ends = days.group_by(pl.col("period").dt.truncate("1mo").alias("period")).agg(
        pl.col("stock").last(), pl.col("consumption").sum()).sort("period")
    joined = months.join(month_ends, on="period", suffix="_d")
    assert joined.height == months.height
    assert (joined["stock"] == joined["stock_d"]).all()
    assert ((joined["consumption"] - joined["consumption_d"]).abs() < 1e-6).all()


def test_national_series_is_the_sum_of_provinces(syn):
    nat = metrics.stock_series(syn, "ID", start=START, end=END, freq="week")
    parts = pl.concat([metrics.stock_series(syn, p, start=START, end=END, freq="week") for p in ("65", "17")])
    summed = parts.group_by("period").agg(pl.col("stock", "consumption", "penerimaan_external").sum()).sort("period")
    joined = nat.join(summed, on="period", suffix="_p")
    assert (joined["stock"] == joined["stock_p"]).all()
    assert ((joined["consumption"] - joined["consumption_p"]).abs() < 1e-6).all()
    assert ((joined["penerimaan_external"] - joined["penerimaan_external_p"]).abs() < 1e-6).all()


def test_tables_agree_with_the_series(syn):
    as_of = END
    window = metrics.consumption_by_region(syn, "ID", as_of=as_of, days=30)
    total = metrics.stock_series(syn, "ID", start=as_of - dt.timedelta(days=29), end=as_of)
    assert window["consumption"].sum() == pytest.approx(total["consumption"].sum())
    matrix = metrics.status_matrix(syn, "ID", as_of=as_of, months=3)
    by_month = matrix.group_by("month").agg(pl.col("stock_end").sum()).sort("month")
    months = metrics.stock_series(syn, "ID", start=by_month["month"].min(), end=as_of, freq="month")
    assert by_month["stock_end"].to_list() == months["stock"].to_list()
    timeline = metrics.stockout_timeline(syn, "ID", as_of=as_of)
    assert (timeline["days_of_cover"] <= 180).all()
    assert set(timeline["level"]) <= {"kabupaten", "kota", "gudang"}


def test_consistent_ledger_has_no_ledger_problems(syn):
    p = metrics.quality_problems(syn, "ID", as_of=END)
    assert p["ledger"].height == 0 and p["stale"].height == 0
    assert p["completeness_summary"]["missing"].to_list()[-3:] == [0, 0, 0]
