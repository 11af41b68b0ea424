"""The briefing workbook: one sheet per table, read back with polars, holding the numbers the PDF prints."""

from __future__ import annotations

import datetime as dt
import io

import polars as pl
import pytest

from dashboard import fmt, metrics
from dashboard.briefing import build as briefing
from tests.fixture_store import AS_OF
from tests.test_briefing_support import fixture_store, pdf_text  # noqa: F401

SHEETS = ["Ringkasan", "Perubahan", "Perlu tindakan", "Perubahan status", "Kualitas data", "Kelengkapan",
          "Per wilayah"]


@pytest.fixture(scope="module")
def made(fixture_store):  # noqa: F811
    return briefing.build_briefing(fixture_store, "ID", AS_OF)


@pytest.fixture(scope="module")
def book(made) -> dict[str, pl.DataFrame]:
    return pl.read_excel(io.BytesIO(made.xlsx), sheet_id=0, engine="calamine")


def test_one_sheet_per_table(book):
    assert list(book) == SHEETS


def test_summary_sheet_matches_the_pdf(book, made, fixture_store):  # noqa: F811
    summary = book["Ringkasan"]
    values = dict(zip(summary["Ukuran"].to_list(), summary["Nilai"].to_list()))
    report = metrics.region_report(fixture_store, "ID", AS_OF)
    assert values["Stok blangko"] == f"{fmt.number(report['stock'])} keping (gabungan)"
    assert values["Unit berisiko (habis + kritis)"] == "1 habis · 1 kritis"
    assert values["Stok cukup untuk"] == fmt.days(report["days_of_cover"]) + " (stok gabungan)"
    assert values["Minggu"] == "Minggu ke-13, 25–31 Mar 2024"
    assert {k: v for k, v in values.items() if k in made.headline} == made.headline
    text = " ".join(pdf_text(made.pdf).split())
    for sentence in summary.filter(pl.col("Ukuran").is_null())["Nilai"].to_list():
        assert sentence in text  # every sentence of the workbook is printed in the PDF


def test_changes_sheet(book):
    changes = book["Perubahan"]
    row = changes.filter(pl.col("Ukuran") == "Stok blangko").row(0, named=True)
    assert row == {"Ukuran": "Stok blangko", "Minggu lalu (24 Mar 2024)": "54.072",
                   "Minggu ini (31 Mar 2024)": "43.328", "Perubahan": "turun 10.744"}


def test_action_sheet_holds_typed_numbers(book, fixture_store):  # noqa: F811
    sheet = book["Perlu tindakan"]
    actions = metrics.action_list(fixture_store, "ID", AS_OF)
    assert sheet["Kode"].to_list() == actions["region_code"].to_list()
    assert sheet["Stok blangko (keping)"].to_list() == actions["stock"].to_list()
    assert sheet["Usulan permintaan (keping)"].to_list() == actions["suggested_request"].to_list()
    assert sheet["PRR (belum cetak)"].to_list() == actions["prr"].to_list()
    assert sheet["Status"].to_list() == ["Habis", "Kritis"]
    # An empty unit says since when it is out; the others when they will be. Days of cover in whole days.
    assert [d.date() if isinstance(d, dt.datetime) else d for d in sheet["Perkiraan habis"].to_list()] == \
        actions["stockout_date"].to_list()
    assert [d.date() if isinstance(d, dt.datetime) else d for d in sheet["Habis sejak"].to_list()] == \
        actions["stockout_since"].to_list()
    assert sheet["Barang kurang"].to_list() == ["blangko habis sejak 19 Mar 2024", "blangko 1 hari"]
    assert sheet["Stok cukup (hari)"].to_list() == [0, 1]


def test_region_sheet_equals_region_table(book, fixture_store):  # noqa: F811
    sheet = book["Per wilayah"]
    table = metrics.region_table(fixture_store, "ID", AS_OF)
    assert sheet.height == table.height == 38
    joined = sheet.select("Kode", "Stok blangko (keping)", "Cakupan perekaman").join(
        table.select("region_code", "stock", "coverage_pct"), left_on="Kode", right_on="region_code")
    known = joined.filter(pl.col("stock").is_not_null())
    assert known["Stok blangko (keping)"].to_list() == known["stock"].to_list()
    assert known["Cakupan perekaman"].cast(pl.Float64).to_list() == known["coverage_pct"].to_list()
    assert set(known["Kode"]) == {"17", "52", "65"}


def test_quality_sheets(book, fixture_store):  # noqa: F811
    from dashboard import metrics

    problems = metrics.quality_problems(fixture_store, "ID", AS_OF)
    sheet = book["Kualitas data"]
    assert sheet.height == problems["missing"].height + problems["late"].height
    assert set(sheet["Keadaan"]) == {"Hilang", "Terlambat"}
    assert book["Kelengkapan"]["Diharapkan"].to_list() == problems["completeness_summary"]["expected"].to_list()


def test_text_cells_are_not_formulas(made):
    # exports.to_xlsx_bytes writes every string as a string: nothing in a briefing can run as a formula.
    from zipfile import ZipFile

    with ZipFile(io.BytesIO(made.xlsx)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == len(SHEETS)
        assert not any(b"<f>" in archive.read(n) for n in sheets)
