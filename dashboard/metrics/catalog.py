"""The catalog of every column the dashboard shows: name, type, label, unit and how a cell is written, defined once.

The screen tables, the CSV/Excel downloads, the briefing PDF and workbook and the command-line summary all label and
format a column from here, so the same metric reads the same everywhere. `kind` names how a value is written (see
dashboard.present.exports.format_value): int, dec1, rate, days, date, month, pct, pct_target, status, level, item,
flag, state, check, text.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from dashboard.text import t


@dataclass(frozen=True)
class Column:
    """One column: its frame name, dtype, label text key, unit text key (None when the label says it all), kind."""

    name: str
    dtype: pl.DataType
    label_key: str
    kind: str
    unit_key: str | None = None

    @property
    def unit(self) -> str | None:
        return t(self.unit_key) if self.unit_key else None

    @property
    def label(self) -> str:
        """'Stok blangko (keping)': the label with its unit, as every table and file heads the column."""
        unit = self.unit
        return f"{t(self.label_key)} ({unit})" if unit else t(self.label_key)


def _c(name: str, dtype: pl.DataType, kind: str, unit: str | None = None, label: str | None = None) -> Column:
    return Column(name, dtype, f"col.{label or name}", kind, f"unit.{unit}" if unit else None)


I, F, D, S, B = pl.Int64, pl.Float64, pl.Date, pl.String, pl.Boolean

# The metrics of a unit or region, in the order the tables and the JSON show them (the frame columns).
_METRICS = (
    _c("stock", I, "int", "keping"), _c("own_stock", I, "int", "keping"),
    _c("burn_rate_per_day", F, "rate", "keping_per_day"), _c("days_of_cover", F, "days", "days"),
    _c("stockout_date", D, "date"), _c("stockout_since", D, "date"),
    _c("amc", F, "int", "keping"), _c("months_of_stock", F, "dec1", "months"),
    _c("status", S, "status"), _c("blangko_status", S, "status"), _c("ribbon_status", S, "status"),
    _c("film_status", S, "status"),
    _c("units_total", I, "int"), _c("units_habis", I, "int"), _c("units_kritis", I, "int"),
    _c("units_waspada", I, "int"), _c("units_aman", I, "int"), _c("units_berlebih", I, "int"),
    _c("units_tanpa_data", I, "int"), _c("units_at_risk", I, "int"), _c("stockout_rate_pct", F, "pct"),
    _c("at_risk_pct", F, "pct"),
    _c("target_stock", I, "int", "keping"), _c("suggested_request", I, "int", "keping"),
    _c("ribbon_stock", I, "int", "buah"), _c("ribbon_cards", I, "int"),
    _c("ribbon_days_of_cover", F, "days", "days"), _c("ribbon_stockout_since", D, "date"),
    _c("ribbons_needed_for_stock", I, "int", "buah"), _c("ribbon_target", I, "int", "buah"),
    _c("ribbon_request", I, "int", "buah"),
    _c("film_stock", I, "int", "rol"), _c("film_cards", I, "int"),
    _c("film_days_of_cover", F, "days", "days"), _c("film_stockout_since", D, "date"),
    _c("films_needed_for_stock", I, "int", "rol"), _c("film_target", I, "int", "rol"),
    _c("film_request", I, "int", "rol"),
    _c("printable_cards", I, "int"), _c("printable_days_of_cover", F, "days", "days"),
    _c("binding_constraint", S, "item"),
    _c("wajib_ktp", I, "int", "orang"), _c("sudah_rekam", I, "int", "orang"), _c("coverage_pct", F, "pct"),
    _c("coverage_over_100", B, "flag"), _c("units_over_100", I, "int"),
    _c("target_pct", F, "pct_target"), _c("coverage_gap_persons", I, "int", "orang"), _c("prr", I, "int"),
    _c("stock_below_prr", B, "flag"), _c("units_below_prr", I, "int"),
    _c("last_report", D, "date"), _c("stale_regions", I, "int"),
)
# Keys of a row and the other columns tables show beside the metrics (series, quality lists, briefing).
_OTHERS = (
    _c("region_code", S, "text"), _c("name", S, "text"), _c("level", S, "level"), _c("province_code", S, "text"),
    _c("belum_rekam", I, "int", "orang"), _c("notes", S, "text"), _c("coverage_end", D, "date"),
    _c("coverage_units", I, "int"),
    _c("period", D, "date"), _c("period_end", D, "date"), _c("month", D, "month"),
    _c("consumption", F, "int", "keping"), _c("pemakaian", F, "int", "keping"), _c("rusak", F, "int", "keping"),
    _c("penerimaan", F, "int", "keping"), _c("distribusi", F, "int", "keping"),
    _c("penerimaan_external", F, "int", "keping"), _c("transfers_out", F, "int", "keping"),
    _c("stocked_out_units", I, "int"), _c("units_reporting", I, "int"), _c("share_pct", F, "pct"),
    _c("units_with_status", I, "int"),
    _c("stockout_days", I, "int"), _c("stockout_when", S, "text"), _c("short_items", S, "text"),
    _c("partial", B, "flag"),
    # the redistribution plan (metrics.plan): moves, and each unit before and after them
    _c("from_name", S, "text"), _c("to_name", S, "text"), _c("quantity", I, "int"), _c("qty_unit", S, "text"),
    _c("status_after", S, "status"), _c("stock_after", I, "int", "keping"), _c("ribbon_stock_after", I, "int", "buah"),
    _c("film_stock_after", I, "int", "rol"), _c("days_of_cover_after", F, "days", "days"),
    _c("printable_days_of_cover_after", F, "days", "days"), _c("moves", I, "int"),
    _c("units_below_target_before", I, "int"), _c("units_below_target_after", I, "int"),
    _c("status_before", S, "status"), _c("stock_before", I, "int", "keping"),
    _c("expected", I, "int"), _c("on_time", I, "int"), _c("late", I, "int"), _c("missing", I, "int"),
    _c("rate_pct", F, "pct"), _c("on_time_pct", F, "pct"), _c("state", S, "state"),
    _c("item", S, "item"), _c("period_start", D, "date"), _c("period_last", D, "date"),
    _c("ledger_check", S, "check"), _c("reported_value", I, "int"), _c("computed", I, "int"),
    _c("difference", I, "int"), _c("reported_name", S, "text"), _c("message", S, "text"),
    _c("last_period", D, "date"), _c("rows", I, "int"), _c("days_since", I, "days", "days"),
)
# Coverage by kecamatan and the jemput-bola plan (issue 16; labels in text/id_outreach.py).
_OUTREACH = (
    _c("kecamatan", S, "text"), _c("kecamatan_reported", I, "int"), _c("kecamatan_total", I, "int"),
    _c("wajib_ktp_kecamatan", I, "int", "orang"), _c("sudah_rekam_kecamatan", I, "int", "orang"),
    _c("wajib_ktp_difference", I, "int", "orang"), _c("sudah_rekam_difference", I, "int", "orang"),
    _c("wajib_ktp_before", I, "int", "orang"), _c("wajib_ktp_growth", I, "int", "orang"),
    _c("new_persons", I, "int", "orang"), _c("backlog_persons", I, "int", "orang"), _c("rank", I, "int"),
    _c("first_day", I, "int"), _c("last_day", I, "int"), _c("start_date", D, "date"), _c("end_date", D, "date"),
    _c("measure", S, "text"), _c("figure", S, "text"),
)
CATALOG: dict[str, Column] = {c.name: c for c in (*_METRICS, *_OTHERS, *_OUTREACH)}
# Every metric column, in order, with its dtype (region_table, units_in and every table follow it).
METRICS: dict[str, pl.DataType] = {c.name: c.dtype for c in _METRICS}
# Report keys (region_report, `report --json`) that nest several frame columns: key -> {sub-key: column}.
COMPOSITES: dict[str, dict[str, str]] = {
    "status_by_item": {"blangko": "blangko_status", "ribbon": "ribbon_status", "film": "film_status"},
    "units_by_status": {s: f"units_{s}" for s in ("habis", "kritis", "waspada", "aman", "berlebih", "tanpa_data")},
}
_NESTED = {col: key for key, members in COMPOSITES.items() for col in members.values()}


def _report_keys() -> tuple[str, ...]:
    keys: list[str] = []
    for name in METRICS:
        key = _NESTED.get(name, name)
        if key not in keys:
            keys.append(key)
    return tuple(keys)


# The keys of a report after region, name, level, as_of: METRICS with each composite in place of its columns.
REPORT: tuple[str, ...] = _report_keys()


def composite_value(row: dict) -> dict:
    """The REPORT keys of a frame row, composites as nested dicts ({'blangko': 'aman', 'ribbon': None, ...})."""
    out = {}
    for key in REPORT:
        members = COMPOSITES.get(key)
        out[key] = {sub: row[col] for sub, col in members.items()} if members else row[key]
    return out


def report_value(report: dict, name: str):
    """A metric column's value in a report dict, also for the columns nested in a composite."""
    key = _NESTED.get(name)
    if key is None:
        return report[name]
    sub = next(s for s, col in COMPOSITES[key].items() if col == name)
    return report[key][sub]


def column(name: str) -> Column:
    """The catalog entry of a column; KeyError names the column when a table asks for one the catalog lacks."""
    try:
        return CATALOG[name]
    except KeyError:
        raise KeyError(f"column {name!r} is not in dashboard.metrics.catalog") from None


def label(name: str) -> str:
    """The label of a column, as every face shows it."""
    return column(name).label
