"""Turn a BIFF8 .xls template into an in-memory openpyxl workbook so it can be filled as .xlsx.

Values, merged ranges and sheet visibility come from python-calamine; fonts, borders,
alignment, fills, number formats, column widths, row heights and the page orientation come
from :mod:`exports.excel.biff_styles`. When the BIFF styles cannot be read the table still gets
plain thin borders and a bold header (from the layout). Not carried over: data validation
lists, conditional formats, comments, pictures, print titles/areas stored as names, formulas
(their last values are kept).
"""

from __future__ import annotations

from pathlib import Path

import python_calamine as pc
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.utils import get_column_letter

from exports.excel.biff_styles import BiffBook, BiffError, BiffSheet, BiffXF, read_biff_styles
from exports.excel.fill_layout import FillLayout

_H_ALIGN = {
    1: "left",
    2: "center",
    3: "right",
    4: "fill",
    5: "justify",
    6: "centerContinuous",
    7: "distributed",
}
_V_ALIGN = {0: "top", 1: "center", 2: "bottom", 3: "justify", 4: "distributed"}
_LINES = (
    None,
    "thin",
    "medium",
    "dashed",
    "dotted",
    "thick",
    "double",
    "hair",
    "mediumDashed",
    "dashDot",
    "mediumDashDot",
    "dashDotDot",
    "mediumDashDotDot",
    "slantDashDot",
)
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


class _StyleCache:
    """openpyxl style objects for each BIFF XF index, built once."""

    def __init__(self, book: BiffBook) -> None:
        self.book = book
        self._cache: dict[int, tuple[Font | None, Border | None, Alignment, PatternFill | None, str]] = {}

    def _color(self, icv: int) -> str | None:
        rgb = self.book.palette.get(icv)
        return None if rgb is None or icv in (0x7FFF, 64, 65) else "FF" + rgb

    def get(self, ix: int) -> tuple[Font | None, Border | None, Alignment, PatternFill | None, str]:
        hit = self._cache.get(ix)
        if hit is not None:
            return hit
        xf: BiffXF = self.book.xfs[ix]
        bf = self.book.font(xf)
        font = None
        if bf is not None:
            color = self._color(bf.color)
            font = Font(
                name=bf.name,
                size=bf.size,
                bold=bf.bold,
                italic=bf.italic,
                underline="single" if bf.underline else None,
                color=color,
            )
        sides = [Side(style=_LINES[s]) if 0 < s < len(_LINES) else Side() for s in xf.borders]
        border = (
            Border(left=sides[0], right=sides[1], top=sides[2], bottom=sides[3]) if any(xf.borders) else None
        )
        align = Alignment(
            horizontal=_H_ALIGN.get(xf.h_align), vertical=_V_ALIGN.get(xf.v_align), wrap_text=xf.wrap or None
        )
        fill = None
        if xf.fill_pattern == 1 and self._color(xf.fill_color):
            fill = PatternFill("solid", fgColor=self._color(xf.fill_color))
        fmt = self.book.formats.get(xf.fmt) or BUILTIN_FORMATS.get(xf.fmt) or "General"
        hit = (font, border, align, fill, fmt)
        self._cache[ix] = hit
        return hit


def _apply_biff(ws, sheet: BiffSheet, cache: _StyleCache) -> None:
    for (r, c), ix in sheet.cell_xf.items():
        if ix >= len(cache.book.xfs):
            continue
        font, border, align, fill, fmt = cache.get(ix)
        cell = ws.cell(row=r + 1, column=c + 1)
        if font is not None:
            cell.font = font
        if border is not None:
            cell.border = border
        cell.alignment = align
        if fill is not None:
            cell.fill = fill
        if fmt != "General":
            cell.number_format = fmt
    for c, w in sheet.col_widths.items():
        ws.column_dimensions[get_column_letter(c + 1)].width = w
    for r, h in sheet.row_heights.items():
        ws.row_dimensions[r + 1].height = h
    for r in sheet.hidden_rows:
        ws.row_dimensions[r + 1].hidden = True
    if sheet.default_col_width:
        ws.sheet_format.baseColWidth = int(sheet.default_col_width)
    if sheet.landscape:
        ws.page_setup.orientation = "landscape"


def _plain_table_styles(ws, lay: FillLayout, n_rows: int) -> None:
    """Fallback look: bold bordered header, bordered table rows, bold title."""
    width = lay.n_cols or ws.max_column
    for r in lay.title_rows:
        ws.cell(row=r, column=1).font = Font(bold=True, size=16)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", vertical="center")
    last = (min(lay.footer_rows) - 1) if lay.footer_rows else n_rows
    for r in range(lay.header_rows[0], last + 1):
        header = r <= lay.header_rows[1]
        for c in range(1, width + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = _BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if header:
                cell.font = Font(bold=True)


class XlsUnreadable(ValueError):
    """calamine failed on the .xls, a panic included (a BaseException the callers' handlers would miss)."""


def _calamine(call, *args):
    try:
        return call(*args)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - pyo3's PanicException derives from BaseException
        raise XlsUnreadable(f"{type(exc).__name__}: {exc}") from exc


def _load_xls(path: Path | str) -> pc.CalamineWorkbook:
    return _calamine(pc.load_workbook, str(path))


def _sheet_rows(src: pc.CalamineWorkbook, name: str) -> tuple[pc.CalamineSheet, list[list]]:
    sheet = _calamine(src.get_sheet_by_name, name)
    return sheet, _calamine(lambda: sheet.to_python(skip_empty_area=False))


def xls_to_workbook(path: Path | str, lay: FillLayout) -> tuple[Workbook, list[str]]:
    """An openpyxl workbook rebuilt from an .xls file, and notes on what could not be kept."""
    notes: list[str] = []
    try:
        book: BiffBook | None = read_biff_styles(path)
    except BiffError:
        book = None
        notes.append("未能读取 .xls 模板的格式（字体、列宽等），已使用简单表格格式。")
    src = _load_xls(path)
    wb = Workbook()
    wb.remove(wb.active)
    cache = _StyleCache(book) if book is not None else None
    for meta in src.sheets_metadata:
        if meta.typ != pc.SheetTypeEnum.WorkSheet:
            continue
        sh, rows = _sheet_rows(src, meta.name)
        ws = wb.create_sheet(meta.name)
        for r, values in enumerate(rows, start=1):
            for c, v in enumerate(values, start=1):
                if v is not None and v != "":
                    ws.cell(row=r, column=c, value=v)
        for (r1, c1), (r2, c2) in sh.merged_cell_ranges or []:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        if meta.visible == pc.SheetVisibleEnum.Hidden:
            ws.sheet_state = "hidden"
        elif meta.visible == pc.SheetVisibleEnum.VeryHidden:
            ws.sheet_state = "veryHidden"
        biff = next((s for s in book.sheets if s.name == meta.name), None) if book else None
        if biff is not None and cache is not None:
            _apply_biff(ws, biff, cache)
        elif meta.name == lay.sheet:
            _plain_table_styles(ws, lay, len(rows))
    if not wb.worksheets:
        wb.create_sheet(lay.sheet)
    notes.append("原模板为 .xls 格式，已另存为 .xlsx；下拉列表、批注、图片、条件格式未能保留。")
    return wb, notes
