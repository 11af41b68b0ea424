"""Metric functions against numbers computed by hand from the fixture store (see tests/fixture_store.py)."""

from __future__ import annotations

import datetime as dt
import json
import math

import polars as pl
import pytest

from dashboard import metrics
from dashboard.cli import report as report_cli
from dashboard.metrics.catalog import REPORT
from dashboard.metrics.formulas import AVG_MONTH_DAYS
from dashboard.settings import Settings
from tests.fixture_store import AS_OF


@pytest.fixture
def fx(fixture_copy):
    store = fixture_copy
    metrics.clear_cache()
    return store


def test_kabkota_daily_with_stockout_inside_the_window(fx):
    r = metrics.region_report(fx, "65.02")
    # 7,900 at 100 a day runs out after 19 Mar: 12 stocked-out days are left out of the 30-day window.
    assert r["stock"] == 0 and r["status"] == "habis"
    assert r["burn_rate_per_day"] == 100.0
    # Empty already: no projected stock-out date; the empty spell began the day it closed at 0.
    assert r["days_of_cover"] == 0.0 and r["stockout_date"] is None
    assert r["stockout_since"] == dt.date(2024, 3, 19)
    assert r["stock_below_prr"] is True and r["prr"] == 4000


def test_monthly_rows_spread_over_their_days(fx):
    r = metrics.region_report(fx, "1704")  # BPS-style code accepted
    assert r["region"] == "17.04" and r["name"] == "Kabupaten Kaur"
    assert r["stock"] == 5200
    assert r["burn_rate_per_day"] == 100.0  # March: 3,100 / 31 days
    assert r["days_of_cover"] == 52.0 and r["stockout_date"] == dt.date(2024, 5, 22)
    # AMC: (3,100 + 2,900 + 3,100) / 91 days × 30.4375 days a month
    assert r["amc"] == round(9100 / 91 * AVG_MONTH_DAYS, 2)
    assert r["suggested_request"] == math.ceil(3 * 9100 / 91 * AVG_MONTH_DAYS - 5200)
    assert r["status"] == "aman"


def test_kritis_by_days_and_coverage_gap(fx):
    r = metrics.region_report(fx, "52.08")
    assert (r["stock"], r["burn_rate_per_day"], r["days_of_cover"]) == (1500, 1000.0, 1.5)
    assert r["status"] == "kritis" and r["stockout_date"] == dt.date(2024, 4, 1)
    assert r["target_pct"] == 99.04  # the 2024 target
    assert r["coverage_gap_persons"] == math.ceil(0.9904 * 160_000) - 155_000 == 3464
    assert r["coverage_pct"] == round(155_000 / 160_000 * 100, 4)  # 4 decimals: 100,04% stays above 100


def test_province_is_warehouse_plus_kabkota_and_transfers_are_not_use(fx):
    r = metrics.region_report(fx, "65")
    assert r["own_stock"] == 24_000
    assert r["stock"] == 24_000 + 5_178 + 0 + 7_450
    # The warehouse's 2,000 monthly transfers (distribusi) are not consumption.
    assert r["burn_rate_per_day"] == 42 + 100 + 50
    assert r["wajib_ktp"] == 300_000 and r["sudah_rekam"] == 295_500 and r["prr"] == 4_500


def test_missing_items_are_null_not_zero(fx):
    r = metrics.region_report(fx, "65.71")
    assert r["ribbon_stock"] == 20 and r["ribbon_cards"] == 20 * 450
    assert r["ribbon_days_of_cover"] == 9000 / 50
    assert r["film_stock"] is None and r["film_cards"] is None and r["film_days_of_cover"] is None
    assert r["ribbons_needed_for_stock"] == math.ceil(7450 / 450)
    assert r["printable_cards"] == 7450 and r["binding_constraint"] == "blangko"
    assert r["coverage_pct"] == 101.0 and r["coverage_gap_persons"] == 0
    none = metrics.region_report(fx, "65.03")
    assert none["stock"] is None and none["status"] is None and none["burn_rate_per_day"] is None


