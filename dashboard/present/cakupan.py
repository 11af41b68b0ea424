"""Cakupan perekaman display frames: headline tiles, coverage per region (flags noted), trend, PRR against stock."""

from __future__ import annotations

import polars as pl

from dashboard import fmt, metrics
from dashboard.present.tables import Table, display
from dashboard.text import t

COVERAGE_COLUMNS = ("region_code", "name", "wajib_ktp", "sudah_rekam", "belum_rekam", "coverage_pct", "target_pct",
                    "coverage_gap_persons", "prr", ("blank_stock", "stock"), "notes", ("period_end", "coverage_end"))
TREND_COLUMNS = ("month", "wajib_ktp", "sudah_rekam", "coverage_pct", "target_pct", "prr",
                 ("units_reporting", "coverage_units"))
_FLAGS = (("over_100", "note.over_100"), ("stock_below_prr", "note.stock_below_prr"))


def _notes(frame: pl.DataFrame) -> pl.Series:
    """The Catatan of each row: a unit's own flags; a province's counts of its flagged units (one count, one list:
    metrics.over_100_units / below_prr_units), never its pooled figures alone."""
    out = []
    for row in frame.iter_rows(named=True):
        if row.get("level") == "provinsi":
            parts = [t("cakupan.note.units_over_100", n=fmt.number(row["units_over_100"])) if row["units_over_100"]
                     else "", t("cakupan.note.units_below_prr", n=fmt.number(row["units_below_prr"]))
                     if row["units_below_prr"] else ""]
        else:
            parts = [t(key) if row.get(col) else "" for col, key in _FLAGS]
        out.append("; ".join(p for p in parts if p))
    return pl.Series("notes", out, dtype=pl.String)


def has_coverage_data(report: dict) -> bool:
    """True when the region has any recording (coverage) report up to as-of."""
    return report.get("wajib_ktp") is not None


def tiles(report: dict) -> list[tuple[str, str, str | None]]:
    """(label, value, flag) of the headline tiles from metrics.region_report; flag marks what needs a look."""
    pct, stock, prr = report.get("coverage_pct"), report.get("stock"), report.get("prr")
    year = report["as_of"].year if report.get("as_of") else ""
    over, below = report.get("units_over_100") or 0, report.get("units_below_prr") or 0
    return [
        (metrics.catalog_label("coverage_pct"), fmt.percent(pct),
         t("cakupan.tile.over_100") if report.get("coverage_over_100") else None),
        (t("cakupan.tile.target", year=year), fmt.exact_percent(report.get("target_pct")), None),
        (metrics.catalog_label("coverage_gap_persons"), fmt.number(report.get("coverage_gap_persons")), None),
        (metrics.catalog_label("prr"), fmt.number(prr), None),
        (metrics.catalog_label("stock"), fmt.number(stock), t("cakupan.tile.below_prr") if report.get("stock_below_prr") else None),
        # every face counts the same units (metrics.below_prr_units / over_100_units); the flag names the tab
        # that lists them (the page shows one tab at a time)
        (metrics.catalog_label("units_below_prr"), fmt.number(below),
         t("cakupan.tile.units_flag", tab=t("tab.prr")) if below else None),
        (metrics.catalog_label("units_over_100"), fmt.number(over),
         t("cakupan.tile.units_flag", tab=t("tab.regions")) if over else None),
    ]


def coverage_table(frame: pl.DataFrame) -> Table:
    """series.coverage_table -> regions that reported, lowest coverage first; above 100% and stock < PRR noted."""
    data = frame.filter(pl.col("wajib_ktp").is_not_null()).sort(["coverage_pct", "name"], nulls_last=True)
    data = data.with_columns(_notes(data))
    return display(data, COVERAGE_COLUMNS)


def trend_table(series: pl.DataFrame) -> Table:
    """series.coverage_series as shown under the trend chart."""
    return display(series, TREND_COLUMNS)


def over_100_names(units: pl.DataFrame) -> list[str]:
    """metrics.over_100_units -> 'Kota Tarakan (101,0%)', enough decimals never to show 100,0% (100,04%)."""
    return [f"{name} ({fmt.percent(pct)})" for name, pct in units.select("name", "coverage_pct").iter_rows()]


def below_prr_lines(units: pl.DataFrame) -> list[str]:
    """metrics.below_prr_units -> one line per unit ('Kabupaten Malinau: stok 0 < PRR 4.000'), largest gap first."""
    return [t("cakupan.prr.line", name=name, stock=fmt.number(stock), prr=fmt.number(prr))
            for name, stock, prr in units.select("name", "stock", "prr").iter_rows()]
