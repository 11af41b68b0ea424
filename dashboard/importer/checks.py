"""Checks across rows: duplicate keys inside a file (refuse), and accepted-with-warning findings (flags)."""

from __future__ import annotations

import polars as pl

from dashboard import fmt, regions
from dashboard.importer import dates, schema
from dashboard.importer.problems import MAX_LISTED
from dashboard.importer.validate import Context, SheetCheck
from dashboard.text import t

FLAG_COLUMNS: dict[str, pl.DataType] = {
    "kind": pl.String, "region_code": pl.String, "item": pl.String, "period_end": pl.Date,
    "source_row": pl.Int32, "flag": pl.String, "message": pl.String, "value": pl.Float64,
}
MAX_DECIMALS = 6


def duplicates(ctx: Context, kind: str, frame: pl.DataFrame) -> None:
    """Every row whose key (region, item, period) already appeared earlier in the file, naming the first row."""
    keys = list(schema.KEYS[kind])
    keyed = frame.filter(pl.all_horizontal(pl.col(keys).is_not_null()))
    if not keyed.select(keys).is_duplicated().any():  # the usual case, 10x cheaper than the window below
        return
    marked = keyed.sort("_sheet_index", "source_row").with_columns(
        _nth=pl.int_range(pl.len()).over(keys),
        _first_row=pl.col("source_row").first().over(keys),
        _first_sheet=pl.col("_sheet").first().over(keys),
    ).filter(pl.col("_nth") > 0)
    key = "import.row.duplicate" if kind == schema.STOCK else "import.row.duplicate_cov"
    for rec in marked.head(MAX_LISTED).iter_rows(named=True):
        first = t("import.where.row", row=rec["_first_row"])
        if rec["_first_sheet"] and rec["_first_sheet"] != rec["_sheet"]:
            first = f"{t('import.where.sheet', sheet=rec['_first_sheet'])}, {first}"
        period = fmt.month(rec["period_start"]) if rec["granularity"] == dates.MONTHLY else fmt.date(
            rec["period_start"])
        message = t(key, region=rec["region_code"], item=t(f"item.{rec.get('item') or 'blangko'}"),
                    period=period, first=first)
        ctx.problems.add(message, row=rec["source_row"], sheet=rec["_sheet"],
                         order=(rec["_sheet_index"], rec["source_row"], 0))
    ctx.problems.count_more(max(0, marked.height - MAX_LISTED))


def warn(check: SheetCheck, frame: pl.DataFrame) -> None:
    """Findings that keep the row but flag it: ledger, name, coverage over 100%, belum rekam, persentase."""
    kind = check.layout.kind
    found: list[tuple[str, str | None, pl.DataFrame, object]] = [_names(frame)]
    if kind == schema.STOCK:
        found.append(_ledger(frame))
    else:
        found += _coverage(frame)
    for flag, field, hits, message in found:
        if hits.height == 0:
            continue
        hits = hits.sort("source_row")
        texts = [message(rec) for rec in hits.iter_rows(named=True)]
        hits = hits.with_columns(message=pl.Series(texts, dtype=pl.String), flag=pl.lit(flag), kind=pl.lit(kind))
        if "item" not in hits.columns:
            hits = hits.with_columns(item=pl.lit(None, pl.String))
        check.ctx.flags.append(hits.select(*[pl.col(c).cast(d) for c, d in FLAG_COLUMNS.items()]))
        listed = hits.select(_row="source_row", message="message", value=pl.lit(None, pl.String))
        check.emit(listed, field, lambda rec: rec["message"], into=check.ctx.warnings)


def _n(value: float | None, decimals: int = 0) -> str:
    return fmt.number(value, decimals)


def _names(frame: pl.DataFrame):
    pairs = frame.select("region_code", "reported_name").drop_nulls().unique()
    wrong = pairs.filter(pl.Series([not regions.name_matches(c, n) for c, n in pairs.iter_rows()], dtype=pl.Boolean))
    hits = frame.join(wrong, on=["region_code", "reported_name"], how="semi").with_columns(value=pl.lit(None))

    def message(rec: dict) -> str:
        return t("import.warn.name_mismatch", reported=rec["reported_name"], code=rec["region_code"],
                 name=regions.get(rec["region_code"]).name)

    return "name_mismatch", "nama_wilayah", hits, message


def _ledger(frame: pl.DataFrame):
    computed = (pl.col("stok_awal") + pl.col("penerimaan") - pl.col("distribusi") - pl.col("pemakaian")
                - pl.col("rusak"))
    hits = frame.with_columns(_computed=computed).with_columns(
        value=(pl.col("stok_akhir") - pl.col("_computed")).cast(pl.Float64)
    ).filter(pl.col("value").is_not_null() & (pl.col("value") != 0))

    def message(rec: dict) -> str:
        return t("import.warn.ledger_mismatch", reported=_n(rec["stok_akhir"]), computed=_n(rec["_computed"]),
                 diff=_n(rec["value"]))

    return "ledger_mismatch", "stok_akhir", hits, message


def _coverage(frame: pl.DataFrame) -> list:
    wajib, sudah, belum, persen = (pl.col(c) for c in ("wajib_ktp", "sudah_rekam", "belum_rekam", "persentase"))
    ratio = pl.when(wajib > 0).then(sudah / wajib * 100)
    over = frame.with_columns(value=ratio).filter((sudah > wajib).fill_null(False))
    expected = pl.max_horizontal(wajib - sudah, pl.lit(0))  # over 100% leaves nobody to record, not fewer
    belum_hits = frame.with_columns(_expected=expected, value=(belum - expected).cast(pl.Float64)).filter(
        pl.col("value").is_not_null() & (pl.col("value") != 0))
    # Tolerance: one unit of the last decimal written (95,2 stands for 95.15-95.25, or a truncated 95.2x).
    decimals = pl.coalesce([pl.when(((persen * 10**d) - (persen * 10**d).round()).abs() < 1e-6).then(d)
                            for d in range(MAX_DECIMALS + 1)]).fill_null(MAX_DECIMALS)
    persen_hits = frame.with_columns(_computed=ratio, _decimals=decimals).with_columns(
        value=persen - pl.col("_computed")
    ).filter((pl.col("value").abs() > 10.0 ** (-pl.col("_decimals")) + 1e-9).fill_null(False))

    def over_message(rec: dict) -> str:
        pct = fmt.percent(rec["value"], 2) if rec["value"] is not None else "–"
        return t("import.warn.coverage_over_100", sudah=_n(rec["sudah_rekam"]), wajib=_n(rec["wajib_ktp"]), pct=pct)

    def belum_message(rec: dict) -> str:
        return t("import.warn.belum_rekam_mismatch", reported=_n(rec["belum_rekam"]), expected=_n(rec["_expected"]))

    def persen_message(rec: dict) -> str:
        shown = min(rec["_decimals"], 4)
        return t("import.warn.persentase_mismatch", reported=_n(rec["persentase"], shown),
                 computed=_n(rec["_computed"], max(shown, 2)))

    return [
        ("coverage_over_100", "sudah_rekam", over, over_message),
        ("belum_rekam_mismatch", "belum_rekam", belum_hits, belum_message),
        ("persentase_mismatch", "persentase", persen_hits, persen_message),
    ]


def empty_flags() -> pl.DataFrame:
    return pl.DataFrame(schema=FLAG_COLUMNS)
