"""The briefing PDF from the fixture store: region_report's numbers as fmt prints them, week, pages, fonts, images."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import fmt, metrics
from dashboard.briefing import build as briefing
from tests.fixture_store import AS_OF
from tests.test_briefing_support import fixture_store, pdf_fonts, pdf_image_count, pdf_lines, pdf_reader, pdf_text  # noqa: F401


@pytest.fixture(scope="module")
def national(fixture_store):  # noqa: F811
    return briefing.build_briefing(fixture_store, "ID", AS_OF)


@pytest.fixture(scope="module")
def lombok(fixture_store):  # noqa: F811
    return briefing.build_briefing(fixture_store, "5208")  # BPS spelling, default as-of = latest data


def _expected_figures(r: dict) -> dict[str, str]:
    """The headline figures as the dashboard formats region_report, written out independently of the briefing."""
    target = fmt.percent(r["target_pct"], 2)  # 99,04%: the fixture's 2024 target has two decimals
    pooled = r["level"] in ("provinsi", "nasional")  # an aggregate's stock and cover are its pooled stock's
    stock = f"{fmt.number(r['stock'])} keping"
    return {
        "Stok blangko": f"{stock} (gabungan)" if pooled else stock,
        # Whole cards a day at 10 and above (the Ringkasan card's rule, display_stock.rate).
        "Laju pemakaian": f"{fmt.number(r['burn_rate_per_day'], 0 if r['burn_rate_per_day'] >= 10 else 1)} keping/hari",
        "Stok cukup untuk": fmt.days(r["days_of_cover"]) + (" (stok gabungan)" if pooled else ""),
        "Perkiraan habis": fmt.date(r["stockout_date"]),
        ("Usulan ke pusat (keping)" if pooled else "Usulan permintaan"): f"{fmt.number(r['suggested_request'])} keping",
        "Cakupan perekaman": f"{fmt.percent(r['coverage_pct'])} (target {target})",
        "Kurang dari target": f"{fmt.number(r['coverage_gap_persons'])} orang",
        "PRR (belum cetak)": fmt.number(r["prr"]),
    }


def _figure(lines: list[str], label: str) -> str:
    """The value printed under a headline label (each figure box is a label line then a value line)."""
    return lines[lines.index(label) + 1]


def test_national_pdf_prints_the_dashboard_numbers(national, fixture_store):  # noqa: F811
    report = metrics.region_report(fixture_store, "ID", AS_OF)
    lines = pdf_lines(national.pdf)
    for label, value in _expected_figures(report).items():
        assert _figure(lines, label) == value, label
    # The same figures by hand from the fixture (tests/fixture_store.py): 24.000 + 5.178 + 0 + 7.450 + 5.200 + 1.500
    # cards; 42 + 100 + 50 + 100 + 1.000 a day (Malinau's stocked-out days excluded); 43.328 / 1.292 = 33,5 days.
    # The country leads with its units at risk; its stock and cover are pooled and say so.
    assert _figure(lines, "Unit berisiko (habis + kritis)") == "1 habis · 1 kritis"
    assert _figure(lines, "Stok blangko") == "43.328 keping (gabungan)"
    assert _figure(lines, "Laju pemakaian") == "1.292 keping/hari"
    assert _figure(lines, "Stok cukup untuk") == "33 hari (stok gabungan)"
    assert _figure(lines, "Perkiraan habis") == "3 Mei 2024"
    assert _figure(lines, "Cakupan perekaman") == "97,5% (target 99,04%)"
    assert national.headline["Stok blangko"] == "43.328 keping (gabungan)"


def test_title_week_and_data_date(national):
    text = pdf_text(national.pdf)
    assert "Indonesia" in pdf_lines(national.pdf)[:3]
    assert "Minggu ke-13, 25–31 Mar 2024 · data sampai 31 Mar 2024" in text
    assert national.week_label == "Minggu ke-13, 25–31 Mar 2024"
    meta = pdf_reader(national.pdf).metadata
    assert meta.title == "Briefing mingguan stok blangko KTP-el — Indonesia"


def test_sentences_are_written_from_the_numbers(national):
    text = " ".join(pdf_text(national.pdf).split())  # sentences may wrap across printed lines
    assert "Indonesia: 1 unit habis dan 1 kritis dari 6 unit berstatus (tingkat kehabisan stok 16,7%)." in text
    assert "Stok gabungan cukup untuk 33 hari; diperkirakan habis 3 Mei 2024 bila dibagi rata." in text
    assert "Usulan ke pusat: 93.745 keping, jumlah usulan semua provinsi" in text
    assert "2 kab/kota memiliki stok blangko di bawah PRR." in text  # = the Cakupan page's list
    assert "1 kritis dan 1 habis" in text
    # Tarakan's ribbon covers its own blanks and no other unit reports ribbon: blangko holds printing back.
    assert "Ribbon habis lebih dulu" not in text
    assert "Stok film tidak dilaporkan" in text
    assert "Cakupan perekaman 97,5% dari target 99,04%: kurang 8.156 orang." in text
    # Changes since 24 Mar: stock fell 54.072 -> 43.328; the week used 7 × 1.192 cards (Malinau out since 20 Mar).
    assert "Stok blangko turun 10.744 keping dibanding 24 Mar 2024 (54.072 → 43.328)." in text
    assert "Pemakaian 25–31 Mar 2024: 8.344 keping (minggu sebelumnya 8.544)." in text


def test_action_list_and_quality_sections(national, fixture_store):  # noqa: F811
    text = " ".join(pdf_text(national.pdf).split())
    actions = metrics.action_list(fixture_store, "ID", AS_OF)
    assert actions["region_code"].to_list() == ["65.02", "52.08"]
    assert "2 kab/kota perlu tindakan" in text
    # Malinau: habis, out since 20 Mar; Lombok Utara kritis, runs out 1 Apr, asks for 89.813.
    # which item is short, and since when / until when
    assert "65.02 Kabupaten Malinau Habis blangko habis sejak 19 Mar 2024 0 habis sejak 19 Mar 2024 9.132 4.000" in text
    assert "52.08 Kabupaten Lombok Utara Kritis blangko 1 hari 1.500 1 Apr 2024 89.813 2.500" in text
    assert "Kelengkapan laporan Mar 2024: 6 dari 6 unit melapor (100,0%); 6 terlambat." in text


def test_pages_fonts_and_images(national):
    reader = pdf_reader(national.pdf)
    assert 2 <= len(reader.pages) <= 4
    assert national.pages == len(reader.pages)
    for page in reader.pages:  # A4 portrait: 595 × 842 pt
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    fonts = pdf_fonts(national.pdf)
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts)
    assert pdf_image_count(national.pdf) >= 2


def test_kabkota_briefing(lombok, fixture_store):  # noqa: F811
    assert lombok.region == "52.08" and lombok.as_of == AS_OF
    report = metrics.region_report(fixture_store, "52.08", AS_OF)
    lines = pdf_lines(lombok.pdf)
    assert lines[1] == "Kabupaten Lombok Utara"
    for label, value in _expected_figures(report).items():
        assert _figure(lines, label) == value, label
    text = " ".join(pdf_text(lombok.pdf).split())
    assert "Stok blangko cukup untuk 1 hari; diperkirakan habis 1 Apr 2024." in text
    assert "Stok blangko (1.500) lebih kecil dari PRR (2.500)" in text
    assert "Status tetap kritis." in text
    assert "Stok ribbon dan film tidak dilaporkan" in text
    assert 2 <= lombok.pages <= 4 and pdf_image_count(lombok.pdf) >= 2
    assert lombok.file_stem == "briefing_52-08_2024-03-31"


def test_province_briefing_counts_its_units(fixture_store):  # noqa: F811
    made = briefing.build_briefing(fixture_store, "65", AS_OF)
    text = " ".join(pdf_text(made.pdf).split())
    counts = metrics.status_counts(fixture_store, "65", AS_OF)
    assert f"{counts['kritis']} kritis dan {counts['habis']} habis" in text
    assert "Kalimantan Utara" in text and 2 <= made.pages <= 4


def test_an_earlier_week_uses_that_weeks_numbers(fixture_store):  # noqa: F811
    as_of = dt.date(2024, 3, 17)
    made = briefing.build_briefing(fixture_store, "ID", as_of)
    report = metrics.region_report(fixture_store, "ID", as_of)
    assert made.week_label == "Minggu ke-11, 11–17 Mar 2024"
    assert _figure(pdf_lines(made.pdf), "Stok blangko") == f"{fmt.number(report['stock'])} keping (gabungan)"
