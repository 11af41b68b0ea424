"""The real-shape corpus's plumbing: a fixture (file name, bytes, the rows we expect by hand), an XLSX writer with
merged header cells, and CSV bytes in the ';'-separated shape Indonesian Excel writes."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

import xlsxwriter

TODAY = dt.date(2026, 11, 23)
S1_2024 = (dt.date(2024, 1, 1), dt.date(2024, 6, 30), "semester")
S2_2023 = (dt.date(2023, 7, 1), dt.date(2023, 12, 31), "semester")


@dataclass(frozen=True)
class Fixture:
    """A file in a shape offices really send, and what it must import as (checked on these columns only)."""

    name: str
    data: bytes
    kind: str  # stok | perekaman
    expected: list[dict]  # rows, each with the columns to check
    warnings: int = 0  # accepted-with-warning findings (subtotals left out, cards converted, jml checks)
    hints: dict = field(default_factory=dict)  # dashboard.importer.options.Hints fields


def csv(rows: list[list[object]], sep: str = ";") -> bytes:
    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        return f'"{text}"' if sep in text or '"' in text else text

    return ("\r\n".join(sep.join(cell(v) for v in row) for row in rows) + "\r\n").encode("utf-8")


def xlsx(rows: list[list[object]], *, sheet: str = "Data", merges: tuple[tuple[int, int, int, int], ...] = (),
         extra: dict[str, list[list[object]]] | None = None) -> bytes:
    """One sheet (plus extra sheets); merges are (first row, first col, last row, last col) of cells whose text
    is in their top-left cell, as Excel stores a merged header."""
    buf = io.BytesIO()
    with xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False}) as book:
        day = book.add_format({"num_format": "dd/mm/yyyy"})
        for name, table in {sheet: rows, **(extra or {})}.items():
            ws = book.add_worksheet(name)
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    if isinstance(value, dt.date):
                        ws.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), day)
                    elif value is not None:
                        ws.write(r, c, value)
            if name == sheet:
                for r1, c1, r2, c2 in merges:
                    ws.merge_range(r1, c1, r2, c2, rows[r1][c1])
    return buf.getvalue()


def cov(code: str, period: tuple, wajib: int, sudah: int, **more: object) -> dict:
    start, end, granularity = period
    return {"region_code": code, "period_start": start, "period_end": end, "granularity": granularity,
            "wajib_ktp": wajib, "sudah_rekam": sudah, **more}


def stock(code: str, item: str, start: dt.date, end: dt.date | None, pakai: int, akhir: int, **more: object) -> dict:
    end = end or start
    granularity = "harian" if start == end else "bulanan"
    return {"region_code": code, "item": item, "period_start": start, "period_end": end,
            "granularity": more.pop("granularity", granularity), "pemakaian": pakai, "stok_akhir": akhir, **more}


def month(year: int, m: int) -> tuple[dt.date, dt.date]:
    nxt = dt.date(year + m // 12, m % 12 + 1, 1)
    return dt.date(year, m, 1), nxt - dt.timedelta(days=1)
