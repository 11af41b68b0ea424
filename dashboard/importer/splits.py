"""Counts split by sex: the total (jml) column when there is one, else lk + pr added; when all three are there,
jml = lk + pr is checked and a difference kept as a data-quality warning."""

from __future__ import annotations

import polars as pl

from dashboard import fmt
from dashboard.importer import numbers
from dashboard.importer.header import Cell
from dashboard.importer.rowperiods import emit_at
from dashboard.importer.validate import SheetCheck
from dashboard.text import t

FLAG = "jml_mismatch"
_REASONS = {r: f"import.row.number.{r}" for r in (numbers.BAD, numbers.MIXED, numbers.FRACTION, numbers.NEGATIVE,
                                                  numbers.TOO_BIG)}


def values(check: SheetCheck, body: pl.DataFrame, cell: Cell) -> pl.Series:
    """One count column parsed (Indonesian rules), its refused cells reported under its own header."""
    text = body[cell.name]
    native = text.str.contains(r"^-?\d+$").fill_null(False) if check.sheet.natives is not None else None
    parsed = numbers.parse_column(text, native, integer=True)
    report = parsed.with_columns(_row=body["_row"], value=text)
    for reason, key in _REASONS.items():
        emit_at(check, report.filter(pl.col("reason") == reason), cell, t(key))
    return parsed["value"]


def total_text(check: SheetCheck, body: pl.DataFrame, lk: Cell, pr: Cell) -> pl.Series:
    """lk + pr as plain digits (a column validate.py reads like any other); empty when both are empty."""
    a, b = values(check, body, lk), values(check, body, pr)
    both_empty = a.is_null() & b.is_null()
    total = (a.fill_null(0) + b.fill_null(0)).cast(pl.Int64)
    return pl.select(pl.when(both_empty).then(None).otherwise(total.cast(pl.String))).to_series()


def mismatches(check: SheetCheck, body: pl.DataFrame, field: str, parts: dict[str, Cell],
               typed: pl.DataFrame) -> pl.DataFrame:
    """Rows where the jml column differs from lk + pr (all three given): _row, value (jml − (lk + pr)), message."""
    a, b = values(check, body, parts["lk"]), values(check, body, parts["pr"])
    jml = typed[field].cast(pl.Float64)
    frame = pl.DataFrame({"_row": body["_row"], "jml": jml, "lk": a, "pr": b}).with_columns(
        value=pl.col("jml") - pl.col("lk") - pl.col("pr"))
    hits = frame.filter(pl.col("value").is_not_null() & (pl.col("value") != 0))
    label = parts["jml"].label
    return hits.with_columns(message=pl.Series([
        t("shapes.warn.jml_mismatch", column=label, jml=fmt.number(r["jml"]), lk=fmt.number(r["lk"]),
          pr=fmt.number(r["pr"])) for r in hits.iter_rows(named=True)], dtype=pl.String))
