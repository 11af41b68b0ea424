"""Header-row detection: which row names the columns, which export kind a sheet is, and which column is which."""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

from dashboard.importer import schema

SCAN_ROWS = 40  # title rows, logos and blank lines above the header; real exports use fewer than 10
MIN_FIELDS = 3  # fewer recognised columns is a note or summary table, not an export
_SHARED = frozenset({"tanggal", "kode_wilayah", "nama_wilayah"})  # in both kinds: they do not decide the kind
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Layout:
    """Where a sheet's data is: the header row, the kind it shows and the column of each field."""

    kind: str
    header_index: int  # 0-based position of the header row in the sheet frame
    columns: dict[str, str]  # field -> frame column
    labels: dict[str, str]  # field -> header text as the user wrote it
    positions: dict[str, int]  # field -> column position, to list problems left to right
    month_column: bool  # the date column is headed 'bulan': a day in it stands for its month
    missing: tuple[str, ...]  # required fields without a column
    twice: tuple[tuple[str, str, str], ...]  # (field, first header, second header) naming the same field


def label(cell: object) -> str:
    """A header cell as the user sees it on one line."""
    return _SPACES.sub(" ", str(cell)).strip() if cell is not None else ""


def _fields(kind: str, cells: tuple) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for position, cell in enumerate(cells):
        if cell is None:
            continue
        name = schema.field_for(kind, cell)
        if name is not None:
            found.setdefault(name, []).append(position)
    return found


def _row_score(cells: tuple) -> int:
    """How strongly a row looks like a header: the recognised fields of its best kind (0 when not a header)."""
    best = 0
    for kind in schema.KINDS:
        found = _fields(kind, cells)
        if found.keys() - _SHARED and len(found) >= MIN_FIELDS:
            best = max(best, len(found))
    return best


def best_score(frame: pl.DataFrame) -> int:
    """The best header score of a sheet's first rows (used to choose a CSV's delimiter)."""
    return max((_row_score(cells) for cells in frame.head(SCAN_ROWS).iter_rows()), default=0)


def find_layout(frame: pl.DataFrame) -> Layout | None:
    """The sheet's layout, or None when no row in its first SCAN_ROWS looks like an export header."""
    head = frame.head(SCAN_ROWS).rows()
    scores = [_row_score(cells) for cells in head]
    if not scores or max(scores) == 0:
        return None
    index = scores.index(max(scores))  # the first of equally good rows: later ones are repeats
    cells = list(head[index])
    by_kind = {kind: _fields(kind, tuple(cells)) for kind in schema.KINDS}
    complete = [k for k in schema.KINDS if set(schema.required(k)) <= by_kind[k].keys()]
    if complete:
        kind = max(complete, key=lambda k: len(by_kind[k]))
    else:
        kind = max(schema.KINDS, key=lambda k: len(by_kind[k].keys() - _SHARED))
    found = by_kind[kind]
    if index > 0:
        # A header cell merged downwards ('Tanggal' over two header rows) keeps its text in the row above.
        above = head[index - 1]
        for position, cell in enumerate(above):
            name = schema.field_for(kind, cell) if cell is not None and cells[position] is None else None
            if name is not None and name not in found:
                found[name] = [position]
                cells[position] = cell
    names = frame.columns
    twice = tuple(
        (name, label(cells[spots[0]]), label(cells[spots[1]]))
        for name, spots in found.items()
        if len(spots) > 1 and name != "nama_wilayah"  # two name columns (Provinsi, Kab/Kota) are common
    )
    date_label = label(cells[found["tanggal"][0]]) if "tanggal" in found else ""
    return Layout(
        kind=kind,
        header_index=index,
        columns={name: names[spots[0]] for name, spots in found.items()},
        labels={name: label(cells[spots[0]]) for name, spots in found.items()},
        positions={name: spots[0] for name, spots in found.items()},
        month_column=schema.normalize_header(date_label).startswith("bulan"),
        missing=tuple(name for name in schema.required(kind) if name not in found),
        twice=twice,
    )
