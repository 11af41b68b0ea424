"""Export files built from code for the importer tests: CSV text and XLSX workbooks (xlsxwriter) as bytes."""

from __future__ import annotations

import datetime as dt
import io
import random

import xlsxwriter

from dashboard import regions

TODAY = dt.date(2026, 11, 23)
STOCK_HEADER = ["Tanggal", "Kode Wilayah", "Nama Wilayah", "Jenis", "Stok Awal", "Penerimaan", "Distribusi",
                "Pemakaian", "Rusak", "Stok Akhir"]
COVERAGE_HEADER = ["Bulan", "Kode", "Kabupaten/Kota", "Wajib KTP", "Sudah Rekam", "Belum Rekam", "PRR",
                   "Sudah Cetak", "Persentase"]
ITEM_NAMES = {"blangko": "Blangko KTP-el", "ribbon": "Ribbon", "film": "Retransfer film"}


class Formula:
    """A formula cell with the value Excel cached for it (calamine reads the cached value)."""

    def __init__(self, formula: str, cached: object):
        self.formula, self.cached = formula, cached


def csv_bytes(rows: list[list[object]], *, sep: str = ";", encoding: str = "utf-8", bom: bool = False,
              newline: str = "\n") -> bytes:
    """Rows -> CSV bytes; cells holding the separator, quotes or line breaks are quoted."""
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            text = "" if cell is None else str(cell)
            if sep in text or '"' in text or "\n" in text:
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(sep.join(cells))
    data = (newline.join(lines) + newline).encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def xlsx_bytes(sheets: dict[str, list[list[object]]], *, merge_title: bool = True,
               hidden: tuple[str, ...] = ()) -> bytes:
    """Sheets of rows -> XLSX bytes. str/int/float/date cells keep their type; a first row with one text cell
    is merged across the sheet's width like a real report title."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    month = book.add_format({"num_format": "mmmm yyyy"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        width = max((len(r) for r in rows), default=1)
        for r, row in enumerate(rows):
            if merge_title and r == 0 and len(row) == 1 and isinstance(row[0], str) and width > 1:
                sheet.merge_range(0, 0, 0, width - 1, row[0])
                continue
            for c, cell in enumerate(row):
                _write(sheet, r, c, cell, day, month)
        if name in hidden:
            sheet.hide()
    book.close()
    return buf.getvalue()


def _write(sheet, r: int, c: int, cell: object, day, month) -> None:
    if cell is None:
        return
    if isinstance(cell, Formula):
        sheet.write_formula(r, c, cell.formula, None, cell.cached)
    elif isinstance(cell, bool):
        sheet.write_boolean(r, c, cell)
    elif isinstance(cell, (int, float)):
        sheet.write_number(r, c, cell)
    elif isinstance(cell, dt.datetime):
        sheet.write_datetime(r, c, cell, month if cell.day == 1 and cell.hour == 0 else day)
    elif isinstance(cell, dt.date):
        sheet.write_datetime(r, c, dt.datetime(cell.year, cell.month, cell.day), day)
    else:
        sheet.write_string(r, c, str(cell))


def kabkota(n: int | None = None) -> list[regions.Region]:
    """The first n kab/kota of the reference (all 514 when n is None)."""
    found = [r for r in regions.all_regions() if r.level in ("kabupaten", "kota")]
    return found if n is None else found[:n]


def stock_row(code: str, name: str | None, item: str, day: object, awal: int, terima: int, pakai: int,
              rusak: int = 0, distribusi: int = 0) -> list[object]:
    akhir = awal + terima - distribusi - pakai - rusak
    return [day, code, name, ITEM_NAMES[item], awal, terima, distribusi, pakai, rusak, akhir]


def national_monthly(*, native: bool, month: dt.date = dt.date(2026, 10, 1), seed: int = 7) -> list[list[object]]:
    """552 units (38 warehouses + 514 kab/kota) x 3 items for one month, with title rows and a JUMLAH row."""
    rng = random.Random(seed)
    # A native date cannot say it means a month (calamine does not read number formats): the header does.
    header = ["Bulan", *STOCK_HEADER[1:]] if native else STOCK_HEADER
    rows: list[list[object]] = [["REKAPITULASI STOK BLANGKO, RIBBON DAN FILM"], [f"Bulan {month:%m/%Y}"], [],
                                header]
    label = dt.datetime(month.year, month.month, 1) if native else month.strftime("%Y-%m")
    for region in regions.all_regions():
        for item in ("blangko", "ribbon", "film"):
            awal = rng.randint(0, 90_000)
            row = stock_row(region.code, region.name, item, label, awal, rng.randint(0, 5_000),
                            rng.randint(0, min(awal, 3_000)), rng.randint(0, 20))
            if not native:
                row = [_id_number(v) if isinstance(v, int) else v for v in row]
            rows.append(row)
    rows.append(["JUMLAH", None, None, None, None, None, None, None, None, None])
    return rows


def daily_rows(n: int, *, seed: int = 11, start: dt.date = dt.date(2025, 1, 1)) -> list[list[object]]:
    """n daily stock rows (distinct region/item/day keys) in Indonesian text, under one header."""
    rng = random.Random(seed)
    units = [r for r in regions.all_regions()]
    rows: list[list[object]] = [["LAPORAN HARIAN"], STOCK_HEADER]
    for i in range(n):
        region = units[i % len(units)]
        item = ("blangko", "ribbon", "film")[(i // len(units)) % 3]
        day = start + dt.timedelta(days=i // (3 * len(units)))
        awal = rng.randint(0, 9_000)
        row = stock_row(region.code, region.name, item, day.strftime("%d/%m/%Y"), awal, rng.randint(0, 500),
                        rng.randint(0, min(awal, 300)))
        rows.append([_id_number(v) if isinstance(v, int) else v for v in row])
    return rows


def _id_number(value: int) -> str:
    """1500 -> '1.500' (Indonesian thousands dots)."""
    return f"{value:,}".replace(",", ".")
