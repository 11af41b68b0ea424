"""Header-row detection: which row names the columns (with the group row above it, if any), which export kind the
sheet is, and what each header cell means (field, sex split, item, period; see matcher.py).

A two-row header ('WAJIB KTP' merged over 'LK | PR | JML', 'BLANGKO' over 'Stok Awal | ... | Sisa', 'PEMAKAIAN'
over 'Jan | Feb | ...') is read as one: each lower cell takes the group label above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import polars as pl

from dashboard.importer import matcher, periods, schema

SCAN_ROWS = 40  # title rows, logos and blank lines above the header; real exports use fewer than 10
MIN_FIELDS = 3  # fewer recognised columns is a note or summary table, not an export
_SHARED = frozenset({"tanggal", "kode_wilayah", "nama_wilayah", "semester", "triwulan", "tahun"})
MANY = frozenset({"nama_wilayah", "kode_wilayah"})  # two of these (Provinsi, Kab/Kota) are common
_SPACES = re.compile(r"\s+")
# The longest header label read for meaning. Real labels stay under 120 characters; a 5 MB cell in a row tried as a
# header was matched word by word against every pattern, 8 s for one file before its row was refused.
LABEL_READ = 300


@dataclass(frozen=True)
class Layout:
    """Where one long table's data is: the header row, the kind and the column of each field (validate.py)."""

    kind: str
    header_index: int  # 0-based position of the header row in the sheet frame
    columns: dict[str, str]  # field -> frame column
    labels: dict[str, str]  # field -> header text as the user wrote it
    positions: dict[str, int]  # field -> column position, to list problems left to right
    month_column: bool  # the date column is headed 'bulan': a day in it stands for its month
    missing: tuple[str, ...] = ()  # required fields without a column
    twice: tuple[tuple[str, str, str], ...] = ()  # (field, first header, second header) naming the same field


@dataclass(frozen=True)
class Cell:
    """One header cell and what it means."""

    position: int
    name: str  # frame column
    label: str  # as the user wrote it, group label first
    field: str | None
    part: str = "jml"
    item: str | None = None
    period: periods.Found | None = None
    cards: bool = False
    ambiguous: tuple[str, ...] = ()

    @property
    def role(self) -> tuple:
        return self.field, self.part, self.item, (self.period.what, self.period.number, self.period.year) \
            if self.period else None


@dataclass(frozen=True)
class SheetLayout:
    """A sheet's header: its kind, the header row (data start below it), the first header row, every cell."""

    kind: str
    header_index: int
    top: int  # rows above are title rows
    cells: tuple[Cell, ...]

    @property
    def matched(self) -> list[Cell]:
        return [c for c in self.cells if c.field is not None]

    def fields(self) -> set[str]:
        return {c.field for c in self.matched}

    def twice(self) -> list[tuple[Cell, Cell]]:
        """Pairs of columns that say the same thing (same field, sex, item and period)."""
        seen: dict[tuple, Cell] = {}
        out = []
        for c in self.matched:
            if c.field in MANY:
                continue
            if c.role in seen:
                out.append((seen[c.role], c))
            else:
                seen[c.role] = c
        return out


def label(cell: object) -> str:
    """A header cell as the user sees it on one line."""
    return _SPACES.sub(" ", str(cell)).strip() if cell is not None else ""


def _labels(row: tuple, group: tuple | None) -> list[tuple[str, str]]:
    """(group label, own label) of each column; under a group row a cell takes the label spanning it."""
    own = [label(c)[:LABEL_READ] for c in row]
    if group is None:
        return [("", text) for text in own]
    out, spanning = [], ""
    for position, text in enumerate(own):
        above = label(group[position])[:LABEL_READ] if position < len(group) else ""
        if above:
            spanning = above if text else ""  # a label over an empty cell is a cell merged downwards
        out.append((spanning, text) if text else ("", above))
    return out


@lru_cache(maxsize=4096)
def _split(text: str) -> tuple[periods.Found | None, str]:
    """(the one period a label names, the label without it)."""
    found = periods.find(text) if text else []
    if len(found) != 1:
        return None, text
    period = found[0]  # find() keeps positions (it only lowercases and collapses spaces, as label() did)
    return period, (text[:period.start] + " " + text[period.end:]).strip()


