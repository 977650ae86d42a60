"""Open conflicts of the ledger, and settling one by choosing the value that is right."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.records import ConflictRow
from ui.app_state import AppState
from ui.intake.labels import entity_label
from ui.ledger.labels import day, field_name, shown_key, shown_value
from ui.texts import error_text
from ui.widgets.rows_model import RowsModel, rows_table


class ConflictPanel(QWidget):
    resolved = Signal(int)  # conflict id

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.masked = True
        self.conflicts: list[ConflictRow] = []
        self.model = RowsModel(
            [
                self.tr("对象"),
                self.tr("类别"),
                self.tr("身份号码/代码"),
                self.tr("指标"),
                self.tr("各行填写的值"),
                self.tr("来源单位"),
                self.tr("文件"),
                self.tr("发现时间"),
            ],
            self,
        )
        self.table = rows_table(self.model, (90, 64, 160, 110, 0, 160, 220, 96), 4)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_choices())
        self.empty_label = QLabel(
            self.tr("没有待处理的冲突。同一份表格里同一个人的同一项数据前后不一致时，会列在这里。")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555;")

        self.choice_box = QGroupBox(self.tr("以哪个值为准"))
        self.choice_hint = QLabel()
        self.choice_hint.setWordWrap(True)
        self.choice_row = QHBoxLayout()
        self.choice_row.setSpacing(24)
        self.choice_row.addStretch(1)  # the values sit together on the left
        self.choice_group = QButtonGroup(self)
        self.choice_buttons: list[QRadioButton] = []
        self.resolve_button = QPushButton(self.tr("以所选值为准"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        box_layout = QVBoxLayout(self.choice_box)
        box_layout.addWidget(self.choice_hint)
        row = QHBoxLayout()
        row.addLayout(self.choice_row, 1)
        row.addWidget(self.resolve_button)
        box_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.choice_box)

    def refresh(self) -> None:
        selected = self.current()
        self.conflicts = self.state.office.ledger.conflicts()
        self._fill()
        row = next((i for i, c in enumerate(self.conflicts) if selected and c.id == selected.id), 0)
        if self.conflicts:
            self.table.selectRow(row)
        self._show_choices()

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        current = self.table.currentIndex().row()
        self._fill()
        if current >= 0:
            self.table.selectRow(current)
        self._show_choices()

    def _fill(self) -> None:
        catalog = self.state.office.catalog.catalog()
        rows = []
        for c in self.conflicts:
            values = self.tr("；").join(
                self.tr("%1（第 %2 行）")
                .replace("%1", shown_value(catalog, c.field_id, v.get("value"), self.masked))
                .replace("%2", str(v.get("row")))
                for v in c.values
            )
            rows.append(
                (
                    c.label,
                    entity_label(c.kind),
                    shown_key(c.kind, c.key or c.raw_key, self.masked),
                    field_name(catalog, c.field_id),
                    values,
                    c.department,
                    c.file_name,
                    day(c.created_at),
                )
            )
        self.model.set_rows(rows, keys=[c.id for c in self.conflicts])
        self.empty_label.setVisible(not self.conflicts)

    def current(self) -> ConflictRow | None:
        row = self.table.currentIndex().row()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_choices(self) -> None:
        for button in self.choice_buttons:
            self.choice_group.removeButton(button)
            self.choice_row.removeWidget(button)
            button.setParent(None)  # gone at once, not when the event loop gets round to it
            button.deleteLater()
        self.choice_buttons = []
        conflict = self.current()
        self.choice_box.setEnabled(conflict is not None)
        if conflict is None:
            self.choice_hint.setText(self.tr("在上面选一条冲突。"))
            return
        catalog = self.state.office.catalog.catalog()
        self.choice_hint.setText(
            self.tr("“%1”的“%2”在“%3”中前后不一致。选出正确的值，原来的值会记入历史。")
            .replace("%1", conflict.label or shown_key(conflict.kind, conflict.key, self.masked))
            .replace("%2", field_name(catalog, conflict.field_id))
            .replace("%3", conflict.file_name)
        )
        for v in conflict.values:
            text = self.tr("%1（第 %2 行）").replace(
                "%1", shown_value(catalog, conflict.field_id, v.get("value"), self.masked)
            )
            button = QRadioButton(text.replace("%2", str(v.get("row"))))
            button.setProperty("conflict_value", v.get("value"))
            self.choice_group.addButton(button)
            self.choice_row.insertWidget(self.choice_row.count() - 1, button)
            self.choice_buttons.append(button)
        self.choice_buttons[0].setChecked(True)

    def resolve_selected(self) -> None:
        conflict = self.current()
        button = self.choice_group.checkedButton()
        if conflict is None or button is None:
            return
        value = str(button.property("conflict_value"))
        try:
            self.state.office.ledger.resolve_conflict(conflict.id, value)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法完成"), error_text(error))
            return
        self.resolved.emit(conflict.id)
        self.state.notify()
