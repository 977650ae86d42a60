"""A read-only table model fed with rows of text: detail lists in the ledger page and import report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of display text, each with an optional key (an id the view acts on) and a highlight."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[str]] = []
        self.keys: list[Any] = []
        self.highlights: list[str | None] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[object]],
        keys: Sequence[Any] | None = None,
        highlights: Sequence[str | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self.rows = [["" if v is None else str(v) for v in row] for row in rows]
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.highlights = list(highlights) if highlights is not None else [None] * len(self.rows)
        self.endResetModel()

    def key_at(self, row: int) -> Any:
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def row_of(self, key: Any) -> int:
        try:
            return self.keys.index(key)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        text = row[index.column()] if index.column() < len(row) else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text if text or role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.BackgroundRole and self.highlights[index.row()]:
            return QBrush(QColor(self.highlights[index.row()]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


def rows_table(model: RowsModel, widths: Sequence[int] = (), stretch: int | None = None) -> QTableView:
    """A read-only, row-selecting table over `model`; `stretch` is the column that takes spare width."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    metrics = header.fontMetrics()
    for column, width in enumerate(widths):
        # Never narrower than the column's own heading: English headings run longer than Chinese ones.
        label = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(column, max(width, metrics.horizontalAdvance(label) + 20) if width else width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


WIDEST_FITTED_COLUMN = 260


def fit_columns(table: QTableView, widths: Sequence[int], stretch: int | None) -> None:
    """Widen each column to its contents (up to WIDEST_FITTED_COLUMN), never below its planned width: English
    words ("No template imported") and long department names must not end in "…"."""
    for column, width in enumerate(widths):
        if column == stretch or table.isColumnHidden(column):
            continue
        fitted = min(max(table.sizeHintForColumn(column), 0), WIDEST_FITTED_COLUMN)
        table.setColumnWidth(column, max(width, fitted, table.columnWidth(column)))
