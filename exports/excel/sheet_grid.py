"""An in-memory sheet: trimmed cell values plus merged ranges (all 0-based)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

CellValue = object
"""str | int | float | bool | date | datetime | time | timedelta | None."""


@dataclass(frozen=True)
class MergedRange:
    """A merged block, 0-based inclusive coordinates."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    @property
    def height(self) -> int:
        return self.last_row - self.first_row + 1

    @property
    def width(self) -> int:
        return self.last_col - self.first_col + 1

    def contains(self, row: int, col: int) -> bool:
        return self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col

    def to_a1(self) -> str:
        """Excel notation, e.g. ``A1:C2``."""
        return f"{col_letter(self.first_col + 1)}{self.first_row + 1}:{col_letter(self.last_col + 1)}{self.last_row + 1}"


def col_letter(col: int) -> str:
    """1-based column number → Excel letters (1 → A, 27 → AA)."""
    out = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def is_blank(value: CellValue) -> bool:
    """True for None, '' and whitespace-only strings."""
    if value is None:
        return True
    return isinstance(value, str) and not value.strip()


def cell_text(value: CellValue) -> str:
    """A cell value as the text a clerk sees, stripped; integral floats lose their ``.0``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, _dt.datetime):
        return (
            value.isoformat(sep=" ")
            if (value.hour or value.minute or value.second)
            else value.date().isoformat()
        )
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    return str(value).strip()


def trim_rows(rows: list[list[CellValue]]) -> list[list[CellValue]]:
    """Drop trailing blank rows and trailing blank columns (the stated dimension lies)."""
    end = len(rows)
    while end and all(is_blank(v) for v in rows[end - 1]):
        end -= 1
    rows = rows[:end]
    width = 0
    for r in rows:
        w = len(r)
        while w > width and is_blank(r[w - 1]):
            w -= 1
        width = max(width, w)
    return [list(r[:width]) + [""] * (width - len(r[:width])) for r in rows]


@dataclass
class SheetGrid:
    """Cell values of one sheet (rows trimmed) with merged ranges."""

    name: str
    rows: list[list[CellValue]]
    merged: list[MergedRange] = field(default_factory=list)
    hidden: bool = False
    truncated: bool = False
    """True when only the first rows were read (layout detection on a big return)."""
    _merge_index: dict[tuple[int, int], MergedRange] | None = field(default=None, repr=False)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def value(self, row: int, col: int) -> CellValue:
        """Value at 0-based (row, col); '' outside the grid."""
        if 0 <= row < len(self.rows):
            r = self.rows[row]
            if 0 <= col < len(r):
                return r[col]
        return ""

    def text(self, row: int, col: int) -> str:
        """Stripped text at 0-based (row, col)."""
        return cell_text(self.value(row, col))

    def merge_at(self, row: int, col: int) -> MergedRange | None:
        """The merged range covering (row, col), if any (indexed for the top 400 rows)."""
        if self._merge_index is None:
            idx: dict[tuple[int, int], MergedRange] = {}
            for m in self.merged:
                for r in range(m.first_row, min(m.last_row, m.first_row + 400) + 1):
                    for c in range(m.first_col, min(m.last_col, m.first_col + 400) + 1):
                        idx[(r, c)] = m
            self._merge_index = idx
        return self._merge_index.get((row, col))

    def anchor_text(self, row: int, col: int) -> str:
        """Text shown at (row, col): a merged cell shows its top-left value."""
        m = self.merge_at(row, col)
        if m is not None:
            return self.text(m.first_row, m.first_col)
        return self.text(row, col)
