"""Display frames for the analysis pages: library columns picked, labelled in Indonesian, kinds for formatting.

Each builder returns (frame, kinds) ready for tables.table_with_downloads; the same frame goes to the CSV and
Excel downloads, so what is on screen and what is downloaded cannot drift apart.
"""

from __future__ import annotations

from typing import Sequence

import polars as pl

from dashboard.text import t

Spec = Sequence[tuple[str, str, str]]  # (library column, text key of the label, kind)


def display(frame: pl.DataFrame, spec: Spec) -> tuple[pl.DataFrame, dict[str, str]]:
    """Select, rename and order columns per spec (columns the frame lacks are skipped)."""
    present = [(col, t(key), kind) for col, key, kind in spec if col in frame.columns]
    out = frame.select([pl.col(col).alias(label) for col, label, _ in present])
    return out, {label: kind for _, label, kind in present}


def _notes(frame: pl.DataFrame, flags: Sequence[tuple[str, str]]) -> pl.Series:
    """A 'Catatan' text per row from boolean flag columns ('' when none is set)."""
    rows = []
    for values in frame.select([c for c, _ in flags]).iter_rows():
        rows.append("; ".join(t(key) for value, (_, key) in zip(values, flags) if value))
    return pl.Series("notes", rows, dtype=pl.String)


COVERAGE_SPEC: Spec = (
    ("name", "col.region", "text"), ("wajib_ktp", "col.wajib_ktp", "int"), ("sudah_rekam", "col.sudah_rekam", "int"),
    ("coverage_pct", "col.coverage_pct", "pct"), ("target_pct", "col.target_pct", "pct"),
    ("coverage_gap_persons", "col.gap_persons", "int"), ("prr", "col.prr", "int"),
    ("blank_stock", "col.blank_stock", "int"), ("notes", "col.notes", "text"), ("period_end", "col.data_until", "date"),
)


def coverage_table(frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, str]]:
    """series.coverage_table -> Cakupan table (lowest coverage first; above 100% and stock < PRR noted)."""
    data = frame.filter(pl.col("wajib_ktp").is_not_null()).sort("coverage_pct", nulls_last=True)
    data = data.with_columns(_notes(data, [("over_100", "note.over_100"), ("stock_below_prr", "note.stock_below_prr")]))
    return display(data, COVERAGE_SPEC)
