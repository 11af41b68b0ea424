"""What a dry run shows beyond counts: old -> new values of replaced rows, and opening stocks that break continuity
with the closing stock of the day before (as the Kualitas page would report after applying). Reads only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import duckdb
import polars as pl

from dashboard import fmt
from dashboard.importer import schema
from dashboard.importer.problems import MAX_LISTED, Problem
from dashboard.importer.write import ROWS_VIEW, clean, registered
from dashboard.store import queries
from dashboard.text import t

_STORED = {schema.STOCK: "ingest/stock_stored", schema.COVERAGE: "ingest/coverage_stored"}


@dataclass(frozen=True)
class Replaced:
    """One stored row a file would replace: its key and each value that changes (field, old, new)."""

    kind: str
    region_code: str
    item: str | None
    period_start: dt.date
    period_end: dt.date
    source_row: int | None
    changes: tuple[tuple[str, Any, Any], ...]


@dataclass
class Details:
    """The preview's details of one file (capped lists, full counts)."""

    replaced: list[Replaced] = field(default_factory=list)
    replaced_total: int = 0
    continuity: list[Problem] = field(default_factory=list)
    continuity_total: int = 0


def _old_rows(cur: duckdb.DuckDBPyConnection, kind: str, rows: pl.DataFrame, pending: pl.DataFrame | None) -> pl.DataFrame:
    """The values each re-sent key holds before this file: an earlier file of the batch, else the store."""
    keys, values = list(schema.KEYS[kind]), list(schema.VALUES[kind])
    with registered(cur, ROWS_VIEW, rows):
        stored = queries.frame(cur, _STORED[kind])
    stored = stored.select([pl.col(c).cast(schema.COLUMNS[kind][c]) for c in keys + values])
    if pending is None or pending.is_empty():
        return stored
    earlier = pending.select(keys + values)
    return pl.concat([earlier, stored.join(earlier.select(keys), on=keys, how="anti", nulls_equal=True)])


def replaced_rows(cur: duckdb.DuckDBPyConnection, kind: str, frame: pl.DataFrame,
                  pending: pl.DataFrame | None = None, limit: int = MAX_LISTED) -> tuple[list[Replaced], int]:
    """(the first `limit` replaced rows in file order with old -> new per changed value, how many in all)."""
    rows = clean(kind, frame)
    if rows.is_empty():
        return [], 0
    keys, values = list(schema.KEYS[kind]), list(schema.VALUES[kind])
    old = _old_rows(cur, kind, rows, pending)
    joined = rows.join(old, on=keys, how="inner", suffix="__old", nulls_equal=True)
    differs = pl.any_horizontal([~pl.col(v).eq_missing(pl.col(f"{v}__old")) for v in values])
    hits = joined.filter(differs).sort("source_row", nulls_last=True)
    out = []
    for rec in hits.head(limit).iter_rows(named=True):
        changes = tuple((v, rec[f"{v}__old"], rec[v]) for v in values if rec[v] != rec[f"{v}__old"])
        out.append(Replaced(kind, rec["region_code"], rec.get("item"), rec["period_start"], rec["period_end"],
                            rec.get("source_row"), changes))
    return out, hits.height


def continuity(cur: duckdb.DuckDBPyConnection, frame: pl.DataFrame, pending: pl.DataFrame | None = None, *,
               file_name: str = "", limit: int = MAX_LISTED) -> tuple[list[Problem], int]:
    """Stock rows whose opening stock differs from the closing stock of the day before, as it will stand after
    this file is applied (the file's own rows and earlier files of the batch count, rows they replace do not).
    Returns (the first `limit` as warnings in file order, how many in all). Rows without an opening stock, or with
    no row ending the day before, are not checked (quality/ledger.sql's rule)."""
    rows = clean(schema.STOCK, frame)
    if rows.is_empty() or rows["stok_awal"].is_null().all():
        return [], 0
    keys = list(schema.KEYS[schema.STOCK])
    closing_cols = keys + ["stok_akhir"]
    with registered(cur, ROWS_VIEW, rows):
        stored = queries.frame(cur, "ingest/stock_closings")
    stored = stored.select([pl.col(c).cast(schema.STOCK_COLUMNS[c]) for c in closing_cols])
    newer = [rows.select(closing_cols)]
    if pending is not None and not pending.is_empty():
        newer.insert(0, pending.join(rows.select(keys), on=keys, how="anti", nulls_equal=True).select(closing_cols))
    after = pl.concat([*newer, stored.join(pl.concat(newer).select(keys), on=keys, how="anti", nulls_equal=True)])
    # A one-day row ending that day wins over a longer row ending that day (quality/ledger.sql: arg_max by start).
    closing = (after.drop_nulls("stok_akhir").sort("period_start")
               .group_by("region_code", "item", "period_end").agg(pl.col("stok_akhir").last().alias("closing")))
    checked = rows.drop_nulls("stok_awal").with_columns(day=pl.col("period_start") - pl.duration(days=1))
    hits = (checked.join(closing, left_on=["region_code", "item", "day"],
                         right_on=["region_code", "item", "period_end"], how="inner")
            .filter(pl.col("stok_awal") != pl.col("closing")).sort("source_row", nulls_last=True))
    found = []
    for rec in hits.head(limit).iter_rows(named=True):
        message = t("preview.continuity", region=rec["region_code"], item=t(f"item.{rec['item']}"),
                    opening=fmt.number(rec["stok_awal"]), closing=fmt.number(rec["closing"]),
                    day=fmt.date(rec["day"]), diff=fmt.number(rec["stok_awal"] - rec["closing"]))
        found.append(Problem(file_name, message, rec.get("source_row"), t("import.field.stok_awal"),
                             fmt.number(rec["stok_awal"])))
    return found, hits.height


def describe(cur: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], pending: dict[str, pl.DataFrame], *,
             file_name: str = "") -> Details:
    """The preview's details of one accepted file, judged as if the batch's earlier files had been applied."""
    details = Details()
    for kind in schema.KINDS:
        if kind not in frames:
            continue
        listed, total = replaced_rows(cur, kind, frames[kind], pending.get(kind))
        details.replaced += listed[: MAX_LISTED - len(details.replaced)]
        details.replaced_total += total
        if kind == schema.STOCK:
            details.continuity, details.continuity_total = continuity(cur, frames[kind], pending.get(kind),
                                                                      file_name=file_name)
    return details
