"""Register or edit one registry item. Validation is the core's; errors point at the field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Notice, UserFacingError, ValidationError
from desktop.records import Item
from desktop.registry import vocab as terms
from desktop.registry.docno import doc_no_warning
from desktop.registry.service import RegistryService, Saved
from ui.texts import error_text, kind_label, vocab
from ui.widgets.dialogs import save_cancel_buttons
from ui.widgets.file_drop import dropped_files

DATE_FORMAT = "yyyy-MM-dd"


def _combo(values, current: str | None = None, blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for value in values:
        combo.addItem(vocab(value), value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _qdate(text: str | None) -> QDate:
    return QDate.fromString(text[:10], DATE_FORMAT) if text else QDate.currentDate()


def _qdatetime(text: str | None, default: QDateTime) -> QDateTime:
    if not text:
        return default
    value = QDateTime.fromString(text[:16], "yyyy-MM-ddTHH:mm")
    return value if value.isValid() else QDateTime(_qdate(text), QTime(9, 0))


class ItemDialog(QDialog):
    """New item when `item` is None, otherwise edits it. `saved` holds the result after accept()."""

    def __init__(
        self,
        registry: RegistryService,
        departments: list[str],
        item: Item | None = None,
        files: list[Path] | None = None,
        kind: str = "task",
        parent: QWidget | None = None,
        submit: Callable[[dict[str, Any], list[Path]], Saved] | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.item = item
        self.saved: Saved | None = None
        self.files: list[Path] = list(files or [])
        # How a new item is stored: plain registration by default; form intake passes its own.
        self.submit = submit or registry.create
        self.suggested_title = title
        self.setWindowTitle(self.tr("修改事项") if item else self.tr("登记新事项"))
        self.setAcceptDrops(True)
        self.setMinimumWidth(640)  # the deadline row in English ("Has a deadline", "With time of day")
        self._build(departments, item, kind)
        self._load(item)

    # --- layout ---------------------------------------------------------------
    def _build(self, departments: list[str], item: Item | None, kind: str) -> None:
        self.kind_combo = QComboBox()
        for key in terms.KINDS:
            self.kind_combo.addItem(kind_label(key), key)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind if item else kind))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("例如：关于报送第四季度低收入人口监测数据的通知"))
        self.department_combo = QComboBox()
        self.department_combo.setEditable(True)
        self.department_combo.addItems(departments)
        self.department_combo.setCurrentIndex(-1)
        self.department_combo.lineEdit().setPlaceholderText(self.tr("选择或输入来文单位"))
        self.doc_no_edit = QLineEdit()
        self.doc_no_edit.setPlaceholderText(self.tr("例如：县人社发〔2026〕12号"))
        self.doc_no_hint = QLabel()
        self.doc_no_hint.setWordWrap(True)
        self.doc_no_hint.setStyleSheet("color: #9a6700;")
        self.doc_no_edit.textChanged.connect(self._check_doc_no)
        self.received_edit = QDateEdit(QDate.currentDate())
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat(DATE_FORMAT)
        self.due_check = QCheckBox(self.tr("有办理时限"))
        self.due_date = QDateEdit(QDate.currentDate().addDays(3))
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat(DATE_FORMAT)
        self.due_time_check = QCheckBox(self.tr("精确到时间"))
        self.due_time = QTimeEdit(QTime(17, 0))
        self.due_time.setDisplayFormat("HH:mm")
        self.due_check.toggled.connect(self._sync_due)
        self.due_time_check.toggled.connect(self._sync_due)
        due_row = QHBoxLayout()
        for widget in (self.due_check, self.due_date, self.due_time_check, self.due_time):
            due_row.addWidget(widget)
        due_row.addStretch()
        self.urgency_combo = _combo(terms.URGENCIES)
        self.confidentiality_combo = _combo(terms.CONFIDENTIALITY)
        self.status_combo = _combo(terms.STATUSES[:-1])  # 已归档 only through “归档”
        self.assignee_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(64)

        form = QFormLayout()
        form.addRow(self.tr("类别"), self.kind_combo)
        form.addRow(self.tr("标题 *"), self.title_edit)
        form.addRow(self.tr("来文单位 *"), self.department_combo)
        form.addRow(self.tr("文号"), self.doc_no_edit)
        form.addRow("", self.doc_no_hint)
        form.addRow(self.tr("收文日期"), self.received_edit)
        form.addRow(self.tr("办理时限"), due_row)
        form.addRow(self.tr("紧急程度"), self.urgency_combo)
        form.addRow(self.tr("密级"), self.confidentiality_combo)
        form.addRow(self.tr("状态"), self.status_combo)
        form.addRow(self.tr("承办人"), self.assignee_edit)
        form.addRow(self.tr("备注"), self.notes_edit)

        self.meeting_box = QGroupBox(self.tr("会议信息"))
        self.meeting_start = QDateTimeEdit(QDateTime(QDate.currentDate().addDays(1), QTime(9, 0)))
        self.meeting_end = QDateTimeEdit(QDateTime(QDate.currentDate().addDays(1), QTime(11, 0)))
        for edit in (self.meeting_start, self.meeting_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place_edit = QLineEdit()
        self.format_combo = _combo(terms.MEETING_FORMATS)
        self.principal_check = QCheckBox(self.tr("主要负责人须参会"))
        self.deputy_check = QCheckBox(self.tr("可委派他人参会"))
        meeting_form = QFormLayout(self.meeting_box)
        meeting_form.addRow(self.tr("开始"), self.meeting_start)
        meeting_form.addRow(self.tr("结束"), self.meeting_end)
        meeting_form.addRow(self.tr("地点"), self.place_edit)
        meeting_form.addRow(self.tr("形式"), self.format_combo)
        meeting_form.addRow("", self.principal_check)
        meeting_form.addRow("", self.deputy_check)

        self.task_box = QGroupBox(self.tr("任务信息"))
        self.report_combo = _combo(terms.REPORT_DEMANDS, blank=self.tr("无需报送进度"))
        task_form = QFormLayout(self.task_box)
        task_form.addRow(self.tr("进度报送要求"), self.report_combo)

        self.attachment_list = QListWidget()
        self.attachment_list.setFixedHeight(70)
        add_file = QPushButton(self.tr("添加附件…"))
        add_file.clicked.connect(self._choose_files)
        files_box = QGroupBox(self.tr("附件（原件原样保存，可直接拖入本窗口）"))
        files_layout = QHBoxLayout(files_box)
        files_layout.addWidget(self.attachment_list)
        files_layout.addWidget(add_file, alignment=Qt.AlignmentFlag.AlignTop)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.buttons = save_cancel_buttons(self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.meeting_box)
        layout.addWidget(self.task_box)
        layout.addWidget(files_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(self._sync_kind)
        self._field_widgets = {
            "kind": self.kind_combo,
            "title": self.title_edit,
            "department": self.department_combo,
            "doc_no": self.doc_no_edit,
            "received": self.received_edit,
            "due": self.due_date,
            "urgency": self.urgency_combo,
            "confidentiality": self.confidentiality_combo,
            "status": self.status_combo,
            "meeting_start": self.meeting_start,
            "meeting_end": self.meeting_end,
            "meeting_format": self.format_combo,
            "report_demand": self.report_combo,
        }

    def _load(self, item: Item | None) -> None:
        if item is not None:
            self.title_edit.setText(item.title)
            self.department_combo.setCurrentText(item.department)
            self.doc_no_edit.setText(item.doc_no)
            self.received_edit.setDate(_qdate(item.received))
            self.due_check.setChecked(bool(item.due))
            if item.due:
                self.due_date.setDate(_qdate(item.due))
                self.due_time_check.setChecked("T" in item.due)
                if "T" in item.due:
                    self.due_time.setTime(QTime.fromString(item.due[11:16], "HH:mm"))
            for combo, value in (
                (self.urgency_combo, item.urgency),
                (self.confidentiality_combo, item.confidentiality),
                (self.status_combo, item.status),
                (self.format_combo, item.meeting_format),
                (self.report_combo, item.report_demand),
            ):
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)
            self.assignee_edit.setText(item.assignee)
            self.notes_edit.setPlainText(item.notes)
            self.meeting_start.setDateTime(_qdatetime(item.meeting_start, self.meeting_start.dateTime()))
            self.meeting_end.setDateTime(_qdatetime(item.meeting_end, self.meeting_end.dateTime()))
            self.place_edit.setText(item.place)
            self.principal_check.setChecked(bool(item.principal_required))
            self.deputy_check.setChecked(bool(item.deputy_allowed))
            for attachment in item.attachments:
                self.attachment_list.addItem(attachment.original_name)
        elif self.suggested_title or self.files:
            self.title_edit.setText(self.suggested_title or self.files[0].stem)
        for path in self.files:
            self.attachment_list.addItem(path.name)
        self._sync_due()
        self._sync_kind()

    # --- behaviour --------------------------------------------------------------
    def _sync_due(self) -> None:
        self.due_date.setEnabled(self.due_check.isChecked())
        self.due_time_check.setEnabled(self.due_check.isChecked())
        self.due_time.setEnabled(self.due_check.isChecked() and self.due_time_check.isChecked())

    def _sync_kind(self) -> None:
        kind = self.kind_combo.currentData()
        self.meeting_box.setVisible(kind == "meeting")
        self.task_box.setVisible(kind == "task")
        self.adjustSize()

    def _check_doc_no(self, text: str) -> None:
        hint = doc_no_warning(text)
        self.doc_no_hint.setText(self.tr("提示：") + error_text(Notice(hint)) if hint else "")
        self.doc_no_hint.setVisible(bool(hint))

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择附件"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.attachment_list.addItem(path.name)

    def dragEnterEvent(self, event) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.add_files(dropped_files(event.mimeData()))
        event.acceptProposedAction()

    def values(self) -> dict[str, Any]:
        """The form as values for the registry service (which validates them)."""
        due = None
        if self.due_check.isChecked():
            due = self.due_date.date().toString(DATE_FORMAT)
            if self.due_time_check.isChecked():
                due += "T" + self.due_time.time().toString("HH:mm")
        values: dict[str, Any] = {
            "kind": self.kind_combo.currentData(),
            "title": self.title_edit.text(),
            "department": self.department_combo.currentText(),
            "doc_no": self.doc_no_edit.text(),
            "received": self.received_edit.date().toString(DATE_FORMAT),
            "due": due,
            "urgency": self.urgency_combo.currentData(),
            "confidentiality": self.confidentiality_combo.currentData(),
            "status": self.status_combo.currentData(),
            "assignee": self.assignee_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }
        if values["kind"] == "meeting":
            values.update(
                {
                    "meeting_start": self.meeting_start.dateTime().toString("yyyy-MM-ddTHH:mm"),
                    "meeting_end": self.meeting_end.dateTime().toString("yyyy-MM-ddTHH:mm"),
                    "place": self.place_edit.text(),
                    "meeting_format": self.format_combo.currentData(),
                    "principal_required": self.principal_check.isChecked(),
                    "deputy_allowed": self.deputy_check.isChecked(),
                }
            )
        if values["kind"] == "task":
            values["report_demand"] = self.report_combo.currentData()
        return values

    def save(self) -> None:
        try:
            if self.item is None:
                self.saved = self.submit(self.values(), self.files)
            else:
                self.saved = self.registry.update(self.item.id, self.values())
                if self.files:
                    self.saved = self.registry.attach(self.item.id, self.files)
        except UserFacingError as error:
            self.show_error(error)
            return
        self.accept()

    def show_error(self, error: UserFacingError) -> None:
        self.error_label.setText(error_text(error))
        self.error_label.show()
        widget = (
            self._field_widgets.get(getattr(error, "field", ""))
            if isinstance(error, ValidationError)
            else None
        )
        if widget is not None:
            widget.setFocus()