def test_an_aggregate_prints_what_its_units_can_print(fx):
    r = metrics.region_report(fx, "ID")
    # Tarakan's 20 ribbons (9.000 cards) cover its own 7.450 blanks; ribbon elsewhere is not reported, and a
    # ribbon in Tarakan prints no blank held in Kaur: the country can print what its units can, 43.328.
    assert r["stock"] == 43_328 and r["ribbon_cards"] == 9000
    assert r["printable_cards"] == 43_328 and r["binding_constraint"] == "blangko"


def test_settings_change_the_numbers(fx):
    s = Settings(ribbon_yield=500, kritis_days=60, targets={})
    r = metrics.region_report(fx, "65.71", settings=s)
    assert r["ribbon_cards"] == 10_000
    assert r["target_pct"] == 99.2  # no per-year target: the default
    assert metrics.region_report(fx, "17.04", settings=s)["status"] == "kritis"  # 52 days < 60


def test_as_of_in_the_past(fx):
    r = metrics.region_report(fx, "65.02", as_of=dt.date(2024, 3, 9))
    assert r["stock"] == 7900 - 69 * 100
    assert r["days_of_cover"] == 10.0 and r["status"] == "kritis"
    assert r["wajib_ktp"] is None  # the March coverage report ends after 9 Mar


def test_region_table_children_and_action_list(fx):
    national = metrics.region_table(fx, "ID")
    assert national.height == 38 and national["level"].unique().to_list() == ["provinsi"]
    kaltara = metrics.region_table(fx, "65")
    assert kaltara["region_code"].to_list()[0] == "65" and kaltara["level"][0] == "gudang"
    assert kaltara.height == 1 + 5
    # The warehouse is judged against what it supplies: its province's burn.
    assert kaltara.filter(pl.col("region_code") == "65")["burn_rate_per_day"][0] == 192.0
    actions = metrics.action_list(fx, "ID")
    assert actions["region_code"].to_list() == ["65.02", "52.08"]
    counts = metrics.status_counts(fx, "ID")
    assert counts["habis"] == 1 and counts["kritis"] == 1 and counts["aman"] == 4
    assert sum(counts.values()) == 552


def test_report_fields_and_json(fx):
    r = metrics.region_report(fx, "65")
    assert list(r) == ["region", "name", "level", "as_of", *REPORT]
    assert set(r["status_by_item"]) == {"blangko", "ribbon", "film"}
    assert sum(r["units_by_status"].values()) == r["units_total"]
    data = json.loads(report_cli.to_json(r))
    assert data["as_of"] == "2024-03-31" and data["stockout_date"] == r["stockout_date"].isoformat()


def test_unknown_region_and_empty_store(store):
    with pytest.raises(metrics.UnknownRegion, match="99.99"):
        metrics.region_report(store, "99.99")
    assert metrics.latest_as_of(store) is None
    r = metrics.region_report(store, "ID")
    assert r["as_of"] is None and r["stock"] is None


def test_new_write_is_seen_at_once(fx):
    before = metrics.region_report(fx, "52.08")["stock"]
    with fx.writing() as cur:
        cur.execute("update stock_ledger set stok_akhir = 9999 where region_code = '52.08' and period_end = ?",
                    [AS_OF])
    assert before == 1500 and metrics.region_report(fx, "52.08")["stock"] == 9999


# Inputs some statements read from a frame the caller registers: stand-ins with the shape of the table they feed.
_REGISTERED = {"ingest/stock_": ("ingest_rows", "stock_ledger"), "ingest/coverage_": ("ingest_rows", "coverage"),
               "ingest/flags_insert": ("ingest_flags", "quality_flags"), "backup/audit_copy": ("rebuild_audit", "audit_log"),
               "backup/settings_insert": ("rebuild_rows", "settings"),
               "backup/coverage_targets_insert": ("rebuild_rows", "coverage_targets"),
               "backup/users_insert": ("rebuild_rows", "users"), "store/regions_insert": ("regions_in", "regions"),
               "backup/import_mappings_insert": ("rebuild_rows", "import_mappings"),
               "ingest/upload_regions_insert": ("upload_regions_in", "upload_regions")}


