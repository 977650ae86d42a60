"""The main window: navigation on the left, one page per section on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from ui.accounts.account_bar import AccountBar
from ui.app_state import AppState, PageRefresh
from ui.burden.view import BurdenView
from ui.county.view import SyncView
from ui.cycles.view import CycleView
from ui.ledger.view import LedgerView
from ui.registry.view import RegistryView
from ui.settings.view import SettingsView
from ui.today.view import TodayView
from ui.widgets.file_drop import dropped_files

SPREADSHEET_SUFFIXES = {".xls", ".xlsx", ".xlsm", ".ods", ".et"}


class MainWindow(QMainWindow):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self._building = True  # pages made now refresh when first shown, not all at start
        state.page_host = self
        self.setAcceptDrops(True)
        self.resize(1440, 860)
        self.nav = QListWidget()
        self.nav.setFixedWidth(148)
        self.nav.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # English labels run long
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet(
            "QListWidget { background: #f4f6f8; border: none; font-size: 14px; }"
            "QListWidget::item { padding: 10px 14px; }"
            "QListWidget::item:selected { background: #1a56db; color: white; }"
        )
        self.pages = QStackedWidget()

        self.today = TodayView(state)
        self.registry = RegistryView(state)
        self.meetings = RegistryView(state, fixed_kind="meeting")
        self.forms = RegistryView(state, fixed_kind="form")
        self.settings = SettingsView(state)
        self.sections: dict[str, QWidget] = {}
        self._add("today", self.tr("今日"), self.today)
        self._add("registry", self.tr("收文登记"), self.registry)
        self._add("meetings", self.tr("会议"), self.meetings)
        self._add("forms", self.tr("报表"), self.forms)
        self.ledger = LedgerView(state)
        self._add("ledger", self.tr("台账"), self.ledger)
        self.cycles = CycleView(state)
        self._add("cycles", self.tr("报送周期"), self.cycles)
        self.sync = SyncView(state)
        self._add("sync", self.tr("同步"), self.sync)
        self.burden = BurdenView(state)
        self._add("burden", self.tr("减负统计"), self.burden)
        self._add("settings", self.tr("设置"), self.settings)
        self._building = False
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        self._show_page(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._actions()
        self.today.open_item.connect(self.show_item)
        self.cycles.open_item.connect(self.show_item)
        self.burden.open_item.connect(self.show_item)
        state.changed.connect(self._update_title)
        self._update_title()
        self.statusBar().showMessage(self.tr("把来文或报表文件拖进窗口即可开始登记。"), 10000)
        self.account_bar = AccountBar(self, state)  # who is signed in, 切换账号…, 锁定 (Ctrl+L)
        self.statusBar().addPermanentWidget(self.account_bar)

    def _add(self, key: str, label: str, page: QWidget) -> None:
        self.sections[key] = page
        self.nav.addItem(QListWidgetItem(label))
        self.pages.addWidget(page)

    def hides(self, widget: QWidget) -> bool:
        """Pages other than the one shown (and every page while the window is being built) wait."""
        current = None if self._building else self.pages.currentWidget()
        return current is None or not (widget is current or current.isAncestorOf(widget))

    def _show_page(self, index: int) -> None:
        """Show a page, refreshing it (and what it holds) first when changes came while it was hidden."""
        page = self.pages.widget(index)
        if page is None:
            return
        for refresher in page.findChildren(PageRefresh):
            refresher.ensure()
        self.pages.setCurrentIndex(index)

    def _actions(self) -> None:
        new = QAction(self.tr("登记新事项"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.current_registry_view().new_item())
        find = QAction(self.tr("搜索"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        for action in (new, find):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _update_title(self) -> None:
        profile = self.state.office.profile.get()
        name = f" — {profile.name}" if profile else ""
        self.setWindowTitle(self.tr("一表通·乡镇版") + name)

    def go_to(self, key: str) -> QWidget:
        page = self.sections[key]
        self.nav.setCurrentRow(self.pages.indexOf(page))
        return page

    def current_registry_view(self) -> RegistryView:
        page = self.pages.currentWidget()
        if isinstance(page, RegistryView):
            return page
        return self.go_to("registry")

    def focus_search(self) -> None:
        view = self.current_registry_view()
        view.filter_bar.search_edit.setFocus()
        view.filter_bar.search_edit.selectAll()

    def show_item(self, item_id: int) -> None:
        view = self.go_to("registry")
        view.filter_bar.clear()
        view.select_item(item_id)

    def dragEnterEvent(self, event) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = dropped_files(event.mimeData())
        if not files:
            return
        event.acceptProposedAction()
        from ui.intake.dialog import TEMPLATE_SUFFIXES  # the Excel reader loads when a file comes in

        view = self.current_registry_view()
        templates = [p for p in files if p.suffix.lower() in TEMPLATE_SUFFIXES]
        others = [p for p in files if p not in templates]
        for path in templates:  # each readable spreadsheet goes through the template review
            if self.forms.import_template(path, fallback=True):
                self.go_to("forms")
                view = self.forms
        if others:
            kind = "form" if all(p.suffix.lower() in SPREADSHEET_SUFFIXES for p in others) else "task"
            view.new_item(files=others, kind=kind)
