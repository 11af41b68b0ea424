"""Header cells -> the field they mean, by their words: 'Jml Cetak' is pemakaian, 'WAJIB KTP LK' wajib_ktp (men).

A header is cut into words, each word mapped to one of a small Indonesian vocabulary (jml/jumlah, cetak, sisa,
stok, rekam/rekaman/perekaman, lk/pr, ...). A field matches when the header holds all the words one of its `needs`
asks for, and every other vocabulary word in the header is one the field allows: 'Sisa Stok' is stok_akhir, but
'Sisa PRR' is not (PRR belongs to another field). Words outside the vocabulary ('gudang', 'jiwa') are tolerated.
Exact aliases of schema.py still win first. One header gives at most one field; two equally good fields make the
header ambiguous, and both are named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dashboard.importer import schema

# word as written -> the vocabulary word it stands for
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "jumlah": ("jumlah", "jml", "jlh", "total"),
    "cetak": ("cetak", "dicetak", "tercetak", "pencetakan", "cetakan", "print"),
    "sisa": ("sisa", "tersisa"),
    "stok": ("stok", "stock", "persediaan", "saldo"),
    "akhir": ("akhir",),
    "awal": ("awal",),
    "terima": ("terima", "diterima", "penerimaan", "masuk", "menerima"),
    "keluar": ("keluar", "dikirim", "kirim", "pengiriman", "distribusi", "didistribusikan", "disalurkan"),
    "pakai": ("pakai", "pemakaian", "terpakai", "dipakai", "penggunaan", "digunakan"),
    "rusak": ("rusak", "gagal", "kerusakan"),
    "rekam": ("rekam", "rekaman", "perekaman", "merekam", "direkam", "terekam"),
    "sudah": ("sudah", "telah"),
    "belum": ("belum",),
    "wajib": ("wajib",),
    "ktp": ("ktp", "ktpel", "ektp"),
    "persen": ("persen", "persentase", "prosentase", "pct", "capaian", "%"),
    "prr": ("prr", "ready"),
    "record": ("record",),
    "semester": ("semester", "smt", "sem"),
    "triwulan": ("triwulan", "tw", "kuartal", "quarter"),
    "tahun": ("tahun", "thn", "th", "year"),
    "tanggal": ("tanggal", "tgl", "date", "hari"),
    "bulan": ("bulan", "bln", "month"),
    "periode": ("periode", "period"),
    "laporan": ("laporan", "lap"),
    "kode": ("kode", "kd", "code"),
    "nama": ("nama", "name"),
    "wilayah": ("wilayah", "wil", "daerah", "kabupaten", "kab", "kota", "kabkota", "kecamatan", "kec", "provinsi",
                "prov", "desa", "kelurahan", "kel", "distrik", "region"),
    "jenis": ("jenis", "item", "barang"),
}
GENDER = {"lk": "lk", "laki": "lk", "pria": "lk", "l": "lk", "pr": "pr", "perempuan": "pr", "wanita": "pr", "p": "pr"}
ITEM_WORDS = {"blangko": "blangko", "blanko": "blangko", "ribbon": "ribbon", "ribon": "ribbon", "pita": "ribbon",
              "film": "film", "retransfer": "film"}
# A ribbon or film column counted in the cards it prints: '(kartu)' always says so; '(keping)' (pieces) only on a
# column of that item ('Sisa Ribbon (keping)'), since blangko columns count keping anyway.
CARD_UNITS = frozenset({"kartu", "keping"})
_PLAIN_UNITS = frozenset({"lembar", "buah", "bh", "pcs", "roll", "rol", "unit", "jiwa", "orang"})
_NOISE = frozenset({"jumlah", "el", "no", "nomor", "urut", "ke", "dari", "di", "yang", "dan", "per", "untuk", "dalam",
                    "s", "d", "sd", "atau", "yg"})
_WORD = {word: canon for canon, words in _SYNONYMS.items() for word in words}

# 'Stok Akhir Bulan', 'Pemakaian Periode Ini'; not 'tanggal': 'Tanggal Penerimaan' is a date, not the receipts
_ANY_DATE = frozenset({"bulan", "periode", "laporan"})
_STOCK_ALLOW = frozenset({"stok"}) | _ANY_DATE


@dataclass(frozen=True)
class Rule:
    """needs: word sets of which one must be present in full; allow: other vocabulary words the header may hold."""

    needs: tuple[frozenset[str], ...]
    allow: frozenset[str] = frozenset()


def _rule(*needs: str, allow: tuple[str, ...] | frozenset[str] = ()) -> Rule:
    return Rule(tuple(frozenset(n.split()) for n in needs), frozenset(allow))


_COMMON = {
    "tanggal": _rule("tanggal", "bulan", "periode", allow=("laporan", "tahun", "tanggal", "bulan", "periode")),
    "kode_wilayah": _rule("kode", allow=("wilayah",)),
    "nama_wilayah": _rule("wilayah", "nama", allow=("wilayah", "nama")),
    "semester": _rule("semester", allow=("laporan", "tahun")),
    "triwulan": _rule("triwulan", allow=("laporan", "tahun")),
    "tahun": _rule("tahun", allow=("laporan",)),
}
RULES: dict[str, dict[str, Rule]] = {
    schema.STOCK: {
        **_COMMON,
        "jenis": _rule("jenis"),
        "stok_awal": _rule("awal", allow=_STOCK_ALLOW),
        "penerimaan": _rule("terima", allow=_STOCK_ALLOW),
        "distribusi": _rule("keluar", allow=_STOCK_ALLOW | {"wilayah"}),
        "pemakaian": _rule("pakai", "cetak", allow=_STOCK_ALLOW | {"sudah", "cetak", "pakai"}),
        "rusak": _rule("rusak", allow=_STOCK_ALLOW | {"cetak", "pakai"}),
        "stok_akhir": _rule("akhir", "sisa", allow=_STOCK_ALLOW | {"sisa", "akhir"}),
    },
    schema.COVERAGE: {
        **_COMMON,
        "wajib_ktp": _rule("wajib ktp"),
        "sudah_rekam": _rule("rekam", allow=("sudah", "wajib", "ktp")),
        "belum_rekam": _rule("belum", allow=("rekam", "wajib", "ktp")),
        "prr": _rule("prr", allow=("sisa", "cetak", "record", "ktp")),
        "sudah_cetak": _rule("cetak", allow=("sudah", "ktp")),
        "persentase": _rule("persen", allow=("rekam", "sudah", "wajib", "ktp")),
    },
}
# In a stock book 'KTP-el' only says which card: it is noise there, a meaning in coverage ('Wajib KTP').
_KIND_NOISE = {schema.STOCK: frozenset({"ktp"}), schema.COVERAGE: frozenset()}
# A header of only these words could be either field: named as ambiguous when one of them is missing.
HINTS = {schema.STOCK: {frozenset({"stok"}): ("stok_awal", "stok_akhir")}, schema.COVERAGE: {}}
VOCABULARY = frozenset(_SYNONYMS)
MAX_WORDS = 8  # a longer cell is a sentence (a note, an instructions sheet), not a column header


@dataclass(frozen=True)
class Match:
    """What one header cell means in one kind of export."""

    field: str | None  # schema field, or None
    part: str = "jml"  # jml | lk | pr: a count split by sex
    item: str | None = None  # blangko | ribbon | film when the header names one
    cards: bool = False  # the header gives its unit as cards (see cards_unit)
    ambiguous: tuple[str, ...] = ()  # two or more fields the header could equally mean


NO_MATCH = Match(None)


def words(text: object) -> list[str]:
    """'Jml Cetak KTP-el (keping)' -> ['jml', 'cetak', 'ktp', 'el', 'keping']; '%' is a word of its own."""
    raw = str(text or "").lower().replace("%", " % ")
    raw = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", raw)  # 'laki2', 'ktp2' -> 'laki 2'
    return [w for w in re.split(r"[^a-z0-9%]+", raw) if w]


def cards_unit(found: list[str], item: str | None) -> bool:
    """Whether a header's words give cards as its unit, for the item it names (if any)."""
    return "kartu" in found or ("keping" in found and item in ("ribbon", "film"))


