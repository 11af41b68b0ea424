"""Numbers typed the Indonesian way (Pengaturan): shown as officials write them and read back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.ui import number_text


@pytest.mark.parametrize(("text", "integer", "expected"), [
    ("200.000", True, 200_000), ("200000", True, 200_000), ("1.000", True, 1000), ("99,2", False, 99.2),
    ("99.2", False, 99.2), ("99,04", False, 99.04), (" 3 ", False, 3.0), ("1.234,5", False, 1234.5),
    ("0,5", False, 0.5),
])
def test_parse_reads_indonesian_numbers(text, integer, expected):
    assert number_text.parse(text, integer=integer) == expected


@pytest.mark.parametrize(("text", "integer", "words"), [
    ("", True, "belum diisi"), ("abc", True, "bukan angka"), ("1,5", True, "bilangan bulat"),
    ("-3", True, "bukan angka"), ("1.2.3", False, "bukan angka"), ("99,2,1", False, "bukan angka"),
])
def test_parse_refuses_with_an_indonesian_message(text, integer, words):
    with pytest.raises(number_text.NumberTextError, match=words):
        number_text.parse(text, integer=integer, label="Kolom")


def test_shown_never_prints_english_formats():
    assert number_text.shown(99.2, integer=False) == "99,2"
    assert number_text.shown(3.0, integer=False) == "3"
    assert number_text.shown(200_000, integer=True) == "200.000"
    assert number_text.check_range(9_000_000, 100, 5_000_000, integer=True, label="Baris") == (
        "Baris: 9.000.000 di luar rentang yang diizinkan (100 – 5.000.000).")
    assert number_text.check_range(50, 1, 100, integer=True, label="x") is None


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_integers_round_trip(value):
    assert number_text.parse(number_text.shown(value, integer=True), integer=True) == value


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**7))
def test_two_decimal_numbers_round_trip(hundredths):
    value = hundredths / 100
    assert number_text.parse(number_text.shown(value, integer=False), integer=False) == pytest.approx(value)
