"""Demo data: deterministic, ledger-exact, national, realistic in shape (stock-outs, surge, coverage), and safe to run."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from dashboard.demo import build as demo
from dashboard.domain import today_wib
from dashboard.store import Store
from tests import store_templates
from tests.store_templates import open_warm

TODAY = dt.date(2026, 11, 22)
SMALL = ["65", "52"]  # Kalimantan Utara (5 kab/kota) and NTB (10)
HASH_SQL = """
select md5(string_agg(concat_ws('|', region_code, item, period_start, period_end, granularity, stok_awal, penerimaan,
       distribusi, pemakaian, rusak, stok_akhir, reported_name), ';'
       order by region_code, item, period_end)) from stock_ledger {where}
"""
COVERAGE_HASH_SQL = """
select md5(string_agg(concat_ws('|', region_code, period_start, period_end, wajib_ktp, sudah_rekam, belum_rekam, prr,
       sudah_cetak, persentase), ';' order by region_code, period_end)) from coverage {where}
"""


def _one(store: Store, sql: str, params=None):
    with store.reading() as cur:
        return cur.execute(sql, params).fetchall()[0][0]


def _rows(store: Store, sql: str, params=None):
    with store.reading() as cur:
        return cur.execute(sql, params).fetchall()


def _fresh(path) -> Store:
    return open_warm(path)


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """A copy of the session's national demo store (tests/store_templates.py) and the counts its build returned."""
    assert store_templates.DEMO_TODAY == TODAY
    store = store_templates.copy_of("demo", tmp_path_factory.mktemp("national") / "ektp.duckdb")
    counts = store_templates.facts("demo")
    counts.update(start=dt.date.fromisoformat(counts["start"]), end=dt.date.fromisoformat(counts["end"]))
    yield store, counts
    store.close()


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    store = _fresh(tmp_path_factory.mktemp("small") / "ektp.duckdb")
    counts = demo.build_demo(store, today=TODAY, regions=SMALL)
    yield store, counts
    store.close()


# -- determinism ------------------------------------------------------------------------------------------------

def test_same_parameters_give_identical_rows(tmp_path, small):
    store, _ = small
    again = _fresh(tmp_path / "again.duckdb")
    demo.build_demo(again, today=TODAY, regions=list(reversed(SMALL)))
    for sql in (HASH_SQL, COVERAGE_HASH_SQL):
        assert _one(again, sql.format(where="")) == _one(store, sql.format(where=""))
    other = _fresh(tmp_path / "other.duckdb")
    demo.build_demo(other, today=TODAY, regions=SMALL, seed=7)
    assert _one(other, HASH_SQL.format(where="")) != _one(store, HASH_SQL.format(where=""))
    for s in (again, other):
        s.close()


def test_a_province_is_the_same_alone_and_in_the_national_build(national, small):
    where = "where region_code = '65' or region_code like '65.%'"
    assert _one(national[0], HASH_SQL.format(where=where)) == _one(small[0], HASH_SQL.format(where=where))
    assert _one(national[0], COVERAGE_HASH_SQL.format(where=where)) == _one(small[0], COVERAGE_HASH_SQL.format(where=where))


# -- the ledger is exact ------------------------------------------------------------------------------------------

def test_ledger_identity_no_negatives_and_continuity(national):
    store, counts = national
    bad = _one(store, """
        select count(*) from stock_ledger
        where stok_akhir <> stok_awal + penerimaan - distribusi - pemakaian - rusak
           or least(stok_awal, penerimaan, distribusi, pemakaian, rusak, stok_akhir) < 0
           or stok_awal is null or granularity <> 'harian' or period_start <> period_end""")
    assert bad == 0
    breaks = _one(store, """
        select count(*) from (
            select stok_awal, lag(stok_akhir) over (partition by region_code, item order by period_end) as prev
            from stock_ledger) where prev is not null and prev <> stok_awal""")
    assert breaks == 0
    assert _one(store, "select count(*) from stock_ledger") == counts["stock_rows"]


