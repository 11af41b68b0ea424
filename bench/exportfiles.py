"""Export files in the real Dukcapil shape (title rows, Indonesian numbers, a JUMLAH row) built from demo frames."""

from __future__ import annotations

import datetime as dt
import io

import polars as pl
import xlsxwriter

from dashboard import fmt, regions

ITEM_NAMES = {"blangko": "Blangko KTP-el", "ribbon": "Ribbon", "film": "Retransfer Film"}
STOCK_HEADER = ["Tanggal", "Kode Wilayah", "Nama Wilayah", "Jenis", "Stok Awal", "Penerimaan", "Distribusi",
                "Pemakaian", "Rusak", "Stok Akhir"]
MONTHLY_STOCK_HEADER = ["Bulan", *STOCK_HEADER[1:]]
COVERAGE_HEADER = ["Bulan", "Kode", "Kabupaten/Kota", "Wajib KTP", "Sudah Rekam", "Belum Rekam", "PRR",
                   "Sudah Cetak", "Persentase"]
STOCK_VALUES = ("stok_awal", "penerimaan", "distribusi", "pemakaian", "rusak", "stok_akhir")
COVERAGE_VALUES = ("wajib_ktp", "sudah_rekam", "belum_rekam", "prr", "sudah_cetak")
SEP = ";"


def id_number(col: str) -> pl.Expr:
    """1234567 -> '1.234.567' (Indonesian thousands dots), vectorised; null stays empty. Values below 10^12."""
    v = pl.col(col).cast(pl.Int64)
    groups = [(v // 10**k % 1000) for k in (9, 6, 3, 0)]
    pad = [g.cast(pl.String).str.zfill(3) for g in groups]
    out = (pl.when(v >= 10**9).then(pl.concat_str([groups[0].cast(pl.String), pad[1], pad[2], pad[3]], separator="."))
           .when(v >= 10**6).then(pl.concat_str([groups[1].cast(pl.String), pad[2], pad[3]], separator="."))
           .when(v >= 10**3).then(pl.concat_str([groups[2].cast(pl.String), pad[3]], separator="."))
           .otherwise(v.cast(pl.String)))
    return pl.when(v.is_null()).then(pl.lit("")).otherwise(out).alias(col)


def monthly_rows(stock: pl.DataFrame, month: dt.date) -> pl.DataFrame:
    """Demo daily rows (region_code, item, day, flows) of one calendar month rolled up to one row per unit and item,
    as a national monthly export reports them: opening of the first day, sums of flows, closing of the last day."""
    first = month.replace(day=1)
    rows = stock.filter(pl.col("day").dt.truncate("1mo") == first).sort("region_code", "item", "day")
    return rows.group_by("region_code", "item", maintain_order=True).agg(
        pl.col("stok_awal").first(), *[pl.col(c).sum() for c in ("penerimaan", "distribusi", "pemakaian", "rusak")],
        pl.col("stok_akhir").last(),
    ).with_columns(month=pl.lit(first))


def _names() -> dict[str, str]:
    return {r.code: r.name for r in regions.all_regions()}


def _csv(title: list[str], header: list[str], body: pl.DataFrame, total_cells: int) -> bytes:
    text = body.write_csv(separator=SEP, include_header=False, quote_style="necessary")
    lines = [*title, "", SEP.join(header)]
    jumlah = SEP.join(["JUMLAH"] + [""] * (total_cells - 1))
    return ("\n".join(lines) + "\n" + text + jumlah + "\n").encode("utf-8")


def stock_csv(rows: pl.DataFrame, *, monthly: bool, title: str) -> bytes:
    """Stock rows -> a ';' CSV export. rows: region_code, item, day or month, STOCK_VALUES."""
    names = _names()
    date = (pl.col("month").map_elements(lambda d: f"{fmt.MONTHS[d.month - 1]} {d.year}", return_dtype=pl.String)
            if monthly else pl.col("day").dt.strftime("%d/%m/%Y"))
    body = rows.select(
        date.alias("tanggal"), "region_code", pl.col("region_code").replace_strict(names, default="").alias("nama"),
        pl.col("item").replace_strict(ITEM_NAMES), *[id_number(c) for c in STOCK_VALUES])
    header = MONTHLY_STOCK_HEADER if monthly else STOCK_HEADER
    return _csv([title], header, body, len(header))


def coverage_csv(rows: pl.DataFrame, *, title: str) -> bytes:
    """Coverage rows (region_code, period_start, COVERAGE_VALUES, persentase) -> a ';' CSV export, one row a month."""
    names = _names()
    body = rows.select(
        pl.col("period_start").map_elements(lambda d: f"{fmt.MONTHS[d.month - 1]} {d.year}", return_dtype=pl.String),
        "region_code", pl.col("region_code").replace_strict(names, default="").alias("nama"),
        *[id_number(c) for c in COVERAGE_VALUES],
        pl.col("persentase").round(2).cast(pl.String).str.replace(".", ",", literal=True).fill_null(""))
    return _csv([title], COVERAGE_HEADER, body, len(COVERAGE_HEADER))


def stock_xlsx(rows: pl.DataFrame, *, title: str) -> bytes:
    """Monthly stock rows -> an XLSX workbook as a spreadsheet user saves it: merged title, native numbers, codes as
    text, a JUMLAH row with SUM formulas (and their cached values)."""
    names = _names()
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False})
    sheet = book.add_worksheet("Rekap")
    sheet.merge_range(0, 0, 0, len(MONTHLY_STOCK_HEADER) - 1, title)
    sheet.write_row(2, 0, MONTHLY_STOCK_HEADER)
    first = 3
    for r, row in enumerate(rows.iter_rows(named=True), start=first):
        label = f"{fmt.MONTHS[row['month'].month - 1]} {row['month'].year}"
        sheet.write_row(r, 0, [label, row["region_code"], names.get(row["region_code"], ""), ITEM_NAMES[row["item"]]])
        sheet.write_row(r, 4, [row[c] for c in STOCK_VALUES])
    last = first + rows.height
    sheet.write_string(last, 0, "JUMLAH")
    for c, col in enumerate(STOCK_VALUES, start=4):
        letter = chr(ord("A") + c)
        sheet.write_formula(last, c, f"=SUM({letter}{first + 1}:{letter}{last})", None, int(rows[col].sum()))
    book.close()
    return buf.getvalue()
