"""One sheet of any accepted shape -> the long tables validate.py reads: header problems, region and period from
outside the columns, one table per slot of a wide sheet, counts split by sex added up.

prepare() decides what can be read (and says why not); finish() types the rows (sheetrows.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import polars as pl

from dashboard import fmt
from dashboard.importer import mapping as mappings
from dashboard.importer import resolve, rowperiods, schema, titles, wide
from dashboard.importer.header import Cell, Layout, SheetLayout, find_layout
from dashboard.importer.options import Hints
from dashboard.importer.read import Sheet
from dashboard.importer.validate import Context, data_rows
from dashboard.text import t

CODE = "_code"  # a column added to the rows: the region of a sheet without a code column, or joined code parts


@dataclass
class Outcome:
    """What a file's parse learned besides rows: what the user must settle, and what came from outside it."""

    needs: set[str] = field(default_factory=set)  # kolom | wilayah | periode
    used: dict[str, Any] = field(default_factory=dict)  # recorded with the upload (options.replay)
    mapping: str | None = None  # the name of the mapping the file was read with
    mapping_region: str | None = None  # the region that mapping names for files naming none
    rows_left_out: int = 0  # subtotal rows found by their sums


@dataclass
class Work:
    """One slot of a sheet, ready to type: the layouts to select and to read its rows, its rows, its period."""

    kind: str
    slot: wide.Slot
    select: Layout
    values: Layout
    body: pl.DataFrame
    period: rowperiods.Source
    sums: dict[str, tuple[Cell, Cell]]  # field -> (lk, pr) added into a column '_sum_<field>'
    splits: dict[str, dict[str, Cell]]  # field -> all three parts, when jml is checked against lk + pr
    item_fixed: bool  # the slot's item overrides the rows' (item columns, a mapping's item)
    key_cells: list[str]  # columns of the rows that make a row's key (code, date): empty in all = key-less
    code_column: str | None  # the column of the rows holding the code text (None: the sheet's one region)


def sheet_layout(sheet: Sheet, hints: Hints, out: Outcome) -> SheetLayout | None:
    """The chosen mapping's layout, else a saved mapping whose header row the sheet has, else the shape found."""
    if hints.forced is not None:
        index = mappings.find_row(sheet.text, hints.forced)
        if index is None:
            return None
        return _mapped(sheet, hints.forced, index, out)
    for saved in hints.mappings:
        index = mappings.find_row(sheet.text, saved)
        if index is not None:
            return _mapped(sheet, saved, index, out)
    return find_layout(sheet.text)


def _mapped(sheet: Sheet, chosen: mappings.Mapping, index: int, out: Outcome) -> SheetLayout:
    out.mapping = chosen.name or None
    out.mapping_region = chosen.region
    out.used["mapping"] = chosen.spec()
    return mappings.layout(sheet.text, chosen, index)


def _with_aliases(kind: str, name: str) -> str:
    """'stok_akhir (atau: stok akhir, sisa, saldo akhir)': the column name and a few headers we also accept."""
    aliases = [a for a in schema.field(kind, name).aliases if "_" not in a][:3]
    return f"{name} ({t('import.header.also')}: {', '.join(aliases)})" if aliases else name


def _field_word(name: str) -> str:
    return t(f"import.field.{name}")


def _slot_word(slot: wide.Slot) -> str:
    parts = [t(f"item.{slot.item}")] if slot.item else []
    if slot.period is not None:
        parts.append(slot.period.label)
    return " ".join(parts)


def header_problems(ctx: Context, sheet: Sheet, plan: wide.Plan, out: Outcome) -> bool:
    """Report a sheet's missing, doubled, ambiguous or unplaceable columns; True when its rows cannot be read."""
    layout, kind = plan.layout, plan.kind
    row = int(sheet.rows[layout.header_index])
    texts: list[str] = []
    fields = layout.fields()
    ambiguous = {f for c in layout.cells for f in c.ambiguous if f not in fields}
    for c in layout.cells:
        if c.ambiguous and set(c.ambiguous) - fields:
            names = [_field_word(f) for f in c.ambiguous]
            texts.append(t("shapes.header.ambiguous", column=c.label, first=names[0], second=names[1]))
    for slot in plan.slots:
        missing = [f for f in slot.missing(kind) if f not in ambiguous]
        if missing and not plan.wide:
            texts.append(t("import.header.missing", kind=t(f"import.kind.{kind}").capitalize(),
                           columns="; ".join(_with_aliases(kind, f) for f in missing)))
        elif missing:
            texts.append(t("shapes.header.slot_missing", what=_slot_word(slot),
                           columns=", ".join(_field_word(f) for f in missing)))
        for name, cell in slot.halves():
            texts.append(t("shapes.header.half", column=cell.label, field=_field_word(name)))
    for first, second in layout.twice():
        texts.append(t("import.header.twice", first=first.label, second=second.label, field=_field_word(first.field)))
    for cell in plan.unplaced:
        texts.append(t("shapes.header.unplaced", column=cell.label))
    for text in texts:
        ctx.problems.add(text, row=row, sheet=sheet.name, order=(sheet.index, row, 0))
    if texts:
        out.needs.add("kolom")
    return bool(texts)


