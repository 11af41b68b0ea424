"""Blank import templates (XLSX: Data + Petunjuk with examples; CSV: header); `python -m dashboard.importer.templates`."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path
from typing import Any

import xlsxwriter

from dashboard import fmt, paths, regions
from dashboard.importer import schema
from dashboard.text import t

TEMPLATE_DIR = paths.TEMPLATES_DIR
SEPARATOR = ";"  # Excel in an Indonesian locale lists with ';' and opens such a CSV straight into columns
# A fixed creation time makes the workbook bytes depend on this code only (xlsxwriter zips with fixed dates).
CREATED = dt.datetime(2024, 1, 1)
LAST_ROW = 1_048_575  # column formats and input hints cover the whole sheet
# Typed as text: 52.10 stays 52.10 (not 52,1), and 03/04/2024 stays day/month whatever Excel's locale.
TEXT_FIELDS = ("tanggal", "kode_wilayah", "nama_wilayah", "jenis")


def _name(code: str) -> str:
    region = regions.get(code)
    return region.name if region else ""


def _stock(day: str, code: str, item: str, *values: int) -> dict[str, Any]:
    keys = ("stok_awal", "penerimaan", "distribusi", "pemakaian", "rusak", "stok_akhir")
    return {"tanggal": day, "kode_wilayah": code, "nama_wilayah": _name(code), "jenis": item, **dict(zip(keys, values))}


# Each example balances: stok_akhir = stok_awal + penerimaan - distribusi - pemakaian - rusak.
EXAMPLES: dict[str, list[dict[str, Any]]] = {
    schema.STOCK: [
        _stock("31/03/2024", "65.71", "blangko", 7500, 0, 0, 48, 2, 7450),
        _stock("31/03/2024", "65.71", "ribbon", 20, 0, 0, 1, 0, 19),
        _stock("31/03/2024", "65", "blangko", 26000, 0, 2000, 0, 0, 24000),
        _stock("Maret 2024", "17.04", "blangko", 8300, 0, 0, 3100, 0, 5200),
    ],
    schema.COVERAGE: [
        {"tanggal": "Maret 2024", "kode_wilayah": "52.08", "nama_wilayah": _name("52.08"), "wajib_ktp": 160000,
         "sudah_rekam": 155000, "belum_rekam": 5000, "prr": 2500, "sudah_cetak": 152500, "persentase": 96.9},
    ],
}
EXAMPLE_LABELS = {schema.STOCK: ("Contoh: harian", "Contoh: ribbon", "Contoh: gudang provinsi", "Contoh: bulanan"),
                  schema.COVERAGE: ("Contoh: bulanan",)}


def header(kind: str) -> list[str]:
    """The column names of a kind, as the importer knows them (schema is the single source)."""
    return [f.name for f in schema.FIELDS[kind]]


def _shown(value: Any) -> str:
    """A value as an official would type it: 7.500, 96,9, text as is."""
    if isinstance(value, float):
        return fmt.number(value, 1)
    if isinstance(value, int):
        return fmt.number(value)
    return "" if value is None else str(value)


def csv_bytes(kind: str, rows: list[dict[str, Any]] | None = None) -> bytes:
    """The CSV template: the header line only (a filled example line would be imported as data); rows for tests."""
    lines = [SEPARATOR.join(header(kind))]
    lines += [SEPARATOR.join(_shown(r.get(c)) for c in header(kind)) for r in rows or []]
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_bytes(kind: str, rows: list[dict[str, Any]] | None = None) -> bytes:
    """The XLSX template: 'Data' (header, to fill; rows for tests) then 'Petunjuk' (how to fill, with examples).

    The importer reads every visible sheet that has a header row, so the examples sit in the Petunjuk sheet one
    column per example (never a row of column names), where they can never be imported by mistake.
    """
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    book.set_properties({"title": t(f"ingest.tpl.title_{kind}"), "created": CREATED, "author": "Stok Blangko KTP-el"})
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    text = book.add_format({"num_format": "@"})
    _data_sheet(book, kind, bold, text, rows or [])
    _help_sheet(book, kind, bold)
    book.close()
    return buf.getvalue()


def _data_sheet(book: Any, kind: str, bold: Any, text: Any, rows: list[dict[str, Any]]) -> None:
    sheet = book.add_worksheet(t("ingest.tpl.sheet_data"))
    sheet.freeze_panes(1, 0)
    for col, name in enumerate(header(kind)):
        sheet.write_string(0, col, name, bold)
        sheet.set_column(col, col, max(14, len(name) + 4), text if name in TEXT_FIELDS else None)
        # A hint when a cell of the column is selected: what to write there (Excel caps the text at 255).
        sheet.data_validation(1, col, LAST_ROW, col, {
            "validate": "any", "input_title": name[:32], "input_message": t(f"ingest.tpl.f.{name}")[:255]})
    if kind == schema.STOCK:
        col = header(kind).index("jenis")
        sheet.data_validation(1, col, LAST_ROW, col, {
            "validate": "list", "source": list(schema.ITEMS), "error_type": "information",
            "input_title": "jenis", "input_message": t("ingest.tpl.f.jenis")[:255]})
    for r, row in enumerate(rows, start=1):
        for col, name in enumerate(header(kind)):
            value = row.get(name)
            if isinstance(value, (int, float)):
                sheet.write_number(r, col, value)
            elif value is not None:
                sheet.write_string(r, col, str(value))


def _help_sheet(book: Any, kind: str, bold: Any) -> None:
    sheet = book.add_worksheet(t("ingest.tpl.sheet_help"))
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 1, 13)
    sheet.set_column(2, 2, 60)
    sheet.set_column(3, 3 + len(EXAMPLES[kind]), 22)
    sheet.write_string(0, 0, t(f"ingest.tpl.title_{kind}"), book.add_format({"bold": True, "font_size": 14}))
    # Row 4 says which code system the template uses (Kemendagri; BPS codes are translated, not dotted).
    for row, key in ((1, "ingest.tpl.intro"), (2, "ingest.tpl.numbers"), (3, "ingest.tpl.resend"),
                     (4, "regions.tpl.codes")):
        sheet.write_string(row, 0, t(key))
    top = 5
    heads = [t("ingest.tpl.col"), t("ingest.tpl.req"), t("ingest.tpl.meaning"), *EXAMPLE_LABELS[kind]]
    for col, head in enumerate(heads):
        sheet.write_string(top, col, head, bold)
    for i, f in enumerate(schema.FIELDS[kind], start=top + 1):
        sheet.write_string(i, 0, f.name)
        sheet.write_string(i, 1, t("ingest.tpl.yes") if f.required else t("ingest.tpl.no"))
        sheet.write_string(i, 2, t(f"ingest.tpl.f.{f.name}"), wrap)
        for j, example in enumerate(EXAMPLES[kind]):
            sheet.write_string(i, 3 + j, _shown(example.get(f.name)))


def files() -> dict[str, bytes]:
    """Every template: file name -> bytes (the names the Unggah page offers)."""
    out = {}
    for kind in schema.KINDS:
        out[f"template_{kind}.xlsx"] = xlsx_bytes(kind)
        out[f"template_{kind}.csv"] = csv_bytes(kind)
    return out


def write(out_dir: str | Path = TEMPLATE_DIR) -> list[Path]:
    """Write every template into out_dir (created when missing); return the paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in files().items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Regenerate the templates (the committed copies must equal this output; a test checks)."""
    parser = argparse.ArgumentParser(prog="python -m dashboard.importer.templates", description=t("ingest.tpl.cli_help"))
    parser.add_argument("--out", default=str(TEMPLATE_DIR), metavar="DIR", help=t("ingest.tpl.cli_out"))
    args = parser.parse_args(argv)
    for path in write(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
