"""A store built from export files tells the same truth as one written directly: report, status, plan, lists."""

from __future__ import annotations

import datetime as dt

import pytest
from test_faults_support import coverage_csv, stock_csv

from dashboard import metrics
from dashboard.importer import apply as ingest
from tests.fixture_store import AS_OF, build_fixture_store, coverage_rows, stock_rows
from tests.store_templates import open_warm


@pytest.fixture
def both(tmp_path):
    direct = open_warm(tmp_path / "direct.duckdb")
    build_fixture_store(direct)
    files = open_warm(tmp_path / "files.duckdb")
    rows = stock_rows()
    uploads = [("stok_65.csv", stock_csv([r for r in rows if r["region_code"].startswith("65")])),
               ("stok_lain.csv", stock_csv([r for r in rows if not r["region_code"].startswith("65")])),
               # Tarakan records above 100%: an office leaves belum rekam empty rather than negative
               ("perekaman.csv", coverage_csv([{**r, "belum_rekam": r["belum_rekam"] if r["belum_rekam"] >= 0 else None}
                                               for r in coverage_rows()]))]
    for name, data in uploads:
        [result] = ingest.apply_files(files, [(name, data)], uploader="uji", source="cli",
                                      today=AS_OF + dt.timedelta(days=1))
        assert result.accepted, result.message()
    metrics.clear_cache()
    yield direct, files
    direct.close()
    files.close()


@pytest.mark.parametrize("region", ["ID", "65", "52", "65.02", "17.04", "52.08"])
def test_the_same_report(both, region):
    direct, files = both
    assert metrics.region_report(files, region, AS_OF) == metrics.region_report(direct, region, AS_OF)


def test_the_same_plan_and_lists(both):
    direct, files = both
    for province in ("65", "52", "17"):
        assert metrics.province_plan(files, province, AS_OF).as_json() == \
            metrics.province_plan(direct, province, AS_OF).as_json()
    assert metrics.action_list(files, "ID", AS_OF).equals(metrics.action_list(direct, "ID", AS_OF))
    # largest gap first: Malinau 4.000 − 0, Lombok Utara 2.500 − 1.500
    assert metrics.below_prr_units(files, "ID", AS_OF)["region_code"].to_list() == ["65.02", "52.08"]