def _sheet_problem(ctx: Context, sheet: Sheet, layout: SheetLayout, text: str) -> None:
    row = int(sheet.rows[layout.header_index])
    ctx.problems.add(text, row=row, sheet=sheet.name, order=(sheet.index, row, 0))


def _code_column(sheet: Sheet, plan: wide.Plan) -> tuple[Cell, bool]:
    """(the code column to read, whether its parts must be joined): the most precise of several code columns
    ('Kode Kab' 17.04 | 'Kode Kec' 17.04.01), or the parts of one code ('65' | '02') written together."""
    if len(plan.codes) == 1:
        return plan.codes[0], False
    sample = {c.name: sheet.text[c.name].slice(plan.layout.header_index + 1).drop_nulls().head(50)
              for c in plan.codes}
    dots = {name: int(s.str.count_matches(r"\.").max() or 0) for name, s in sample.items()}
    if max(dots.values()) > 0:
        best = max(plan.codes, key=lambda c: (dots[c.name], c.position))
        return best, False
    return plan.codes[-1], True


def _source(plan: wide.Plan, lines: list[str], hints: Hints) -> tuple[rowperiods.Source | None, resolve.Answer | None]:
    """Where the rows' period comes from when it is not a period column header."""
    date = plan.shared.get("tanggal")
    parts = {k: plan.shared[k] for k in ("semester", "triwulan", "tahun") if k in plan.shared}
    if date is None and not parts:
        answer = resolve.period(lines, hints)
        return (rowperiods.Source(fixed=answer.value), answer) if answer.value is not None else (None, answer)
    month, year, source = resolve.context_period(lines, hints)
    month_column = schema.normalize_header(date.label).startswith("bulan") if date is not None else False
    found = rowperiods.Source(date=date, parts=parts, month=month, year=year.start.year if year else None,
                              month_column=month_column)
    return found, resolve.Answer(source=source)


def prepare(ctx: Context, sheet: Sheet, layout: SheetLayout, hints: Hints, file_name: str,
            out: Outcome) -> list[Work]:
    """The slots of a sheet with their rows selected, or [] when the sheet cannot be read (problems reported)."""
    plan = wide.plan(layout)
    if header_problems(ctx, sheet, plan, out):
        return []
    lines = titles.title_lines(sheet.text, layout.top)
    region, readable = None, True
    if not plan.codes:
        given = hints.region or out.mapping_region  # the user's answer, else the one their mapping keeps
        answer = resolve.region(lines, file_name, replace(hints, region=given))
        if answer.problem:  # reported together with a missing period: the user settles both at once
            _sheet_problem(ctx, sheet, layout, answer.problem)
            out.needs.add("wilayah")
            readable = False
        region = answer.value
        if answer.source in (resolve.GIVEN, resolve.UPLOADER):
            out.used["region"] = region
    sources = []
    for slot in plan.slots:
        source, answer = _slot_source(plan, slot, lines, hints)
        if source is None:
            _sheet_problem(ctx, sheet, layout, answer.problem)
            out.needs.add("periode")
            return []
        if answer is not None and answer.source == resolve.GIVEN:
            out.used["period"] = hints.period
        sources.append(source)
    if not readable:
        return []
    return [_work(sheet, plan, slot, source, region) for slot, source in zip(plan.slots, sources)]


