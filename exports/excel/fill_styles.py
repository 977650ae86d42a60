"""The look of written data rows, taken from the template.

The first template data row gives the style when it is formatted (borders); otherwise the
example row does, with its red/italic "sample" font and any shading removed; otherwise a
plain bordered style is derived from the bottom header row. Each column gets two cell-style
ids in the output workbook: its own and a text ('@') variant for ID numbers and other long
digit strings. A column the template formats as a date (its data or example cell, or the whole
column: a number format with a year or day in it) keeps that format, and dates are written
into it as real Excel dates.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.numbers import is_date_format
from openpyxl.worksheet.worksheet import Worksheet

from exports.excel.fill_layout import FillLayout, RowPlan
from exports.excel.row_xml import split_formula

TEXT_FORMAT_ID = 49  # the built-in '@' number format
_THIN = Side(style="thin")


@dataclass
class DataStyle:
    """Cell-style ids per 1-based column, the data row height and per-row merges."""

    style_ids: dict[int, int]
    text_style_ids: dict[int, int]
    text_columns: set[int]
    row_height: float | None
    source: str
    row_merges: list[tuple[int, int]] = field(default_factory=list)  # (first_col, last_col)
    formulas: dict[int, tuple[str | tuple[str, int], ...]] = field(default_factory=dict)
    """Per-row formulas of the source row (e.g. a row total ``=SUM(C6:E6)``), by column."""
    date_columns: set[int] = field(default_factory=set)
    """Columns whose style is a date format: a date is written there as a date serial, not as text."""


_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def is_date_style(number_format: str | None) -> bool:
    """A number format that shows a calendar date (yyyy-mm-dd, yyyy"年"m"月"d"日", yyyy.mm): a date format
    with a year or a day in it, so a time of day (h:mm) is not taken for one."""
    if not number_format or not is_date_format(number_format):
        return False
    return bool(re.search(r"[yYdDeE]", _QUOTED.sub("", number_format)))


def _date_format(ws: Worksheet, rows: tuple[int | None, ...], c: int) -> str | None:
    """The date format the template gives column `c`'s data: its cell in `rows` (the first data row,
    the example row), or the whole column; None when it gives none."""
    cells = ws._cells
    for r in rows:
        cell = cells.get((r, c)) if r else None
        if cell is not None and cell.has_style and is_date_style(cell.number_format):
            return cell.number_format
    for dim in ws.column_dimensions.values():
        if (dim.min or 0) <= c <= (dim.max or 0) and dim.style_id and is_date_style(dim.number_format):
            return dim.number_format
    return None


def _has_border(cell: Cell | None) -> bool:
    if cell is None or not cell.has_style:
        return False
    b = cell.border
    return any(s is not None and s.style for s in (b.left, b.right, b.top, b.bottom))


def _source_row(ws: Worksheet, lay: FillLayout, plan: RowPlan, width: int) -> tuple[int | None, str]:
    cells = ws._cells
    ds = lay.data_start_row
    in_area = plan.tail_start is None or ds < plan.tail_start
    if in_area and any(_has_border(cells.get((ds, c))) for c in range(1, width + 1)):
        return ds, "data_row"
    ex = lay.example_row
    if ex and any(_has_border(cells.get((ex, c))) for c in range(1, width + 1)):
        return ex, "example_row"
    return None, "header"


def _plain_font(font: Font, *, bold: bool = False) -> Font:
    out = copy(font)
    out.color = None
    out.i = False
    out.b = bold
    return out


def build_data_style(ws: Worksheet, lay: FillLayout, plan: RowPlan, width: int) -> DataStyle:
    """Register the data-row styles in ``ws``'s workbook and return their ids."""
    wb = ws.parent
    row, source = _source_row(ws, lay, plan, width)
    header_row = lay.header_rows[1]
    scratch = Cell(ws, row=1, column=1)
    ids: dict[int, int] = {}
    text_ids: dict[int, int] = {}
    text_cols: set[int] = set()
    date_cols: set[int] = set()
    in_area = plan.tail_start is None or lay.data_start_row < plan.tail_start
    own_rows = (lay.data_start_row if in_area else None, lay.example_row)
    for c in range(1, width + 1):
        src = ws._cells.get((row, c)) if row is not None else None
        if src is not None and _has_border(src):
            scratch._style = copy(src._style)
            if source == "example_row":
                scratch.font = _plain_font(src.font)
                scratch.fill = PatternFill()
                scratch.number_format = "@" if src.number_format == "@" else "General"
                if (dated := _date_format(ws, own_rows, c)) is not None:
                    scratch.number_format = dated
        else:
            head = ws._cells.get((header_row, c))
            scratch._style = copy(head._style) if head is not None else copy(scratch._style)
            scratch.font = _plain_font(head.font) if head is not None else Font()
            scratch.fill = PatternFill()
            if not _has_border(head):
                scratch.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
            scratch.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            scratch.number_format = _date_format(ws, own_rows, c) or "General"
        if is_date_style(scratch.number_format):
            date_cols.add(c)
        arr = copy(scratch._style)
        ids[c] = wb._cell_styles.add(arr)
        if arr.numFmtId == TEXT_FORMAT_ID:
            text_cols.add(c)
            text_ids[c] = ids[c]
        else:
            tarr = copy(arr)
            tarr.numFmtId = TEXT_FORMAT_ID
            text_ids[c] = wb._cell_styles.add(tarr)
    height = None
    for r in (row, lay.data_start_row if in_area else None, lay.example_row):
        dim = ws.row_dimensions.get(r) if r is not None else None
        if dim is not None and dim.ht:
            height = float(dim.ht)
            break
    merges: list[tuple[int, int]] = []
    if row is not None:
        for m in ws.merged_cells.ranges:
            if m.min_row == m.max_row == row and m.max_col <= width:
                merges.append((m.min_col, m.max_col))
    formulas = {}
    for c in range(1, width + 1):
        src = ws._cells.get((row, c)) if row is not None else None
        if src is not None and src.data_type == "f" and isinstance(src.value, str):
            formulas[c] = split_formula(src.value, row)
    return DataStyle(ids, text_ids, text_cols, height, source, sorted(merges), formulas, date_cols)
