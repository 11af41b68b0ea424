"""Cakupan perekaman display frames: headline tiles, coverage per region (flags noted), trend, PRR against stock."""

from __future__ import annotations

import polars as pl

from dashboard import fmt
from dashboard.present.tables import Spec, display, notes, percent_text
from dashboard.text import t

Table = tuple[pl.DataFrame, dict[str, str]]

COVERAGE_SPEC: Spec = (
    ("region_code", "col.region_code", "text"), ("name", "col.region", "text"),
    ("wajib_ktp", "col.wajib_ktp", "int"), ("sudah_rekam", "col.sudah_rekam", "int"),
    ("belum_rekam", "col.belum_rekam", "int"), ("coverage_pct", "col.coverage_pct", "pct"),
    # The target is text: exports has no two-decimal percent, and 99,04% must not show as 99,0%.
    ("target_text", "col.target_pct", "text"), ("coverage_gap_persons", "col.coverage_gap_persons", "int"),
    ("prr", "col.prr", "int"), ("blank_stock", "col.blank_stock", "int"), ("notes", "col.notes", "text"),
    ("period_end", "col.data_until", "date"),
)
TREND_SPEC: Spec = (
    ("month", "series.col.month", "month"), ("wajib_ktp", "col.wajib_ktp", "int"),
    ("sudah_rekam", "col.sudah_rekam", "int"), ("coverage_pct", "col.coverage_pct", "pct"),
    ("target_text", "col.target_pct", "text"), ("prr", "col.prr", "int"),
    ("units_reporting", "cakupan.col.units_reporting", "int"),
)
_FLAGS = (("over_100", "note.over_100"), ("stock_below_prr", "note.stock_below_prr"))


def _with_target_text(frame: pl.DataFrame) -> pl.DataFrame:
    texts = [percent_text(v) for v in frame["target_pct"].to_list()]
    return frame.with_columns(pl.Series("target_text", texts, dtype=pl.String))


def has_coverage_data(report: dict) -> bool:
    """True when the region has any recording (coverage) report up to as-of."""
    return report.get("wajib_ktp") is not None


def tiles(report: dict) -> list[tuple[str, str, str | None]]:
    """(label, value, flag) of the headline tiles from metrics.region_report; flag marks what needs a look."""
    pct, stock, prr = report.get("coverage_pct"), report.get("stock"), report.get("prr")
    year = report["as_of"].year if report.get("as_of") else ""
    return [
        (t("col.coverage_pct"), fmt.percent(pct),
         t("cakupan.tile.over_100") if pct is not None and pct > 100 else None),
        (t("cakupan.tile.target", year=year), percent_text(report.get("target_pct")), None),
        (t("col.coverage_gap_persons"), fmt.number(report.get("coverage_gap_persons")), None),
        (t("col.prr"), fmt.number(prr), None),
        (t("col.stock"), fmt.number(stock), t("cakupan.tile.below_prr") if report.get("stock_below_prr") else None),
    ]


def coverage_table(frame: pl.DataFrame) -> Table:
    """series.coverage_table -> regions that reported, lowest coverage first; above 100% and stock < PRR noted."""
    data = frame.filter(pl.col("wajib_ktp").is_not_null()).sort(["coverage_pct", "name"], nulls_last=True)
    data = _with_target_text(data).with_columns(notes(data, _FLAGS))
    return display(data, COVERAGE_SPEC)


def trend_table(series: pl.DataFrame) -> Table:
    """series.coverage_series as shown under the trend chart."""
    return display(_with_target_text(series), TREND_SPEC)


def over_100_names(frame: pl.DataFrame) -> list[str]:
    """Names of regions recording above 100% with their figure ('Kota Tarakan (101,0%)')."""
    rows = frame.filter(pl.col("over_100").fill_null(False)).sort("name")
    return [f"{name} ({fmt.percent(pct)})" for name, pct in rows.select("name", "coverage_pct").iter_rows()]


def below_prr_lines(frame: pl.DataFrame) -> list[str]:
    """One line per region whose blank stock is below its PRR ('Kabupaten Malinau: stok 0 < PRR 4.000')."""
    rows = frame.filter(pl.col("stock_below_prr").fill_null(False)).sort("name")
    return [t("cakupan.prr.line", name=name, stock=fmt.number(stock), prr=fmt.number(prr))
            for name, stock, prr in rows.select("name", "blank_stock", "prr").iter_rows()]
