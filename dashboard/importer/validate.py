"""Cells -> typed rows of one sheet: drop non-data rows, parse each column once, report every refused cell."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import polars as pl

from dashboard import codes, fmt, regions
from dashboard.importer import dates, numbers, schema
from dashboard.importer.header import Layout
from dashboard.importer.problems import MAX_LISTED, Collector
from dashboard.importer.read import Sheet
from dashboard.text import t

TOTAL = r"(?i)^\s*(jumlah|jml|total|grand\s*total|sub\s*total)\b"  # JUMLAH, Total Provinsi, Jumlah Total
_COLUMN_NUMBER = r"^\(?\d{1,2}\)?$"  # the '(1) (2) (3)' row many government tables put under the header
_INT = r"^-?\d+$"
_DEC = r"^-?\d+\.\d+$"
_DATETIME = r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"  # how calamine renders a date cell
_EXPLAINED = ("no_partner", "ambiguous", "name_other_reading")  # refusals that name the code's readings
_REASONS = {r: f"import.row.number.{r}" for r in (numbers.BAD, numbers.MIXED, numbers.FRACTION, numbers.NEGATIVE,
                                                  numbers.TOO_BIG)}


@dataclass
class Context:
    """One file's parse: its limits and everything found so far."""

    file: str
    today: dt.date
    allowed: set[str] | None
    problems: Collector
    warnings: Collector
    flags: list[pl.DataFrame] = field(default_factory=list)
    # The file's region-code system when known ('bps' | 'kemendagri'), e.g. from a saved column mapping: it decides
    # how dotless codes read and turns a name that fits only the other reading into a warning instead of a refusal.
    code_system: str | None = None


@dataclass
class SheetCheck:
    """One sheet being validated: lists its findings in spreadsheet order under the user's own headers."""

    ctx: Context
    sheet: Sheet
    layout: Layout

    def emit(self, hits: pl.DataFrame, name: str | None, message, *, into: Collector | None = None) -> None:
        """hits: rows (in sheet order) with _row and optionally value; message: text or f(row dict) -> text."""
        into = into if into is not None else self.ctx.problems
        for rec in hits.head(MAX_LISTED).iter_rows(named=True):
            into.add(message(rec) if callable(message) else message, row=rec["_row"], sheet=self.sheet.name,
                     column=self.layout.labels.get(name) if name else None, value=rec.get("value"),
                     order=(self.sheet.index, rec["_row"], self.layout.positions.get(name, 0)))
        into.count_more(max(0, hits.height - MAX_LISTED))


def data_rows(sheet: Sheet, layout: Layout) -> pl.DataFrame:
    """The rows under the header that hold data: blank, total, note and repeated-header rows left out."""
    start = layout.header_index + 1
    cells = sheet.text.columns
    body = sheet.text.slice(start).with_columns(
        _row=sheet.rows.slice(start), _pos=pl.int_range(start, sheet.text.height, dtype=pl.Int64))
    if body.height == 0:
        return body
    code = pl.col(layout.columns["kode_wilayah"])
    counts = [layout.columns[f.name] for f in schema.FIELDS[layout.kind] if f.name in layout.columns
              and f.type in ("count", "percent")]
    header_code = layout.labels["kode_wilayah"].lower()
    # 'JUMLAH' sits in the No/code/name/date columns; a note column further right may say 'total' in passing.
    last_label = max(layout.positions[f] for f in ("tanggal", "kode_wilayah", "nama_wilayah", "jenis")
                     if f in layout.positions)
    skip = (
        pl.all_horizontal(pl.col(cells).is_null())
        | pl.any_horizontal([pl.col(c).str.contains(TOTAL) for c in cells[: last_label + 1]]).fill_null(False)
        # Section headings ('NUSA TENGGARA BARAT'), notes and signature blocks carry no code and no number.
        | (code.is_null() & pl.all_horizontal([pl.col(c).is_null() for c in counts]))
        | (code.str.to_lowercase() == header_code).fill_null(False)  # header repeated on every printed page
    )
    body = body.filter(~skip)
    if body.height and _is_column_numbers(body.row(0)[: len(cells)]):
        body = body.slice(1)
    return body


def _is_column_numbers(cells: tuple) -> bool:
    filled = [str(c) for c in cells if c is not None]
    if len(filled) < 3 or not all(pl.Series(filled).str.contains(_COLUMN_NUMBER)):
        return False
    numbers_ = [int(c.strip("()")) for c in filled]
    return all(b == a + 1 for a, b in zip(numbers_, numbers_[1:]))


