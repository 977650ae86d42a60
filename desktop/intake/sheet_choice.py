"""Pick the sheet of a workbook that holds the form.

Skipped: hidden sheets (dropdown sources), chart sheets, sheets named or shaped like
instructions (填表说明) or lookup lists (数据字典), empty sheets. Among the rest the
first form wins unless a later one is clearly bigger (the main form of a multi-sheet
workbook is usually its widest table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.intake.layout import FormLayout, detect_layout
from desktop.intake.rows import row_anchors
from exports.excel.reader import NO_SHEET, SheetInfo, Workbook, WorkbookReadError
from exports.excel.sheet_grid import SheetGrid

LAYOUT_ROWS = 400
"""Rows read for layout detection; a big filled return needs no more than its top."""

_INSTRUCTION_NAME = re.compile(r"(说明|须知|指引|指南|注意事项|instruction|readme|help)", re.I)
_LIST_NAME = re.compile(
    r"(字典|下拉|序列|选项|代码表|码表|数据源|参数|枚举|lookup|dict|list|validation)", re.I
)
_LATER_SHEET_MARGIN = 1.25


@dataclass
class SheetCandidate:
    """A sheet that reads as a form, with the score used to choose among them."""

    info: SheetInfo
    grid: SheetGrid
    layout: FormLayout
    score: float


def _looks_like_instructions(grid: SheetGrid) -> bool:
    texts = [grid.text(r, c) for r in range(min(grid.n_rows, 40)) for c in range(min(grid.n_cols, 4))]
    texts = [t for t in texts if t]
    if not texts:
        return True
    if grid.n_cols <= 2 and sum(len(t) >= 15 for t in texts) * 2 >= len(texts):
        return True
    return bool(re.match(r"^(?:填表|填报)?说明", texts[0])) and grid.n_cols <= 3


def _looks_like_list(grid: SheetGrid, layout: FormLayout) -> bool:
    """A lookup sheet: no title, header on row 1, many short values filled below."""
    if layout.title_rows or grid.merged or len(layout.prefilled_rows) < 5:
        return False
    filled = sum(len(row_anchors(grid, r - 1)) for r in layout.prefilled_rows[:50])
    return filled >= 0.5 * min(len(layout.prefilled_rows), 50) * max(len(layout.columns), 1)


def _score(layout: FormLayout, grid: SheetGrid) -> float:
    score = float(len(layout.columns)) + 0.5 * (layout.header_depth - 1)
    if _looks_like_list(grid, layout):
        score *= 0.4
    return score


def form_candidates(wb: Workbook, file_name: str = "") -> list[SheetCandidate]:
    """Every sheet that reads as a form, in workbook order."""
    out: list[SheetCandidate] = []
    for info in wb.sheets:
        if info.hidden or not info.is_worksheet:
            continue
        if _INSTRUCTION_NAME.search(info.name) or _LIST_NAME.search(info.name):
            continue
        grid = wb.grid(info.name, max_rows=LAYOUT_ROWS)
        if grid.n_rows == 0 or _looks_like_instructions(grid):
            continue
        layout = detect_layout(grid, file_name)
        if layout is None or (len(layout.columns) < 2 and grid.n_cols > 1):
            continue
        out.append(SheetCandidate(info, grid, layout, _score(layout, grid)))
    return out


def choose_form_sheet(wb: Workbook, file_name: str = "", sheet: str | int | None = None) -> SheetCandidate:
    """The sheet holding the form (or the requested one). Raises WorkbookReadError if none."""
    if sheet is not None:
        info = (
            wb.sheets[sheet]
            if isinstance(sheet, int)
            else next((s for s in wb.sheets if s.name == sheet), None)
        )
        if info is None:
            raise WorkbookReadError(wb.path, "no_sheet", NO_SHEET, sheet=sheet)
        grid = wb.grid(info.name, max_rows=LAYOUT_ROWS)
        layout = detect_layout(grid, file_name)
        if layout is None:
            raise WorkbookReadError(
                wb.path,
                "empty",
                QT_TRANSLATE_NOOP("errors", "工作表“{sheet}”里找不到表头。"),
                sheet=info.name,
            )
        return SheetCandidate(info, grid, layout, _score(layout, grid))
    candidates = form_candidates(wb, file_name)
    if not candidates:
        raise WorkbookReadError(
            wb.path,
            "empty",
            QT_TRANSLATE_NOOP(
                "errors", "工作簿里没有找到带表头的表格（工作表都是空的、隐藏的或只有说明文字）。"
            ),
        )
    best = candidates[0]
    for cand in candidates[1:]:
        if cand.score > best.score * _LATER_SHEET_MARGIN:
            best = cand
    return best
