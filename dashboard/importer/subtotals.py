"""Subtotal rows found by their codes and sums, not only by the words JUMLAH/TOTAL.

- A row whose code has two or more rows below it in the same sheet, period (and item), and whose every filled count
  equals the sum of those rows: a province row over its kab/kota, a kab/kota or kecamatan row over its kecamatan or desa. The
  sum is taken at the first level present below it (its kecamatan, else its desa).
- A row with no key (no code, no date) whose counts equal the rows above it since the previous such row, all rows
  above it, or the rows below it up to the next one: a total without a label.
A row of zeros is never a subtotal (a province warehouse at 0 beside empty kab/kota is a real report).
"""

from __future__ import annotations

import polars as pl

from dashboard.importer import schema

FIELDS = {
    schema.STOCK: ("stok_awal", "penerimaan", "distribusi", "pemakaian", "rusak", "stok_akhir"),
    schema.COVERAGE: ("wajib_ktp", "sudah_rekam", "belum_rekam", "prr", "sudah_cetak"),
}


def worth_checking(codes: pl.Series | None, keys: list[pl.Series]) -> bool:
    """Cheap test on the raw cells: are there key-less rows, or codes of more than one level?"""
    if any(k.null_count() for k in keys):
        return True
    if codes is None:
        return False
    depths = codes.drop_nulls().str.strip_chars().str.strip_chars(".").str.count_matches(r"\.").unique()
    return depths.len() > 1


def _group(kind: str) -> list[str]:
    return ["period_start", "period_end"] + (["item"] if kind == schema.STOCK else [])


def _equal(fields: tuple[str, ...], suffix: str) -> pl.Expr:
    """Every filled count of the row equals the sum (an empty sum part makes it unequal), not all zero."""
    same = pl.all_horizontal([pl.col(f).is_null() | (pl.col(f) == pl.col(f + suffix)).fill_null(False)
                              for f in fields])
    something = pl.any_horizontal([(pl.col(f).fill_null(0) != 0) for f in fields])
    return same & something


def _sum(fields: tuple[str, ...]) -> list[pl.Expr]:
    """Sums that stay empty when a part is empty (so a partial sum never equals a subtotal by chance)."""
    return [pl.when(pl.col(f).null_count() == 0).then(pl.col(f).sum()).alias(f) for f in fields]


def by_code(kind: str, typed: pl.DataFrame) -> pl.Series:
    """True for rows that sum the rows below their code."""
    fields = tuple(f for f in FIELDS[kind] if f in typed.columns)
    group = _group(kind)
    frame = typed.with_row_index("_i").filter(pl.col("region_code").is_not_null()).with_columns(
        _depth=pl.col("region_code").str.count_matches(r"\.") + 1)
    hits: list[int] = []
    for depth in (1, 2, 3):
        rows = frame.filter(pl.col("_depth") == depth)
        below = frame.filter(pl.col("_depth") > depth)
        if rows.is_empty() or below.is_empty():
            continue
        below = below.with_columns(_anc=pl.col("region_code").str.split(".").list.slice(0, depth).list.join("."))
        sums = (below.group_by("_anc", "_depth", *group).agg(*_sum(fields), _n=pl.len())
                .sort("_depth").group_by("_anc", *group, maintain_order=True).first()
                .filter(pl.col("_n") >= 2))  # one row below equal to it is a coincidence, not a sum
        joined = rows.join(sums, left_on=["region_code", *group], right_on=["_anc", *group], how="inner",
                           suffix="_sum", nulls_equal=True)
        hits += joined.filter(_equal(fields, "_sum"))["_i"].to_list()
    chosen = set(hits)
    return pl.Series([i in chosen for i in range(typed.height)], dtype=pl.Boolean)


def keyless(kind: str, typed: pl.DataFrame, key_empty: pl.Series, already: pl.Series) -> pl.Series:
    """True for key-less rows equal to the section above, everything above, or the section below."""
    fields = tuple(f for f in FIELDS[kind] if f in typed.columns)
    if not key_empty.any():
        return pl.Series([False] * typed.height, dtype=pl.Boolean)
    frame = typed.select(fields).with_columns(_key=key_empty, _skip=already | key_empty,
                                              _sec=key_empty.cast(pl.Int32).cum_sum())
    detail = [pl.when(~pl.col("_skip")).then(pl.col(f).fill_null(0)).otherwise(0) for f in fields]
    # _sec numbers the key-less rows: the rows just above one are section _sec - 1, those just below section _sec
    cum = frame.with_columns([d.cum_sum().alias(f"{f}_all") for d, f in zip(detail, fields)])
    sections = frame.filter(~pl.col("_skip")).group_by("_sec").agg([pl.col(f).fill_null(0).sum() for f in fields])
    above = frame.with_columns(_prev=pl.col("_sec") - 1).join(sections, left_on="_prev", right_on="_sec",
                                                               how="left", suffix="_above", maintain_order="left")
    below = frame.join(sections, on="_sec", how="left", suffix="_below", maintain_order="left")
    total = cum.select([pl.col(f"{f}_all").alias(f"{f}_total") for f in fields])
    merged = pl.concat([frame.select(fields), above.select([f"{f}_above" for f in fields]),
                        below.select([f"{f}_below" for f in fields]), total], how="horizontal")
    equal = _equal(fields, "_above") | _equal(fields, "_below") | _equal(fields, "_total")
    return merged.select((equal & key_empty).fill_null(False).alias("x"))["x"]
