"""Briefing PDF tables never break a word: headers wrap between words ("Usulan permintaan", never
"Usulan permintaa / n"; issue 13)."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.briefing import build as briefing
from dashboard.briefing import document
from dashboard.briefing import tables as briefing_tables
from dashboard.briefing.content import collect
from dashboard.briefing.document import Document
from tests.fixture_store import AS_OF
from tests.test_briefing_support import fixture_store, pdf_text  # noqa: F401


@functools.cache
def _doc():
    """One document to measure text in: loading its two fonts costs ~0,2 s, and measuring changes nothing in it
    but the current font, which every test sets before it measures."""
    return Document("uji")


def test_narrow_header_columns_get_room_for_their_longest_word():
    pdf = _doc()
    headers = ["Kode", "Wilayah", "Status", "Usulan permintaan (keping)", "Perkiraan habis"]
    rows = [["65.01", "Kabupaten Bulungan", "Kritis", "1.200", "3 Mei 2024"]]
    widths, size = document.fit_widths(pdf, headers, rows, (8, 60, 8, 8, 8), 7.5)
    assert abs(sum(widths) - pdf.width) < 1e-6
    for header, width in zip(headers, widths):
        pdf.set_font(document.FAMILY, "B", size)
        longest = max(pdf.get_string_width(word) for word in header.split())
        assert longest + 2 * document.PAD_X <= width, header


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14),
                          st.integers(min_value=1, max_value=60)), min_size=1, max_size=10))
def test_fitted_widths_always_fill_the_page_and_hold_every_word(columns):
    pdf = _doc()
    headers = [name for name, _ in columns]
    widths, size = document.fit_widths(pdf, headers, [], [w for _, w in columns], 7.5)
    assert abs(sum(widths) - pdf.width) < 1e-6 or size == document.MIN_SIZE
    if size > document.MIN_SIZE:
        pdf.set_font(document.FAMILY, "B", size)
        for header, width in zip(headers, widths):
            assert pdf.get_string_width(header) + 2 * document.PAD_X <= width + 1e-6


def test_every_header_word_of_the_printed_tables_is_whole(fixture_store):  # noqa: F811
    made = briefing.build_briefing(fixture_store, "ID", AS_OF)
    words = set(re.findall(r"\S+", pdf_text(made.pdf)))
    c = collect(fixture_store, "ID", AS_OF)
    # The status-change table is printed only when some unit changed status that week.
    changed = briefing_tables.status_changes(c)[0].columns if c.status_changes.height else []
    headers = [*briefing_tables.actions(c)[0].columns, *changed, *briefing_tables.quality_by_unit(c).columns,
               *briefing_tables.changes(c).columns]
    assert any("permintaan" in h for h in headers)
    for header in headers:
        for word in header.split():
            assert word in words, f"header word {word!r} of {header!r} is broken in the PDF"
    assert "permintaa" not in words
