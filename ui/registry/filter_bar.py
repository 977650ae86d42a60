"""The registry's filter bar: kind, department, status, due range and full-text search."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.records import ItemFilter
from desktop.registry import vocab as terms
from ui.texts import kind_label, vocab
from ui.widgets.date_edit import DateEdit

OPEN_ONLY = "__open__"
SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, fixed_kind: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fixed_kind = fixed_kind
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("全部类别"), None)
        for key in terms.KINDS:
            self.kind_combo.addItem(kind_label(key), key)
        self.kind_combo.setVisible(fixed_kind is None)
        self.department_combo = QComboBox()
        self.department_combo.setMinimumContentsLength(10)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), None)
        self.status_combo.addItem(self.tr("未办结"), OPEN_ONLY)
        for status in terms.STATUSES:
            self.status_combo.addItem(vocab(status), status)
        self.status_combo.setCurrentIndex(1)  # open work first: what the clerk still has to do
        self.due_check = QCheckBox(self.tr("时限从"))
        self.due_from = DateEdit(QDate.currentDate().addDays(-30))
        self.due_to = DateEdit(QDate.currentDate().addDays(30))
        for edit in (self.due_from, self.due_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_from.setEnabled)
        self.due_check.toggled.connect(self.due_to.setEnabled)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索标题、文号、备注（Ctrl+F）"))
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.clicked.connect(self.clear)

        # Typing restarts a short timer so each keystroke doesn't requery.
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.changed)
        for combo in (self.kind_combo, self.department_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.due_check.toggled.connect(self.changed)
        self.due_from.dateChanged.connect(self.changed)
        self.due_to.dateChanged.connect(self.changed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.kind_combo,
            self.department_combo,
            self.status_combo,
            self.due_check,
            self.due_from,
            self.due_to,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.search_edit, 1)
        layout.addWidget(self.clear_button)

    def set_departments(self, names: list[str]) -> None:
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部来文单位"), None)
        for name in names:
            self.department_combo.addItem(name, name)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(current)))
        self.department_combo.blockSignals(False)

    def current_filter(self) -> ItemFilter:
        status = self.status_combo.currentData()
        dated = self.due_check.isChecked()
        return ItemFilter(
            kind=self.fixed_kind or self.kind_combo.currentData(),
            department=self.department_combo.currentData(),
            status=None if status == OPEN_ONLY else status,
            only_open=status == OPEN_ONLY,
            include_archived=status == terms.ARCHIVED,
            due_from=self.due_from.date().toString("yyyy-MM-dd") if dated else None,
            due_to=self.due_to.date().toString("yyyy-MM-dd") if dated else None,
            search=self.search_edit.text(),
        )

    def clear(self) -> None:
        for widget in (self.kind_combo, self.department_combo, self.status_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.due_check.setChecked(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.changed.emit()
