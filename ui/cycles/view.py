"""The 报送周期 page: the cycles on the left, the selected cycle's checklist and packages on the right.

Left: every cycle (the current one first) with its counts and a badge (可以报送 / N 个问题 / 无报表), and
新建专项周期…. Right: what blocks submission, the forms, tasks and meetings, the versions built, and the
buttons to build, preview, write to USB and open the folder. Items can be moved to another cycle (or back
to their due date's); a double-click opens an item in 收文登记 (`open_item`).
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from ui.app_state import AppState, ensure_fresh
from ui.cycles.model import (
    CheckModel,
    CycleDelegate,
    CycleListModel,
    cycle_entry,
    cycle_title,
    fill_forms,
    fill_history,
    fill_meetings,
    fill_tasks,
    form_headers,
    history_headers,
    kind_label,
    meeting_headers,
    ordered,
    task_headers,
)
from ui.cycles.move_dialog import CycleMoveDialog
from ui.texts import error_text
from ui.widgets.rows_model import rows_table

if TYPE_CHECKING:
    from ui.cycles.package_actions import PackageActions
    from ui.cycles.package_build_dialog import PackageBuildDialog

WARN_BOX = "QFrame#blockers { background: #fff4e0; border: 1px solid #f0c36d; border-radius: 6px; }"
GOOD_BOX = "QFrame#blockers { background: #e7f6ec; border: 1px solid #9fd4ae; border-radius: 6px; }"
PLAIN_BOX = "QFrame#blockers { background: #f4f6f8; border: 1px solid #dde1e6; border-radius: 6px; }"
ITEM_TABS = ("forms", "tasks", "meetings")
MAX_BLOCKER_LINES = 6
# Lines of blockers laid out in the box: a big office can have a hundred, and wrapping them all costs the
# window a visible stall; the rest are counted (each form and task shows its own state in the tabs below).
LISTED_BLOCKERS = 30


# The package modules (PDF, Excel writing) load when the clerk first uses them, not with the window.
def _package_actions(view: QWidget) -> PackageActions:
    from ui.cycles.package_actions import PackageActions

    return PackageActions(view)


def _build_dialog(state: AppState, key: str, parent: QWidget) -> PackageBuildDialog:
    from ui.cycles.package_build_dialog import PackageBuildDialog

    return PackageBuildDialog(state, key, parent)


class CycleView(QWidget):
    open_item = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.key: str | None = None
        self._pending: str | None = None  # the cycle whose checklist is being read
        self.checklist = None
        self.records: list = []

        # --- left: the cycles ---
        self.list_model = CycleListModel(self)
        self.cycle_list = QListView()
        self.cycle_list.setModel(self.list_model)
        self.cycle_list.setItemDelegate(CycleDelegate(self.cycle_list))
        self.cycle_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cycle_list.setStyleSheet("QListView { border: 1px solid #dde1e6; background: white; }")
        # The delegate elides to the width it gets, so the list never needs to scroll sideways.
        self.cycle_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cycle_list.selectionModel().currentChanged.connect(self._cycle_changed)
        self.new_button = QPushButton(self.tr("新建专项周期…"))
        self.new_button.setToolTip(
            self.tr("为临时的专项报送（例如防汛、普查）单独建一个周期，再把相关事项移进去。")
        )
        self.new_button.clicked.connect(lambda: self.new_named_cycle())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left.setMinimumWidth(230)
        heading = QLabel(self.tr("报送周期"))
        heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.cycle_list, 1)
        left_layout.addWidget(self.new_button)

        # --- right: the checklist ---
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.info_label = QLabel()
        self.info_label.setStyleSheet("color: #555;")
        self.build_button = QPushButton(self.tr("生成报送包…"))
        self.build_button.setStyleSheet("font-weight: bold;")
        self.preview_button = QPushButton(self.tr("预览 PDF"))
        self.usb_button = QPushButton(self.tr("写入 U 盘…"))
        self.folder_button = QPushButton(self.tr("打开文件夹"))
        self.build_button.clicked.connect(lambda: self.build_package())
        self.preview_button.clicked.connect(lambda: self._with_package(self.actions.preview))
        self.usb_button.clicked.connect(lambda: self._with_package(self.actions.write_to_usb))
        self.folder_button.clicked.connect(lambda: self._with_package(self.actions.open_folder))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.info_label)
        header.addLayout(titles, 1)
        for button in (self.build_button, self.preview_button, self.usb_button, self.folder_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

        self.blockers_box = QFrame()
        self.blockers_box.setObjectName("blockers")
        self.blockers_title = QLabel()
        self.blockers_title.setStyleSheet("font-weight: bold; background: transparent; border: none;")
        self.blockers_label = QLabel()
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.blockers_label.setStyleSheet("background: transparent; border: none;")
        self.blockers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.blockers_scroll = QScrollArea()
        self.blockers_scroll.setWidget(self.blockers_label)
        self.blockers_scroll.setWidgetResizable(True)
        self.blockers_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.blockers_scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        box_layout = QVBoxLayout(self.blockers_box)
        box_layout.setContentsMargins(10, 8, 10, 8)
        box_layout.addWidget(self.blockers_title)
        box_layout.addWidget(self.blockers_scroll)

        self.models = {
            "forms": CheckModel(form_headers(), self),
            "tasks": CheckModel(task_headers(), self),
            "meetings": CheckModel(meeting_headers(), self),
            "history": CheckModel(history_headers(), self),
        }
        widths = {  # the title column (0) takes the spare width
            "forms": (0, 140, 90, 64, 64, 56, 60, 90, 84),
            "tasks": (0, 140, 90, 64, 200, 70, 84),
            "meetings": (0, 140, 130, 120, 64, 80, 84),
            "history": (70, 140, 50, 70, 70, 110, 0),
        }
        stretch = {"forms": 0, "tasks": 0, "meetings": 0, "history": 6}
        self.tables: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        for key, model in self.models.items():
            table = rows_table(model, widths[key], stretch=stretch[key])
            self.tables[key] = table
            self.tabs.addTab(table, "")
            if key in ITEM_TABS:
                table.doubleClicked.connect(lambda index, k=key: self._open(k, index.row()))
                table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                table.customContextMenuRequested.connect(lambda pos, k=key: self._item_menu(k, pos))
                table.selectionModel().selectionChanged.connect(self._update_item_buttons)
        self.tables["history"].doubleClicked.connect(lambda index: self._with_package(self.actions.preview))
        self.tabs.currentChanged.connect(self._update_item_buttons)

        self.move_button = QPushButton(self.tr("移到其他周期…"))
        self.auto_button = QPushButton(self.tr("按截止日期自动归入"))
        self.open_button = QPushButton(self.tr("在收文登记中打开"))
        self.move_button.clicked.connect(lambda: self.move_selected())
        self.auto_button.clicked.connect(lambda: self.move_selected(automatic=True))
        self.open_button.clicked.connect(lambda: self._open_selected())
        self.hint_label = QLabel(self.tr("双击一行可在收文登记中打开该事项；右键可移到其他周期。"))
        self.hint_label.setStyleSheet("color: #666;")
        self.hint_label.setWordWrap(True)  # long in English; must not widen the window past small screens
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #1e6b2f;")
        item_bar = QHBoxLayout()
        item_bar.addWidget(self.move_button)
        item_bar.addWidget(self.auto_button)
        item_bar.addWidget(self.open_button)
        item_bar.addSpacing(12)
        item_bar.addWidget(self.hint_label, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 12, 12, 12)
        right_layout.addLayout(header)
        right_layout.addWidget(self.blockers_box)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(item_bar)
        right_layout.addWidget(self.status_label)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1000])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.refresher = state.watch(self, self.refresh)  # now, or when next shown

    # --- the list of cycles --------------------------------------------------------------
    def refresh(self) -> None:
        """Read the cycles again (counts, badges) and redraw the selected one; the selection is kept."""

        def read(office) -> tuple[str, list]:
            current = office.cycles.current().key
            return current, ordered(office.cycles.list(), current)

        self.state.read(self, read, self._show_cycles)

    def _show_cycles(self, found: tuple[str, list]) -> None:
        current, summaries = found
        keep = self.key if self.key is not None else current
        self.list_model.set_entries([cycle_entry(s, current) for s in summaries])
        self.key = self._pending = None  # show the cycle again even when the key is the same
        self.select_cycle(keep if self.list_model.row_of(keep) >= 0 else current)

    def cycle_keys(self) -> list[str]:
        return [entry.key for entry in self.list_model.entries]

    def select_cycle(self, key: str) -> None:
        ensure_fresh(self)  # a change that came while the page was hidden is read first
        row = self.list_model.row_of(key)
        if row < 0:
            return
        index = self.list_model.index(row)
        self.cycle_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if key not in (self.key, self._pending):  # setCurrentIndex on the current index emits nothing
            self.show_cycle(key)

    def _cycle_changed(self, current, _previous) -> None:
        key = self.list_model.key_at(current.row())
        if key is not None and key not in (self.key, self._pending):
            self.show_cycle(key)

    def new_named_cycle(self, name: str | None = None) -> str | None:
        """Ask for a name (e.g. 2026-防汛专项), create the cycle and select it."""
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                self.tr("新建专项周期"),
                self.tr("专项周期的名称（例如 2026-防汛专项）："),
            )
            if not ok or not name.strip():
                return None
        try:
            cycle = self.state.office.cycles.create_named(name)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法新建专项周期"), error_text(error))
            return None
        self.key = cycle.key
        self.state.notify()
        self.select_cycle(cycle.key)
        self._say(
            self.tr("已新建专项周期“%1”。选中事项后点“移到其他周期…”把它们移进来。").replace(
                "%1", cycle.title
            )
        )
        return cycle.key

    # --- one cycle -----------------------------------------------------------------------
    def show_cycle(self, key: str) -> None:
        self._pending = key

        def read(office) -> tuple[str, object, list]:
            try:
                return key, office.cycles.checklist(key), office.packages.history(key)
            except UserFacingError as error:
                return key, error, []

        self.state.read(self, read, self._show_checklist)

    def _show_checklist(self, found: tuple[str, object, list]) -> None:
        key, checklist, records = found
        if key != self._pending:  # the clerk has chosen another cycle since
            return
        self._pending = None
        if isinstance(checklist, UserFacingError):
            QMessageBox.warning(self, self.tr("无法显示这个周期"), error_text(checklist))
            return
        self.key = key
        self.checklist = checklist
        cycle = checklist.cycle
        self.title_label.setText(cycle_title(cycle))
        if cycle.start and cycle.end:
            span = (
                self.tr("%1 至 %2")
                .replace("%1", cycle.start.isoformat())
                .replace("%2", cycle.end.isoformat())
            )
        else:
            span = self.tr("只含手动移入的事项")
        rows = sum(f.rows for f in checklist.forms if f.fillable)
        self.info_label.setText(
            f"{kind_label(cycle)} · {span} · " + self.tr("报表按台账共 %1 行").replace("%1", f"{rows:,}")
        )
        fill_forms(self.models["forms"], checklist)
        fill_tasks(self.models["tasks"], checklist)
        fill_meetings(self.models["meetings"], checklist)
        self.records = records
        fill_history(self.models["history"], self.records)
        counts = {
            "forms": (self.tr("报表（%1）"), len(checklist.forms)),
            "tasks": (self.tr("任务（%1）"), len(checklist.tasks)),
            "meetings": (self.tr("会议（%1）"), len(checklist.meetings)),
            "history": (self.tr("已生成的版本（%1）"), len(self.records)),
        }
        for index, (template, count) in enumerate(counts.values()):
            self.tabs.setTabText(index, template.replace("%1", str(count)))
        self._show_blockers()
        self._update_package_buttons()
        self._update_item_buttons()

    def _show_blockers(self) -> None:
        checklist = self.checklist
        texts = [error_text(b) for b in checklist.blockers]
        fillable = any(f.fillable for f in checklist.forms)
        if not texts:
            self._style_blockers(GOOD_BOX)
            self.blockers_title.setText(self.tr("可以报送"))
            self.blockers_label.setText(self.tr("报表的数据已齐全，任务都已办结。点“生成报送包…”即可。"))
            self._fit_blockers(1)
        elif not fillable:
            self._style_blockers(PLAIN_BOX)
            self.blockers_title.setText(self.tr("本周期不需要生成报送包"))
            self.blockers_label.setText(self._blocker_text(texts))
            self._fit_blockers(len(texts))
        else:
            self._style_blockers(WARN_BOX)
            self.blockers_title.setText(
                self.tr("生成报送包之前还要处理 %1 项（也可以先生成，会请您确认）").replace(
                    "%1", str(len(texts))
                )
            )
            self.blockers_label.setText(self._blocker_text(texts))
            self._fit_blockers(len(texts))

    def _blocker_text(self, texts: list[str]) -> str:
        lines = [f"· {t}" for t in texts[:LISTED_BLOCKERS]]
        if len(texts) > LISTED_BLOCKERS:
            more = len(texts) - LISTED_BLOCKERS
            lines.append(self.tr("…… 另有 %1 项，见下面各报表和任务的状态").replace("%1", str(more)))
        return "\n".join(lines)

    def _style_blockers(self, style: str) -> None:
        # Restyling and resizing the box re-polish and re-lay out the page (~50 ms each on the main
        # thread): only when the state actually changed, not on every refresh after an edit.
        if self.blockers_box.styleSheet() != style:
            self.blockers_box.setStyleSheet(style)

    def _fit_blockers(self, lines: int) -> None:
        """Up to MAX_BLOCKER_LINES lines are shown whole; a longer list scrolls inside the box."""
        spacing = self.blockers_label.fontMetrics().lineSpacing()
        height = min(lines, MAX_BLOCKER_LINES) * spacing + 2
        if self.blockers_scroll.maximumHeight() != height or self.blockers_scroll.minimumHeight() != height:
            self.blockers_scroll.setFixedHeight(height)

    def blocker_lines(self) -> list[str]:
        return [error_text(b) for b in self.checklist.blockers] if self.checklist else []

    def latest_package(self) -> Path | None:
        """The version the package buttons act on: the one selected under 已生成的版本, else the newest."""
        table = self.tables["history"]
        rows = table.selectionModel().selectedRows()
        if self.tabs.currentWidget() is table and rows:
            return Path(self.models["history"].key_at(rows[0].row()))
        for record in self.records:
            if Path(record.path).is_file():
                return Path(record.path)
        return None

    def _update_package_buttons(self) -> None:
        has_forms = bool(self.checklist and any(f.fillable for f in self.checklist.forms))
        self.build_button.setEnabled(has_forms)
        self.build_button.setToolTip(
            "" if has_forms else self.tr("本周期没有可以按台账填写的报表，不需要生成报送包。")
        )
        built = self.latest_package() is not None
        for button in (self.preview_button, self.usb_button, self.folder_button):
            button.setEnabled(built)
            button.setToolTip("" if built else self.tr("本周期还没有生成报送包。"))

    def _with_package(self, action) -> None:
        package = self.latest_package()
        if package is not None:
            action(package)

    @cached_property
    def actions(self) -> PackageActions:
        """Preview, USB and folder actions; their modules (PDF, packages) load when first used."""
        return _package_actions(self)

    def build_package(self) -> PackageBuildDialog | None:
        if self.key is None:
            return None
        dialog = _build_dialog(self.state, self.key, self)
        dialog.exec()
        return dialog

    # --- items -----------------------------------------------------------------------------
    def _tab_key(self) -> str:
        return list(self.models)[self.tabs.currentIndex()]

    def selected_item(self) -> int | None:
        key = self._tab_key()
        if key not in ITEM_TABS:
            return None
        rows = self.tables[key].selectionModel().selectedRows()
        return self.models[key].key_at(rows[0].row()) if rows else None

    def select_item(self, item_id: int) -> bool:
        """Show the tab holding `item_id` and select its row (tests, and after a move)."""
        ensure_fresh(self)
        for index, key in enumerate(ITEM_TABS):
            row = self.models[key].row_of(item_id)
            if row >= 0:
                self.tabs.setCurrentIndex(index)
                self.tables[key].selectRow(row)
                return True
        return False

    def _update_item_buttons(self, *_args) -> None:
        chosen = self.selected_item() is not None
        for button in (self.move_button, self.auto_button, self.open_button):
            button.setEnabled(chosen)
        self._update_package_buttons()

    def _title_of(self, item_id: int) -> str:
        for key in ITEM_TABS:
            row = self.models[key].row_of(item_id)
            if row >= 0:
                return self.models[key].rows[row][0]
        return str(item_id)

    def _open(self, tab: str, row: int) -> None:
        item_id = self.models[tab].key_at(row)
        if item_id is not None:
            self.open_item.emit(item_id)

    def _open_selected(self) -> None:
        item_id = self.selected_item()
        if item_id is not None:
            self.open_item.emit(item_id)

    def _item_menu(self, tab: str, pos: QPoint) -> None:
        table = self.tables[tab]
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("移到其他周期…"), lambda: self.move_selected())
        menu.addAction(self.tr("按截止日期自动归入"), lambda: self.move_selected(automatic=True))
        menu.addSeparator()
        menu.addAction(self.tr("在收文登记中打开"), self._open_selected)
        menu.exec(table.viewport().mapToGlobal(pos))

    def move_selected(self, automatic: bool = False) -> str | None:
        """Move the selected item to a cycle the clerk picks (or back to its due date's)."""
        item_id = self.selected_item()
        if item_id is None:
            return None
        if automatic:
            return self.move_item(item_id, None)
        choices = [(entry.key, entry.name) for entry in self.list_model.entries]
        dialog = CycleMoveDialog(self._title_of(item_id), choices, self.key or "", self)
        if dialog.exec() != CycleMoveDialog.DialogCode.Accepted:
            return None
        return self.move_item(item_id, dialog.chosen_key())

    def move_item(self, item_id: int, key: str | None) -> str | None:
        """Assign; both cycles' counts and checklists refresh. Returns the cycle the item is now in."""
        office = self.state.office
        title = self._title_of(item_id)
        try:
            item = office.cycles.assign(item_id, key)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法移动"), error_text(error))
            return None
        now_in = office.cycles.cycle_key_of(item)
        self.state.notify()
        target = cycle_title(office.cycles.parse(now_in))
        if key is None:
            self._say(self.tr("“%1”已按截止日期归入 %2。").replace("%1", title).replace("%2", target))
        else:
            self._say(self.tr("已把“%1”移到 %2。").replace("%1", title).replace("%2", target))
        return now_in

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