def _cell(kind: str, position: int, name: str, group: str, own: str) -> Cell:
    """A cell's meaning: its own label when that names a field ('Wajib KTP' under 'PEREKAMAN'), the group's
    item, sex and period added; else the group and own label read together ('WAJIB KTP' + 'LK', 'PEMAKAIAN' +
    'Jan')."""
    text = f"{group} {own}".strip()
    own_period, own_rest = _split(own)
    group_period, group_rest = _split(group)
    period = own_period or group_period
    m = matcher.match(kind, own_rest) if own_rest else matcher.NO_MATCH
    if m.field is not None and group:
        part, item, cards = matcher.qualifiers(group_rest)
        item = m.item or item
        cards = m.cards or cards or matcher.cards_unit(matcher.words(own_rest), item)
        m = matcher.Match(m.field, m.part if m.part != "jml" else part or "jml", item, cards)
    elif group:
        m = matcher.match(kind, f"{group_rest} {own_rest}".strip())
    if m.field is None:
        return Cell(position, name, text, None, ambiguous=m.ambiguous)
    return Cell(position, name, text, m.field, m.part, m.item, period, m.cards)


def _read(kind: str, labels: list[tuple[str, str]], names: list[str]) -> list[Cell]:
    return [_cell(kind, i, names[i], group, own) for i, (group, own) in enumerate(labels) if group or own]


def _score(kind: str, cells: list[Cell]) -> tuple[int, int, int]:
    fields = {c.field for c in cells if c.field is not None}
    if not (fields - _SHARED) or len(fields) < MIN_FIELDS:
        return 0, 0, 0
    layout = SheetLayout(kind, 0, 0, tuple(cells))
    return len(fields), -len(layout.twice()), len(layout.matched)


def required_counts(kind: str) -> list[str]:
    """The count columns a kind cannot do without (pemakaian, stok_akhir; wajib_ktp, sudah_rekam)."""
    return [f for f in schema.required(kind) if schema.field(kind, f).type == "count"]


def _complete(kind: str, cells: list[Cell]) -> bool:
    return set(required_counts(kind)) <= {c.field for c in cells}


def _candidates(frame: pl.DataFrame):
    """(score, kind, header row, top row, cells) for every row of the first SCAN_ROWS, with and without a group row."""
    head = frame.head(SCAN_ROWS).rows()
    names = frame.columns
    for index, row in enumerate(head):
        groups: list[int | None] = [None]
        if index > 0 and sum(c is not None for c in head[index - 1]) >= 2:
            groups.append(index - 1)
        for group in groups:
            labels = _labels(row, head[group] if group is not None else None)
            for kind in schema.KINDS:
                cells = _read(kind, labels, names)
                score = _score(kind, cells)
                if score[0]:
                    yield (_complete(kind, cells), *score), kind, index, group if group is not None else index, cells


def best_score(frame: pl.DataFrame) -> int:
    """The best header score of a sheet's first rows (used to choose a CSV's delimiter)."""
    return max((score[1] for score, *_ in _candidates(frame)), default=0)


def find_layout(frame: pl.DataFrame) -> SheetLayout | None:
    """The sheet's header, or None when no row in its first SCAN_ROWS looks like an export header.

    The best row wins (a kind whose required counts are all there, then more fields, fewer doubled columns, more
    recognised columns); among equals the first (later ones are headers repeated on each printed page), and a
    row read on its own before the same row under a group row.
    """
    best = None
    for score, kind, index, top, cells in _candidates(frame):
        if best is None or score > best[0]:
            best = (score, kind, index, top, cells)
    if best is None:
        return None
    _, kind, index, top, cells = best
    return SheetLayout(kind, index, top, tuple(cells))


def header_cells(frame: pl.DataFrame, index: int) -> list[str]:
    """The labels of one row, as written (for messages and the mapping step)."""
    if index >= frame.height:
        return []
    return [label(c) for c in frame.row(index)]
