"""Indonesian and plain number parsing, one convention per column, vectorised with polars.

The rule (documented for users in the template's instructions sheet):
- Indonesian is the default: '.' groups thousands, ',' is the decimal mark (1.500 = 1500; 95,2 = 95.2).
- A column switches to the plain/English shape only when its cells show it: '1,500.5', '1,500,000' or '95.25'
  (a dot not followed by exactly three digits cannot be an Indonesian thousands dot).
- In whole-number columns a lone separator followed by exactly three digits is read as a thousands separator
  ('1.500' counts for Indonesian, '1,500' for English); in decimal columns (persentase) it follows the column.
- A column whose cells show both shapes is parsed with the majority shape; the others are reported, never guessed.
- Native spreadsheet numbers are taken as they are. '-' (a dash) means 0 in count columns and empty in persentase.
"""

from __future__ import annotations

import polars as pl

ID, EN = "id", "en"
MAX_COUNT = 10**12  # far above any stock or population figure; guards bigint overflow and typos
MAX_PERCENT = 1000.0

_SPACES = r"[\s\u00a0\u202f]"
_DASHES = ["-", "–", "—"]
_ID_STRONG = r"^(\d{1,3}(\.\d{3}){2,}(,\d+)?|\d{1,3}(\.\d{3})+,\d+|\d+,(\d{1,2}|\d{4,}))$"
_EN_STRONG = r"^(\d{1,3}(,\d{3}){2,}(\.\d+)?|\d{1,3}(,\d{3})+\.\d+|\d+\.(\d{1,2}|\d{4,}))$"
_DOT3 = r"^\d{1,3}\.\d{3}$"
_COMMA3 = r"^\d{1,3},\d{3}$"
_ID_VALID = r"^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$"
_EN_VALID = r"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"
_NATIVE = r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$"

# Reasons a cell is refused (validate.py turns them into messages).
BAD, MIXED, FRACTION, NEGATIVE, TOO_BIG = "bad", "mixed", "fraction", "negative", "too_big"


def convention(text: pl.Series, *, integer: bool) -> str:
    """The shape (ID or EN) that a column's text cells show; ties and no evidence mean Indonesian."""
    body = _body(text)
    n_id = int(body.str.contains(_ID_STRONG).sum() or 0)
    n_en = int(body.str.contains(_EN_STRONG).sum() or 0)
    if integer:
        n_id += int(body.str.contains(_DOT3).sum() or 0)
        n_en += int(body.str.contains(_COMMA3).sum() or 0)
    return EN if n_en > n_id else ID


def _clean(text: pl.Series) -> pl.Series:
    return text.cast(pl.String).str.replace_all(_SPACES, "")


def _body(text: pl.Series) -> pl.Series:
    return _clean(text).str.strip_suffix("%").str.replace(r"^[+-]", "")


def parse_column(text: pl.Series, native: pl.Series | None = None, *, integer: bool,
                 percent: bool = False) -> pl.DataFrame:
    """Parse a column of cell texts -> frame(value: Float64, empty: Boolean, reason: String|null).

    native marks cells that were numbers in the spreadsheet (their text is a plain float rendering).
    value is null where the cell is empty or refused; reason says why a non-empty cell was refused.
    """
    n = len(text)
    native = native if native is not None else pl.Series([False] * n, dtype=pl.Boolean)
    frame = pl.DataFrame({"raw": _clean(text), "native": native.fill_null(False)})
    text_cells = frame.filter(~pl.col("native"))["raw"]
    if percent:
        text_cells = text_cells.str.strip_suffix("%")
    conv = convention(text_cells, integer=integer)
    valid_re, strip_thousands, decimal = (_ID_VALID, ".", ",") if conv == ID else (_EN_VALID, ",", ".")
    # Cells with the other shape's strong evidence contradict the column's convention.
    against = _EN_STRONG if conv == ID else _ID_STRONG
    against3 = (_COMMA3 if conv == ID else _DOT3) if integer else None

    raw = pl.col("raw")
    text_raw = raw.str.strip_suffix("%") if percent else raw
    sign = pl.when(text_raw.str.starts_with("-")).then(-1.0).otherwise(1.0)
    body = text_raw.str.replace(r"^[+-]", "")
    empty = raw.is_null() | (raw == "")
    dash = raw.is_in(_DASHES)
    mixed = body.str.contains(against)
    if against3 is not None:
        mixed = mixed | body.str.contains(against3)
    parsed_text = body.str.replace_all(strip_thousands, "", literal=True).str.replace(decimal, ".", literal=True)
    text_value = pl.when(body.str.contains(valid_re)).then(parsed_text.cast(pl.Float64, strict=False) * sign)
    native_value = pl.when(raw.str.contains(_NATIVE)).then(raw.cast(pl.Float64, strict=False))
    out = frame.select(
        empty=empty.fill_null(True),
        dash=dash.fill_null(False),
        mixed=(~pl.col("native") & mixed).fill_null(False),
        value=pl.when(pl.col("native")).then(native_value).otherwise(text_value),
    ).with_columns(
        value=pl.when(pl.col("dash")).then(None if percent else 0.0).otherwise(pl.col("value")),
        empty=pl.col("empty") | (pl.col("dash") & percent),
    )
    value = pl.col("value")
    limit = MAX_PERCENT if percent else MAX_COUNT
    reason = (
        pl.when(pl.col("empty")).then(None)
        .when(pl.col("mixed")).then(pl.lit(MIXED))
        .when(value.is_null() | value.is_nan() | value.is_infinite()).then(pl.lit(BAD))
        .when(value.abs() > limit).then(pl.lit(TOO_BIG))
        .when(value < 0).then(pl.lit(NEGATIVE))
        .when(pl.lit(integer) & (value != value.round())).then(pl.lit(FRACTION))
        .otherwise(None)
    )
    return out.with_columns(reason=reason).select(
        value=pl.when(pl.col("reason").is_null() & ~pl.col("empty")).then(value),
        empty=pl.col("empty"),
        reason=pl.col("reason"),
    )


def parse_number(text: str | None, *, integer: bool = False, percent: bool = False) -> float | None:
    """One cell on its own ('1.500' -> 1500.0, '95,2%' -> 95.2); None when empty; ValueError when refused."""
    row = parse_column(pl.Series([text], dtype=pl.String), integer=integer, percent=percent).row(0, named=True)
    if row["reason"] is not None:
        raise ValueError(row["reason"])
    return row["value"]
