"""Helpers for the bad-day tests: damaged store files, a store with real uploads, big XLSX built fast, the CLI
run in-process with its exit code and output."""

from __future__ import annotations

import base64
import datetime as dt
import io
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from test_faults_support import coverage_csv, ledger, stock_csv
from xlsxwriter.utility import xl_col_to_name

from dashboard import codes, regions
from dashboard.admin import auth
from dashboard.importer import apply as ingest
from dashboard.store import Store

START = dt.date(2024, 1, 1)
PW = "Rahasia-Dukcapil-1"
DAMAGE = ("truncated", "garbled", "empty", "bad_header")


def fill(store: Store) -> list:
    """Three real uploads (archived, with manifests), a correction among them, and two accounts."""
    auth.add_user(store, "pusat", "admin", None, PW)
    auth.add_user(store, "bulungan", "kabkota", "65.01", PW)
    files = [
        ("kaltara.csv", stock_csv(ledger("65", START, 40, opening=90_000, use=0) + ledger("65.01", START, 40))),
        ("tarakan.csv", stock_csv(ledger("65.71", START, 40, use=55))),
        ("rekam.csv", coverage_csv([dict(region_code="65.01", period_start=dt.date(2024, 2, 1),
                                         period_end=dt.date(2024, 2, 29), granularity="bulanan", wajib_ktp=50_000,
                                         sudah_rekam=49_000, belum_rekam=1_000, prr=500, sudah_cetak=48_000)])),
        ("bulungan_revisi.csv", stock_csv(ledger("65.01", START + dt.timedelta(days=10), 5, opening=49_600, use=70))),
    ]
    results = ingest.apply_files(store, files, uploader="pusat", source="cli", today=dt.date(2024, 6, 1))
    assert all(r.accepted and r.upload_id for r in results), [r.message() for r in results]
    return results


def damage(path: Path, how: str) -> None:
    """Damage a closed store file the ways a bad copy, a full disk or a dying disk leave it."""
    data = bytearray(path.read_bytes())
    path.with_name(path.name + ".wal").unlink(missing_ok=True)
    if how == "truncated":
        data = data[: len(data) // 3]
    elif how == "garbled":  # flipped bytes at the start of every block (after its checksum), headers intact
        for start in range(3 * 4096, len(data), 262_144):
            for i in range(start + 8, min(start + 4000, len(data))):
                data[i] ^= 0x5A
    elif how == "empty":
        data = bytearray()
    elif how == "bad_header":
        data[0:64] = b"\xff" * 64
    else:
        raise ValueError(how)
    path.write_bytes(bytes(data))


def sheet_xml(rows: list[list], *, refs: bool = True) -> str:
    """A worksheet with numbers as numbers and text as inline strings (what some district systems write);
    refs=False leaves out the cell addresses (optional in the format) for a denser sheet."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, cells in enumerate(rows, 1):
        parts = []
        for c, v in enumerate(cells):
            ref = f' r="{xl_col_to_name(c)}{r}"' if refs else ""  # 0 -> A, 26 -> AA
            if isinstance(v, (int, float)):
                parts.append(f"<c{ref}><v>{v}</v></c>")
            elif v is not None:
                parts.append(f'<c{ref} t="inlineStr"><is><t>{escape(str(v))}</t></is></c>')
            elif not refs:
                parts.append("<c/>")  # keeps the next cells in their columns
        out.append(f'<row r="{r}">{"".join(parts)}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


def workbook(sheets: dict[str, str], *, hidden: tuple[str, ...] = ()) -> bytes:
    """A minimal valid XLSX of named worksheets (XML as given)."""
    names = list(sheets)
    buf = io.BytesIO()
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.'
                      f'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))
            + "</Types>"))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"))
        z.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            + "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"'
                      + (' state="hidden"' if n in hidden else "") + "/>" for i, n in enumerate(names))
            + "</sheets></workbook>"))
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                      for i in range(len(names)))
            + "</Relationships>"))
        for i, name in enumerate(names):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", sheets[name])
    return buf.getvalue()


HEADER = ["tanggal", "kode_wilayah", "nama_wilayah", "jenis", "stok_awal", "penerimaan", "distribusi", "pemakaian",
          "rusak", "stok_akhir", "keterangan"]


def big_stock_rows(n: int, *, note: int, seed: int = 5) -> list[list]:
    """n valid daily stock rows (every kab/kota and warehouse, three items, day after day from 2023) with a
    random note of `note` characters each: real data that does not compress away."""
    # Province codes that BPS and Kemendagri read differently (around Papua) need a name column: left out here.
    units = [r.code for r in regions.reporting_regions() if codes.read_code(r.code).problem is None]
    noise = base64.b64encode(random.Random(seed).randbytes(n * note)).decode()  # 6 random bits a character
    rows: list[list] = [HEADER]
    day = dt.date(2023, 1, 1)
    while len(rows) <= n:
        text = day.strftime("%d/%m/%Y")
        for code in units:
            for item in ("blangko", "ribbon", "film"):
                if len(rows) > n:
                    break
                at = (len(rows) - 1) * note
                rows.append([text, code, None, item, 1000, 0, 0, 40, 0, 960, noise[at:at + note]])
        day += dt.timedelta(days=1)
    return rows
