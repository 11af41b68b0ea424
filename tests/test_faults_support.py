"""Helpers for the auth/fault/backup tests: real export files (CSV bytes) and CLI subprocesses with a pause hook."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from dashboard import fmt, regions

ROOT = Path(__file__).resolve().parents[1]
STOCK_HEADER = "tanggal;kode_wilayah;nama_wilayah;jenis;stok_awal;penerimaan;distribusi;pemakaian;rusak;stok_akhir"
COVERAGE_HEADER = "tanggal;kode_wilayah;nama_wilayah;wajib_ktp;sudah_rekam;belum_rekam;prr;sudah_cetak;persentase"


def _num(value) -> str:
    return "" if value is None else fmt.number(value)


def _day(row: dict) -> str:
    if row["granularity"] == "bulanan":
        return f"{fmt.MONTHS[row['period_end'].month - 1]} {row['period_end'].year}"
    return row["period_end"].strftime("%d/%m/%Y")


def stock_csv(rows: list[dict], *, names: bool = True) -> bytes:
    """A stok export (';' separated, Indonesian numbers and dates) of ledger-shaped dicts."""
    lines = [STOCK_HEADER]
    for r in rows:
        name = regions.get(r["region_code"]).name if names and regions.get(r["region_code"]) else ""
        lines.append(";".join([_day(r), r["region_code"], name, r["item"], _num(r["stok_awal"]), _num(r["penerimaan"]),
                               _num(r["distribusi"]), _num(r["pemakaian"]), _num(r["rusak"]), _num(r["stok_akhir"])]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def coverage_csv(rows: list[dict]) -> bytes:
    """A perekaman export of coverage-shaped dicts."""
    lines = [COVERAGE_HEADER]
    for r in rows:
        name = regions.get(r["region_code"]).name
        lines.append(";".join([_day(r), r["region_code"], name, _num(r["wajib_ktp"]), _num(r["sudah_rekam"]),
                               _num(r["belum_rekam"]), _num(r["prr"]), _num(r["sudah_cetak"]), ""]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def ledger(code: str, start: dt.date, days: int, *, opening: int = 50_000, use: int = 40, item: str = "blangko",
           receipts: dict[int, int] | None = None) -> list[dict]:
    """Consistent daily rows for one region: opening stock, constant use, optional receipts on day offsets."""
    rows, stock = [], opening
    for i in range(days):
        day = start + dt.timedelta(days=i)
        rec = (receipts or {}).get(i, 0)
        used = min(use, stock + rec)
        rows.append(dict(region_code=code, item=item, period_start=day, period_end=day, granularity="harian",
                         stok_awal=stock, penerimaan=rec, distribusi=0, pemakaian=used, rusak=0,
                         stok_akhir=stock + rec - used))
        stock += rec - used
    return rows


def big_stock_file(days: int = 120, province: str = "65") -> bytes:
    """A province's warehouse and every kab/kota for `days` days (a few thousand rows)."""
    start = dt.date(2024, 1, 1)
    return stock_csv([r for code in regions.members(province) for r in ledger(code, start, days)])


def write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m dashboard ARGS` in a real process."""
    return subprocess.run([sys.executable, "-m", "dashboard", *args], text=True, capture_output=True, cwd=ROOT,
                          env=env(), timeout=timeout)


# Runs the real CLI, but every write transaction pauses after its body and before its commit: it prints
# IN_TRANSACTION and sleeps, so a test can kill it (or race it) at exactly that point. Only test code patches.
_PAUSED_CLI = textwrap.dedent("""
    import sys, time
    from contextlib import contextmanager
    from dashboard.store import connection as store_mod
    _orig = store_mod.Store.writing
    PAUSE = float(sys.argv[1])

    @contextmanager
    def writing(self):
        with _orig(self) as cur:
            yield cur
            n = cur.execute("select count(*) from stock_ledger").fetchall()[0][0]
            print(f"IN_TRANSACTION rows={n}", flush=True)
            time.sleep(PAUSE)

    store_mod.Store.writing = writing
    from dashboard.cli import main
    sys.exit(main(sys.argv[2:]))
""")


def paused_cli(pause: float, *args: str) -> subprocess.Popen:
    """Start `python -m dashboard ARGS` whose write transactions pause `pause` seconds before committing."""
    return subprocess.Popen([sys.executable, "-c", _PAUSED_CLI, str(pause), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env())
