"""Review a department's Excel template before registering it: regions, sheet, column → field mapping."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog.fields import Catalog, Field
from desktop.errors import UserFacingError
from desktop.intake.inspect import TemplateInspection
from desktop.intake.isolation import isolated_reads
from desktop.registry.service import Saved
from ui.app_state import AppState
from ui.intake.labels import NEW_FIELD, entity_label, field_name
from ui.intake.mapping import MappingTable
from ui.intake.preview import RegionLegend, SheetPreviewView
from ui.registry.item_dialog import ItemDialog
from ui.texts import error_text
from ui.widgets.dialogs import ask_yes_no

TEMPLATE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
"""Spreadsheets the intake reads; other files are registered as plain attachments."""


class IntakeDialog(QDialog):
    """Opened with a template path. `error` is set when the file cannot be read (exec() then warns and
    returns Rejected); `saved` holds the registered form item after acceptance."""

    def __init__(self, state: AppState, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.path = Path(path)
        self.inspection: TemplateInspection | None = None
        self.error: UserFacingError | None = None
        self.saved: Saved | None = None
        self.item_dialog: ItemDialog | None = None
        self.new_fields: dict[str, Field] = {}  # planned custom fields by their placeholder id
        self.department_id: int | None = None  # whose remembered not-a-field decisions the mapping shows
        self.setWindowTitle(self.tr("导入报表模板 — %1").replace("%1", self.path.name))
        self.resize(1180, 760)  # fits a 1366×768 screen; can be maximised
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        self.load()

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(lambda i: self.choose_sheet(self.sheet_combo.itemText(i)))
        self.sheet_box = QWidget()
        sheet_row = QHBoxLayout(self.sheet_box)
        sheet_row.setContentsMargins(0, 0, 0, 0)
        sheet_row.addWidget(QLabel(self.tr("工作表：")))
        sheet_row.addWidget(self.sheet_combo)
        self.department_combo = QComboBox()
        self.department_combo.setEditable(True)
        self.department_combo.addItems([d.name for d in self.state.office.departments.list()])
        self.department_combo.setCurrentIndex(-1)
        self.department_combo.lineEdit().setPlaceholderText(self.tr("选择来文单位"))
        self.department_combo.setToolTip(
            self.tr("按这个单位记住的“不对应字段”处理表头；登记时也用它作来文单位。")
        )
        self.department_combo.currentTextChanged.connect(self.choose_department)
        info = QHBoxLayout()
        info.addWidget(self.summary_label, 1)
        info.addWidget(QLabel(self.tr("来文单位：")))
        info.addWidget(self.department_combo)
        info.addWidget(self.sheet_box)

        self.preview = SheetPreviewView()
        preview_box = QGroupBox(self.tr("表格预览：程序识别出的各部分"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(RegionLegend())

        self.mapping = MappingTable()
        self.mapping.custom_requested.connect(self.make_custom_field)
        self.mapping.choice_changed.connect(lambda _col: self._update_hint())
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        mapping_box = QGroupBox(self.tr("各列对应的指标（不对的请改选；改过的表述会被记住）"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping, 1)
        mapping_layout.addWidget(self.hint_label)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(preview_box)
        self.splitter.addWidget(mapping_box)
        self.splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.next_button = self.buttons.addButton(
            self.tr("下一步：登记…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.next_button.setDefault(True)
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(info)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

    # --- reading the template ---------------------------------------------------------
    def load(self, sheet: str | None = None) -> bool:
        """Inspect (and preview) the template, on `sheet` when given. False, with `error` set, on failure."""
        intake = self.state.office.intake
        try:
            with isolated_reads():  # a file that crashes the Excel reader must not take the window
                inspection = intake.inspect(self.path, sheet, self.department_id)
                preview = intake.preview(self.path, inspection.sheet)
        except UserFacingError as error:
            if self.inspection is None:
                self.error = error
            else:  # another sheet could not be read: say so and stay on the one shown
                QMessageBox.warning(self, self.tr("无法读取工作表"), error_text(error))
                self.sheet_combo.setCurrentText(self.inspection.sheet)
            return False
        self.inspection = inspection
        self.error = None
        layout = inspection.layout
        self.title_label.setText(layout.title or self.path.stem)
        first, last = layout.header_rows
        header = str(first) if first == last else f"{first}–{last}"
        self.summary_label.setText(
            self.tr("文件：%1　　每行填写一个：%2　　表头：第 %3 行　　数据从第 %4 行起")
            .replace("%1", self.path.name)
            .replace("%2", entity_label(inspection.entity))
            .replace("%3", header)
            .replace("%4", str(layout.data_start_row))
        )
        self.sheet_combo.clear()
        self.sheet_combo.addItems(inspection.sheets)
        self.sheet_combo.setCurrentText(inspection.sheet)
        self.sheet_box.setVisible(len(inspection.sheets) > 1)
        self.preview.show_preview(preview, layout)
        # The preview gets the height its rows need (within reason), the mapping the rest.
        rows_height = 24 * min(len(preview.rows), 9) + 124
        self.splitter.setSizes([rows_height, max(700 - rows_height, 280)])
        self.mapping.set_inspection(inspection, self._catalog())
        self._update_hint()
        return True

    def choose_department(self, name: str) -> None:
        """The clerk chose (or typed) the sending department: show the mapping with that department's
        remembered not-a-field decisions instead of the previous one's, keeping the clerk's own choices."""
        found = self.state.office.departments.match(name)
        department_id = found.department.id if found.department is not None else None
        if department_id == self.department_id:
            return
        self.department_id = department_id
        if self.inspection is None:
            return
        kept = self.mapping.changed_mapping()
        if self.state.office.intake.apply_decisions(self.inspection, department_id):
            self.mapping.set_inspection(self.inspection, self._catalog())
            for col, field_id in kept.items():
                self.mapping.select(col, field_id)
            self._update_hint()

    def choose_sheet(self, sheet: str) -> None:
        if self.inspection is None or sheet != self.inspection.sheet:
            self.load(sheet)

    def exec(self) -> int:
        if self.error is not None:
            QMessageBox.warning(self.parentWidget(), self.tr("无法读取表格"), error_text(self.error))
            return QDialog.DialogCode.Rejected.value
        return super().exec()

    def _update_hint(self) -> None:
        choices = self.mapping.choices()
        unmapped = sum(1 for field in choices.values() if field is None)
        changed = len(self.mapping.changed_mapping())
        uses = Counter(field for field in choices.values() if field)
        text = (
            self.tr("共 %1 列，%2 列未对应，%3 列由您修改。")
            .replace("%1", str(len(choices)))
            .replace("%2", str(unmapped))
            .replace("%3", str(changed))
        )
        catalog = self._catalog()
        twice = [
            (field_name(catalog.get(f)) if f in catalog else f) for f, n in sorted(uses.items()) if n > 1
        ]
        if twice:
            text += self.tr("注意：有字段同时对应了多列（%1）。").replace("%1", "、".join(twice))
        self.hint_label.setText(text)

    # --- actions ----------------------------------------------------------------------
    def make_custom_field(self, col: int) -> None:
        """A custom field named after the column's own (lowest) header, selected for that column. A field
        of that name already in the catalog is chosen; a new one is only planned here and made when the
        template is registered, so cancelling the review leaves nothing behind."""
        assert self.inspection is not None
        levels = {c.col: c.levels for c in self.inspection.layout.columns}
        match = next(m for m in self.inspection.columns if m.col == col)
        leaf = " ".join((levels.get(col) or (match.header,))[-1].split())
        try:
            field = self.state.office.catalog.existing_field(leaf, self.inspection.entity)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法完成"), error_text(error))
            return
        if field is None:
            field = Field(f"{NEW_FIELD}{col}", self.inspection.entity, leaf, leaf, "text", custom=True)
            self.new_fields[field.id] = field
        self.mapping.set_catalog(self.inspection.entity, self._catalog())
        self.mapping.select(col, field.id)

    def _catalog(self) -> Catalog:
        """The office's catalog and the custom fields planned in this review."""
        return Catalog(list(self.state.office.catalog.catalog()), custom=self.new_fields.values())

    def reject(self) -> None:
        """Cancel, Esc or closing the window: asks first when the clerk changed the mapping."""
        changed = len(self.mapping.changed_mapping()) if self.inspection is not None else 0
        if changed and not ask_yes_no(
            self,
            self.tr("放弃修改"),
            self.tr(
                "您改过 %1 列的对应字段。取消后这些修改不会保存，也不会新建自定义字段。要放弃吗？"
            ).replace("%1", str(changed)),
            yes_text=self.tr("放弃修改"),
            no_text=self.tr("继续核对"),
        ):
            return
        super().reject()

    def register(self) -> Saved | None:
        """Open the registration form; on save the template, its mapping and the corrections are stored."""
        assert self.inspection is not None
        inspection = self.inspection
        mapping = self.mapping.changed_mapping()
        new_fields = {col: self.new_fields[f].name_zh for col, f in mapping.items() if f in self.new_fields}
        mapping = {col: f for col, f in mapping.items() if col not in new_fields}
        office = self.state.office

        def submit(values: dict[str, Any], files: list[Path]) -> Saved:
            # Files the clerk added in the form (e.g. the notice that came with the template) are
            # stored in the same transaction as the template.
            return office.intake.register(
                self.path,
                values,
                mapping=mapping,
                sheet=inspection.sheet,
                inspection=inspection,
                attachments=[f for f in files if f != self.path],
                new_fields=new_fields,
            )

        self.item_dialog = ItemDialog(
            office.registry,
            [d.name for d in office.departments.list()],
            files=[self.path],
            kind="form",
            parent=self,
            submit=submit,
            title=inspection.layout.title,
            department=self.department_combo.currentText().strip(),
        )
        if self.item_dialog.exec() != QDialog.DialogCode.Accepted or self.item_dialog.saved is None:
            return None
        self.saved = self.item_dialog.saved
        self.state.notify()
        self._announce(self.saved)
        self.accept()
        return self.saved

    def _announce(self, saved: Saved) -> None:
        parent = self.parentWidget()
        window = parent.window() if parent else None
        if window is None or not hasattr(window, "statusBar"):
            return
        if saved.notices:
            message = "；".join(error_text(n) for n in saved.notices)
        else:
            message = self.tr("已登记报表“%1”，各列对应的指标已保存。").replace("%1", saved.item.title)
        window.statusBar().showMessage(message, 15000)
