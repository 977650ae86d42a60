"""The 补录 grid's model: entities fetched a page at a time, every edit saved through the entry service.

An edit changes one cell (dataChanged), never reloads. A refused value stays in its cell, in red, with
the reason as tooltip, until it is corrected or the edit is abandoned.

ID numbers, phones and bank accounts already in the ledger show masked (``masked``, the default; the view's
logged 显示完整信息 turns it off): the editor opens on the masked text too, and a cell committed unchanged
keeps (or confirms) the value it masks, so editing never needs the full number on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.catalog.fields import Field
from desktop.errors import UserFacingError
from desktop.ledger.entry import EntrySaved, EntryService
from desktop.ledger.grid import PAGE_SIZE, GridRow, MissingGrid
from desktop.privacy.masking import is_sensitive, mask_value
from ui.texts import error_text

FIXED_BACKGROUND = QColor("#f1f3f5")
MISSING_BACKGROUND = QColor("#fff1b8")
STALE_BACKGROUND = QColor("#ffd3a1")
TYPED_BACKGROUND = QColor("#dff3e4")
REFUSED_BACKGROUND = QColor("#f8d7da")
REFUSED_TEXT = QColor("#8b1a1a")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Before:
    """A cell as it was before an operation, for undo and for the running counts."""

    row: int
    column: int
    value: str | None
    stale: bool


class FillGridModel(QAbstractTableModel):
    refused = Signal(str)  # a value was not saved: the reason, for the status line
    written = Signal(int)  # facts written by the last operation (negative after an undo)

    def __init__(self, grid: MissingGrid, entry: EntryService, entered_by: str = "", parent=None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.entry = entry
        self.entered_by = entered_by
        self.fixed = 2 if grid.has_key_column else 1
        self.fresh = grid.in_ledger  # M, kept current as cells are typed
        self.typed = 0  # facts typed in this grid
        self._rows: list[GridRow] = []
        self._row_of: dict[int, int] = {}
        self._total = grid.row_count()
        self._exhausted = False
        self._refused: dict[tuple[int, int], tuple[str, str]] = {}
        self._typed_cells: dict[tuple[int, int], int] = {}
        self._undo: list[tuple[list[EntrySaved], list[_Before]]] = []
        self.masked = True  # personal numbers masked until the clerk reveals them (a logged action)
        self._sensitive = [is_sensitive(f.id, f.type) for f in grid.fields]
        self.fetchMore()  # the first page; the view asks for more as it scrolls

    # --- lazy loading ----------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        after = self._rows[-1].entity_id if self._rows else 0
        page = self.grid.rows(after, PAGE_SIZE)
        if not page:
            self._exhausted = True
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        for offset, row in enumerate(page):
            self._row_of[row.entity_id] = start + offset
        self._rows.extend(page)
        self.endInsertRows()

    def ensure_rows(self, count: int) -> int:
        """Fetch pages until `count` rows are loaded (or there are no more); returns the rows loaded."""
        while len(self._rows) < count and self.canFetchMore():
            self.fetchMore()
        return len(self._rows)

    def total(self) -> int:
        return self._total

    # --- shape -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.fixed + len(self.grid.fields)

    def field_at(self, column: int) -> Field | None:
        index = column - self.fixed
        return self.grid.fields[index] if 0 <= index < len(self.grid.fields) else None

    def row_at(self, row: int) -> GridRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        field = self.field_at(section)
        english = QLocale().language() == QLocale.Language.English and field is not None and field.name_en
        if role == Qt.ItemDataRole.DisplayRole:
            if field is not None:
                return field.name_en if english else field.name_zh  # the catalog's name in the UI language
            return self._label_header() if section == 0 else self._key_header()
        if role == Qt.ItemDataRole.ToolTipRole and field is not None:
            return field.name_zh if english else (field.name_en or field.name_zh)
        return None

    def _label_header(self) -> str:
        return {
            "person": self.tr("姓名"),
            "household": self.tr("户主"),
            "village": self.tr("村（社区）"),
            "enterprise": self.tr("企业名称"),
        }.get(self.grid.kind, "")

    def _key_header(self) -> str:
        return {
            "person": self.tr("公民身份号码"),
            "household": self.tr("户编号"),
            "enterprise": self.tr("统一社会信用代码"),
        }.get(self.grid.kind, "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() >= self.fixed:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # --- masking ---------------------------------------------------------------------
    def set_masked(self, masked: bool) -> None:
        """Show personal numbers masked or in full (the caller logs a reveal first)."""
        if masked == self.masked:
            return
        self.masked = masked
        if self._rows and any(self._sensitive):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def _shown(self, row: GridRow, c: int) -> str:
        value = row.values[c] or ""
        if value and self.masked and self._sensitive[c]:
            field = self.grid.fields[c]
            return mask_value(field.id, field.type, value)
        return value

    def _unmasked(self, r: int, column: int, text: str) -> str:
        """The text to save for a cell: its masked text committed unchanged stands for the value it masks."""
        c = column - self.fixed
        row = self._rows[r]
        if self.masked and self._sensitive[c] and row.values[c] and text.strip() == self._shown(row, c):
            return row.values[c]
        return text

    # --- cells -----------------------------------------------------------------------
    def refusal(self, index: Index) -> str | None:
        """Why the text in this cell was not saved, or None."""
        refused = self._refused.get((index.row(), index.column()))
        return refused[1] if refused else None

    def forget_refusal(self, index: Index) -> None:
        if self._refused.pop((index.row(), index.column()), None) is not None:
            self.dataChanged.emit(index, index)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if column < self.fixed:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.label if column == 0 else row.key_shown
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(FIXED_BACKGROUND)
            return None
        c = column - self.fixed
        refused = self._refused.get((index.row(), column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return refused[0] if refused else self._shown(row, c)
        if role == Qt.ItemDataRole.BackgroundRole:
            if refused:
                return QBrush(REFUSED_BACKGROUND)
            if (index.row(), column) in self._typed_cells:
                return QBrush(TYPED_BACKGROUND)
            if row.values[c] is None:
                return QBrush(MISSING_BACKGROUND)
            return QBrush(STALE_BACKGROUND) if row.stale[c] else None
        if role == Qt.ItemDataRole.ForegroundRole and refused:
            return QBrush(REFUSED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, c, refused)
        return None

    def _tooltip(self, row: GridRow, c: int, refused: tuple[str, str] | None) -> str | None:
        if refused:
            return refused[1]
        if row.values[c] is None:
            return self.tr("台账中没有这项数据，请补录")
        if row.stale[c]:
            recorded = (row.recorded_at[c] or "")[:10]
            return self.tr("上次记录于 %1，已超过有效期：请核实后重新填写或确认").replace("%1", recorded)
        return None

    # --- writing ---------------------------------------------------------------------
    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        field = self.field_at(index.column())
        if role != Qt.ItemDataRole.EditRole or field is None or not index.isValid():
            return False
        row = self._rows[index.row()]
        text = self._unmasked(index.row(), index.column(), "" if value is None else str(value))
        if self._unchanged(index.row(), index.column(), text):
            return True  # nothing to write: the cell already holds this fresh value
        try:
            saved = self.entry.save(row.entity_id, field.id, text, self.entered_by)
        except UserFacingError as exc:
            message = error_text(exc)
            self._refused[(index.row(), index.column())] = (text, message)
            self.dataChanged.emit(index, index)
            self.refused.emit(message)
            return False
        self._apply([saved], [(index.row(), index.column())])
        return True

    def _unchanged(self, r: int, column: int, text: str) -> bool:
        row, c = self._rows[r], column - self.fixed
        same = text.strip() == (row.values[c] or "") and not row.stale[c]
        return same and (r, column) not in self._refused

    def save_cells(self, cells: Sequence[tuple[int, int, str]]) -> str | None:
        """(row, column, text) cells — a paste or a clear — all saved or none; returns the refusal, if any."""
        work = []
        for row, column, _text in cells:
            field = self.field_at(column)
            if field is None or self.row_at(row) is None:
                return self.tr("只能粘贴到需补录的数据列中")
        cells = [(row, column, self._unmasked(row, column, text)) for row, column, text in cells]
        for row, column, text in cells:
            work.append((self._rows[row].entity_id, self.field_at(column).id, text))  # type: ignore[union-attr]
        # A cell that already holds this fresh value (or a blank onto a blank) needs no new entry.
        keep = [n for n, (row, column, text) in enumerate(cells) if not self._unchanged(row, column, text)]
        cells, work = [cells[n] for n in keep], [work[n] for n in keep]
        if not cells:
            return None
        try:
            saved = self.entry.save_many(work, self.entered_by)
        except UserFacingError as exc:
            row, column, _text = cells[getattr(exc, "index", 0)]
            message = (
                self.tr("第 %1 行“%2”有误，这次粘贴的内容都没有保存：")
                .replace("%1", str(row + 1))
                .replace("%2", self.field_at(column).name_zh)  # type: ignore[union-attr]
                + error_text(exc)
            )
            self.refused.emit(message)
            return message
        for row, column, _text in cells:
            self._refused.pop((row, column), None)
        self._apply(saved, [(row, column) for row, column, _text in cells])
        return None

    def _apply(self, saved: list[EntrySaved], cells: list[tuple[int, int]]) -> None:
        before: list[_Before] = []
        for entry, (r, column) in zip(saved, cells, strict=True):
            row, c = self._rows[r], column - self.fixed
            before.append(_Before(r, column, row.values[c], row.stale[c]))
            self.fresh += (entry.value is not None) - (row.values[c] is not None and not row.stale[c])
            row.values[c], row.stale[c] = entry.value, False
            self._refused.pop((r, column), None)
            self._typed_cells[(r, column)] = self._typed_cells.get((r, column), 0) + 1
            self.dataChanged.emit(self.index(r, column), self.index(r, column))
        self.typed += len(saved)
        self._undo.append((saved, before))
        self.written.emit(len(saved))

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> str | None:
        """Put back the cells of the last operation (through the service); returns the refusal, if any."""
        if not self._undo:
            return None
        saved, before = self._undo[-1]
        try:
            self.entry.undo(saved)
        except UserFacingError as exc:
            message = error_text(exc)
            self.refused.emit(message)
            return message
        self._undo.pop()
        for cell in reversed(before):
            row, c = self._rows[cell.row], cell.column - self.fixed
            self.fresh += (cell.value is not None and not cell.stale) - (row.values[c] is not None)
            row.values[c], row.stale[c] = cell.value, cell.stale
            key = (cell.row, cell.column)
            self._typed_cells[key] -= 1
            if not self._typed_cells[key]:
                del self._typed_cells[key]
            self.dataChanged.emit(self.index(cell.row, cell.column), self.index(cell.row, cell.column))
        self.typed -= len(saved)
        self.written.emit(-len(saved))
        return None
