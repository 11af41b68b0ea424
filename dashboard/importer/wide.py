"""Wide sheets -> normal rows: one column per item ('Sisa Blangko | Sisa Ribbon | Sisa Film', or an item's column
group) or per period ('PEMAKAIAN' over 'Jan | Feb | ...'), and counts split by sex (LK | PR | JML).

A sheet is cut into slots, one per (item, period) its header names; every slot becomes its own long table with the
sheet's shared columns (date, code, name). A long sheet is the one-slot case.
- A column naming no item, in a sheet whose other columns name items, counts cards (blangko).
- A column naming no period, in a sheet of period columns, is that row's total when its field also has period
  columns (left out), else shared by every period ('Wajib KTP' beside 'Rekam Jan | Rekam Feb').
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.importer import schema
from dashboard.importer.header import Cell, SheetLayout, required_counts

SHARED_FIELDS = ("tanggal", "kode_wilayah", "nama_wilayah", "jenis", "semester", "triwulan", "tahun")


@dataclass
class Slot:
    """One long table inside a sheet: its item and period (None: from the rows), and field -> sex -> column."""

    item: str | None
    period: Cell | None  # a cell holding the period (its .period), standing for every cell of the slot
    counts: dict[str, dict[str, Cell]] = field(default_factory=dict)

    def missing(self, kind: str) -> list[str]:
        return [f for f in required_counts(kind) if "jml" not in self.counts.get(f, {})
                and not {"lk", "pr"} <= self.counts.get(f, {}).keys()]

    def halves(self) -> list[tuple[str, Cell]]:
        """Fields given for one sex only (no total, no other half): they cannot make a total."""
        return [(f, next(iter(parts.values()))) for f, parts in self.counts.items()
                if "jml" not in parts and len(parts) == 1]


@dataclass
class Plan:
    """What a sheet's header says: shared columns, code columns, slots, and columns we could not place."""

    layout: SheetLayout
    shared: dict[str, Cell]
    codes: list[Cell]
    names: list[Cell]
    slots: list[Slot]
    unplaced: list[Cell]  # a column naming no item among columns for several items
    totals: list[Cell]  # period-less columns beside the same field's period columns (row totals, left out)

    @property
    def kind(self) -> str:
        return self.layout.kind

    @property
    def wide(self) -> bool:
        return len(self.slots) > 1


def _period_key(cell: Cell) -> tuple | None:
    return (cell.period.what, cell.period.number, cell.period.year) if cell.period is not None else None


def plan(layout: SheetLayout) -> Plan:
    kind = layout.kind
    shared: dict[str, Cell] = {}
    codes, names, counts = [], [], []
    for cell in layout.matched:
        if cell.field == "kode_wilayah":
            codes.append(cell)
        elif cell.field == "nama_wilayah":
            names.append(cell)
        elif cell.field in SHARED_FIELDS:
            shared.setdefault(cell.field, cell)
        elif schema.field(kind, cell.field).type == "count" or cell.part == "jml":
            counts.append(cell)  # a percentage per sex ('% Rekam LK') is no part of a total: left out
    items = {c.item for c in counts if c.item}
    with_period = {c.field for c in counts if c.period is not None}
    default_item = "blangko" if "blangko" in items else next(iter(items)) if len(items) == 1 else None
    placed: list[tuple[str | None, tuple | None, Cell]] = []
    unplaced, totals, everywhere = [], [], []
    for cell in counts:
        item = cell.item or default_item
        if items and item is None:
            unplaced.append(cell)
            continue
        if with_period and cell.period is None:
            (totals if cell.field in with_period else everywhere).append((item, cell))
            continue
        placed.append((item, _period_key(cell), cell))
    slots: dict[tuple, Slot] = {}
    for item, key, cell in placed:
        slot = slots.setdefault((item, key), Slot(item, cell if key else None))
        slot.counts.setdefault(cell.field, {})[cell.part] = cell
    for item, cell in everywhere:
        for (slot_item, _), slot in slots.items():
            if slot_item == item:
                slot.counts.setdefault(cell.field, {}).setdefault(cell.part, cell)
    if not slots:
        slots[(default_item, None)] = Slot(default_item, None)
    return Plan(layout, shared, codes, names, list(slots.values()), unplaced, [c for _, c in totals])


def all_cells(plan_: Plan) -> list[Cell]:
    """Every column a plan reads, left to right."""
    cells = {c.position: c for c in (*plan_.shared.values(), *plan_.codes, *plan_.names)}
    for slot in plan_.slots:
        for parts in slot.counts.values():
            cells.update({c.position: c for c in parts.values()})
    return [cells[p] for p in sorted(cells)]


def name_cell(plan_: Plan) -> Cell | None:
    """The region name column compared with the code: the rightmost (Provinsi | Kab/Kota | Kecamatan: the most
    precise one, where the code points)."""
    return plan_.names[-1] if plan_.names else None

