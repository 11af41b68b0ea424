"""Column mappings: an office's answer to "which column is which" for a file no shape fits, kept by name.

A mapping holds the header row it was made for (normalised cells, the file's signature), the column position of
each field, and, for files that name none, the item and the region. It applies to a sheet that has a row with the
same normalised cells; the period is never kept (next month's file is another period: it comes from the file, or
is asked again).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from dashboard.importer import schema
from dashboard.importer.header import SCAN_ROWS, Cell, SheetLayout, label

MAX_NAME = 60


@dataclass(frozen=True)
class Mapping:
    """One saved (or just chosen) mapping."""

    name: str
    kind: str
    headers: tuple[str, ...]  # the header row, normalised, trailing empty cells left out
    columns: dict[str, int] = field(default_factory=dict)  # field -> column position in that row
    item: str | None = None  # stock files without a jenis column: which item they count
    region: str | None = None  # files that name no region
    office: str = ""  # the uploader's region ('' = pusat / no region)

    def spec(self) -> dict[str, Any]:
        """A JSON-able dict (stored in the mappings table and with each upload that used it)."""
        return {"name": self.name, "kind": self.kind, "headers": list(self.headers), "columns": dict(self.columns),
                "item": self.item, "region": self.region, "office": self.office}

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> "Mapping":
        return cls(name=str(spec.get("name") or ""), kind=str(spec["kind"]), headers=tuple(spec["headers"]),
                   columns={str(k): int(v) for k, v in dict(spec.get("columns") or {}).items()},
                   item=spec.get("item"), region=spec.get("region"), office=str(spec.get("office") or ""))

    def signature(self) -> str:
        return json.dumps(list(self.headers), ensure_ascii=False)


def normalised_row(cells: tuple | list) -> tuple[str, ...]:
    """A header row as a mapping compares it: each cell normalised, trailing empty cells dropped."""
    out = [schema.normalize_header(c) if c is not None else "" for c in cells]
    while out and not out[-1]:
        out.pop()
    return tuple(out)


def signature_of(cells: tuple | list) -> str:
    return json.dumps(list(normalised_row(cells)), ensure_ascii=False)


def find_row(frame: pl.DataFrame, mapping: Mapping) -> int | None:
    """The first row (of the first SCAN_ROWS) whose normalised cells are the mapping's header row."""
    for index, cells in enumerate(frame.head(SCAN_ROWS).iter_rows()):
        if normalised_row(cells) == mapping.headers:
            return index
    return None


def layout(frame: pl.DataFrame, mapping: Mapping, index: int) -> SheetLayout:
    """The sheet's layout as the mapping says: each mapped column is exactly its field."""
    row = frame.row(index)
    names = frame.columns
    by_position = {position: name for name, position in mapping.columns.items()}
    cells = []
    for position, cell in enumerate(row):
        text = label(cell)
        chosen = by_position.get(position)
        if chosen is None and not text:
            continue
        item = mapping.item if chosen is not None and mapping.kind == schema.STOCK else None
        cells.append(Cell(position, names[position], text or chosen or "", chosen, item=item))
    return SheetLayout(mapping.kind, index, index, tuple(cells))


def check(mapping: Mapping) -> list[str]:
    """Text keys of what is wrong with a chosen mapping (one column for two fields, a required count missing)."""
    problems = []
    positions = list(mapping.columns.values())
    if len(positions) != len(set(positions)):
        problems.append("mapping.err.same_column")
    fields = {f.name for f in schema.FIELDS.get(mapping.kind, ())} | {f.name for f in schema.PERIOD_FIELDS}
    if mapping.kind not in schema.KINDS or not set(mapping.columns) <= fields:
        problems.append("mapping.err.unknown_field")
    counts = [f for f in schema.required(mapping.kind) if schema.field(mapping.kind, f).type == "count"] \
        if mapping.kind in schema.KINDS else []
    if any(f not in mapping.columns for f in counts):
        problems.append("mapping.err.required")
    if any(p < 0 or p >= len(mapping.headers) for p in positions):
        problems.append("mapping.err.position")
    return problems
