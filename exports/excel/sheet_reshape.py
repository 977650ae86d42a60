"""Make room for the data in a loaded template sheet (openpyxl, normal mode).

Drops the example row and the template's blank/pre-numbered data rows, moves everything
below (合计, footers, notes) down past the data, and moves or stretches what refers to rows:
merged ranges, row heights, data-validation lists, conditional formats, the auto-filter,
the print area. Sets print titles to the header rows, fit-to-width printing and frozen
header panes. The data rows themselves are not written here (see :mod:`exports.excel.row_xml`).
"""

from __future__ import annotations

import re
from copy import copy

from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from exports.excel.fill_layout import FillLayout, RowPlan


def map_range(plan: RowPlan, min_row: int, max_row: int, *, stretch: bool) -> tuple[int, int] | None:
    """New (min_row, max_row) of a row span; None when it disappears.

    With ``stretch`` a span that reaches into the data area (a dropdown list, a filter)
    is made to cover exactly the written data rows; otherwise such a span is dropped.
    """
    top, tail = plan.cut_first, plan.tail_start
    in_tail = tail is not None and min_row >= tail
    if max_row < top:
        return min_row, max_row
    if in_tail:
        return min_row + plan.shift, max_row + plan.shift
    if not stretch or plan.n_data == 0:
        return None
    if min_row >= top:  # starts on the data rows: cover exactly the written rows
        return plan.data_first, plan.data_last
    new_max = plan.data_last if tail is None or max_row < tail else max_row + plan.shift
    return min_row, new_max


def _map_ref(plan: RowPlan, ref: CellRange, *, stretch: bool) -> str | None:
    span = map_range(plan, ref.min_row, ref.max_row, stretch=stretch)
    if span is None:
        return None
    return f"{get_column_letter(ref.min_col)}{span[0]}:{get_column_letter(ref.max_col)}{span[1]}"


def _move_cells(ws: Worksheet, plan: RowPlan) -> None:
    moved = {}
    for (r, c), cell in ws._cells.items():
        nr = plan.new_row(r)
        if nr is None:
            continue
        if nr != r:
            cell.row = nr
        moved[(nr, c)] = cell
    ws._cells = moved


def _move_merges(ws: Worksheet, plan: RowPlan) -> None:
    refs = []
    for m in ws.merged_cells.ranges:
        ref = _map_ref(plan, m, stretch=False)
        if ref is not None:
            refs.append(ref)
    ws.merged_cells = MultiCellRange()
    for ref in refs:
        ws.merged_cells.add(MergedCellRange(ws, ref))


def _move_row_dimensions(ws: Worksheet, plan: RowPlan) -> None:
    old = dict(ws.row_dimensions)
    ws.row_dimensions.clear()
    for r, dim in old.items():
        nr = plan.new_row(r)
        if nr is None:
            continue
        new = RowDimension(
            ws,
            index=nr,
            ht=dim.ht,
            hidden=dim.hidden,
            outlineLevel=dim.outlineLevel,
            collapsed=dim.collapsed,
            thickBot=dim.thickBot,
            thickTop=dim.thickTop,
        )
        if dim.has_style:
            new._style = copy(dim._style)
        ws.row_dimensions[nr] = new


def _move_validations(ws: Worksheet, plan: RowPlan) -> None:
    kept = []
    for dv in ws.data_validations.dataValidation:
        refs = [x for x in (_map_ref(plan, cr, stretch=True) for cr in dv.sqref.ranges) if x]
        if refs:
            dv.sqref = MultiCellRange(" ".join(refs))
            kept.append(dv)
    ws.data_validations.dataValidation = kept


def _move_conditional_formats(ws: Worksheet, plan: RowPlan) -> None:
    old = ws.conditional_formatting
    new = ConditionalFormattingList()
    for cf in old:
        refs = [x for x in (_map_ref(plan, cr, stretch=True) for cr in cf.sqref.ranges) if x]
        if refs:
            for rule in cf.rules:
                new.add(" ".join(refs), rule)
    ws.conditional_formatting = new


def _print_and_view(ws: Worksheet, lay: FillLayout, plan: RowPlan, width: int, last_row: int) -> None:
    h0, h1 = lay.header_rows
    ws.print_title_rows = f"{h0}:{h1}"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if ws.print_area:
        area = CellRange(ws.print_area.split(",")[0].split("!")[-1].replace("$", ""))
        ws.print_area = f"A1:{get_column_letter(max(area.max_col, width))}{last_row}"
    if ws.auto_filter.ref:
        ref = _map_ref(plan, CellRange(ws.auto_filter.ref), stretch=True)
        ws.auto_filter.ref = ref
    if ws.freeze_panes is None and plan.n_data > 0:
        ws.freeze_panes = f"A{plan.data_first}"


_REF = re.compile(
    r"(?<![A-Za-z_!'])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?::(\$?)([A-Z]{1,3})(\$?)([0-9]+))?(?![0-9(])"
)


def retarget_formula(formula: str, plan: RowPlan) -> str:
    """Row references of a formula that moved: a range over the template's data rows (the
    合计's ``SUM(C6:C9)``) covers the written rows; a reference below the data moves with it."""

    def fix(m: re.Match[str]) -> str:
        d1, c1, d2, r1, d3, c2, d4, r2 = m.groups()
        if c2 is None:
            nr = plan.new_row(int(r1))
            return m.group(0) if nr is None else f"{d1}{c1}{d2}{nr}"
        span = map_range(plan, int(r1), int(r2), stretch=True)
        if span is None:
            return m.group(0)
        return f"{d1}{c1}{d2}{span[0]}:{d3}{c2}{d4}{span[1]}"

    return _REF.sub(fix, formula)


def _retarget_formulas(ws: Worksheet, plan: RowPlan) -> None:
    if plan.tail_start is None:
        return
    first = plan.tail_start + plan.shift
    for (r, _c), cell in ws._cells.items():
        if r >= first and cell.data_type == "f" and isinstance(cell.value, str):
            cell.value = retarget_formula(cell.value, plan)


def reshape_sheet(ws: Worksheet, lay: FillLayout, plan: RowPlan, width: int, last_row: int) -> None:
    """Drop the template's data area and move what lies below it (see module doc)."""
    _move_cells(ws, plan)
    _retarget_formulas(ws, plan)
    _move_merges(ws, plan)
    _move_row_dimensions(ws, plan)
    _move_validations(ws, plan)
    _move_conditional_formats(ws, plan)
    _print_and_view(ws, lay, plan, width, last_row)
