"""Sentences written from the numbers: unknowns (no use, no stock, no coverage) read as words, never 'None'."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from dashboard.briefing import content as briefing_content
from dashboard.briefing import figures as briefing_figures
from dashboard.briefing import sentences as briefing_text
from dashboard.briefing import tables as briefing_tables
from tests.fixture_store import AS_OF
from tests.test_briefing_support import fixture_store  # noqa: F401


@pytest.fixture(scope="module")
def tarakan(fixture_store):  # noqa: F811
    return briefing_content.collect(fixture_store, "65.71", AS_OF)


def _with(content, **report):
    return dataclasses.replace(content, report={**content.report, **report})


def _all(content) -> str:
    lines = briefing_text.sentences(content)
    return " ".join(line for section in lines.values() for line in section)


def test_week_labels():
    # ISO weeks, Monday to Sunday: the last full week on or before the date (tests/test_briefing_weeks.py).
    assert briefing_content.week_ending(dt.date(2026, 11, 22)).label == "Minggu ke-47, 16–22 Nov 2026"
    assert briefing_content.week_ending(dt.date(2026, 12, 3)).label == "Minggu ke-48, 23–29 Nov 2026"
    assert briefing_content.week_ending(dt.date(2026, 1, 5)).label == "Minggu ke-1, 29 Des 2025 – 4 Jan 2026"


def test_ribbon_reported_film_not(tarakan):
    text = _all(tarakan)
    # Tarakan: 20 ribbons × 450 = 9.000 cards against 7.450 blanks: blanks bind; film was never reported.
    assert "Stok film tidak dilaporkan" in text
    assert "Ribbon habis lebih dulu" not in text


def test_no_use_recorded(tarakan):
    text = _all(_with(tarakan, burn_rate_per_day=None, days_of_cover=None, stockout_date=None))
    assert "Tidak ada pemakaian tercatat dalam 30 hari terakhir" in text
    assert not re.search(r"\b(None|nan|inf)\b", text)


def test_stock_out(tarakan):
    text = _all(_with(tarakan, stock=0, days_of_cover=0.0, stockout_date=None, stockout_since=dt.date(2024, 3, 19),
                      suggested_request=4500, status="habis", binding_constraint="blangko", printable_cards=0))
    assert "status habis." in text and "Stok blangko habis sejak 19 Mar 2024." in text
    assert "Usulan permintaan untuk 3 bulan persediaan: 4.500 keping." in text


def test_no_stock_and_no_coverage(tarakan):
    empty = {k: None for k in tarakan.report if k not in ("region", "name", "level", "as_of", "last_report")}
    content = _with(tarakan, **empty)
    text = _all(content)
    assert "Belum ada laporan stok blangko Kota Tarakan sampai 31 Mar 2024." in text
    assert "Belum ada data perekaman sampai 31 Mar 2024." in text
    assert "None" not in text
    figures = dict(briefing_figures.figures(content))
    assert figures["Stok blangko"] == "–" and figures["Cakupan perekaman"] == "–"
    assert figures["Status"] == "Tanpa data"


def test_coverage_met_and_over_100(tarakan):
    text = _all(_with(tarakan, coverage_pct=101.0, target_pct=99.2))
    assert "Cakupan perekaman 101,0% telah mencapai target 99,2%." in text
    assert "Cakupan di atas 100% (101,0%): periksa angka wajib KTP." in text


def test_ribbon_binding_without_known_days(tarakan):
    text = _all(_with(tarakan, binding_constraint="ribbon", ribbon_cards=900, ribbon_days_of_cover=None,
                      ribbons_needed_for_stock=17))
    assert "Ribbon habis lebih dulu dari blangko: stok ribbon hanya cukup untuk 900 kartu, sedangkan" in text
    assert "Perlu 17 ribbon" in text


def test_change_cells():
    delta = briefing_tables._delta
    assert delta(43328, 54072, "int") == "turun 10.744"
    assert delta(97.53, 97.2, "pct") == "naik 0,3 poin"
    assert delta(33.54, 41.85, "days") == "turun 8"
    assert delta(dt.date(2024, 5, 3), dt.date(2024, 5, 4), "date") == "1 hari lebih cepat"
    assert delta(None, 5, "int") == "–"
    assert delta(1292.0, 1292.04, "rate") == "tetap"
    assert delta(1292.0, 1000.0, "rate") == "naik 292"
    assert delta(2.5, 3.0, "rate") == "turun 0,5"
