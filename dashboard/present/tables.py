"""Display frames: the columns a table shows, labelled and formatted from the metric catalog, in their final order.

A builder returns (frame, kinds) for ui.widgets.table_with_downloads and for the briefing; the same frame is shown
and downloaded, so the screen, the CSV, the Excel file and the PDF cannot drift apart. Pure polars (no streamlit).
"""

from __future__ import annotations

from typing import Sequence

import polars as pl

from dashboard import metrics
from dashboard.present.exports import WORD_KINDS, word
from dashboard.text import t

# A column to show: its name in the frame (also its catalog entry), or (frame column, catalog entry) when a frame
# carries a column under another name (the ledger list's 'reported' is the catalog's 'reported_value').
Shown = str | tuple[str, str]
Table = tuple[pl.DataFrame, dict[str, str]]


def display(frame: pl.DataFrame, columns: Sequence[Shown]) -> Table:
    """Select, label and order columns from the catalog (columns the frame lacks are skipped); kinds by label."""
    picked = []
    for entry in columns:
        source, name = (entry, entry) if isinstance(entry, str) else entry
        if source in frame.columns:
            picked.append((source, metrics.catalog_column(name)))
    out = frame.select([pl.col(source).alias(col.label) for source, col in picked])
    kinds = {col.label: col.kind for _, col in picked}
    # Codes become their words in the frame itself (level, item, yes/no, report state, ledger check), so the grid,
    # its sorting and every file read the same text; a status stays a code because its colour follows it.
    worded = [label for label, kind in kinds.items() if kind in WORD_KINDS and kind != "status"]
    if worded and out.height:
        out = out.with_columns(pl.col(label).map_elements(lambda v, k=kinds[label]: word(v, k), return_dtype=pl.String,
                                                          skip_nulls=False) for label in worded)
    return out, {label: "text" if label in worded else kind for label, kind in kinds.items()}


def labels(columns: Sequence[Shown]) -> list[str]:
    """The labels a display of these columns would carry (for tests and fixed layouts such as PDF widths)."""
    return [metrics.catalog_column(e if isinstance(e, str) else e[1]).label for e in columns]


def notes(frame: pl.DataFrame, flags: Sequence[tuple[str, str]], name: str = "notes") -> pl.Series:
    """A 'Catatan' text per row from boolean flag columns ('' when none is set)."""
    rows = []
    for values in frame.select([c for c, _ in flags]).iter_rows():
        rows.append("; ".join(t(key) for value, (_, key) in zip(values, flags) if value))
    return pl.Series(name, rows, dtype=pl.String)
