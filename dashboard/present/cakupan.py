"""Cakupan perekaman display frames: headline tiles, coverage per region (flags noted), trend, PRR against stock."""

from __future__ import annotations

import polars as pl

from dashboard import fmt, metrics
from dashboard.present.tables import Table, display, notes
from dashboard.text import t

COVERAGE_COLUMNS = ("region_code", "name", "wajib_ktp", "sudah_rekam", "belum_rekam", "coverage_pct", "target_pct",
                    "coverage_gap_persons", "prr", ("blank_stock", "stock"), "notes", ("period_end", "coverage_end"))
TREND_COLUMNS = ("month", "wajib_ktp", "sudah_rekam", "coverage_pct", "target_pct", "prr",
                 ("units_reporting", "coverage_units"))
_FLAGS = (("over_100", "note.over_100"), ("stock_below_prr", "note.stock_below_prr"))


def has_coverage_data(report: dict) -> bool:
    """True when the region has any recording (coverage) report up to as-of."""
    return report.get("wajib_ktp") is not None


def tiles(report: dict) -> list[tuple[str, str, str | None]]:
    """(label, value, flag) of the headline tiles from metrics.region_report; flag marks what needs a look."""
    pct, stock, prr = report.get("coverage_pct"), report.get("stock"), report.get("prr")
    year = report["as_of"].year if report.get("as_of") else ""
    return [
        (metrics.catalog_label("coverage_pct"), fmt.percent(pct),
         t("cakupan.tile.over_100") if pct is not None and pct > 100 else None),
        (t("cakupan.tile.target", year=year), fmt.exact_percent(report.get("target_pct")), None),
        (metrics.catalog_label("coverage_gap_persons"), fmt.number(report.get("coverage_gap_persons")), None),
        (metrics.catalog_label("prr"), fmt.number(prr), None),
        (metrics.catalog_label("stock"), fmt.number(stock), t("cakupan.tile.below_prr") if report.get("stock_below_prr") else None),
    ]


def coverage_table(frame: pl.DataFrame) -> Table:
    """series.coverage_table -> regions that reported, lowest coverage first; above 100% and stock < PRR noted."""
    data = frame.filter(pl.col("wajib_ktp").is_not_null()).sort(["coverage_pct", "name"], nulls_last=True)
    data = data.with_columns(notes(data, _FLAGS))
    return display(data, COVERAGE_COLUMNS)


def trend_table(series: pl.DataFrame) -> Table:
    """series.coverage_series as shown under the trend chart."""
    return display(series, TREND_COLUMNS)


def over_100_names(frame: pl.DataFrame) -> list[str]:
    """Names of regions recording above 100% with their figure ('Kota Tarakan (101,0%)')."""
    rows = frame.filter(pl.col("over_100").fill_null(False)).sort("name")
    return [f"{name} ({fmt.percent(pct)})" for name, pct in rows.select("name", "coverage_pct").iter_rows()]


def below_prr_lines(frame: pl.DataFrame) -> list[str]:
    """One line per region whose blank stock is below its PRR ('Kabupaten Malinau: stok 0 < PRR 4.000')."""
    rows = frame.filter(pl.col("stock_below_prr").fill_null(False)).sort("name")
    return [t("cakupan.prr.line", name=name, stock=fmt.number(stock), prr=fmt.number(prr))
            for name, stock, prr in rows.select("name", "blank_stock", "prr").iter_rows()]
