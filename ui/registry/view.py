"""收文登记 / 会议 / 报表 pages: filter bar, the lazily-fetched table and the detail panel."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.registry.service import Saved
from ui.app_state import AppState, ensure_fresh
from ui.registry.filter_bar import FilterBar
from ui.registry.item_detail import ItemDetail
from ui.registry.item_dialog import ItemDialog
from ui.registry.model import PAGE_SIZE, RegistryTableModel, vocabulary_columns
from ui.registry.progress_report_dialog import ProgressReportDialog
from ui.texts import error_text
from ui.widgets.dialogs import ask_yes_no

if TYPE_CHECKING:
    from ui.forms.actions import FormActions


TITLE_COLUMN = 1
TITLE_MIN_WIDTH = 240
OPTIONAL_COLUMNS = (
    4,
    8,
    6,
)  # 收文日期, 经办人, 紧急程度: hidden in this order when the title would be squeezed


class RegistryView(QWidget):
    def __init__(self, state: AppState, fixed_kind: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.fixed_kind = fixed_kind
        registry = state.office.registry
        self.model = RegistryTableModel(
            registry,
            self,
            badge_reader=self._read_badges,
            page_reader=self._read_page if state.background else None,  # small offices read at once
        )
        self.filter_bar = FilterBar(fixed_kind)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 64), (2, 92), (3, 136), (4, 84), (5, 112), (6, 66), (7, 66), (8, 56)):
            self.table.setColumnWidth(column, width)
        # Short vocabulary columns fit their words in either language ("In progress", "Extra urgent"):
        # measured from the words themselves, not from every fetched row (that froze a big office's table).
        for column, words in vocabulary_columns().items():
            self.table.setColumnWidth(column, self._fitting_width(column, words))
        # A long 文号 and a deadline with its time must show whole (they were cut by a few pixels).
        self.table.setColumnWidth(3, self._fitting_width(3, ["县退役军人通〔2026〕186号"]))
        self.table.setColumnWidth(5, self._fitting_width(5, ["2026-12-31 23:59"]))
        self.table.installEventFilter(self)  # a narrow table hides its least needed columns (see eventFilter)
        self.detail = ItemDetail(
            state.office.registry.attachment_path,
            overlaps=state.office.overlaps,
            progress=state.office.progress,
            read_overlaps=lambda owner, fn, done: state.read(owner, lambda office: fn(office.overlaps), done),
            whitelist_status=state.office.whitelist.status,
        )
        self.detail.setMinimumWidth(280)
        self.detail.setMaximumWidth(360)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("＋ 登记（Ctrl+N）"))
        self.new_button.clicked.connect(lambda: self.new_item())

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        if fixed_kind == "form":
            self.import_button = QPushButton(self.tr("导入报表模板…"))
            self.import_button.clicked.connect(lambda: self.import_template())
            top.addWidget(self.import_button)
        top.addWidget(self.filter_bar, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        legend = QLabel(
            self.tr(
                "<span style='background:#f8d7da'>&nbsp;红色&nbsp;</span> 已逾期　"
                "<span style='background:#ffe8b3'>&nbsp;黄色&nbsp;</span> 2 个工作日内到期"
            )
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch()
        bottom.addWidget(legend)
        left_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.filter_bar.changed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda index: self.edit_item(self.model.item_at(index.row()).id))
        self.detail.edit_requested.connect(self.edit_item)
        self.detail.progress_requested.connect(self.record_progress)
        self.detail.status_requested.connect(self.set_status)
        self.detail.archive_requested.connect(lambda item_id: self._run(lambda: registry.archive(item_id)))
        self.detail.unarchive_requested.connect(
            lambda item_id: self._run(lambda: registry.unarchive(item_id))
        )
        self.detail.purge_requested.connect(self.purge_item)
        self.detail.fill_grid_requested.connect(lambda item_id: self.form_actions.open_fill_grid(item_id))
        self.detail.fill_form_requested.connect(lambda item_id: self.form_actions.fill_from_ledger(item_id))
        self.refresher = state.watch(self, self.refresh)  # now, or when next shown

    @cached_property
    def form_actions(self) -> FormActions:
        """Filling forms from the ledger; the ledger and Excel modules load when first used."""
        from ui.forms.actions import FormActions

        return FormActions(self.state, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_title(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_title(self, table_width: int) -> None:
        """Keep TITLE_MIN_WIDTH for the title: on a narrow screen (1366 px beside the detail panel) hide
        收文日期, then 经办人, then 紧急程度 — the detail panel still shows them — and show them again when
        there is room."""
        scroll_bar = self.table.verticalScrollBar()
        available = (
            table_width
            - 2 * self.table.frameWidth()
            - (scroll_bar.sizeHint().width() if scroll_bar.isVisible() else 0)
        )
        for column in OPTIONAL_COLUMNS:
            self.table.setColumnHidden(column, False)
        for column in OPTIONAL_COLUMNS:
            others = sum(
                self.table.columnWidth(c)
                for c in range(self.model.columnCount())
                if c != TITLE_COLUMN and not self.table.isColumnHidden(c)
            )
            if available - others >= TITLE_MIN_WIDTH:
                break
            self.table.setColumnHidden(column, True)

    def _fitting_width(self, column: int, words: list[str]) -> int:
        text = self.table.fontMetrics()
        head = self.table.horizontalHeader().fontMetrics()
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        return max(
            max((text.horizontalAdvance(w) for w in words), default=0) + 16,
            head.horizontalAdvance(title) + 24,  # room for the sort arrow
        )

    # --- data -----------------------------------------------------------------
    def _read_badges(self, form_ids: list[int], done) -> None:
        self.state.read(self, lambda office: office.overlaps.duplicate_badges(form_ids), done)

    def _read_page(self, flt, sort: str, descending: bool, offset: int, done) -> None:
        self.state.read(
            self, lambda office: office.registry.list(flt, sort, descending, PAGE_SIZE, offset), done
        )

    def department_names(self) -> list[str]:
        return [d.name for d in self.state.office.departments.list()]

    def refresh(self) -> None:
        """Reload after any change, keeping the selected item selected."""
        selected = self.detail.item.id if self.detail.item else None
        self.model.forget_badges()
        self.filter_bar.set_departments(self.department_names())
        self.apply_filter(select_id=selected)

    def apply_filter(self, select_id: int | None = None) -> None:
        try:
            flt = self.state.office.registry.normalize_filter(self.filter_bar.current_filter())
        except UserFacingError as error:
            self.count_label.setText(error_text(error))
            return
        self.model.set_filter(flt)
        self.count_label.setText(self.tr("共 %n 件", "", self.model.total()))
        if select_id:
            self.select_item(select_id)
        else:
            self.detail.show_item(None)

    def select_item(self, item_id: int) -> None:
        ensure_fresh(self)  # a change that came while the page was hidden is read first
        row = self.model.row_of(item_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self.detail.show_item(self.state.office.registry.get(item_id), self.model._now)
        else:
            self.detail.show_item(None)

    def _current_changed(self, current, _previous) -> None:
        item = self.model.item_at(current.row())
        self.detail.show_item(self.state.office.registry.get(item.id) if item else None, self.model._now)

    # --- actions --------------------------------------------------------------
    def new_item(
        self, files: list[Path] | None = None, kind: str | None = None, problem: UserFacingError | None = None
    ) -> Saved | None:
        dialog = ItemDialog(
            self.state.office.registry,
            self.department_names(),
            files=files,
            kind=kind or self.fixed_kind or "task",
            parent=self,
        )
        if problem is not None:
            dialog.show_error(problem)
        return self._after_dialog(dialog)

    def import_template(self, path: Path | None = None, fallback: bool = False) -> Saved | None:
        """Review and register an Excel template. With `fallback`, a file that cannot be read as a table
        is still registered as a plain form item (the reason shown in the form) instead of refused."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("导入报表模板"),
                "",
                self.tr("Excel 表格 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)"),
            )
            if not name:
                return None
            path = Path(name)
        from ui.intake.dialog import IntakeDialog  # the Excel reader loads when a template comes in

        dialog = IntakeDialog(self.state, path, parent=self)
        if dialog.error is not None and fallback:
            return self.new_item(files=[path], kind="form", problem=dialog.error)
        if dialog.exec() != IntakeDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self.select_item(dialog.saved.item.id)
        return dialog.saved

    def edit_item(self, item_id: int) -> Saved | None:
        item = self.state.office.registry.get(item_id)
        if item.archived_at:
            return None
        dialog = ItemDialog(self.state.office.registry, self.department_names(), item=item, parent=self)
        return self._after_dialog(dialog)

    def record_progress(self, item_id: int) -> None:
        item = self.state.office.registry.get(item_id)
        dialog = ProgressReportDialog(
            self.state.office.progress, item, self.state.office.clock().date(), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.state.notify()
            self.select_item(item_id)

    def _after_dialog(self, dialog: ItemDialog) -> Saved | None:
        if dialog.exec() != ItemDialog.DialogCode.Accepted or dialog.saved is None:
            if dialog.open_instead is not None:  # 打开原登记: the earlier registration of the same document
                self.select_item(dialog.open_instead)
                if self.detail.item is None or self.detail.item.id != dialog.open_instead:  # filtered out
                    self.detail.show_item(
                        self.state.office.registry.get(dialog.open_instead), self.model._now
                    )
            return None
        self._announce(dialog.saved)
        return dialog.saved

    def set_status(self, item_id: int, status: str) -> None:
        self._run(lambda: self.state.office.registry.set_status(item_id, status))

    def purge_item(self, item_id: int) -> None:
        item = self.state.office.registry.get(item_id)
        question = self.tr("确定要彻底删除“%1”吗？\n删除后无法恢复，附件原件仍保留在文件库中。")
        if ask_yes_no(self, self.tr("彻底删除"), question.replace("%1", item.title), warning=True):
            self._run(lambda: self.state.office.registry.purge(item_id, confirm=True))

    def _run(self, operation) -> None:
        try:
            result = operation()
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法完成"), error_text(error))
            return
        if isinstance(result, Saved):
            self._announce(result)
        else:
            self.state.notify()

    def _announce(self, saved: Saved) -> None:
        self.state.notify()
        self.select_item(saved.item.id)
        window = self.window()
        if saved.notices and hasattr(window, "statusBar"):
            window.statusBar().showMessage("；".join(error_text(n) for n in saved.notices), 15000)
