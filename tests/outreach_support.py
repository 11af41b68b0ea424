"""A generated kecamatan-level DKB export of Kabupaten Lombok Utara (52.08), two semesters, imported into the
fixture store: the store the jemput-bola tests, the pages and the browser screenshot share.

Figures (wajib KTP, sudah rekam) chosen so the 2024 target 99,04% gives whole numbers by hand:
  kecamatan          Semester I 2023     Semester II 2023      ceil(0,9904 × wajib) − sudah = gap   growth  pemula
  52.08.01 Tanjung   29.700 / 28.000     30.000 / 29.000        29.712 − 29.000 =   712            +300      300
  52.08.02 Gangga    24.800 / 23.500     25.000 / 24.000        24.760 − 24.000 =   760            +200      200
  52.08.03 Kayangan  39.000 / 37.000     40.000 / 38.000        39.616 − 38.000 = 1.616          +1.000    1.000
  52.08.04 Bayan     50.100 / 48.000     50.000 / 48.500        49.520 − 48.500 = 1.020            −100        0
  52.08.05 Pemenang  14.900 / 14.800     15.000 / 15.150 (101%)  above 100%: gap 0                 +100        0
Total gap 4.108 = pemula 1.500 + backlog 2.608; growth of the areas that grew 300 + 200 + 1.000 + 100 = 1.600.
As of 31 Mar 2024 the kecamatan rows of Semester II 2023 are the latest; Lombok Utara's own March 2024 row
(160.000 / 155.000, fixture store) stays the kab/kota's figure. Stock 1.500 blanks, burn 1.000 a day (fixture).
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from dashboard import metrics
from dashboard.importer import apply_files
from dashboard.store import Store
from tests.fixture_store import build_fixture_store
from tests.shapes_support import TODAY, xlsx
from tests.store_templates import open_warm

KABKOTA = "52.08"
FILE_NAME = "dkb_lombok_utara_2023.xlsx"
# code, name, (wajib, sudah) in Semester I 2023, (wajib, sudah) in Semester II 2023
KECAMATAN = (
    ("52.08.01", "Tanjung", (29700, 28000), (30000, 29000)),
    ("52.08.02", "Gangga", (24800, 23500), (25000, 24000)),
    ("52.08.03", "Kayangan", (39000, 37000), (40000, 38000)),
    ("52.08.04", "Bayan", (50100, 48000), (50000, 48500)),
    ("52.08.05", "Pemenang", (14900, 14800), (15000, 15150)),
)
# The plan by hand (teams 2 × 50 a day = 100 a day): rank order, gap, first and last working day.
PLAN = (("52.08.03", 1616, 1, 17), ("52.08.04", 1020, 17, 27), ("52.08.02", 760, 27, 34),
        ("52.08.01", 712, 34, 42), ("52.08.05", 0, None, None))
GAP, DAYS, NEW, BACKLOG, GROWTH = 4108, 42, 1500, 2608, 1600
START = dt.date(2024, 4, 1)  # a Monday: day 17 is 23 Apr, day 42 is 28 May (Mon–Fri)


def _split(total: int) -> tuple[int, int]:
    lk = total // 2
    return lk, total - lk


def dkb_rows() -> list[list[object]]:
    """The DKB shape: two title rows, WAJIB KTP / REKAM / BELUM REKAM over LK | PR | JML, SEMESTER and TAHUN."""
    rows: list[list[object]] = [
        ["DATA KEPENDUDUKAN BERSIH (DKB) KABUPATEN LOMBOK UTARA"], ["REKAPITULASI PEREKAMAN KTP-EL PER KECAMATAN"], [],
        ["NO", "KODE", "KECAMATAN", "SEMESTER", "TAHUN", "WAJIB KTP", None, None, "REKAM", None, None,
         "BELUM REKAM", None, None],
        [None] * 5 + ["LK", "PR", "JML"] * 3]
    n = 0
    for semester, index in (("I", 2), ("II", 3)):
        for kecamatan in KECAMATAN:
            code, name, figures = kecamatan[0], kecamatan[1], kecamatan[index]
            wajib, sudah = figures
            belum = max(0, wajib - sudah)
            n += 1
            rows.append([n, code, name, semester, 2023, *_split(wajib), wajib, *_split(sudah), sudah,
                         *_split(belum), belum])
    return rows


def dkb_xlsx() -> bytes:
    merges = tuple((3, c, 4, c) for c in range(5)) + ((3, 5, 3, 7), (3, 8, 3, 10), (3, 11, 3, 13))
    return xlsx(dkb_rows(), merges=merges)


def import_dkb(store: Store) -> None:
    """Import the generated DKB file the way an upload does (every row accepted)."""
    results = apply_files(store, [(FILE_NAME, dkb_xlsx())], uploader="uji", source="cli", today=TODAY)
    assert all(r.accepted for r in results), [r.problem_lines() for r in results]


def build_outreach_store(store: Store) -> None:
    """The fixture store plus Lombok Utara's kecamatan DKB for both semesters of 2023."""
    build_fixture_store(store)
    import_dkb(store)


@contextmanager
def outreach_store(path: Path) -> Iterator[Store]:
    """A store at path built by build_outreach_store, metrics' cache emptied; closed after the with block."""
    store = open_warm(path)
    build_outreach_store(store)
    metrics.clear_cache()
    try:
        yield store
    finally:
        store.close()
