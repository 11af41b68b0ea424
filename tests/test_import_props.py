"""Property tests (Indonesian numbers and dates read back exactly) and a fuzz test: read_export never raises."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import regions
from dashboard.importer import dates, numbers, schema
from dashboard.importer.parse import read_export
from dashboard.text import t
from tests.import_fixtures import COVERAGE_HEADER, STOCK_HEADER, TODAY, csv_bytes, xlsx_bytes

# Each example reads a whole file (sniff, header, types): 50 per property keeps the four slowest at ~1,5 s each.
FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
UNREADABLE = t("import.file.unreadable")  # the message of an unexpected exception


def indonesian(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@FAST
@given(st.integers(min_value=0, max_value=10**11))
def test_indonesian_whole_numbers_read_back_exactly(value):
    row = ["31/01/2024", "52.08", None, None, None, None, None, "0", None, indonesian(value)]
    result = read_export("stok.csv", csv_bytes([STOCK_HEADER, row]), today=TODAY)
    assert result.accepted, [str(p) for p in result.problems]
    assert result.frames["stok"]["stok_akhir"].to_list() == [value]
    assert numbers.parse_number(indonesian(value), integer=True) == value


@FAST
@given(st.decimals(min_value=0, max_value=10**9, places=3,
                   allow_nan=False, allow_infinity=False), st.integers(min_value=1, max_value=3))
def test_indonesian_decimals_read_back_exactly(value: Decimal, places: int):
    value = round(value, places)
    whole, _, fraction = f"{value:.{places}f}".partition(".")
    text = f"{indonesian(int(whole))},{fraction}"
    assert numbers.parse_number(text) == float(value)
    if value <= numbers.MAX_PERCENT:
        assert numbers.parse_number(text + "%", percent=True) == float(value)


@FAST
@given(st.decimals(min_value=0, max_value=999, places=2, allow_nan=False, allow_infinity=False))
def test_percentages_in_a_file_read_back_exactly(value: Decimal):
    text = f"{value:.2f}".replace(".", ",")
    row = ["2024-01", "52.08", None, "1.000", "900", None, None, None, text]
    result = read_export("rekam.csv", csv_bytes([COVERAGE_HEADER, row]), today=TODAY)
    assert result.accepted
    assert result.frames["perekaman"]["persentase"].to_list() == [float(value)]


DAY_FORMATS = [
    lambda d: d.isoformat(),
    lambda d: d.strftime("%d/%m/%Y"),
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: d.strftime("%d-%m-%Y"),
    lambda d: str((d - dates.EXCEL_EPOCH).days),
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
]
MONTH_FORMATS = [
    lambda d: d.strftime("%Y-%m"),
    lambda d: f"{MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{MONTHS[d.month - 1][:3]} {d.year}",
    lambda d: f"{MONTHS[d.month - 1].upper()} {d.year}",
    lambda d: d.strftime("%m/%Y"),
]
DAYS = st.dates(min_value=dt.date(2000, 1, 1), max_value=TODAY)


@FAST
@given(DAYS, st.sampled_from(DAY_FORMATS))
def test_days_in_every_accepted_shape_give_the_same_day(day, shape):
    assert dates.parse_date(shape(day)) == dates.day_period(day)
    row = [shape(day), "52.08", None, None, None, None, None, "1", None, "2"]
    frame = read_export("stok.csv", csv_bytes([STOCK_HEADER, row]), today=TODAY).frames["stok"]
    assert frame.select("period_start", "period_end", "granularity").row(0) == (day, day, "harian")


@FAST
@given(DAYS, st.sampled_from(MONTH_FORMATS))
def test_months_in_every_accepted_shape_give_the_whole_month(day, shape):
    expected = dates.month_period(day.year, day.month)
    assert dates.parse_date(shape(day)) == expected
    assert dates.parse_date(day, month_column=True) == expected


@settings(max_examples=40, deadline=None)
@given(DAYS)
def test_native_excel_dates_give_the_same_day(day):
    rows = [STOCK_HEADER, [day, "52.08", None, None, None, None, None, 1, None, 2]]
    frame = read_export("stok.xlsx", xlsx_bytes({"Data": rows}), today=TODAY).frames["stok"]
    assert frame["period_start"].to_list() == [day]


# --- fuzz -----------------------------------------------------------------------------------------------------
CELL_TEXT = st.one_of(st.text(alphabet=list("0123456789.,;-%/ \"'\nabJjuMlTOTAL"), max_size=12),
                      st.sampled_from(["52.08", "5208", "33.1", "JUMLAH", "Januari 2024", "1.500", "95,2%", "-"]))
CELL = st.one_of(st.none(), CELL_TEXT, st.integers(-10**13, 10**13),
                 st.floats(allow_nan=False, allow_infinity=False, width=32), DAYS)
GRID = st.lists(st.lists(CELL, min_size=0, max_size=11), min_size=0, max_size=12)


def _check(result) -> None:
    """The contract invariants of any result."""
    assert result.accepted == (bool(result.frames) and result.problem_total == 0)
    assert result.accepted or result.problems
    assert len(result.problems) <= result.problem_total and len(result.warnings) <= result.warning_total
    for kind, frame in result.frames.items():
        assert frame.schema == pl.Schema(schema.COLUMNS[kind])
        required = ["region_code", "period_start", "period_end", "granularity", *schema.required(kind)[2:]]
        assert frame.select(pl.col(required).null_count()).sum_horizontal().item() == 0
        assert all(regions.get(code) for code in frame["region_code"].unique())
        assert (frame["period_start"] <= TODAY).all()


@FUZZ
@given(GRID, st.sampled_from([STOCK_HEADER, COVERAGE_HEADER]), st.booleans(), st.sampled_from([";", ","]))
def test_fuzz_random_cells_under_a_real_header(grid, header, as_xlsx, sep):
    rows = [["JUDUL"], header, *grid]
    if as_xlsx:
        result = read_export("f.xlsx", xlsx_bytes({"Data": rows}), today=TODAY)
    else:
        rows = [[c.isoformat() if isinstance(c, dt.date) else c for c in r] for r in rows]
        result = read_export("f.csv", csv_bytes(rows, sep=sep), today=TODAY)
    _check(result)
    assert not any(p.message == UNREADABLE for p in result.problems)  # our own code handled every cell


BASE_CSV = csv_bytes([["LAPORAN"], STOCK_HEADER, ["31/01/2024", "52.08", "Lombok Utara", "Ribbon", "1.500", "0",
                                                  "0", "100", "0", "1.400"]])
BASE_XLSX = xlsx_bytes({"Data": [["LAPORAN"], STOCK_HEADER, [dt.date(2024, 1, 31), 5208, "x", "Ribbon", 1500, 0, 0,
                                                             100, 0, 1400]]})


@st.composite
def mutated(draw, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete", "repeat"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.sampled_from([b";", b",", b'"', b"\n", b"\r", b"\x00", b".", b"-", b"%", b"\xff",
                                                b"\xe2\x80\x93", b"JUMLAH", b"99.99"]))
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 200))] * draw(st.integers(1, 5))
    return bytes(data)


@FUZZ
@given(st.one_of(mutated(BASE_CSV), mutated(BASE_XLSX), st.binary(max_size=2048),
                 st.text(max_size=400).map(lambda s: s.encode("utf-8"))),
       st.sampled_from(["f.csv", "f.xlsx", "f.txt"]))
def test_fuzz_mutated_bytes_never_raise(data, name):
    _check(read_export(name, data, today=TODAY))
