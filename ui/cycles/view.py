"""The 报送周期 page: the cycles on the left, the selected cycle's checklist and packages on the right.

Left (`CycleListPanel`): every cycle (the current one first) with its counts and a badge (可以报送 / N 个问题 /
无报表), and 新建专项周期…. Right: the title with the package buttons (`PackageBar`), what blocks submission
(`BlockersBox`), the forms, tasks, meetings and versions built (`ChecklistTabs`), and the buttons for the selected
item (`ItemBar`). Items can be moved to another cycle (or back to their due date's); a double-click opens an
item in 收文登记 (`open_item`).
"""

from __future__ import annotations

from functools import reduce
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from desktop.cycles.checklist import Changes
from desktop.errors import UserFacingError
from ui.accounts.sign_off_dialog import SignOffDialog
from ui.app_state import AppState, ensure_fresh
from ui.cycles.blockers_box import LISTED_BLOCKERS, BlockersBox
from ui.cycles.checklist_tabs import ChecklistTabs
from ui.cycles.cycle_list import CycleListPanel
from ui.cycles.item_bar import ItemBar
from ui.cycles.model import cycle_entry, cycle_title, kind_label, ordered
from ui.cycles.move_dialog import CycleMoveDialog
from ui.cycles.package_bar import PackageBar
from ui.texts import error_text
from ui.widgets.dialogs import ask_yes_no

if TYPE_CHECKING:
    from ui.cycles.package_actions import PackageActions
    from ui.cycles.package_build_dialog import PackageBuildDialog

__all__ = ["LISTED_BLOCKERS", "CycleView"]


def _build_dialog(state: AppState, key: str, parent: QWidget) -> PackageBuildDialog:
    from ui.cycles.package_build_dialog import PackageBuildDialog

    return PackageBuildDialog(state, key, parent)


def _part(path: str) -> property:
    """A widget of one of the page's parts, by the names that lead to it (tests and callers use these)."""
    names = path.split(".")
    return property(lambda self: reduce(getattr, names, self))


