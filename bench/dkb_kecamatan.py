"""How fast a national kecamatan-level DKB file (7,285 rows) imports: parse alone, and apply into a fresh store.

Usage: python bench/dkb_kecamatan.py [--runs 3]
The file has the DKB shape: two title rows, a two-row header (WAJIB KTP / REKAM / BELUM REKAM over LK | PR | JML),
SEMESTER and TAHUN columns, Indonesian numbers, a JUMLAH row. Run by hand (timings are not asserted anywhere).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import xlsxwriter  # noqa: E402

from dashboard import importer, regions  # noqa: E402
from dashboard.store import Store  # noqa: E402

TODAY = dt.date(2026, 11, 23)
HEAD = [["NO", "KODE", "KECAMATAN", "SEMESTER", "TAHUN", "WAJIB KTP", None, None, "REKAM", None, None,
         "BELUM REKAM", None, None],
        [None, None, None, None, None, "LK", "PR", "JML", "LK", "PR", "JML", "LK", "PR", "JML"]]


def rows(seed: int = 3) -> list[list[object]]:
    rng = random.Random(seed)
    kecamatan = [k for kab in regions.all_regions() if kab.code.count(".") == 1 for k in regions.children(kab.code)]
    out: list[list[object]] = [["DATA KEPENDUDUKAN BERSIH (DKB) SEMESTER I TAHUN 2024"],
                               ["REKAPITULASI PEREKAMAN KTP-EL PER KECAMATAN"], [], *HEAD]
    for n, kec in enumerate(kecamatan, start=1):
        lk, pr = rng.randint(2_000, 60_000), rng.randint(2_000, 60_000)
        rlk, rpr = lk - rng.randint(0, 500), pr - rng.randint(0, 500)
        out.append([n, kec.code, kec.name, "I", 2024, lk, pr, lk + pr, rlk, rpr, rlk + rpr, lk - rlk, pr - rpr,
                    lk + pr - rlk - rpr])
    out.append(["JUMLAH"] + [None] * 13)
    return out


def csv_bytes(table: list[list[object]]) -> bytes:
    def cell(v: object) -> str:
        if v is None:
            return ""
        return f"{v:,}".replace(",", ".") if isinstance(v, int) and v >= 10_000 else str(v)

    return ("\n".join(";".join(cell(v) for v in row) for row in table) + "\n").encode()


def xlsx_bytes(table: list[list[object]]) -> bytes:
    buf = io.BytesIO()
    with xlsxwriter.Workbook(buf, {"in_memory": True}) as book:
        sheet = book.add_worksheet("DKB")
        for r, row in enumerate(table):
            for c, v in enumerate(row):
                if v is not None:
                    sheet.write(r, c, v)
    return buf.getvalue()


def best(runs: int, fn) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    table = rows()
    print(f"kecamatan rows: {len(table) - 6:,}")
    for kind, data in (("csv", csv_bytes(table)), ("xlsx", xlsx_bytes(table))):
        name = f"dkb_kecamatan_s1_2024.{kind}"
        secs, parsed = best(args.runs, lambda: importer.read_export(name, data, today=TODAY))
        assert parsed.accepted, [str(p) for p in parsed.problems[:3]]
        rows_read = parsed.frames["perekaman"].height
        print(f"{kind}: {len(data) / 1e6:.1f} MB, parse {secs * 1000:.0f} ms ({rows_read:,} rows)")

        def apply() -> object:
            with tempfile.TemporaryDirectory() as folder:
                store = Store.open(Path(folder) / "ektp.duckdb", linger_seconds=0)
                try:
                    return importer.apply_files(store, [(name, data)], uploader="bench", source="cli", today=TODAY)
                finally:
                    store.close()

        secs, results = best(args.runs, apply)
        assert results[0].accepted
        print(f"{kind}: apply into a fresh store {secs * 1000:.0f} ms (best of {args.runs}, store creation included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
