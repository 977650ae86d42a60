"""The 同步 page: packages travel between the county and its townships on USB drives.

Left: the detected USB drives and any folder the clerk chose (`DrivePanel`). Right: what the office type of
the profile calls for — a township (乡镇) imports the county's configuration package (`TownshipPanel`); a
county (县级) imports the townships' packages, confirms their keys, sees a cycle's completeness and writes
its configuration package (`CountyPanel`). The header shows this office's key fingerprint (the one its
report cover prints) and, at a township, the county's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui.app_state import AppState
from ui.county import services
from ui.county.county_panel import CountyPanel
from ui.county.drive_panel import DrivePanel, choose_folder
from ui.county.township_panel import TownshipPanel
from ui.texts import error_text
from ui.widgets.usb_drives import VolumeLister, removable_drives

COUNTY = "县级"


class SyncView(QWidget):
    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        drives: VolumeLister | None = None,
        folder_chooser=choose_folder,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.mode: str | None = None
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        self.keys_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.drive_panel = DrivePanel(drives or removable_drives, folder_chooser)
        self.drive_panel.setMinimumWidth(240)
        self.township = TownshipPanel(state)
        self.county = CountyPanel(state, self.drive_panel.selected_place, self.drive_panel.is_drive)
        self.panels = QStackedWidget()
        self.panels.addWidget(self.township)
        self.panels.addWidget(self.county)

        splitter = QSplitter()
        splitter.addWidget(self.drive_panel)
        splitter.addWidget(self.panels)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 940])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.keys_label, 1)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.drive_panel.changed.connect(lambda: self._place_changed(again=True))
        self.drive_panel.list.currentRowChanged.connect(lambda _row: self._place_changed())
        self.refresher = state.watch(self, self.refresh)

    @property
    def panel(self) -> TownshipPanel | CountyPanel:
        return self.county if self.mode == COUNTY else self.township

    def refresh(self) -> None:
        """The office type decides the panel (the profile may have changed); then the keys and lists."""
        profile = self.state.office.profile.get()
        mode = COUNTY if profile is not None and profile.office_type == COUNTY else "乡镇"
        changed = mode != self.mode
        self.mode = mode
        self.panels.setCurrentWidget(self.panel)
        self.title_label.setText(self.tr("同步 · 县级") if mode == COUNTY else self.tr("同步 · 乡镇"))
        self.keys_label.setText(self._keys_text())
        self.panel.refresh()
        if changed:
            self._place_changed(again=True)

    def _keys_text(self) -> str:
        office = self.state.office
        try:
            own = self.tr("本单位密钥指纹：%1").replace("%1", services.own_fingerprint(office))
        except services.NotAvailable:
            return self.tr("密钥功能在此版本中尚不可用。")
        except Exception as error:  # e.g. a damaged office opened read-only cannot make its key pair
            return self.tr("无法读取本单位密钥：%1").replace("%1", error_text(error))
        if self.mode == COUNTY:
            return own
        county = services.county_fingerprint(office)
        theirs = (
            self.tr("%1的密钥指纹：%2")
            .replace("%1", services.county_name(office) or self.tr("县里"))
            .replace("%2", county)
            if county
            else self.tr("还没有导入县里的配置包")
        )
        return own + "\n" + theirs

    def _place_changed(self, again: bool = False) -> None:
        """Read the chosen place's packages: when another is chosen, or `again` (刷新, a drive came or went)."""
        place = self.drive_panel.selected_place()
        if self.mode is not None and (again or place != self.panel.place):
            self.panel.show_place(place)

    def show_place(self, place: str) -> None:
        """Choose a drive or folder by its path (tests, and a folder dropped on the page)."""
        if place not in self.drive_panel.places:
            self.drive_panel.extra_folders.append(place)
            self.drive_panel.refresh(force=True)
        self.drive_panel.list.setCurrentRow(self.drive_panel.places.index(place))
        self._place_changed()
