"""The drives (and folders) the 同步 page reads packages from and writes the configuration package to.

The detected USB drives are listed again every few seconds, so a stick plugged in while the page is open
shows up by itself; 选择文件夹… adds any folder (a shared folder, a drive the guess missed). `changed` is
emitted when the list of places changes — the page then looks for packages again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.packages.drives import Volume
from ui.widgets.usb_drives import VolumeLister, drive_text, removable_drives

REFRESH_MS = 3000


def choose_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("DrivePanel", "选择文件夹"))


class DrivePanel(QGroupBox):
    """U 盘 list: every detected drive, then the folders the clerk chose. Tests pass their own `drives`."""

    changed = Signal()

    def __init__(
        self,
        drives: VolumeLister = removable_drives,
        folder_chooser=choose_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("U 盘和文件夹"))
        self.drives = drives
        self.folder_chooser = folder_chooser
        self.extra_folders: list[str] = []
        self.places: list[str] = []  # what is listed, drives first
        self.drive_roots: set[str] = set()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.empty_label = QLabel(self.tr("没有找到 U 盘。请插入 U 盘，稍等几秒；也可以点“选择文件夹…”。"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #8a4b00;")
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.folder_button = QPushButton(self.tr("选择文件夹…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(lambda: self.refresh(force=True))
        self.folder_button.clicked.connect(self.pick_folder)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.timer.stop()

    def refresh(self, force: bool = False) -> None:
        """List the drives again; `changed` when what is listed differs (or `force`, the 刷新 button)."""
        try:
            volumes: list[Volume] = self.drives()
        except Exception:  # a hung or vanished mount must not break the page; 选择文件夹… remains
            volumes = []
        places = [v.root for v in volumes] + [
            f for f in self.extra_folders if f not in {v.root for v in volumes}
        ]
        texts = [drive_text(v) for v in volumes] + [
            self.tr("文件夹：%1").replace("%1", f) for f in places[len(volumes) :]
        ]
        if places == self.places and not force:
            return
        chosen = self.selected_place()
        self.places = places
        self.drive_roots = {v.root for v in volumes}
        self.list.blockSignals(True)
        self.list.clear()
        for text, place in zip(texts, places, strict=True):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, place)
            item.setToolTip(place)
            self.list.addItem(item)
        if chosen in places:
            self.list.setCurrentRow(places.index(chosen))
        elif places:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.empty_label.setVisible(not places)
        self.changed.emit()

    def pick_folder(self) -> None:
        folder = self.folder_chooser(self)
        if not folder:
            return
        if folder not in self.extra_folders:
            self.extra_folders.append(folder)
        self.refresh(force=True)
        self.list.setCurrentRow(self.places.index(folder))

    def selected_place(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def is_drive(self, place: str) -> bool:
        return place in self.drive_roots

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
