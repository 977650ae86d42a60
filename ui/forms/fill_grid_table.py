"""The 补录 grid's table: spreadsheet keys (Enter moves down, Ctrl+V/C/Z, Delete) and an editor that keeps refused text."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
    QWidget,
)

REFUSED_EDITOR = "QLineEdit { border: 2px solid #c0392b; background: #fff5f5; }"


def parse_table(text: str) -> list[list[str]]:
    """Clipboard text from Excel/WPS (tab-separated cells, newline-separated rows, quoted multi-line cells)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]  # spreadsheets end the last row with a newline
    if not text:
        return []
    rows = [list(row) for row in csv.reader(io.StringIO(text), delimiter="\t")]
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def table_text(rows: list[list[str]]) -> str:
    """Rows as tab-separated text a spreadsheet pastes back into cells."""

    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in '\t\n"') else text

    return "".join("\t".join(cell(t) for t in row) + "\n" for row in rows)


class FillDelegate(QStyledItemDelegate):
    """Saves on Enter/Tab; when the value is refused the editor stays open with the typed text and the reason."""

    advance = Signal(QModelIndex)  # a value was accepted with Enter: move to the next row

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index_of: dict[int, QPersistentModelIndex] = {}

    def createEditor(self, parent: QWidget, option, index):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        key = id(editor)
        self._index_of[key] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda *_args: self._index_of.pop(key, None))
        message = index.model().refusal(index)
        if message:
            editor.setStyleSheet(REFUSED_EDITOR)
            editor.setToolTip(message)
        return editor

    def setModelData(self, editor: QWidget, model, index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            not isinstance(editor, QLineEdit)
            or not isinstance(event, QKeyEvent)
            or event.type() != QEvent.Type.KeyPress
        ):
            return super().eventFilter(editor, event)
        index = self._index_of.get(id(editor))
        key = event.key()
        if index is None or not index.isValid():
            return super().eventFilter(editor, event)
        model = index.model()
        if key == Qt.Key.Key_Escape:
            model.forget_refusal(
                index
            )  # the clerk gives up this edit: the cell shows the ledger's value again
            return super().eventFilter(editor, event)
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return super().eventFilter(editor, event)
        self.commitData.emit(editor)
        message = model.refusal(index)
        if message:
            editor.setStyleSheet(REFUSED_EDITOR)
            editor.setToolTip(message)
            QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), message, editor)
            return True  # the editor stays open with what was typed
        hint = {
            Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
            Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        }.get(key, QAbstractItemDelegate.EndEditHint.NoHint)
        self.closeEditor.emit(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.NoHint:
            self.advance.emit(QModelIndex(index))
        return True


class FillTableView(QTableView):
    """A QTableView that hands spreadsheet shortcuts to its owner as signals."""

    paste_requested = Signal()
    copy_requested = Signal()
    undo_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = FillDelegate(self)
        self.setItemDelegate(self.delegate)
        self.delegate.advance.connect(self._move_down)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setDefaultSectionSize(130)
        self.horizontalHeader().setHighlightSections(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            for sequence, signal in (
                (QKeySequence.StandardKey.Paste, self.paste_requested),
                (QKeySequence.StandardKey.Copy, self.copy_requested),
                (QKeySequence.StandardKey.Undo, self.undo_requested),
            ):
                if event.matches(sequence):
                    signal.emit()
                    event.accept()
                    return
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.clear_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def _move_down(self, index: QModelIndex) -> None:
        model = self.model()
        if model is None or not index.isValid():
            return
        below = index.row() + 1
        if below >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        if below < model.rowCount():
            self.setCurrentIndex(model.index(below, index.column()))

    def selected_block(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) of the selection, or the current cell; None when nothing is chosen."""
        ranges = self.selectionModel().selection() if self.selectionModel() else []
        if ranges:
            return (
                min(r.top() for r in ranges),
                min(r.left() for r in ranges),
                max(r.bottom() for r in ranges),
                max(r.right() for r in ranges),
            )
        current = self.currentIndex()
        if current.isValid():
            return current.row(), current.column(), current.row(), current.column()
        return None
