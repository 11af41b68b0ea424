"""Unggah's tables as shown: per-file counts, row-level problems and warnings, replaced rows (old -> new) and the
upload history, in Bahasa with Indonesian formats. Pure: the ui section lays them out."""

from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

import polars as pl

from dashboard import fmt, regions
from dashboard.text import catalogue, t


def _word(prefix: str, code: Any) -> str:
    key = f"{prefix}.{code}"
    return t(key) if key in catalogue() else str(code or fmt.EMPTY)


def _kind(kind: Any) -> str:
    return _word("ops.kind", kind)


def _state(item: Any) -> str:
    if item.changes_nothing:
        return t("resend.state_no_change")
    return t("ops.unggah.state_ok") if item.accepted else t("ops.unggah.state_refused")


def refused_rows(item: Any) -> int:
    """Rows that would not be written: the whole file when refused, else rows named in its problems."""
    if not item.accepted:
        return item.rows_total
    return len({p.row for p in item.problems if p.row is not None})


def counts_frame(items: Sequence[Any]) -> pl.DataFrame:
    """One row per file: status and what would be (or was) added, replaced, unchanged and refused."""
    rows = [{t("ops.col.file"): i.file_name, t("ops.col.kind"): _kind(i.kind), t("ops.col.status"): _state(i),
             t("ops.col.rows_total"): i.rows_total, t("ops.col.added"): i.rows_added,
             t("ops.col.replaced"): i.rows_replaced, t("ops.col.unchanged"): i.rows_unchanged,
             t("ops.col.refused"): refused_rows(i), t("ops.col.warnings"): len(i.warnings)} for i in items]
    return pl.DataFrame(rows, schema={k: (pl.String if i < 3 else pl.Int64) for i, k in enumerate(rows[0])})


def findings_frame(findings: Sequence[Any]) -> pl.DataFrame:
    """Row-level problems or warnings as a table: file, row, column, value, message (plain text warnings too)."""
    cols = ("ops.col.file", "ops.col.row", "ops.col.column", "ops.col.value", "ops.col.message")
    rows = [(getattr(f, "file", None), getattr(f, "row", None), getattr(f, "column", None),
             None if getattr(f, "value", None) is None else str(f.value), getattr(f, "message", str(f)))
            for f in findings]
    return pl.DataFrame(rows, schema={t(c): (pl.Int64 if c == "ops.col.row" else pl.String) for c in cols},
                        orient="row")


def replaced_frame(details: Any) -> pl.DataFrame:
    """Replaced rows as shown: spreadsheet row, code, region, item, period and each changed value, old -> new."""
    rows = []
    for r in details.replaced:
        region = regions.get(r.region_code)
        period = _period(r.period_start, r.period_end)
        change = "; ".join(f"{_field(name)} {_value(old)} → {_value(new)}" for name, old, new in r.changes)
        rows.append((r.source_row, r.region_code, region.name if region else r.region_code,
                     t(f"item.{r.item}") if r.item else fmt.EMPTY, period, change))
    cols = ("ops.col.row", "ops.col.code", "ops.col.region", "preview.col.item", "preview.col.period",
            "preview.col.change")
    return pl.DataFrame(rows, schema={t(c): (pl.Int64 if c == "ops.col.row" else pl.String) for c in cols},
                        orient="row")


def _period(start: dt.date, end: dt.date) -> str:
    """'12 Mar 2024' (a day), 'Mar 2024' (a whole month), '4 Mar 2024 – 10 Mar 2024' otherwise."""
    if start == end:
        return fmt.date(end)
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1 and (start.year, start.month) == (end.year, end.month):
        return fmt.month(start)
    return f"{fmt.date(start)} – {fmt.date(end)}"


def _field(name: str) -> str:
    key = f"import.field.{name}"
    return t(key) if key in catalogue() else name.replace("_", " ")


def _value(value: Any) -> str:
    if value is None:
        return fmt.EMPTY
    if isinstance(value, float) and value != int(value):
        return fmt.trimmed(value, 2)
    return fmt.number(value) if isinstance(value, (int, float)) else str(value)


def history_frame(history: pl.DataFrame) -> pl.DataFrame:
    """The uploads table as shown: time (WIB), file, uploader, kind, source and row counts."""
    return history.select(
        pl.col("upload_id").alias(t("ops.col.upload_id")),
        pl.col("uploaded_at").map_elements(when, return_dtype=pl.String).alias(t("ops.col.time")),
        pl.col("file_name").alias(t("ops.col.file")),
        pl.col("uploader").alias(t("ops.col.uploader")),
        pl.col("kind").map_elements(_kind, return_dtype=pl.String).alias(t("ops.col.kind")),
        pl.col("source").map_elements(lambda v: _word("ops.source", v), return_dtype=pl.String)
        .alias(t("ops.col.source")),
        pl.col("rows_added").alias(t("ops.col.added")),
        pl.col("rows_replaced").alias(t("ops.col.replaced")),
        pl.col("rows_unchanged").alias(t("ops.col.unchanged")),
        pl.col("warnings").alias(t("ops.col.warnings")),
    )


def when(value: Any) -> str:
    return f"{fmt.date(value)} {value:%H:%M}" if value is not None else fmt.EMPTY