class CycleView(QWidget):
    open_item = Signal(int)

    list_model = _part("cycle_list.model")
    new_button = _part("cycle_list.new_button")
    blockers_title = _part("blockers.title")
    blockers_label = _part("blockers.label")
    models = _part("tabs.models")
    tables = _part("tabs.tables")
    build_button = _part("package_bar.build_button")
    preview_button = _part("package_bar.preview_button")
    usb_button = _part("package_bar.usb_button")
    folder_button = _part("package_bar.folder_button")
    actions: PackageActions = _part("package_bar.actions")  # type: ignore[assignment]
    move_button = _part("item_bar.move_button")
    auto_button = _part("item_bar.auto_button")
    open_button = _part("item_bar.open_button")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.key: str | None = None
        self._pending: str | None = None  # the cycle whose checklist is being read
        self.checklist = None
        self.records: list = []
        self.changes: Changes | None = None  # since the submitted version
        self.cycle_list = CycleListPanel()
        self.title_label, self.info_label, self.status_label = QLabel(), QLabel(), QLabel()
        self.package_bar = PackageBar(state, self.latest_package)
        self.blockers = BlockersBox()
        self.tabs = ChecklistTabs()
        self.item_bar = ItemBar()
        self._connect()
        self._lay_out()
        self.refresher = state.watch(self, self.refresh)  # now, or when next shown

    def _connect(self) -> None:
        self.cycle_list.chosen.connect(self._cycle_chosen)
        self.cycle_list.new_button.clicked.connect(lambda: self.new_named_cycle())
        self.package_bar.build_requested.connect(lambda: self.build_package())
        self.package_bar.submit_requested.connect(lambda: self.mark_submitted())
        self.package_bar.sign_off_requested.connect(lambda: self.sign_off())
        self.tabs.open_item.connect(self.open_item)
        self.tabs.move_requested.connect(lambda automatic: self.move_selected(automatic))
        self.tabs.selection_changed.connect(self._update_buttons)
        self.tabs.package_activated.connect(lambda: self.package_bar.act(self.actions.preview))
        self.item_bar.move_button.clicked.connect(lambda: self.move_selected())
        self.item_bar.auto_button.clicked.connect(lambda: self.move_selected(automatic=True))
        self.item_bar.open_button.clicked.connect(self.tabs.open_selected)

    def _lay_out(self) -> None:
        self.title_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.info_label.setStyleSheet("color: #555;")
        self.info_label.setWordWrap(True)  # long in English: it must not widen the window past 1366 px
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #1e6b2f;")
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.info_label)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.package_bar)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 12, 12, 12)
        right_layout.addLayout(header)
        for part, stretch in ((self.blockers, 0), (self.tabs, 1), (self.item_bar, 0), (self.status_label, 0)):
            right_layout.addWidget(part, stretch)
        splitter = QSplitter()
        splitter.addWidget(self.cycle_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 950])  # room for "11/2026 (Current)" beside its badge in English
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

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
        self.cycle_list.set_entries([cycle_entry(s, current) for s in summaries])
        self.key = self._pending = None  # show the cycle again even when the key is the same
        self.select_cycle(keep if self.cycle_list.has(keep) else current)

    def cycle_keys(self) -> list[str]:
        return self.cycle_list.keys()

    def select_cycle(self, key: str) -> None:
        ensure_fresh(self)  # a change that came while the page was hidden is read first
        if not self.cycle_list.has(key):
            return
        self.cycle_list.select(key)
        self._cycle_chosen(key)  # setCurrentIndex on the current index emits nothing

    def _cycle_chosen(self, key: str) -> None:
        if key not in (self.key, self._pending):
            self.show_cycle(key)

    def new_named_cycle(self, name: str | None = None) -> str | None:
        """Ask for a name (e.g. 2026-防汛专项), create the cycle and select it."""
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("新建专项周期"), self.tr("专项周期的名称（例如 2026-防汛专项）：")
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

        def read(office) -> tuple[str, object, list, Changes | None]:
            try:
                checklist = office.cycles.checklist(key)
                changes = office.submissions.changes(key) if checklist.submitted else None
                return key, checklist, office.packages.history(key), changes
            except UserFacingError as error:
                return key, error, [], None

        self.state.read(self, read, self._show_checklist)

    def _show_checklist(self, found: tuple[str, object, list, Changes | None]) -> None:
        key, checklist, records, self.changes = found
        if key != self._pending:  # the clerk has chosen another cycle since
            return
        self._pending = None
        if isinstance(checklist, UserFacingError):
            QMessageBox.warning(self, self.tr("无法显示这个周期"), error_text(checklist))
            return
        self.key, self.checklist, self.records = key, checklist, records
        self._show_title()
        self.tabs.fill(checklist, records)
        sent = checklist.submitted
        if sent is not None:
            self.blockers.show_submitted(sent.version, sent.at[:10], self.changes, self.blocker_lines())
        else:
            self.blockers.show_blockers(self.blocker_lines(), any(f.fillable for f in checklist.forms))
        self._update_buttons()

    def _show_title(self) -> None:
        checklist = self.checklist
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

    def blocker_lines(self) -> list[str]:
        return [error_text(b) for b in self.checklist.blockers] if self.checklist else []

    def latest_package(self) -> Path | None:
        """The version the package buttons act on: the one selected under 已生成的版本, else the newest."""
        selected = self.tabs.selected_package()
        if selected is not None:
            return selected
        return next((Path(r.path) for r in self.records if Path(r.path).is_file()), None)

    def build_package(self) -> PackageBuildDialog | None:
        if self.key is None or not self._rebuild_confirmed():
            return None
        dialog = _build_dialog(self.state, self.key, self)
        dialog.exec()
        return dialog

    def _rebuild_confirmed(self) -> bool:
        """A submitted cycle is rebuilt only when the clerk says so, seeing what changed since."""
        sent = self.checklist.submitted if self.checklist else None
        if sent is None:
            return True
        built = max((r.version for r in self.records), default=sent.version)
        if self.changes is None:
            since = self.tr("第 %1 版的报送包已不在历史文件夹中，无法比较之后的改动。")
        else:
            since = (
                self.tr("自第 %1 版以来：台账新增 %2 行，%3 个数据有改动。")
                .replace("%2", str(self.changes.rows_added))
                .replace("%3", str(self.changes.values_changed))
            )
        question = (
            self.tr("本周期已于 %2 报送第 %1 版。")
            + "\n"
            + since
            + "\n\n"
            + self.tr("重新生成会得到第 %3 版，已报送的第 %1 版原样保留。要重新生成吗？")
        )
        question = question.replace("%1", str(sent.version)).replace("%2", sent.at[:10])
        return ask_yes_no(
            self,
            self.tr("重新生成报送包？"),
            question.replace("%3", str(built + 1)),
            yes_text=self.tr("重新生成第 %1 版").replace("%1", str(built + 1)),
        )

    def sign_off(self):
        """审核…: a reviewer signs off the version the next build carries (accounts, issue 15)."""
        if self.key is None:
            return None
        try:
            version = self.state.office.packages.next_version(self.key)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法审核"), error_text(error))
            return None
        dialog = SignOffDialog(self.state.office, self.key, version, self)
        dialog.exec()
        if dialog.review is not None:
            self._say(
                self.tr("%1 已审核第 %2 版，生成后可以导出。")
                .replace("%1", dialog.review.reviewer)
                .replace("%2", str(version))
            )
        return dialog

    def mark_submitted(self) -> None:
        """标记为已报送: the version the package buttons act on went out by other means."""
        package = self.latest_package()
        if package is None:
            return
        try:
            sent = self.state.office.submissions.submit_package(package, how="clerk")
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法标记为已报送"), error_text(error))
            return
        self.state.notify()
        self._say(self.tr("已把第 %1 版标记为已报送。").replace("%1", str(sent.version)))

    def _package_sent(self) -> bool:
        sent = self.checklist.submitted if self.checklist else None
        package = self.latest_package()
        if sent is None or package is None:
            return False
        return any(Path(r.path) == package and r.version <= sent.version for r in self.records)

    def _update_buttons(self) -> None:
        self.item_bar.set_item_chosen(self.selected_item() is not None)
        has_forms = bool(self.checklist and any(f.fillable for f in self.checklist.forms))
        self.package_bar.update_state(has_forms, self._package_sent())

    # --- items -----------------------------------------------------------------------------
    def selected_item(self) -> int | None:
        return self.tabs.selected_item()

    def select_item(self, item_id: int) -> bool:
        """Show the tab holding `item_id` and select its row (tests, and after a move)."""
        ensure_fresh(self)
        return self.tabs.select_item(item_id)

    def move_selected(self, automatic: bool = False) -> str | None:
        """Move the selected item to a cycle the clerk picks (or back to its due date's)."""
        item_id = self.selected_item()
        if item_id is None:
            return None
        if automatic:
            return self.move_item(item_id, None)
        choices = [(entry.key, entry.name) for entry in self.list_model.entries]
        dialog = CycleMoveDialog(self.tabs.title_of(item_id), choices, self.key or "", self)
        if dialog.exec() != CycleMoveDialog.DialogCode.Accepted:
            return None
        return self.move_item(item_id, dialog.chosen_key())

    def move_item(self, item_id: int, key: str | None) -> str | None:
        """Assign; both cycles' counts and checklists refresh. Returns the cycle the item is now in."""
        office = self.state.office
        title = self.tabs.title_of(item_id)
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
