"""Properties of the period parsers (semester, quarter, title rows) and of the header matcher (one column, one
field; two columns meaning the same thing are always reported, never merged)."""

from __future__ import annotations

import datetime as dt

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.importer import dates, header, matcher, periods, schema, titles, wide

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
years = st.integers(2000, 2100)
case = st.sampled_from([str.upper, str.lower, str.title, lambda s: s])
space = st.sampled_from([" ", "  ", " \t"])


@settings(max_examples=200, deadline=None)
@given(year=years, n=st.integers(1, 2), form=st.integers(0, 5), how=case, sep=space)
def test_every_semester_writing_is_its_half_year(year, n, form, how, sep):
    text = [f"Semester {ROMAN[n]} {year}", f"Semester {n} Tahun {year}", f"S{n} {year}", f"SMT {ROMAN[n]} {year}",
            f"Semester {ROMAN[n]}/{year}", f"{year} S{n}"][form]
    found = periods.parse_cell(how(text.replace(" ", sep)))
    assert found == periods.semester(year, n)
    assert found.granularity == "semester" and found.start == dt.date(year, 6 * n - 5, 1)
    assert found.end == (dt.date(year, 6, 30) if n == 1 else dt.date(year, 12, 31))


@settings(max_examples=200, deadline=None)
@given(year=years, q=st.integers(1, 4), form=st.integers(0, 3), how=case)
def test_every_quarter_writing_is_its_three_months(year, q, form, how):
    text = [f"Triwulan {ROMAN[q]} {year}", f"TW {q} {year}", f"TW {ROMAN[q]} {year}", f"Triwulan {q} Tahun {year}"]
    found = periods.parse_cell(how(text[form]))
    assert found.granularity == "triwulan" and found.start == dt.date(year, 3 * q - 2, 1)
    assert (found.end + dt.timedelta(days=1)).month == (3 * q) % 12 + 1 and found.end.month == 3 * q


@settings(max_examples=200, deadline=None)
@given(year=years, n=st.integers(1, 12), day=st.integers(1, 28), kind=st.integers(0, 4), how=case,
       before=st.sampled_from(["", "REKAPITULASI DATA", "LAPORAN STOK BLANGKO KTP-EL", "DINAS DUKCAPIL"]),
       printed=st.booleans())
def test_a_title_names_one_period_and_the_print_date_is_not_it(year, n, day, kind, how, before, printed):
    phrase, expected = [
        (f"SEMESTER {ROMAN[1 + (n > 6)]} TAHUN {year}", periods.semester(year, 1 + (n > 6))),
        (f"BULAN {MONTHS[n - 1]} {year}", dates.month_period(year, n)),
        (f"KEADAAN S.D. {MONTHS[n - 1]} {year}", dates.month_period(year, n)),
        (f"TRIWULAN {ROMAN[(n + 2) // 3]} {year}", periods.quarter(year, (n + 2) // 3)),
        (f"PER {day} {MONTHS[n - 1]} {year}", dates.day_period(dt.date(year, n, day))),
    ][kind]
    lines = [how(f"{before} {phrase}".strip())]
    if printed:
        lines.append(f"Dicetak {day} {MONTHS[(n % 12)]} {year + 1}")
    assert titles.period_in_titles(lines) == (expected, [])


@settings(max_examples=100, deadline=None)
@given(year=years, a=st.integers(1, 12), b=st.integers(1, 12))
def test_two_periods_in_the_titles_are_both_named_never_one_chosen(year, a, b):
    if a == b:
        return
    found, candidates = titles.period_in_titles([f"BULAN {MONTHS[a - 1]} {year}", f"BULAN {MONTHS[b - 1]} {year}"])
    assert found is None and set(candidates) == {dates.month_period(year, a), dates.month_period(year, b)}


POOL = ["Tanggal", "Tgl", "Bulan", "Kode", "Kode Wilayah", "Kode Kec", "Nama", "Kecamatan", "Kab/Kota", "Jenis",
        "Stok Awal", "Saldo Awal", "Penerimaan", "Penerimaan Blangko", "Terima", "Distribusi", "Jumlah Cetak",
        "Jml Cetak", "Cetak KTP-el", "Pemakaian", "Rusak", "Gagal Cetak", "Sisa Stok", "Stok Akhir Bulan", "Sisa",
        "Stok", "Sisa Ribbon", "Sisa Film", "Pakai Ribbon", "Wajib KTP", "Wajib KTP LK", "Wajib KTP PR",
        "WAJIB KTP JML", "jumlah_wajib_ktp", "Rekam LK", "Rekam PR", "jumlah_sudah_rekaman", "Sudah Rekam",
        "Belum Rekam", "persentase_sudah_rekam", "PRR", "Sisa PRR", "Semester", "Tahun", "No", "Keterangan",
        "ktp_jml", "Jumlah", "Penerimaan dan Pemakaian"]
headers = st.lists(st.one_of(st.sampled_from(POOL), st.text(max_size=12)), min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(cells=headers, kind=st.sampled_from(schema.KINDS))
def test_one_header_gives_at_most_one_field_and_an_ambiguous_one_gives_none(cells, kind):
    for text in cells:
        found = matcher.match(kind, text)
        assert found.field is None or not found.ambiguous
        assert found.field is None or found.field in matcher.RULES[kind]
        assert len(found.ambiguous) != 1
        assert matcher.match(kind, text) == found  # the same answer every time


@settings(max_examples=300, deadline=None)
@given(cells=headers)
def test_a_sheet_never_reads_one_column_as_two_fields_nor_two_columns_as_one(cells):
    frame = pl.DataFrame({f"c{i}": [c, "1"] for i, c in enumerate(cells)}, schema={f"c{i}": pl.String
                                                                                    for i in range(len(cells))})
    layout = header.find_layout(frame)
    if layout is None:
        return
    plan = wide.plan(layout)
    used: list[int] = [c.position for c in (*plan.shared.values(), *plan.codes, *plan.names)]
    for slot in plan.slots:
        used += [c.position for parts in slot.counts.values() for c in parts.values()]
    assert len(used) == len(set(used)), "a column was given two meanings"
    roles = [c.role for c in layout.matched if c.field not in header.MANY]
    doubled = {r for r in roles if roles.count(r) > 1}
    reported = {first.role for first, _ in layout.twice()}
    assert doubled == reported, "two columns with one meaning must be reported"
