"""Display frames for on-screen tables: library columns picked, labelled in Indonesian, one formatting kind each.

A builder returns (frame, kinds) for ui.tables.table_with_downloads; the same frame is shown and downloaded, so
the screen, the CSV and the Excel file cannot drift apart. Pure polars (no streamlit): unit-testable.
"""

from __future__ import annotations

from typing import Sequence

import polars as pl

from dashboard import fmt
from dashboard.text import t

Spec = Sequence[tuple[str, str, str]]  # (library column, text key of the label, exports kind)


def display(frame: pl.DataFrame, spec: Spec) -> tuple[pl.DataFrame, dict[str, str]]:
    """Select, rename and order columns per spec (columns the frame lacks are skipped)."""
    present = [(col, t(key), kind) for col, key, kind in spec if col in frame.columns]
    out = frame.select([pl.col(col).alias(label) for col, label, _ in present])
    return out, {label: kind for _, label, kind in present}


def notes(frame: pl.DataFrame, flags: Sequence[tuple[str, str]], name: str = "notes") -> pl.Series:
    """A 'Catatan' text per row from boolean flag columns ('' when none is set)."""
    rows = []
    for values in frame.select([c for c, _ in flags]).iter_rows():
        rows.append("; ".join(t(key) for value, (_, key) in zip(values, flags) if value))
    return pl.Series(name, rows, dtype=pl.String)


def percent_text(value: float | None) -> str:
    """A target as officials write it: 99,2% but 99,04% (two decimals only when the second one is not zero)."""
    if value is None:
        return fmt.EMPTY
    return fmt.percent(value, 2 if round(value, 1) != round(value, 2) else 1)


def number_text(value: float | None) -> str:
    """3 -> '3', 2.5 -> '2,5' (settings such as target months)."""
    if value is None:
        return fmt.EMPTY
    return fmt.number(value, 0 if float(value).is_integer() else 1)
