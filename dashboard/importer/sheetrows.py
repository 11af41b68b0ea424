"""A prepared slot's rows -> clean typed rows: subtotal rows left out (found by their sums), the one validator run,
then what only a shape knows: the slot's item, ribbon/film counted in cards, jml = lk + pr, long stock periods."""

from __future__ import annotations

import polars as pl

from dashboard import fmt
from dashboard.importer import checks, periods, rowperiods, schema, splits, subtotals
from dashboard.importer.dates import Period
from dashboard.importer.options import Hints
from dashboard.importer.problems import Collector
from dashboard.importer.read import Sheet
from dashboard.importer.rowperiods import describe, emit_at
from dashboard.importer.shapes import Outcome, Work, cards_columns
from dashboard.importer.validate import Context, SheetCheck, validate_sheet
from dashboard.text import t

_UNIT = {"ribbon": "shapes.unit.ribbon", "film": "shapes.unit.film"}


def _typed(check: SheetCheck, work: Work, body: pl.DataFrame) -> pl.DataFrame:
    for name, (lk, pr) in work.sums.items():
        body = body.with_columns(splits.total_text(check, body, lk, pr).alias(f"_sum_{name}"))
    period = rowperiods.frame(check, body, work.period)
    frame = validate_sheet(check, body, period=period)
    if work.item_fixed:
        frame = frame.with_columns(item=pl.lit(work.slot.item, pl.String))
    return frame


def _quiet(ctx: Context) -> Context:
    return Context(ctx.file, ctx.today, ctx.allowed, Collector(ctx.file), Collector(ctx.file))


def _subtotals(ctx: Context, sheet: Sheet, work: Work, out: Outcome) -> pl.DataFrame:
    """The slot's rows without its subtotal rows (each left out with a warning naming it)."""
    body = work.body
    codes = body[work.code_column] if work.code_column else None
    keys = [body[c] for c in work.key_cells]
    if body.height < 2 or not subtotals.worth_checking(codes, keys):
        return body
    quiet = _typed(SheetCheck(_quiet(ctx), sheet, work.values), work, body)
    by_code = subtotals.by_code(work.kind, quiet)
    key_empty = body.select(pl.all_horizontal([pl.col(c).is_null() for c in work.key_cells]).alias("k"))["k"] \
        if keys else pl.Series([False] * body.height, dtype=pl.Boolean)
    keyless = subtotals.keyless(work.kind, quiet, key_empty, by_code)
    drop = by_code | keyless
    if drop.any():
        check = SheetCheck(ctx, sheet, work.values)
        hits = body.filter(drop).select("_row", value=pl.lit(None, pl.String))
        check.emit(hits, None, t("shapes.warn.subtotal"), into=ctx.warnings)
        out.rows_left_out += int(drop.sum())
    return body.filter(~drop)


def finish(ctx: Context, sheet: Sheet, work: Work, hints: Hints, out: Outcome) -> pl.DataFrame | None:
    """The slot's clean rows (schema.COLUMNS[kind] + _sheet, _sheet_index); problems and warnings go to ctx."""
    body = _subtotals(ctx, sheet, work, out)
    if body.height == 0:
        return None
    check = SheetCheck(ctx, sheet, work.values)
    frame = _typed(check, work, body)
    if work.kind == schema.STOCK:
        frame = _cards(check, work, frame, hints, out)
        _long_stock(check, frame)
    for name, parts in work.splits.items():
        _jml(check, body, name, parts, frame)
    checks.warn(check, frame)
    return frame


def _cards(check: SheetCheck, work: Work, frame: pl.DataFrame, hints: Hints, out: Outcome) -> pl.DataFrame:
    """Ribbon/film counts in a column headed in cards -> ribbons/rolls with the yield settings, rounded."""
    yields = {"ribbon": hints.ribbon_yield, "film": hints.film_yield}
    for name, cell in cards_columns(work):
        for item, per in yields.items():
            rows = frame["item"] == item
            if not rows.any():
                continue
            frame = frame.with_columns(pl.when(pl.lit(rows)).then((pl.col(name) / per).round(0).cast(pl.Int64))
                                       .otherwise(pl.col(name)).alias(name))
            out.used[f"{item}_yield"] = per
            message = t("shapes.warn.cards", column=cell.label, item=t(f"item.{item}"), unit=t(_UNIT[item]),
                        per=fmt.number(per))
            row = int(check.sheet.rows[check.layout.header_index])
            check.ctx.warnings.add(message, row=row, sheet=check.sheet.name, column=cell.label,
                                   order=(check.sheet.index, row, cell.position))
    return frame


def _long_stock(check: SheetCheck, frame: pl.DataFrame) -> None:
    """A stock row for a semester, quarter or year is kept only as a full ledger (opening + flows = closing)."""
    long = frame.filter(pl.col("granularity").is_in(sorted(periods.LONG)))
    if long.is_empty():
        return
    balanced = (pl.col("stok_awal") + pl.col("penerimaan") - pl.col("distribusi") - pl.col("pemakaian")
                - pl.col("rusak")) == pl.col("stok_akhir")
    bad = long.filter(~balanced.fill_null(False)).select(
        _row="source_row", value=pl.lit(None, pl.String), period_start="period_start", period_end="period_end",
        granularity="granularity")

    def message(rec: dict) -> str:
        return t("shapes.row.long_stock", period=describe(Period(rec["period_start"], rec["period_end"],
                                                                 rec["granularity"])))

    check.emit(bad, "stok_akhir", message)


def _jml(check: SheetCheck, body: pl.DataFrame, name: str, parts: dict, frame: pl.DataFrame) -> None:
    hits = splits.mismatches(check, body, name, parts, frame)
    if hits.is_empty():
        return
    rows = frame.join(hits.select("_row", "message", "value"), left_on="source_row", right_on="_row", how="inner")
    flags = rows.with_columns(kind=pl.lit(check.layout.kind), flag=pl.lit(splits.FLAG),
                              value=pl.col("value").cast(pl.Float64))
    if "item" not in flags.columns:
        flags = flags.with_columns(item=pl.lit(None, pl.String))
    check.ctx.flags.append(flags.select(*[pl.col(c).cast(d) for c, d in checks.FLAG_COLUMNS.items()]))
    emit_at(check, hits.select("_row", "message", value=pl.lit(None, pl.String)), parts["jml"],
            lambda rec: rec["message"], into=check.ctx.warnings)