def test_transfers_leave_the_warehouse_the_day_they_arrive(national):
    mismatch = _one(national[0], """
        with w as (select region_code as prov, period_end, distribusi from stock_ledger
                   where item = 'blangko' and region_code not like '%.%'),
             k as (select left(region_code, 2) as prov, period_end, sum(penerimaan) as got from stock_ledger
                   where item = 'blangko' and region_code like '%.%' group by all)
        select count(*) from w join k using (prov, period_end) where w.distribusi <> k.got""")
    assert mismatch == 0
    # Warehouses only store and send; kab/kota only receive and use.
    assert _one(national[0], "select sum(pemakaian + rusak) from stock_ledger where region_code not like '%.%'") == 0
    assert _one(national[0], "select sum(distribusi) from stock_ledger where region_code like '%.%'") == 0


def test_ribbon_and_film_follow_the_cards_printed(national):
    # Units are used up every 450 (ribbon) / 1,000 (film) cards: totals match exactly, no rounding drift.
    off = _one(national[0], """
        with cards as (select region_code, sum(pemakaian + rusak) as n from stock_ledger
                       where item = 'blangko' and region_code like '%.%' group by all),
             used as (select region_code, sum(pemakaian) filter (where item = 'ribbon') as ribbon,
                             sum(pemakaian) filter (where item = 'film') as film
                      from stock_ledger where region_code like '%.%' group by all)
        select count(*) from cards join used using (region_code)
        where ribbon <> n // 450 or film <> n // 1000""")
    assert off == 0


# -- coverage of the country and of time --------------------------------------------------------------------------

def test_every_region_item_and_day_is_there_and_nothing_is_in_the_future(national):
    store, counts = national
    start, days = dt.date(2024, 11, 1), (TODAY - dt.date(2024, 11, 1)).days + 1
    assert (counts["start"], counts["end"], counts["days"]) == (start, TODAY, days)
    assert counts["provinces"] == 38 and counts["kabkota"] == 514
    assert counts["stock_rows"] == 552 * 3 * days
    missing = _one(store, """
        select count(*) from regions r cross join (values ('blangko'), ('ribbon'), ('film')) i(item)
        left join (select region_code, item, count(*) as n, min(period_end) as first, max(period_end) as last
                   from stock_ledger group by all) s on s.region_code = r.code and s.item = i.item
        where s.n is distinct from ? or s.first <> ? or s.last <> ?""", [days, start, TODAY])
    assert missing == 0
    assert _one(store, "select max(period_end) from coverage") < TODAY
    assert _one(store, "select count(distinct region_code) from coverage") == 514
    assert counts["coverage_rows"] == 514 * 24


def test_names_are_the_reference_names(national):
    assert _one(national[0], """select count(*) from stock_ledger s join regions r on r.code = s.region_code
                               where s.reported_name <> r.name""") == 0


# -- realism ------------------------------------------------------------------------------------------------------