def validate_sheet(check: SheetCheck, body: pl.DataFrame, *, period: pl.DataFrame | None = None) -> pl.DataFrame:
    """Typed rows (schema.COLUMNS[kind] + _sheet, _sheet_index) of a sheet's data rows; problems go to the ctx.

    period: the rows' periods when the sheet gives them otherwise than in one date column (shapes.py)."""
    layout, kind = check.layout, check.layout.kind
    code = _codes(check, body)
    period = _dates(check, body) if period is None else period
    out = body.select("_row").with_columns(
        region_code=code, period_start=period["period_start"], period_end=period["period_end"],
        granularity=period["granularity"], reported_name=_names(body, layout),
    )
    if kind == schema.STOCK:
        out = out.with_columns(item=_items(check, body))
    natives: dict[str, pl.Series] = {}
    for f in schema.FIELDS[kind]:
        if f.type not in ("count", "percent"):
            continue
        value, native = _number(check, body, f)
        out = out.with_columns(value.alias(f.name))
        natives[f.name] = native
    if kind == schema.COVERAGE:
        out = out.with_columns(persentase=_percent_units(out, natives["persentase"]))
    columns = schema.COLUMNS[kind]
    out = out.with_columns(source_row=pl.col("_row"), _sheet=pl.lit(check.sheet.name, pl.String),
                           _sheet_index=pl.lit(check.sheet.index, pl.Int32))
    return out.select(*[pl.col(c).cast(dtype) for c, dtype in columns.items()], "_sheet", "_sheet_index")


def _codes(check: SheetCheck, body: pl.DataFrame) -> pl.Series:
    """The Kemendagri code of every row (codes.read_code: dotless codes are BPS, read through the crosswalk)."""
    raw = body[check.layout.columns["kode_wilayah"]]
    names = _names(body, check.layout)
    frame = body.select("_row", value=raw).with_columns(
        name=(names if isinstance(names, pl.Series) else pl.lit(None, pl.String)).fill_null(""))
    distinct = frame.select("value", "name").drop_nulls("value").unique()
    reads = [codes.read_code(v, system=check.ctx.code_system, name=n or None) for v, n in distinct.iter_rows()]
    found = distinct.with_columns(
        code=pl.Series([r.code if r.code != regions.NATIONAL else None for r in reads], dtype=pl.String),
        # Codes that name a region but not one this row can safely go to: say why, naming every reading.
        why=pl.Series([codes.explain(r, n) if r.problem in _EXPLAINED else None
                       for r, n in zip(reads, distinct["name"])], dtype=pl.String))
    frame = frame.join(found, on=["value", "name"], how="left", maintain_order="left")
    check.emit(frame.filter(pl.col("value").is_null()), "kode_wilayah", _required("kode_wilayah"))
    check.emit(frame.filter(pl.col("why").is_not_null()), "kode_wilayah", lambda r: r["why"])
    check.emit(frame.filter(pl.col("value").is_not_null() & pl.col("code").is_null() & pl.col("why").is_null()),
               "kode_wilayah", t("import.row.bad_code"))
    allowed = check.ctx.allowed
    if allowed is not None:
        # A kecamatan or desa row belongs to its kab/kota's scope ('17.04.01' -> '17.04').
        unit = pl.col("code").str.extract(r"^(\d{2}(?:\.\d{2})?)", 1)
        outside = frame.filter(pl.col("code").is_not_null() & ~unit.is_in(sorted(allowed)))
        scope = describe_scope(allowed)
        key = "import.row.outside" if allowed else "import.row.nothing_allowed"
        check.emit(outside, "kode_wilayah", lambda r: t(key, region=_region(r["code"]), allowed=scope))
    return frame["code"]


def _region(code: str) -> str:
    region = regions.get(code)
    return f"{code} {region.name}" if region else code


def describe_scope(allowed: set[str]) -> str:
    """'65.01 Kabupaten Malinau' or 'provinsi 65 Kalimantan Utara beserta kabupaten/kotanya'."""
    whole = [c for c in sorted(allowed) if len(c) == 2 and set(regions.members(c)) <= allowed]
    covered = {m for c in whole for m in regions.members(c)}
    parts = [f"provinsi {c} {regions.get(c).name} beserta kabupaten/kotanya" for c in whole]
    rest = sorted(allowed - covered)
    parts += [_region(c) for c in rest[:3]]
    if len(rest) > 3:
        parts.append(f"{len(rest) - 3} wilayah lain")
    return ", ".join(parts)


def _required(name: str) -> str:
    return t("import.row.required", field=t(f"import.field.{name}"))


