"""The buttons beside a cycle's title that act on its packages: build, preview, write to USB, open the folder.

Preview, USB and folder act on the version `package()` names (the one selected under 已生成的版本, else the
newest); their modules (PDF, Excel writing) load when the clerk first uses them, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from ui.app_state import AppState
    from ui.cycles.package_actions import PackageActions


def _package_actions(widget: QWidget, state: AppState) -> PackageActions:
    from ui.cycles.package_actions import PackageActions

    return PackageActions(widget, state)


class PackageBar(QWidget):
    """`build_requested` when 生成报送包… is clicked and `submit_requested` for 标记为已报送 (the page knows the
    cycle). A package written to a drive marks its cycle 已报送 (through `state`)."""

    build_requested = Signal()
    submit_requested = Signal()
    sign_off_requested = Signal()  # 审核… (offices with accounts): a reviewer signs off the next version

    def __init__(
        self, state: AppState, package: Callable[[], Path | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.package = package
        self.build_button = QPushButton(self.tr("生成报送包…"))
        self.build_button.setStyleSheet("font-weight: bold;")
        self.preview_button = QPushButton(self.tr("预览 PDF"))
        self.usb_button = QPushButton(self.tr("写入 U 盘…"))
        self.folder_button = QPushButton(self.tr("打开文件夹"))
        self.submit_button = QPushButton(self.tr("标记为已报送"))
        self.submit_button.clicked.connect(self.submit_requested)
        self.sign_off_button = QPushButton(self.tr("审核…"))
        self.sign_off_button.clicked.connect(self.sign_off_requested)
        self.build_button.clicked.connect(self.build_requested)
        self.preview_button.clicked.connect(lambda: self.act(self.actions.preview))
        self.usb_button.clicked.connect(lambda: self.act(self.actions.write_to_usb))
        self.folder_button.clicked.connect(lambda: self.act(self.actions.open_folder))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

    @cached_property
    def actions(self) -> PackageActions:
        """Preview, USB and folder actions, built when first used."""
        return _package_actions(self, self.state)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.sign_off_button,
            self.build_button,
            self.preview_button,
            self.usb_button,
            self.folder_button,
            self.submit_button,
        )

    def act(self, action: Callable[[Path], object]) -> None:
        package = self.package()
        if package is not None:
            action(package)

    def update_state(self, has_forms: bool, sent: bool) -> None:
        """`sent`: the version the buttons act on is the one already submitted."""
        self.build_button.setEnabled(has_forms)
        self.sign_off_button.setVisible(self.state.office.users.has_accounts())
        self.sign_off_button.setEnabled(has_forms)
        self.build_button.setToolTip(
            "" if has_forms else self.tr("本周期没有可以按台账填写的报表，不需要生成报送包。")
        )
        built = self.package() is not None
        for button in (self.preview_button, self.usb_button, self.folder_button):
            button.setEnabled(built)
            button.setToolTip("" if built else self.tr("本周期还没有生成报送包。"))
        self.submit_button.setEnabled(built and not sent)
        self.submit_button.setToolTip(
            self.tr("这一版已标记为已报送。")
            if built and sent
            else self.tr("报送包已通过其他方式交给县里时，在这里标记（写入 U 盘成功时会自动标记）。")
        )