def _slot_source(plan: wide.Plan, slot: wide.Slot, lines: list[str], hints: Hints):
    if slot.period is None:
        return _source(plan, lines, hints)
    found = slot.period.period
    _, year, source = resolve.context_period(lines, hints)
    fixed = found.period(year.start.year if year else None)
    if fixed is None:
        return None, resolve.Answer(problem=t("shapes.header.no_year", column=slot.period.label), needs=True)
    return rowperiods.Source(fixed=fixed), resolve.Answer(source=source if found.year is None else None)


def _work(sheet: Sheet, plan: wide.Plan, slot: wide.Slot, source: rowperiods.Source, region: str | None) -> Work:
    kind = plan.kind
    select: dict[str, Cell] = {k: c for k, c in plan.shared.items() if k in ("tanggal", "jenis")}
    values: dict[str, str] = {k: c.name for k, c in select.items()}
    labels = {k: c.label for k, c in select.items()}
    name = wide.name_cell(plan)
    if name is not None:
        select["nama_wilayah"], values["nama_wilayah"], labels["nama_wilayah"] = name, name.name, name.label
    sums, splits = {}, {}
    for f, parts in slot.counts.items():
        if "jml" in parts:
            select[f], values[f] = parts["jml"], parts["jml"].name
            if {"lk", "pr"} <= parts.keys():
                splits[f] = parts
        else:
            select[f], values[f] = parts["lk"], f"_sum_{f}"
            sums[f] = (parts["lk"], parts["pr"])
        labels[f] = select[f].label if f not in sums else f"{parts['lk'].label} + {parts['pr'].label}"
    key_cells = [select["tanggal"].name] if "tanggal" in select else []
    code_column = None
    if plan.codes:
        code, joined = _code_column(sheet, plan)
        select["kode_wilayah"], values["kode_wilayah"], labels["kode_wilayah"] = code, code.name, code.label
        if joined:
            values["kode_wilayah"] = CODE
        code_column = values["kode_wilayah"]
        key_cells.append(code_column)
    else:
        # No code column: rows are picked by their counts (the first count column stands in for the code in
        # data_rows' 'no code and no number' rule), and the region is added as a column of its own.
        first = min((select[f] for f in slot.counts), key=lambda c: c.position)
        select["kode_wilayah"], values["kode_wilayah"] = first, CODE
        labels["kode_wilayah"] = t("shapes.label.region_from", code=region)
    positions = {k: c.position for k, c in select.items()}
    month_column = "tanggal" in select and schema.normalize_header(select["tanggal"].label).startswith("bulan")
    select_layout = Layout(kind, plan.layout.header_index, {k: c.name for k, c in select.items()},
                           {k: c.label for k, c in select.items()}, positions, month_column)
    body = data_rows(sheet, select_layout)
    if plan.wide:  # a wide row leaves the slots it has nothing for empty (Nov, Des not yet filled; no film)
        counts = [c.name for parts in slot.counts.values() for c in parts.values()]
        body = body.filter(pl.any_horizontal([pl.col(c).is_not_null() for c in counts]))
    if not plan.codes:
        body = body.with_columns(pl.lit(region, pl.String).alias(CODE))
    elif values["kode_wilayah"] == CODE:
        # Parts in separate columns ('65' | '02') are written together as one dotless code ('6502'): like any
        # dotless code it is read as BPS writes it (validate._codes), never turned Kemendagri by inserting a dot.
        body = body.with_columns(pl.concat_str([pl.col(c.name).str.strip_chars() for c in plan.codes]).alias(CODE))
    value_layout = Layout(kind, plan.layout.header_index, values, labels, positions, month_column)
    item_fixed = slot.item is not None and (plan.wide or "jenis" not in plan.shared)
    return Work(kind, slot, select_layout, value_layout, body, source, sums, splits, item_fixed, key_cells,
                code_column)


def cards_columns(work: Work) -> list[tuple[str, Cell]]:
    """(field, cell) of count columns whose header gives cards as the unit (a ribbon/film slot converts them)."""
    return [(f, parts["jml"] if "jml" in parts else parts["lk"]) for f, parts in work.slot.counts.items()
            if any(c.cards for c in parts.values())]


def describe_headers(cells: list[str]) -> str:
    shown = [c for c in cells if c][:20]
    return ", ".join(f'"{c}"' for c in shown) if shown else fmt.EMPTY


def required_words(kind: str) -> str:
    """The columns a standard export of this kind has (date and code may also come from the title rows)."""
    return ", ".join(schema.required(kind))
