"""What the mapping step shows of a file no shape fits: its first rows, the row that looks like the header, and our
best guess of which column is which (the official corrects it)."""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from dashboard.importer import schema
from dashboard.importer.header import SCAN_ROWS, find_layout, label
from dashboard.importer.mapping import Mapping, normalised_row
from dashboard.importer.problems import Refusal
from dashboard.importer.read import read_sheets

SHOWN_ROWS = 12


@dataclass
class Preview:
    """One sheet's top rows as text (columns named A, B, C like the spreadsheet), the guessed header row and kind,
    and the guessed field -> column position."""

    sheet: str | None
    rows: pl.DataFrame
    row_numbers: list[int]
    header_index: int
    kind: str
    guess: dict[str, int] = field(default_factory=dict)
    error: str | None = None

    def headers(self, index: int | None = None) -> list[str]:
        index = self.header_index if index is None else index
        if index >= self.rows.height:
            return []
        return [label(c) for c in self.rows.row(index)]

    def mapping(self, *, name: str, kind: str, index: int, columns: dict[str, int], item: str | None,
                region: str | None, office: str) -> Mapping:
        return Mapping(name=name, kind=kind, headers=normalised_row(self.rows.row(index)), columns=columns,
                       item=item, region=region, office=office)


def column_letter(position: int) -> str:
    """0 -> 'A', 26 -> 'AA' (what the official sees in Excel)."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def preview(file_name: str, data: bytes, *, max_rows: int = 200_000) -> Preview:
    """The first sheet with text, as the mapping step shows it; .error when the file cannot be read at all."""
    try:
        sheets = [s for s in read_sheets(file_name, data, max_rows=max_rows) if s.text.height]
    except Refusal as refusal:
        return Preview(None, pl.DataFrame(), [], 0, schema.STOCK, error=refusal.text())
    if not sheets:
        return Preview(None, pl.DataFrame(), [], 0, schema.STOCK)
    layouts = [(s, find_layout(s.text)) for s in sheets]
    sheet, layout = next(((s, lay) for s, lay in layouts if lay is not None), layouts[0])
    top = sheet.text.head(max(SCAN_ROWS, SHOWN_ROWS))
    rows = top.rename({c: column_letter(i) for i, c in enumerate(top.columns)})
    if layout is None:
        index = _fullest_row(rows)
        return Preview(sheet.name, rows, sheet.rows.head(rows.height).to_list(), index, schema.STOCK)
    guess = {}
    for cell in layout.matched:
        if cell.part == "jml" and cell.field not in guess:
            guess[cell.field] = cell.position
    return Preview(sheet.name, rows, sheet.rows.head(rows.height).to_list(), layout.header_index, layout.kind, guess)


def _fullest_row(rows: pl.DataFrame) -> int:
    """The row with the most filled cells that are not numbers (a header's cells are words)."""
    best, index = -1, 0
    for i, cells in enumerate(rows.head(SCAN_ROWS).iter_rows()):
        n = sum(1 for c in cells if c is not None and not str(c).replace(".", "").replace(",", "").isdigit())
        if n > best:
            best, index = n, i
    return index
