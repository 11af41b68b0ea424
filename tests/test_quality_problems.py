"""metrics.quality_problems: completeness states, ledger and continuity errors, names, >100% coverage, stale units."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fixture_store import AS_OF
from test_series_support import cov, daily, row, upload, write

from dashboard import metrics
from dashboard.metrics.scope import month_end, month_starts
from dashboard.settings import Settings

D = dt.date
AS_OF_JUNE = D(2024, 6, 30)
MONTHS = [D(2024, m, 1) for m in range(1, 7)]


def monthly(code: str, month: dt.date, upload_id: int, closing: int = 1_000, **kw) -> dict:
    return row(code, month, month_end(month), closing=closing, use=100, upload=upload_id, **kw)


@pytest.fixture
def qs(store):
    """Province 11 over Jan..Jun 2024, each month's rows in their own upload; see each test for the story."""
    on_time = {m: 100 + i for i, m in enumerate(MONTHS)}
    for m, uid in on_time.items():
        upload(store, uid, month_end(m) + dt.timedelta(days=3))
    upload(store, 200, D(2024, 5, 20))            # April's report for 11.02, 20 days late
    upload(store, 201, D(2024, 7, 30))            # a late re-upload of 11.03's June
    upload(store, 202, D(2025, 1, 1), "demo")     # a demo build: no real submission date
    stock = [monthly("11.01", m, on_time[m]) for m in MONTHS]
    stock += [monthly("11.02", m, 200 if m.month == 4 else on_time[m]) for m in MONTHS if m.month != 5]
    stock += daily("11.03", D(2024, 3, 1), 31, opening=5_000, use=10, upload=on_time[D(2024, 3, 1)])
    stock += [monthly("11.03", D(2024, 6, 1), 201)]
    stock += [monthly("11.04", m, 202) for m in MONTHS]
    stock += [monthly("11", D(2024, 1, 1), on_time[D(2024, 1, 1)])]                 # warehouse: January only
    stock += [monthly("12.01", m, on_time[m]) for m in MONTHS]                      # another province
    history = [monthly("11.03", D(2024, 6, 1), on_time[D(2024, 6, 1)])]             # the on-time original
    write(store, stock=stock, history=history)
    return store


def states(p) -> dict:
    return {(r["region_code"], r["month"]): r["state"] for r in p["completeness"].iter_rows(named=True)}


def test_completeness_states(qs):
    p = metrics.quality_problems(qs, "11", as_of=AS_OF_JUNE, settings=Settings())
    s = states(p)
    assert {code for code, _ in s} == {"11", "11.01", "11.02", "11.03", "11.04"}  # not 12.01
    assert all(s[("11.01", m)] == "dilaporkan" for m in MONTHS)
    assert s[("11.02", D(2024, 4, 1))] == "terlambat" and s[("11.02", D(2024, 5, 1))] == "hilang"
    assert s[("11.03", D(2024, 3, 1))] == "dilaporkan" and s[("11.03", D(2024, 2, 1))] == "hilang"
    assert s[("11.03", D(2024, 6, 1))] == "dilaporkan"  # first sent on time; the late upload replaced it
    assert all(s[("11.04", m)] == "dilaporkan" for m in MONTHS)  # demo rows are never late
    assert [s[("11", m)] for m in MONTHS] == ["dilaporkan"] + ["hilang"] * 5
    assert p["late"].height == 1 and p["missing"].height == 1 + 4 + 5
    summ = {r["month"]: r for r in p["completeness_summary"].iter_rows(named=True)}
    apr = summ[D(2024, 4, 1)]
    assert (apr["expected"], apr["reported"], apr["late"], apr["missing"]) == (5, 2, 1, 2)
    assert apr["rate_pct"] == 60.0 and apr["on_time_pct"] == 40.0
    assert p["completeness"].filter(region_code="11")["name"][0] == "Gudang Provinsi Aceh"


def test_late_boundary_is_ten_days(store):
    upload(store, 1, D(2024, 1, 31) + dt.timedelta(days=metrics.LATE_AFTER_DAYS))
    upload(store, 2, D(2024, 1, 31) + dt.timedelta(days=metrics.LATE_AFTER_DAYS + 1))
    write(store, stock=[monthly("11.01", D(2024, 1, 1), 1), monthly("11.02", D(2024, 1, 1), 2)])
    s = states(metrics.quality_problems(store, "11", as_of=D(2024, 1, 31)))
    assert s[("11.01", D(2024, 1, 1))] == "dilaporkan" and s[("11.02", D(2024, 1, 1))] == "terlambat"


def test_completeness_window():
    assert metrics.completeness_months(D(2024, 6, 30)) == (D(2024, 1, 1), D(2024, 6, 30))
    # A month still running is not judged.
    assert metrics.completeness_months(D(2024, 7, 15)) == (D(2024, 1, 1), D(2024, 6, 30))
    assert metrics.completeness_months(D(2024, 3, 31)) == (D(2023, 10, 1), D(2024, 3, 31))