def qualifiers(text: object) -> tuple[str | None, str | None, bool]:
    """(sex part or None, item or None, cards) a label names, whatever field it names ('BLANGKO', 'LK', '(kartu)')."""
    found = words(text)
    part = next((GENDER[w] for w in found if w in GENDER), None)
    items = {ITEM_WORDS[w] for w in found if w in ITEM_WORDS}
    return part, items.pop() if len(items) == 1 else None, "kartu" in found


@lru_cache(maxsize=4096)
def match(kind: str, text: str) -> Match:
    """The field a header names in this kind of export (cached: real files repeat the same few headers)."""
    if not str(text or "").strip():
        return NO_MATCH
    alias = schema.field_for(kind, text)
    found = words(text)
    part = next((GENDER[w] for w in found if w in GENDER), "jml")
    items = {ITEM_WORDS[w] for w in found if w in ITEM_WORDS}
    item = items.pop() if len(items) == 1 else None
    cards = cards_unit(found, item)
    if alias is not None and part == "jml":
        return Match(alias, item=item, cards=cards)
    canon = {_WORD[w] for w in found if w in _WORD} - _NOISE - _KIND_NOISE[kind]
    if len(items) > 1 or len(found) > MAX_WORDS:
        return NO_MATCH  # 'Blangko dan Ribbon': one column cannot hold two items
    best: list[tuple[int, str]] = []
    for name, rule in RULES[kind].items():
        met = [n for n in rule.needs if n <= canon]
        if not met:
            continue
        allowed = set().union(*rule.needs) | rule.allow
        if canon <= allowed:
            best.append((max(len(n) for n in met), name))
    if not best:
        hint = HINTS[kind].get(frozenset(canon))
        return Match(None, ambiguous=hint) if hint else NO_MATCH
    top = max(score for score, _ in best)
    names = sorted(name for score, name in best if score == top)
    if len(names) > 1:
        return Match(None, ambiguous=tuple(names))
    return Match(names[0], part=part, item=item, cards=cards)
