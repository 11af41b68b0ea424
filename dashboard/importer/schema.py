"""The single source of truth for the two export kinds: clean columns, header aliases, keys and item names."""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

STOCK = "stok"
COVERAGE = "perekaman"
KINDS = (STOCK, COVERAGE)
ITEMS = ("blangko", "ribbon", "film")
DEFAULT_ITEM = "blangko"


@dataclass(frozen=True)
class Field:
    """One column of an export: its clean name, how its cells are read, and the headers that mean it."""

    name: str
    type: str  # date | code | name | item | count | percent | period
    required: bool
    aliases: tuple[str, ...] = ()


_DATE = Field("tanggal", "date", True, ("tgl", "date", "periode", "bulan", "tanggal laporan", "bulan laporan"))
_CODE = Field("kode_wilayah", "code", True, ("kode", "kode wilayah", "kd_wilayah", "kode_kab", "kode kab/kota",
                                             "kode_wil", "kd_wil", "kode daerah", "kode kabupaten/kota",
                                             "kode kemendagri", "kode wilayah kemendagri"))
_NAME = Field("nama_wilayah", "name", False, ("nama", "wilayah", "kabupaten/kota", "kab/kota", "nama kab/kota",
                                              "nama kabupaten/kota", "nama daerah", "daerah"))

STOCK_FIELDS: tuple[Field, ...] = (
    _DATE, _CODE, _NAME,
    Field("jenis", "item", False, ("item", "barang", "jenis barang")),
    Field("stok_awal", "count", False, ("stok awal", "saldo awal")),
    Field("penerimaan", "count", False, ("terima", "masuk", "diterima")),
    Field("distribusi", "count", False, ("keluar", "dikirim")),
    Field("pemakaian", "count", True, ("pakai", "terpakai", "cetak")),
    Field("rusak", "count", False, ("gagal cetak", "gagal")),
    Field("stok_akhir", "count", True, ("stok akhir", "sisa", "saldo akhir", "sisa stok")),
)

COVERAGE_FIELDS: tuple[Field, ...] = (
    _DATE, _CODE, _NAME,
    Field("wajib_ktp", "count", True, ("wajib ktp", "jumlah_wajib_ktp", "wajib_ktp_el", "jumlah wajib ktp-el")),
    Field("sudah_rekam", "count", True, ("sudah rekam", "jml_perekaman", "jumlah_sudah_rekaman", "sudah perekaman",
                                         "jumlah perekaman", "sudah_rekaman", "sudah rekam ktp-el", "perekaman")),
    Field("belum_rekam", "count", False, ("belum rekam", "belum perekaman", "belum_rekaman", "belum rekam ktp-el")),
    Field("prr", "count", False, ("sisa_prr", "print ready record", "jumlah prr")),
    Field("sudah_cetak", "count", False, ("sudah cetak", "jumlah cetak ktp-el", "sudah cetak ktp-el", "cetak ktp-el")),
    Field("persentase", "percent", False, ("persen", "%", "persentase rekam", "persentase perekaman", "% rekam",
                                           "capaian", "% perekaman", "persen rekam")),
)

FIELDS: dict[str, tuple[Field, ...]] = {STOCK: STOCK_FIELDS, COVERAGE: COVERAGE_FIELDS}
# Columns that give the period in parts instead of a date (DKB exports: 'SEMESTER' | 'TAHUN'); in both kinds, never
# in the templates (which write one tanggal column).
PERIOD_FIELDS: tuple[Field, ...] = (
    Field("semester", "period", False), Field("triwulan", "period", False), Field("tahun", "period", False),
)

# Clean frames that the importer produces and write_clean_rows() stores (upload_id is added at write time).
STOCK_COLUMNS: dict[str, pl.DataType] = {
    "region_code": pl.String, "item": pl.String, "period_start": pl.Date, "period_end": pl.Date,
    "granularity": pl.String, "stok_awal": pl.Int64, "penerimaan": pl.Int64, "distribusi": pl.Int64,
    "pemakaian": pl.Int64, "rusak": pl.Int64, "stok_akhir": pl.Int64, "reported_name": pl.String,
    "source_row": pl.Int32,
}
COVERAGE_COLUMNS: dict[str, pl.DataType] = {
    "region_code": pl.String, "period_start": pl.Date, "period_end": pl.Date, "granularity": pl.String,
    "wajib_ktp": pl.Int64, "sudah_rekam": pl.Int64, "belum_rekam": pl.Int64, "prr": pl.Int64,
    "sudah_cetak": pl.Int64, "persentase": pl.Float64, "reported_name": pl.String, "source_row": pl.Int32,
}
COLUMNS: dict[str, dict[str, pl.DataType]] = {STOCK: STOCK_COLUMNS, COVERAGE: COVERAGE_COLUMNS}
KEYS: dict[str, tuple[str, ...]] = {
    STOCK: ("region_code", "item", "period_start", "period_end"),
    COVERAGE: ("region_code", "period_start", "period_end"),
}
# Columns compared to decide "unchanged" when a file re-sends a key (names and row numbers are not values).
VALUES: dict[str, tuple[str, ...]] = {
    STOCK: ("granularity", "stok_awal", "penerimaan", "distribusi", "pemakaian", "rusak", "stok_akhir"),
    COVERAGE: ("granularity", "wajib_ktp", "sudah_rekam", "belum_rekam", "prr", "sudah_cetak", "persentase"),
}
# Optional count columns that mean 0 when absent or empty (the others stay empty = unknown).
ZERO_DEFAULT = frozenset({"penerimaan", "distribusi", "rusak"})

_PARENS = re.compile(r"\([^)]*\)")
_NOT_ALNUM = re.compile(r"[^a-z0-9%]+")


def normalize_header(text: object) -> str:
    """'Stok Awal (keping)', 'stok_awal', 'STOK\\nAWAL' -> 'stokawal': case, spaces, underscores, punctuation out."""
    raw = str(text or "").strip().lower()
    key = _NOT_ALNUM.sub("", _PARENS.sub("", raw))
    # A header that is only a unit in brackets, e.g. '(%)', keeps what was inside.
    return key or _NOT_ALNUM.sub("", raw)


def _alias_table() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for kind, fields in FIELDS.items():
        table[kind] = {}
        for f in fields:
            for alias in (f.name, *f.aliases):
                table[kind][normalize_header(alias)] = f.name
    return table


ALIASES: dict[str, dict[str, str]] = _alias_table()


def field_for(kind: str, header: object) -> str | None:
    """The clean field a header cell names in this kind of export, or None."""
    return ALIASES[kind].get(normalize_header(header))


def field(kind: str, name: str) -> Field:
    return next(f for f in FIELDS[kind] if f.name == name)


def required(kind: str) -> list[str]:
    return [f.name for f in FIELDS[kind] if f.required]


_ITEM_WORDS = (
    ("ribbon", ("ribbon", "ribon", "pita")),
    ("film", ("film",)),
    ("blangko", ("blangko", "blanko", "blangkoktp", "kartu", "ktpel", "ektp")),
)


def item_of(text: object) -> str | None:
    """'Blangko KTP-el' -> blangko, 'Ribbon' -> ribbon, 'Retransfer Film' -> film; empty -> blangko; else None."""
    key = normalize_header(text)
    if not key:
        return DEFAULT_ITEM
    for item, words in _ITEM_WORDS:
        if any(word in key for word in words):
            return item
    return None