def test_daily_use_scales_with_size_and_weekends_are_quiet(national):
    per_region = [r[0] for r in _rows(national[0], """
        select avg(pemakaian + rusak) from stock_ledger where item = 'blangko' and region_code like '%.%'
        group by region_code order by 1""")]
    assert 5 <= per_region[0] < 50 and 400 < per_region[-1] <= 1500
    assert 40 <= per_region[len(per_region) // 2] <= 250
    weekday, weekend = _rows(national[0], """
        select avg(pemakaian) filter (where isodow(period_end) <= 5), avg(pemakaian) filter (where isodow(period_end) > 5)
        from stock_ledger where item = 'blangko' and region_code like '%.%'""")[0]
    assert weekend < weekday / 3


def test_a_few_stockouts_with_a_shortage_and_an_election_surge(national):
    store = national[0]
    share_days, regions_out = _rows(store, """
        select avg((stok_akhir = 0)::int), count(distinct region_code) filter (where stok_akhir = 0)
        from stock_ledger where item = 'blangko' and region_code like '%.%'""")[0]
    assert 0 < share_days < 0.02 and 10 <= regions_out <= 257
    monthly = dict(_rows(store, """
        select strftime(period_end, '%Y-%m'), sum(pemakaian + rusak) from stock_ledger
        where item = 'blangko' group by all"""))
    # Election 2026-02-22: the two months before use clearly more than the same months a year earlier.
    assert monthly["2026-01"] > 1.3 * monthly["2025-01"]
    # Shortage from 2025-08-22 for six weeks: more kab/kota out in Sep-Oct 2025 than in Sep-Oct 2026's neighbours.
    out = dict(_rows(store, """
        select strftime(period_end, '%Y-%m'), count(*) from stock_ledger
        where item = 'blangko' and region_code like '%.%' and stok_akhir = 0 group by all"""))
    assert out.get("2025-10", 0) > 2 * sorted(out.values())[len(out) // 2]


def test_status_today_is_varied(national):
    # Days of cover = stock / burn over the last 30 days (stocked-out days excluded), as the metrics define it.
    counts = dict(_rows(national[0], """
        with burn as (
            select region_code, sum(pemakaian + rusak) / nullif(count(*) filter (where stok_akhir > 0), 0) as per_day
            from stock_ledger where item = 'blangko' and region_code like '%.%' and stok_akhir > 0
              and period_end > ?::date - 30 group by all),
        now as (select region_code, stok_akhir from stock_ledger where item = 'blangko' and period_end = ?
                and region_code like '%.%')
        select case when stok_akhir = 0 then 'habis' when per_day is null or per_day = 0 then 'tanpa_laju'
                    when stok_akhir < 1000 or stok_akhir / per_day < 14 then 'kritis'
                    when stok_akhir / per_day < 30 then 'waspada'
                    when stok_akhir / per_day > 365 then 'berlebih' else 'aman' end, count(*)
        from now left join burn using (region_code) group by all""", [TODAY, TODAY]))
    assert 1 <= counts.get("habis", 0) <= 26
    assert 0.04 * 514 <= counts.get("kritis", 0) <= 0.12 * 514
    assert 1 <= counts.get("berlebih", 0) <= 0.06 * 514
    assert counts.get("aman", 0) + counts.get("waspada", 0) >= 0.7 * 514
    assert counts.get("waspada", 0) >= 10


def test_ribbon_runs_out_where_blanks_remain_and_a_warehouse_holds_a_lot(national):
    kulonprogo = _one(national[0], """
        select count(*) from stock_ledger r join stock_ledger b
          on b.region_code = r.region_code and b.period_end = r.period_end and b.item = 'blangko'
        where r.item = 'ribbon' and r.period_end = ? and r.stok_akhir = 0 and b.stok_akhir >= 1000""", [TODAY])
    assert 1 <= kulonprogo <= 30
    warehouses = dict(_rows(national[0], """select region_code, stok_akhir from stock_ledger
                                             where item = 'blangko' and period_end = ? and region_code not like '%.%'""",
                            [TODAY]))
    assert len(warehouses) == 38 and 50_000 <= warehouses["65"] <= 80_000
    assert sum(v > 50_000 for v in warehouses.values()) >= 5


def test_coverage_mostly_below_target_a_few_above_100(national):
    store = national[0]
    below, over, n = _rows(store, """
        select count(*) filter (where persentase < 99.2), count(*) filter (where persentase > 100), count(*)
        from coverage where period_end = (select max(period_end) from coverage)""")[0]
    assert n == 514 and below >= 0.8 * n and 0.01 * n <= over <= 0.06 * n
    bad = _one(store, """
        select count(*) from coverage
        where persentase <> round(sudah_rekam / wajib_ktp * 100, 2) or belum_rekam <> greatest(wajib_ktp - sudah_rekam, 0)
           or prr < 0 or prr > sudah_rekam or sudah_cetak > sudah_rekam - prr or granularity <> 'bulanan'
           or day(period_start) <> 1 or period_end <> last_day(period_start) or wajib_ktp < 40000""")
    assert bad == 0
    prr = [r[0] for r in _rows(store, "select prr from coverage order by prr")]
    assert 200 <= prr[len(prr) // 2] <= 3000 and prr[-1] > 5000


# -- safety and bookkeeping ---------------------------------------------------------------------------------------

def test_is_demo_and_one_upload_row(store):
    assert not demo.is_demo(store)
    counts = demo.build_demo(store, today=TODAY, regions=["65.71"], months=2)
    assert demo.is_demo(store)
    row = _rows(store, "select upload_id, kind, source, uploader, file_name, rows_total from uploads")
    assert row == [(counts["upload_id"], "demo", "demo", "demo",
                    "demo:seed=20221125;today=2026-11-22;months=2;regions=65.71",
                    counts["stock_rows"] + counts["coverage_rows"])]
    # A kab/kota brings its province warehouse: transfers need a sender.
    assert {r[0] for r in _rows(store, "select distinct region_code from stock_ledger")} == {"65", "65.71"}


def test_refuses_a_store_with_data_unless_replace(store):
    demo.build_demo(store, today=TODAY, regions=["65"], months=1)
    before = _one(store, HASH_SQL.format(where=""))
    with pytest.raises(ValueError, match="sudah berisi data"):
        demo.build_demo(store, today=TODAY, regions=["52"], months=1)
    assert _one(store, HASH_SQL.format(where="")) == before
    assert demo.build_if_empty(store, today=TODAY, regions=["52"], months=1) is None
    counts = demo.build_demo(store, today=TODAY, regions=["52"], months=1, seed=3, replace=True)
    assert _one(store, "select count(*) from stock_ledger where region_code like '65%'") == 0
    assert _rows(store, "select upload_id from uploads") == [(counts["upload_id"],)]
    assert _one(store, "select count(distinct upload_id) from stock_ledger") == 1


def test_build_if_empty_builds_once(store):
    assert demo.build_if_empty(store, today=TODAY, regions=["65"], months=1)["stock_rows"] > 0


def test_unknown_region_and_bad_months_are_refused(store):
    with pytest.raises(ValueError, match="tidak dikenal: 99.99"):
        demo.build_demo(store, today=TODAY, regions=["99.99"])
    with pytest.raises(ValueError, match="minimal 1"):
        demo.build_demo(store, today=TODAY, months=0)
    assert store.is_empty()


def test_file_name_replays_through_rebuild_parser():
    parse_demo = demo.parse_description
    for regions in (None, ["52", "65.71"]):
        name = demo.describe(5, TODAY, 12, regions)
        assert parse_demo(name) == {"seed": 5, "today": TODAY, "months": 12, **({"regions": regions} if regions else {})}


def test_short_windows_and_month_end_today(store):
    month_end = dt.date(2026, 10, 31)
    counts = demo.build_demo(store, today=month_end, regions=["65"], months=1)
    # Today is the month's last day, so October is complete and reported.
    assert _rows(store, "select distinct period_start, period_end from coverage") == [(dt.date(2026, 10, 1), month_end)]
    assert counts["days"] == 61


def test_cli_builds_refuses_and_rejects_future_dates(tmp_path, capsys):
    from dashboard.cli import demo as cli

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"), [common])
    db = str(tmp_path / "cli.duckdb")
    args = parser.parse_args(["demo", "--db", db, "--today", "2026-11-20", "--region", "65", "--months", "2"])
    assert args.handler(args) == 0
    assert "baris stok" in capsys.readouterr().out
    assert args.handler(args) == 1
    assert "--replace" in capsys.readouterr().err
    future = parser.parse_args(["demo", "--db", db, "--today", (today_wib() + dt.timedelta(days=2)).isoformat()])
    assert future.handler(future) == 2
    assert "masa depan" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args(["demo", "--today", "31-12-2024"])
