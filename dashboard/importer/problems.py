"""Problems (reasons to refuse a file) and warnings, as the user sees them: file, sheet, row, column, value."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.text import t

MAX_LISTED = 50  # a refusal lists this many problems, then "dan N masalah lain"
MAX_VALUE_CHARS = 60


def show_value(value: object) -> str | None:
    """A cell value short enough for a message line (hostile files may hold megabytes in one cell)."""
    if value is None:
        return None
    text = str(value).replace("\n", " ").replace("\r", " ")
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One finding. row is the 1-based spreadsheet row (title rows included); sheet only for XLSX."""

    file: str
    message: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    sheet: str | None = None

    def describe(self) -> str:
        """'stok.xlsx, sheet Data, baris 7, kolom "Kode": kode wilayah tidak dikenal (nilai: "99.99")'."""
        where = [self.file]
        if self.sheet:
            where.append(t("import.where.sheet", sheet=self.sheet))
        if self.row is not None:
            where.append(t("import.where.row", row=self.row))
        if self.column:
            where.append(t("import.where.column", column=self.column))
        text = f"{', '.join(where)}: {self.message}"
        if self.value is not None:
            text += " " + t("import.where.value", value=self.value)
        return text

    def __str__(self) -> str:
        return self.describe()


class Refusal(Exception):
    """A reason to refuse the whole file before any row is looked at (size, type, bomb, no header...)."""

    def __init__(self, key: str, **values: object):
        super().__init__(key)
        self.key = key
        self.values = values

    def text(self) -> str:
        return t(self.key, **self.values)


class CellRefusal(Refusal):
    """A Refusal that points at a place in the file: a sheet, and where known a row, a column and the value."""

    def __init__(self, key: str, *, sheet: str | None = None, row: int | None = None, column: str | None = None,
                 value: object = None, **values: object):
        super().__init__(key, sheet=sheet, **values)
        self.sheet, self.row, self.column, self.value = sheet, row, column, value

    def problem(self, file: str) -> Problem:
        return Problem(file, self.text(), self.row, self.column, show_value(self.value), self.sheet)


class Collector:
    """Keeps the first MAX_LISTED findings in spreadsheet order and counts all of them."""

    def __init__(self, file: str):
        self.file = file
        self.items: list[tuple[tuple, Problem]] = []
        self.total = 0

    def add(self, message: str, *, row: int | None = None, column: str | None = None, value: object = None,
            sheet: str | None = None, order: tuple = ()) -> None:
        self.total += 1
        self.items.append((order, Problem(self.file, message, row, column, show_value(value), sheet)))
        if len(self.items) > 4 * MAX_LISTED:  # keep memory bounded on files with thousands of findings
            self._trim()

    def count_more(self, n: int) -> None:
        """Findings counted but not listed (a check that stopped collecting at MAX_LISTED)."""
        self.total += n

    def _trim(self) -> None:
        self.items.sort(key=lambda item: item[0])
        del self.items[MAX_LISTED:]

    def listed(self) -> list[Problem]:
        self._trim()
        return [p for _, p in self.items]


def summary_lines(problems: list[Problem], total: int) -> list[str]:
    """Every listed problem as a line, then 'dan N masalah lain' when some were not listed."""
    lines = [p.describe() for p in problems[:MAX_LISTED]]
    if total > len(lines):
        lines.append(t("import.more", n=total - len(lines)))
    return lines