def _dates(check: SheetCheck, body: pl.DataFrame) -> pl.DataFrame:
    text = body[check.layout.columns["tanggal"]]
    native = None
    if check.sheet.natives is not None:
        native = pl.select(pl.when(text.str.contains(_DATETIME)).then(
            text.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False))).to_series()
    parsed = dates.parse_column(text, native, month_column=check.layout.month_column)
    frame = parsed.with_columns(_row=body["_row"], value=text)
    check.emit(frame.filter("empty"), "tanggal", _required("tanggal"))
    check.emit(frame.filter("bad"), "tanggal", t("import.row.bad_date"))
    today = check.ctx.today
    future = frame.filter(pl.col("period_start") > today)
    check.emit(future, "tanggal", lambda r: t("import.row.future", date=_period(r), today=fmt.date(today)))
    return parsed


def _period(rec: dict) -> str:
    return fmt.month(rec["period_start"]) if rec["granularity"] == dates.MONTHLY else fmt.date(rec["period_start"])


def _names(body: pl.DataFrame, layout: Layout) -> pl.Series | pl.Expr:
    if "nama_wilayah" not in layout.columns:
        return pl.lit(None, pl.String)
    return pl.Series(body[layout.columns["nama_wilayah"]]).str.replace_all(r"\s+", " ").str.strip_chars()


def _items(check: SheetCheck, body: pl.DataFrame) -> pl.Series | pl.Expr:
    if "jenis" not in check.layout.columns:
        return pl.lit(schema.DEFAULT_ITEM, pl.String)
    raw = body[check.layout.columns["jenis"]]
    distinct = raw.drop_nulls().unique().to_list()
    item = raw.replace_strict(distinct, [schema.item_of(v) for v in distinct], default=schema.DEFAULT_ITEM,
                              return_dtype=pl.String)
    bad = body.select("_row", value=raw).filter(pl.col("value").is_not_null() & item.is_null())
    check.emit(bad, "jenis", t("import.row.bad_item"))
    return item


def _number(check: SheetCheck, body: pl.DataFrame, f: schema.Field) -> tuple[pl.Series, pl.Series]:
    """(values, native mask) of a count or percent field; an absent column is all empty (0 where that is the rule)."""
    n = body.height
    column = check.layout.columns.get(f.name)
    if column is None:
        fill = 0.0 if f.name in schema.ZERO_DEFAULT else None
        return pl.Series(f.name, [fill] * n, dtype=pl.Float64), pl.Series([False] * n, dtype=pl.Boolean)
    text = body[column]
    native = _native_numbers(check, body, text)
    parsed = numbers.parse_column(text, native, integer=f.type == "count", percent=f.type == "percent")
    frame = parsed.with_columns(_row=body["_row"], value=text)
    if f.required:
        check.emit(frame.filter("empty"), f.name, _required(f.name))
    for reason, key in _REASONS.items():
        check.emit(frame.filter(pl.col("reason") == reason), f.name, t(key))
    value = parsed["value"]
    if f.name in schema.ZERO_DEFAULT:
        # Only an empty cell means 0: a cell that could not be read stays unknown, so it raises its own problem
        # and no cascade of ledger warnings computed from a made-up 0 (issue 13).
        value = parsed.select(pl.when(pl.col("empty")).then(pl.lit(0.0)).otherwise(pl.col("value")).alias("value"))["value"]
    return value.alias(f.name), native


def _native_numbers(check: SheetCheck, body: pl.DataFrame, text: pl.Series) -> pl.Series:
    """Which cells were numbers in the workbook. Whole numbers read the same either way; '1.234' needs the check."""
    if check.sheet.natives is None:
        return pl.Series([False] * body.height, dtype=pl.Boolean)
    whole = text.str.contains(_INT).fill_null(False)
    decimal = text.str.contains(_DEC).fill_null(False)
    if not decimal.any():
        return whole
    grid = check.sheet.native_grid
    if grid is None or text.name not in grid.columns or grid.height != check.sheet.text.height:
        return whole
    typed = grid[text.name].gather(body["_pos"]).is_not_null()
    return whole | (decimal & typed)


def _percent_units(out: pl.DataFrame, native: pl.Series) -> pl.Series:
    """A cell formatted as % in Excel holds 0.952 for 95,2%: scale it when that is what the counts say."""
    ratio = pl.col("sudah_rekam") / pl.col("wajib_ktp") * 100
    p = pl.col("persentase")
    scaled = pl.lit(native) & (p <= 1.5) & (ratio > 1.5) & ((p * 100 - ratio).abs() < (p - ratio).abs())
    return out.select(pl.when(scaled.fill_null(False)).then(p * 100).otherwise(p))["persentase"]
