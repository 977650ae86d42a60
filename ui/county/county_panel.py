"""The 同步 page of a county office (县级): import the townships' packages, the townships and their keys, the
completeness of a cycle, the configuration package for the townships, and the townships' burden measures side by
side (减负统计) — one tab each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.app_state import AppState
from ui.county.burden_tab import BurdenTab
from ui.county.config_tab import ConfigTab
from ui.county.import_tab import CountyImportTab
from ui.county.status_tab import StatusTab
from ui.county.townships_tab import TownshipsTab


class CountyPanel(QTabWidget):
    def __init__(
        self,
        state: AppState,
        place: Callable[[], str | None],
        is_drive: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.imports = CountyImportTab(state)
        self.townships = TownshipsTab(state)
        self.status = StatusTab(state)
        self.config = ConfigTab(state, place, is_drive)
        self.burden = BurdenTab(state)
        self.addTab(self.imports, self.tr("导入报送包"))
        self.addTab(self.townships, self.tr("乡镇与密钥"))
        self.addTab(self.status, self.tr("齐全情况"))
        self.addTab(self.config, self.tr("下发配置"))
        self.addTab(self.burden, self.tr("减负统计"))

    @property
    def place(self) -> str | None:
        return self.imports.place

    def show_place(self, place: str | None) -> None:
        self.imports.show_place(place)

    def refresh(self) -> None:
        self.townships.refresh()
        self.status.refresh()
        self.burden.refresh()
