"""Finding text the window cuts off: labels, buttons, group titles, tabs, combo boxes and short table cells.

Used by test_ui_layout.py on every page in both languages at 1366×768 (a common office screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

SHORT_CELL = 180  # px: longer cell text (a title) may end in "…"; shorter text (a status, a date) must fit
CELL_MARGIN = 6  # Qt draws a cell's text inside (focus frame margin + 1) × 2 = 6 px
COMBO_MARGIN = 28  # the arrow and frame


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under `root` that is cut off, as "Class 'text' (needs N px, has M)"."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(_say(widget, widget.text(), widget.sizeHint().width(), widget.width()))
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if need > widget.width():
                found.append(_say(widget, widget.title(), need, widget.width()))
        elif isinstance(widget, QComboBox) and widget.currentText():
            need = widget.fontMetrics().horizontalAdvance(widget.currentText()) + COMBO_MARGIN
            if need > widget.width():
                found.append(_say(widget, widget.currentText(), need, widget.width()))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                need = widget.tabSizeHint(index).width()
                if need > widget.tabRect(index).width() + 1:
                    found.append(_say(widget, widget.tabText(index), need, widget.tabRect(index).width()))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            found += _cells(widget)
    return found


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return []
    width = (
        label.contentsRect().width() - 2 * label.margin() - label.indent()
        if label.indent() > 0
        else (label.contentsRect().width() - 2 * label.margin())
    )
    metrics = label.fontMetrics()
    return [
        _say(label, line, metrics.horizontalAdvance(line), width)
        for line in text.splitlines()
        if metrics.horizontalAdvance(line) > width + 1
    ]


def _cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found = []
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else None
    columns = model.columnCount() if header is not None else 1
    metrics = view.fontMetrics()
    for column in range(columns):
        if header is not None and (
            view.isColumnHidden(column) or (header.stretchLastSection() and column == columns - 1)
        ):
            continue
        width = view.columnWidth(column) if header is not None else view.viewport().width()
        for row in range(min(model.rowCount(), 25)):
            index = model.index(row, column)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text or "\n" in text:
                continue
            need = metrics.horizontalAdvance(text) + CELL_MARGIN
            if need <= SHORT_CELL and need > width:
                found.append(_say(view, text, need, width))
    return found


def _say(widget: QWidget, text: str, need: int, has: int) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name} '{text}' (needs {need} px, has {has})"