def test_ledger_discrepancy_and_continuity(store):
    rows = daily("11.03", D(2024, 3, 1), 20, opening=5_000, use=10)
    rows[5] = dict(rows[5], stok_akhir=rows[5]["stok_akhir"] + 7)          # 6 Mar: closing 7 too high
    rows[12] = dict(rows[12], stok_awal=rows[12]["stok_awal"] - 30,       # 13 Mar: opening doesn't follow 12 Mar
                    stok_akhir=rows[12]["stok_akhir"] - 30)                # (but the row balances itself)
    rows[15] = dict(rows[15], stok_awal=None)                              # no opening: not checkable
    rows += [monthly("11.01", D(2024, 1, 1), 1, closing=900), monthly("11.01", D(2024, 2, 1), 1, closing=800),
             monthly("11.01", D(2024, 3, 1), 1, closing=777, opening=800)]  # 800 - 100 = 700, not 777
    rows[-2]["stok_awal"] = 950                                            # Feb opens at 950, Jan closed at 900
    write(store, stock=rows)
    p = metrics.quality_problems(store, "11", as_of=D(2024, 3, 31))
    got = {(r["region_code"], r["period_end"], r["kind"]): r for r in p["ledger"].iter_rows(named=True)}
    bad = got[("11.03", D(2024, 3, 6), "neraca")]
    assert (bad["reported"], bad["computed"], bad["difference"]) == (4_947, 4_940, 7)
    # 7 Mar opened from the true balance, not the reported 4,947: a continuity break right after.
    assert got[("11.03", D(2024, 3, 7), "kontinuitas")]["difference"] == -7
    brk = got[("11.03", D(2024, 3, 13), "kontinuitas")]
    assert (brk["reported"], brk["computed"], brk["difference"]) == (4_850, 4_880, -30)
    assert got[("11.03", D(2024, 3, 14), "kontinuitas")]["difference"] == 30  # 14 Mar kept the old balance
    assert got[("11.01", D(2024, 3, 31), "neraca")]["difference"] == 77
    assert got[("11.01", D(2024, 2, 29), "kontinuitas")]["difference"] == 50
    assert got[("11.01", D(2024, 2, 29), "neraca")]["difference"] == -50  # 950 - 100 = 850, reported 800
    assert len(got) == 7
    assert p["ledger"]["item"].unique().to_list() == ["blangko"]


def test_names_over_100_and_stale(store):
    upload(store, 1, D(2024, 3, 5))
    write(store,
          stock=[row("11.01", D(2024, 3, 1), closing=10, name="Kab. Salah", upload=1),
                 row("11.01", D(2024, 3, 2), closing=10, name="Kab. Salah", upload=1),
                 row("11.02", D(2024, 1, 10), closing=10, upload=1),
                 row("12.01", D(2024, 1, 1), closing=10, upload=1)],
          coverage=[cov("11.01", D(2024, 2, 29), 100, 99), cov("11.01", D(2024, 3, 31), 100, 101),
                    cov("11.02", D(2024, 2, 29), 100, 120), cov("11.02", D(2024, 3, 31), 100, 98),
                    cov("12.01", D(2024, 3, 31), 100, 150)],
          flags=[dict(upload_id=1, kind="stok", region_code="11.01", item="blangko", period_end=d,
                      flag="name_mismatch", message="Nama 'Kab. Salah' tidak cocok dengan kode 11.01")
                 for d in (D(2024, 3, 1), D(2024, 3, 2))]
          + [dict(upload_id=1, kind="stok", region_code="11.01", item="blangko", period_end=D(2024, 3, 2),
                  flag="ledger_mismatch", message="x")])
    p = metrics.quality_problems(store, "11", as_of=D(2024, 3, 31), settings=replace(Settings(), stale_days=45))
    names = p["names"].row(0, named=True)
    assert p["names"].height == 1
    assert (names["reported_name"], names["period_end"], names["rows"]) == ("Kab. Salah", D(2024, 3, 2), 2)
    assert p["over_100"]["region_code"].to_list() == ["11.01"]  # latest row only; 12.01 is elsewhere
    assert p["over_100"].row(0, named=True)["coverage_pct"] == 101.0
    stale = p["stale"].row(0, named=True)
    assert p["stale"].height == 1 and stale["region_code"] == "11.02"
    assert (stale["last_report"], stale["days_since"]) == (D(2024, 1, 10), 81)
    assert metrics.quality_problems(store, "11", as_of=D(2024, 2, 20))["stale"].height == 0
    counts = metrics.quality_summary(p)
    assert counts["names"] == 1 and counts["over_100"] == 1 and counts["stale"] == 1 and counts["ledger"] == 0
    assert counts["completeness"] == counts["late"] + counts["missing"]


def test_fixture_store_problems(fixture_copy):
    store = fixture_copy
    p = metrics.quality_problems(store, "ID", as_of=AS_OF)
    assert p["completeness"].height == 6 * 6  # 6 units (5 kab/kota + warehouse 65) x Oct..Mar
    assert p["missing"]["month"].max() == D(2023, 12, 1)  # nothing before January 2024
    assert p["ledger"].height == 0 and p["stale"].height == 0
    assert p["over_100"]["region_code"].to_list() == ["65.71"]
    assert set(metrics.quality_problems(store, "65", as_of=AS_OF)["completeness"]["region_code"]) == {
        "65", "65.01", "65.02", "65.71"}


def test_the_month_grid_runs_from_the_first_months_first_day_to_the_last_month():
    # the grid the completeness and coverage queries read: mid-month ends still count their month, a year turns over
    assert month_starts(dt.date(2023, 11, 15), dt.date(2024, 2, 1)) == [
        dt.date(2023, 11, 1), dt.date(2023, 12, 1), dt.date(2024, 1, 1), dt.date(2024, 2, 1)]
    assert month_starts(dt.date(2024, 3, 31), dt.date(2024, 3, 1)) == [dt.date(2024, 3, 1)]
    assert month_starts(dt.date(2024, 4, 1), dt.date(2024, 3, 31)) == []
