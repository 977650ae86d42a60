"""The template sheet as the program read it: cells, merged ranges and each row's region in colour.

A clerk may register a filled return as a template, so ID numbers, phones and bank accounts in its cells are
shown masked, like every other table; a template preview has no need to reveal them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from desktop.intake.layout import FormLayout
from desktop.intake.service import SheetPreview
from desktop.privacy.masking import mask_personal_numbers

REGION_ROLE = Qt.ItemDataRole.UserRole + 1
"""Model role giving a row's region key (title, meta, header, example, data, total, footer) or None."""

REGIONS: dict[str, tuple[str, str]] = {
    "title": (QT_TRANSLATE_NOOP("SheetPreview", "标题"), "#cfe0fc"),
    "meta": (QT_TRANSLATE_NOOP("SheetPreview", "填报信息"), "#e4e7eb"),
    "header": (QT_TRANSLATE_NOOP("SheetPreview", "表头"), "#bfe3c6"),
    "example": (QT_TRANSLATE_NOOP("SheetPreview", "示例行"), "#fff0a8"),
    "data": (QT_TRANSLATE_NOOP("SheetPreview", "数据区"), "#dcf3f3"),
    "total": (QT_TRANSLATE_NOOP("SheetPreview", "合计"), "#ffd3b0"),
    "footer": (QT_TRANSLATE_NOOP("SheetPreview", "表尾"), "#e6dcf5"),
}
"""Region key → (name, background colour), in the order they appear on a form."""


def region_name(region: str) -> str:
    return QCoreApplication.translate("SheetPreview", REGIONS[region][0])


def region_color(region: str) -> QColor:
    return QColor(REGIONS[region][1])


def row_regions(layout: FormLayout) -> dict[int, str]:
    """Excel row number (1-based) → region key, from the detected layout."""
    regions: dict[int, str] = {}
    last_data = max(layout.data_end_row or layout.data_start_row, layout.data_start_row)
    for row in range(layout.data_start_row, last_data + 1):
        regions[row] = "data"
    for row in [*layout.preamble_rows, *layout.title_rows]:
        regions[row] = "title"
    for row in layout.meta_rows:
        regions[row] = "meta"
    first, last = layout.header_rows
    for row in [*range(first, last + 1), *layout.header_annotation_rows]:
        regions[row] = "header"
    if layout.example_row:
        regions[layout.example_row] = "example"
    for row in layout.total_rows:
        regions[row] = "total"
    for row in layout.footer_rows:
        regions[row] = "footer"
    return regions


def column_letter(col: int) -> str:
    """1 → A, 27 → AA (Excel column names)."""
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class SheetPreviewModel(QAbstractTableModel):
    """Rows of a SheetPreview; row headers are Excel row numbers, each row coloured by its region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.regions: dict[int, str] = {}
        self.width = 0

    def set_preview(self, preview: SheetPreview, regions: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows = [[mask_personal_numbers(text) for text in row] for row in preview.rows]
        self.regions = regions
        self.width = max((len(r) for r in preview.rows), default=0)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def region_of(self, row: int) -> str | None:
        """The region of a 0-based model row."""
        return self.regions.get(row + 1)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        text = row[index.column()] if index.column() < len(row) else ""
        region = self.region_of(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == REGION_ROLE:
            return region
        if role == Qt.ItemDataRole.BackgroundRole and region:
            return QBrush(region_color(region))
        if role == Qt.ItemDataRole.ToolTipRole:
            name = region_name(region) if region else ""
            return f"{name}：{text}" if name and text else (name or text or None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section + 1)
        return str(section + 1)


class SheetPreviewView(QTableView):
    """Read-only view of the model with merged cells spanned and column widths kept readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview_model = SheetPreviewModel(self)
        self.setModel(self.preview_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # no focus frame on the first cell; the wheel still scrolls
        self.verticalHeader().setDefaultSectionSize(24)
        self.setStyleSheet("QTableView { gridline-color: #c8cdd3; }")

    def show_preview(self, preview: SheetPreview, layout: FormLayout) -> None:
        self.clearSpans()
        self.preview_model.set_preview(preview, row_regions(layout))
        rows, cols = self.preview_model.rowCount(), self.preview_model.columnCount()
        spanned: set[tuple[int, int]] = set()
        for r1, c1, r2, c2 in preview.merges:
            top, left = r1 - 1, c1 - 1
            bottom, right = min(r2, rows) - 1, min(c2, cols) - 1
            if top >= rows or left >= cols or (bottom == top and right == left):
                continue
            self.setSpan(top, left, bottom - top + 1, right - left + 1)
            if right > left:
                spanned.update((r, c) for r in range(top, bottom + 1) for c in range(left, right + 1))
        metrics = self.fontMetrics()
        for col in range(cols):
            texts = [
                row[col]
                for r, row in enumerate(self.preview_model.rows)
                if col < len(row) and (r, col) not in spanned
            ]
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            self.setColumnWidth(col, max(44, min(widest + 16, 170)))


class RegionLegend(QLabel):
    """A one-line key to the region colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(
            "　".join(
                f"<span style='background:{color}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{region_name(key)}"
                for key, (_name, color) in REGIONS.items()
            )
        )