def _is_statement(sql: str) -> bool:
    body = "\n".join(line for line in sql.lower().splitlines() if not line.lstrip().startswith("--"))
    return any(word in body for word in ("insert into", "delete from", "update ", "create ", "setval"))


def test_every_sql_file_runs(fx):
    """Each query file executes on the fixture store with bound parameters; writes run in a rolled-back transaction."""
    from dashboard.store import queries

    values = {"as_of": AS_OF, "start": dt.date(2024, 1, 1), "end": AS_OF, "window_days": 30, "amc_months": 3,
              "months": 3, "item": "blangko", "region": "65", "members": ["65", "65.01", "65.02"], "limit": 10,
              "upload_id": 99, "action": "uji", "actor": "uji", "at": dt.datetime(2024, 4, 1), "detail": None,
              "username": "uji", "email": "uji@example.go.id", "hash": "x", "role": "viewer", "id": 1,
              "since": dt.datetime(2024, 1, 1), "version": "907", "file_name": "f.csv", "rows": 1, "sha256": "ab",
              "kind": "stok", "source": "cli", "uploader": "uji", "uploaded_at": dt.datetime(2024, 4, 1),
              "rows_total": 1, "rows_added": 1, "rows_replaced": 0, "rows_unchanged": 0, "warnings": 0,
              "archive_path": None, "replaced_by": 2, "replaced_at": dt.datetime(2024, 4, 1), "n": 1, "after": 0,
              "region_code": "65.01", "password_hash": "x", "created_at": dt.datetime(2024, 4, 1),
              "name": "users", "key": "uji", "value": "1", "year": 2030, "pct": 99.0,
              "office": "17.04", "signature": "[]", "spec": "{}", "created_by": "uji", "options": "{}", "before": None,
              "everything": False, "regions": ["65.01"], "items": ["blangko", "ribbon", "film"],
              "ledger_rows": 0, "max_upload": 0, "upload_sum": 0, "content": 0, "level": "kecamatan",
              "month_starts": [dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 3, 1)]}
    # login_sessions (issue 13)
    values |= {"token_hash": "ab", "via": "password", "expires_at": dt.datetime(2024, 4, 2),
               "now": dt.datetime(2024, 4, 1), "reason": "logout", "ended_before": dt.datetime(2024, 3, 1)}
    names = queries.all_names()
    from dashboard.demo import build as demo

    sample = demo.generate(today=AS_OF, months=1, regions=["65.01"])  # the demo writer's own input shapes
    demo_inputs = {"demo/insert_stock": ("demo_stock_in", sample["stock"]),
                   "demo/insert_coverage": ("demo_coverage_in", sample["coverage"])}
    with fx.reading() as cur:
        for name in names:
            sql = queries.load(name)
            missing = queries.parameters(sql) - values.keys()
            assert not missing, f"{name}: give the test a value for {missing}"
            cur.execute("begin transaction")
            try:
                for prefix, (view, table) in _REGISTERED.items():
                    if name.startswith(prefix):
                        cur.register(view, cur.sql(f"select * from {table} limit 0").pl())  # whitelisted names
                if name in demo_inputs:
                    cur.register(*demo_inputs[name])
                if _is_statement(sql):
                    queries.execute(cur, name, values)
                else:
                    queries.frame(cur, name, values)
            except Exception as exc:  # name the file: the bare DuckDB error does not say which one
                raise AssertionError(f"{name}.sql failed: {exc}") from exc
            finally:
                cur.execute("rollback")
    assert len(names) >= 40


def test_national_request_does_not_net_one_province_against_another(fx):
    provinces = metrics.region_table(fx, "ID")
    by_code = dict(zip(provinces["region_code"], provinces["suggested_request"]))
    assert by_code["65"] == 0  # Kaltara's warehouse covers its kab/kota: nothing to send there
    assert by_code["52"] == metrics.region_report(fx, "52.08")["suggested_request"]
    assert metrics.region_report(fx, "ID")["suggested_request"] == by_code["17"] + by_code["52"] == 3932 + 89813
