"""Register or edit one registry item. Validation is the core's; errors point at the field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Notice, UserFacingError, ValidationError
from desktop.records import Item
from desktop.registry import vocab as terms
from desktop.registry.departments import UNKNOWN
from desktop.registry.docno import doc_no_warning
from desktop.registry.service import RegistryService, Saved
from ui.texts import error_text, kind_label, vocab
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialogs import ask_yes_no, save_cancel_buttons
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


def _qdate(text: str | None, default: QDate | None = None) -> QDate:
    return QDate.fromString(text[:10], DATE_FORMAT) if text else (default or QDate.currentDate())


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
        department: str = "",
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.item = item
        self.saved: Saved | None = None
        self.open_instead: int | None = None  # the earlier item the clerk chose to open instead of saving
        self.files: list[Path] = list(files or [])
        self.today = QDate(registry.clock().date())  # the office's day (a test's clock, too)
        # How a new item is stored: plain registration by default; form intake passes its own.
        self.submit = submit or registry.create
        self.suggested_title = title
        self.suggested_department = department  # a new item's 来文单位 when already known (template review)
        self.setWindowTitle(self.tr("修改事项") if item else self.tr("登记新事项"))
        self.setAcceptDrops(True)
        self.setMinimumWidth(640)  # the deadline row in English ("Has a deadline", "With time of day")
        self._build(departments, item, kind)
        self._load(item)
        self._as_opened = self._snapshot()

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
        self.department_hint = QLabel()
        self.department_hint.setWordWrap(True)
        self.department_hint.setStyleSheet("color: #555;")
        self.department_hint.hide()
        self.department_combo.editTextChanged.connect(self._check_department)
        self.doc_no_edit = QLineEdit()
        self.doc_no_edit.setPlaceholderText(self.tr("例如：县人社发〔2026〕12号"))
        self.doc_no_hint = QLabel()
        self.doc_no_hint.setWordWrap(True)
        self.doc_no_hint.setStyleSheet("color: #9a6700;")
        self.doc_no_edit.textChanged.connect(self._check_doc_no)
        self.received_edit = DateEdit(self.today)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat(DATE_FORMAT)
        self.due_check = QCheckBox(self.tr("有办理时限"))
        self.due_date = DateEdit(QDate(self.registry.default_due()))  # never a weekend or a holiday
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
        form.addRow("", self.department_hint)
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
        self.meeting_start = QDateTimeEdit(QDateTime(self.today.addDays(1), QTime(9, 0)))
        self.meeting_end = QDateTimeEdit(QDateTime(self.today.addDays(1), QTime(11, 0)))
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
            self.received_edit.setDate(_qdate(item.received, self.today))
            self.due_check.setChecked(bool(item.due))
            if item.due:
                self.due_date.setDate(_qdate(item.due, self.today))
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
        if item is None and self.suggested_department:
            self.department_combo.setCurrentText(self.suggested_department)
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

    def _check_department(self, text: str) -> None:
        """Say, while typing, how the name will be registered: as a listed department (a short or former
        name), or as a new one (asked about on saving)."""
        found = self.registry.departments.match(text)
        hint = ""
        if found.department is not None and not found.exact:
            hint = self.tr("将按列表中的“%1”登记").replace("%1", found.department.name)
        elif found.candidates:
            hint = self.tr("可能是：%1").replace("%1", self.tr("、").join(d.name for d in found.candidates))
        elif found.typed and found.is_new:
            hint = self.tr("新的来文单位：保存时会询问是否添加到列表")
        self.department_hint.setText(hint)
        self.department_hint.setVisible(bool(hint))

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
        for edit in (self.received_edit, self.due_date):  # a date still being typed when Ctrl+S saves
            edit.finish_typing()
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

    def _snapshot(self) -> tuple:
        return self.values(), self.place_edit.text(), tuple(self.files)

    def reject(self) -> None:
        """Esc, 取消 and the window's close button: ask before throwing away what was typed."""
        if self.open_instead is None and self._snapshot() != self._as_opened:
            question = self.tr("填写的内容还没有保存，关闭后不会保留。要放弃这些内容吗？")
            if not ask_yes_no(
                self,
                self.tr("放弃填写的内容"),
                question,
                yes_text=self.tr("放弃"),
                no_text=self.tr("继续填写"),
                warning=True,
            ):
                return
        super().reject()

    def _department_ready(self, name: str) -> bool:
        """A 来文单位 that is on the list, or a short or former name of one, goes on to the registry; a new
        one is added to the list after one question (no: it stays typed, with the reason shown)."""
        found = self.registry.departments.match(name)
        if not found.is_new or not found.typed:
            return True
        question = self.tr(
            "“%1”不在来文单位列表中，也不像列表中哪个单位的简称或旧称。\n添加为新的来文单位并登记吗？"
        )
        if not ask_yes_no(
            self,
            self.tr("新的来文单位"),
            question.replace("%1", found.typed),
            yes_text=self.tr("添加"),
            no_text=self.tr("返回修改"),
            default_yes=True,
        ):
            self.show_error(ValidationError(UNKNOWN, field="department", name=found.typed))
            return False
        try:
            added = self.registry.departments.add(found.typed)
        except UserFacingError as error:
            self.show_error(error)
            return False
        self.department_combo.addItem(added.name)
        self.department_combo.setCurrentText(added.name)
        return True

    def _not_a_duplicate(self, values: dict[str, Any]) -> bool:
        """Before a second registration of the same document: ask, naming the earlier item, with the
        choice to open it instead."""
        earlier = self.registry.find_duplicates(values)
        if not earlier:
            return True
        lines = [
            self.tr("编号 %1：%2（%3，%4，收文 %5）")
            .replace("%1", str(i.id))
            .replace("%2", i.title)
            .replace("%3", i.department)
            .replace("%4", i.doc_no or self.tr("无文号"))
            .replace("%5", i.received)
            for i in earlier[:3]
        ]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("可能重复登记"))
        box.setText(self.tr("这份文件可能已经登记过：") + "\n" + "\n".join(lines))
        box.setInformativeText(self.tr("同一文号，或同一单位在 30 天内发来的同名文件。仍要再登记一次吗？"))
        again = box.addButton(self.tr("仍然登记"), QMessageBox.ButtonRole.AcceptRole)
        self.open_earlier_button = box.addButton(self.tr("打开原登记"), QMessageBox.ButtonRole.ActionRole)
        back = box.addButton(self.tr("返回修改"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is again:
            return True
        if box.clickedButton() is self.open_earlier_button:
            self.open_instead = earlier[0].id
            super().reject()  # nothing is lost: the clerk chose the earlier registration
        return False

    def save(self) -> None:
        values = self.values()
        if not self._department_ready(values["department"]):
            return
        values = self.values()  # the department as added to the list
        if self.item is None and not self._not_a_duplicate(values):
            return
        try:
            if self.item is None:
                self.saved = self.submit(values, self.files)
            else:
                self.saved = self.registry.update(self.item.id, values)
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
