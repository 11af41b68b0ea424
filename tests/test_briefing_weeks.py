"""Briefing weeks are ISO weeks, Monday to Sunday; the default is the last full week; its number matches its range
(issue 13: "Minggu ke-49" over "25 Nov – 1 Des", and weeks running Wednesday to Tuesday)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import briefing
from dashboard.briefing import content
from tests.fixture_store import AS_OF


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(2011, 1, 10), max_value=dt.date(2035, 12, 31)))
def test_the_week_is_the_last_full_iso_week_on_or_before_the_date(day):
    week = content.week_ending(day)
    assert week.start.isoweekday() == 1 and week.end.isoweekday() == 7
    assert week.end <= day < week.end + dt.timedelta(days=7)  # full, and the newest full one
    assert week.start.isocalendar()[:2] == week.end.isocalendar()[:2] == (week.year, week.number)
    assert f"Minggu ke-{week.number}," in week.label
    assert content.iso_week(week.year, week.number) == week


def test_examples_from_the_issue():
    # Tuesday 2 Dec 2025: the last full week is 24–30 Nov (week 48), never "ke-49, 25 Nov – 1 Des".
    assert content.week_ending(dt.date(2025, 12, 2)).label == "Minggu ke-48, 24–30 Nov 2025"
    assert content.week_ending(dt.date(2025, 11, 30)).label == "Minggu ke-48, 24–30 Nov 2025"  # a Sunday: itself
    assert content.week_of(dt.date(2025, 12, 31)).label == "Minggu ke-1, 29 Des 2025 – 4 Jan 2026"
    with pytest.raises(ValueError):
        content.Week(dt.date(2025, 11, 26), dt.date(2025, 12, 2))  # Wednesday to Tuesday is no week


def test_recent_weeks_newest_first_without_gaps():
    weeks = briefing.recent_weeks(dt.date(2026, 12, 1), 5)
    assert weeks[0].label == "Minggu ke-48, 23–29 Nov 2026"
    assert all(a.start - b.start == dt.timedelta(days=7) for a, b in zip(weeks, weeks[1:]))


def test_a_briefing_covers_the_full_week_its_title_names(fixture_db):
    # The fixture data end on Sunday 31 Mar 2024; a later mid-week as-of still briefs on that full week.
    made = briefing.build_summary(fixture_db, "65", AS_OF + dt.timedelta(days=3))
    assert made.as_of == AS_OF and made.week_label == "Minggu ke-13, 25–31 Mar 2024"
    earlier = briefing.build_summary(fixture_db, "65", dt.date(2024, 3, 29))  # a Friday: the week before
    assert earlier.as_of == dt.date(2024, 3, 24) and earlier.week_label == "Minggu ke-12, 18–24 Mar 2024"


def test_cli_default_is_the_last_full_week(fixture_db, tmp_path, capsys):
    from dashboard.cli import main

    fixture_db.close()
    code = main(["briefing", "--db", str(fixture_db.path), "--region", "65", "--out", str(tmp_path / "b.pdf")])
    assert code == 0
    assert "Minggu ke-13, 25–31 Mar 2024" in capsys.readouterr().out


def test_briefing_page_defaults_to_the_last_full_week_and_offers_earlier_ones(fixture_db):
    from tests.page_support import open_page, texts

    at = open_page("pages/briefing.py", "65", "2024-03-29")  # a Friday
    assert not at.exception, at.exception
    box = at.selectbox(key="briefing_week")
    assert box.value == "2024-W12" and len(box.options) == 12
    assert "Minggu ke-12, 18–24 Mar 2024" in texts(at)
    box.select("2024-W11").run()
    assert not at.exception, at.exception
    assert "Minggu ke-11, 11–17 Mar 2024" in texts(at)
