"""The panel beside the registry table: one item's facts and what can be done with it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.overlaps import OverlapService
from desktop.records import Attachment, Item
from desktop.registry import vocab as terms
from desktop.registry.progress import ProgressService
from desktop.registry.service import deadline_state
from ui.forms.overlap_panel import OverlapPanel, OverlapReader
from ui.texts import kind_label, vocab

if TYPE_CHECKING:
    from desktop.county.whitelist import WhitelistStatus


class ItemDetail(QWidget):
    """Shows the selected item. Emits requests; the registry view carries them out."""

    edit_requested = Signal(int)
    status_requested = Signal(int, str)
    archive_requested = Signal(int)
    unarchive_requested = Signal(int)
    purge_requested = Signal(int)
    fill_grid_requested = Signal(int)
    fill_form_requested = Signal(int)
    progress_requested = Signal(int)

    def __init__(
        self,
        blob_path_of,
        parent: QWidget | None = None,
        overlaps: OverlapService | None = None,
        progress: ProgressService | None = None,
        read_overlaps: OverlapReader | None = None,
        whitelist_status: Callable[[Item], WhitelistStatus | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.blob_path_of = blob_path_of
        self.progress = progress
        # Forms only: on the county's 报表目录 or 清单外 (None when the office has no whitelist).
        self.whitelist_status = whitelist_status
        # Forms only: other forms asking for the same facts (absent when no service is given).
        self.overlap_panel = OverlapPanel(overlaps, read=read_overlaps) if overlaps is not None else None
        self.item: Item | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.deadline_label = QLabel()
        self.deadline_label.setWordWrap(True)
        self.form = QFormLayout()
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(90)
        self.attachments.itemDoubleClicked.connect(self._open_attachment)
        self.edit_button = QPushButton(self.tr("修改…"))
        self.status_combo = QComboBox()
        for status in terms.STATUSES[:-1]:
            self.status_combo.addItem(vocab(status), status)
        self.status_combo.activated.connect(self._status_chosen)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.archive_button = QPushButton(self.tr("归档"))
        self.purge_button = QPushButton(self.tr("彻底删除…"))
        self.edit_button.clicked.connect(lambda: self.item and self.edit_requested.emit(self.item.id))
        self.archive_button.clicked.connect(self._archive_clicked)
        self.purge_button.clicked.connect(lambda: self.item and self.purge_requested.emit(self.item.id))
        self.empty_label = QLabel(
            self.tr("在左侧列表中选择一件事项查看详情。\n按 Ctrl+N 登记新事项，或把文件拖进窗口。")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #666;")

        # Status on its own row: in English the five controls do not fit the panel's 280–360 px in one row.
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("状态：")))
        status_row.addWidget(self.status_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.purge_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.deadline_label)
        body.addLayout(status_row)
        body.addLayout(buttons)
        body.addLayout(self.form)
        if self.overlap_panel is not None:
            body.addWidget(self.overlap_panel)
        # Forms only: type the facts the ledger lacks once, then fill the department's template from it.
        self.fill_grid_button = QPushButton(self.tr("补录缺少的数据…"))
        self.fill_form_button = QPushButton(self.tr("按台账填表…"))
        self.fill_grid_button.clicked.connect(
            lambda: self.item and self.fill_grid_requested.emit(self.item.id)
        )
        self.fill_form_button.clicked.connect(
            lambda: self.item and self.fill_form_requested.emit(self.item.id)
        )
        form_actions = QHBoxLayout()
        form_actions.addWidget(self.fill_grid_button)
        form_actions.addWidget(self.fill_form_button)
        form_actions.addStretch()
        body.addLayout(form_actions)
        # Tasks only: the dated 办理进展 log that 周报/月报 demands are answered from.
        self.progress_label = QLabel(self.tr("办理进展："))
        self.progress_list = QListWidget()
        self.progress_list.setMaximumHeight(110)
        self.progress_list.setWordWrap(True)
        self.progress_button = QPushButton(self.tr("记录进展…"))
        self.progress_button.clicked.connect(lambda: self.item and self.progress_requested.emit(self.item.id))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addStretch()
        progress_row.addWidget(self.progress_button)
        body.addLayout(progress_row)
        body.addWidget(self.progress_list)
        body.addWidget(QLabel(self.tr("附件（双击打开副本）：")))
        body.addWidget(self.attachments)
        body.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.body)
        self.show_item(None)

    def show_item(self, item: Item | None, now: datetime | None = None) -> None:
        self.item = item
        self.empty_label.setVisible(item is None)
        self.body.setVisible(item is not None)
        if item is None:
            return
        self.heading.setText(item.title)
        state = deadline_state(item, now or datetime.now())
        texts = {
            "overdue": (self.tr("已逾期，请尽快办理"), "#b00020"),
            "soon": (self.tr("2 个工作日内到期"), "#9a6700"),
        }
        text, color = texts.get(state, ("", ""))
        self.deadline_label.setText(text)
        self.deadline_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.deadline_label.setVisible(bool(text))
        while self.form.rowCount():
            self.form.removeRow(0)
        rows = [
            (self.tr("类别"), kind_label(item.kind)),
            (self.tr("来文单位"), item.department),
            (self.tr("文号"), item.doc_no),
            (self.tr("收文日期"), item.received),
            (self.tr("办理时限"), (item.due or "").replace("T", " ")),
            (self.tr("紧急程度"), vocab(item.urgency)),
            (self.tr("密级"), vocab(item.confidentiality)),
            (self.tr("状态"), vocab(item.status)),
            (self.tr("承办人"), item.assignee),
        ]
        if item.kind == "meeting":
            rows += [
                (
                    self.tr("会议时间"),
                    " — ".join(v.replace("T", " ") for v in (item.meeting_start, item.meeting_end) if v),
                ),
                (self.tr("地点"), item.place),
                (self.tr("形式"), vocab(item.meeting_format)),
                (self.tr("主要负责人须参会"), self._yes_no(item.principal_required)),
                (self.tr("可委派他人参会"), self._yes_no(item.deputy_allowed)),
            ]
        if item.kind == "task":
            rows.append((self.tr("进度报送要求"), vocab(item.report_demand) or self.tr("无")))
        if item.kind == "form" and self.whitelist_status is not None:
            listed = self.whitelist_status(item)
            if listed is not None:
                text = vocab(listed.text)
                if listed.entry is not None:
                    text += self.tr("（表号 {form_no}）").format(form_no=listed.entry.form_no)
                rows.append((self.tr("报表目录"), text))
        rows.append((self.tr("备注"), item.notes))
        for label, value in rows:
            value_label = QLabel(value or "—")
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, value_label)
        self.fill_grid_button.setVisible(item.kind == "form")
        self.fill_form_button.setVisible(item.kind == "form")
        self._show_progress(item)
        if self.overlap_panel is not None:
            self.overlap_panel.show_item(
                item.id if item.kind == "form" else None, (now or datetime.now()).date()
            )
        self.attachments.clear()
        for attachment in item.attachments:
            entry = QListWidgetItem(f"{attachment.original_name}  ({attachment.size:,} B)")
            entry.setData(Qt.ItemDataRole.UserRole, attachment)
            self.attachments.addItem(entry)
        archived = bool(item.archived_at)
        self.edit_button.setEnabled(not archived)
        self.status_combo.setEnabled(not archived)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(item.status)))
        self.archive_button.setText(self.tr("取消归档") if archived else self.tr("归档"))
        self.purge_button.setVisible(archived)

    def _show_progress(self, item: Item) -> None:
        shown = item.kind == "task" and self.progress is not None
        for widget in (self.progress_label, self.progress_list, self.progress_button):
            widget.setVisible(shown)
        self.progress_list.clear()
        if not shown:
            return
        self.progress_button.setEnabled(not item.archived_at)
        reports = self.progress.of_item(item.id)
        for report in reversed(reports):  # newest first
            self.progress_list.addItem(f"{report.reported_on}  {report.text}")
        if not reports:
            self.progress_list.addItem(self.tr("还没有记录。部门要求报送进展时，点“记录进展…”。"))

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self.tr("是") if value else self.tr("否")

    def _status_chosen(self, index: int) -> None:
        status = self.status_combo.itemData(index)
        if self.item and status != self.item.status:
            self.status_requested.emit(self.item.id, status)

    def _archive_clicked(self) -> None:
        if self.item is None:
            return
        if self.item.archived_at:
            self.unarchive_requested.emit(self.item.id)
        else:
            self.archive_requested.emit(self.item.id)

    def _open_attachment(self, entry: QListWidgetItem) -> None:
        """Open a copy under its original name, so the stored original is never touched."""
        attachment: Attachment = entry.data(Qt.ItemDataRole.UserRole)
        folder = Path(tempfile.mkdtemp(prefix="yibiao-"))
        copy = folder / attachment.original_name
        shutil.copyfile(self.blob_path_of(attachment.sha256), copy)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
