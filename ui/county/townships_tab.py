"""乡镇与密钥 (county): the townships the county knows, each with its key fingerprint and whether it is trusted,
and the plain trust-on-first-use question: does the fingerprint the township's report cover prints match?"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.errors import UserFacingError
from ui.app_state import AppState
from ui.county import services
from ui.county.package_rows import field
from ui.county.statuses import BAD, GOOD, SAME, WARN
from ui.county.trust_dialog import confirm_fingerprint
from ui.texts import error_text
from ui.widgets.rows_model import RowsModel, fit_columns, rows_table

WIDTHS = (120, 160, 330, 150, 0)


def pending_of(township: object) -> str:
    """The fingerprint of a key seen on the township's package and not confirmed yet ("" when none)."""
    return field(township, "pending_fingerprint", "") or ""


def fingerprint_of(township: object) -> str:
    """What the clerk compares: the key waiting for confirmation, else the trusted one."""
    return pending_of(township) or field(township, "fingerprint", "") or ""


def _last_package(township: object) -> str:
    cycle, version = field(township, "last_cycle", ""), field(township, "last_version", "")
    return f"{cycle} v{version}" if cycle else ""


class TownshipsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.townships: list = []
        self.model = RowsModel(
            [
                self.tr("区划代码"),
                self.tr("乡镇"),
                self.tr("密钥指纹"),
                self.tr("密钥"),
                self.tr("最近的报送包"),
            ],
            self,
        )
        self.table = rows_table(self.model, WIDTHS)
        self.trust_button = QPushButton(self.tr("核对密钥指纹并信任…"))
        self.note = QLabel(
            self.tr(
                "乡镇第一次报送时，它的密钥要由您核对一次：对照乡镇报告封面上印的“本单位密钥指纹”，"
                "一致才信任。以后这个乡镇的报送包必须用同一把密钥签名，否则拒收。"
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.trust_button.clicked.connect(lambda: self.trust_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.trust_selected())
        self._update_buttons()

    def refresh(self) -> None:
        try:
            self.townships = services.townships(self.state.office)
        except services.NotAvailable:
            self.townships = []
            self.model.set_rows([])
            self.status_label.setText(self.tr("乡镇名单和密钥核对在此版本中尚不可用。"))
            self._update_buttons()
            return
        chosen = self.selected()
        rows, colours = [], []
        for township in self.townships:
            text, colour = self._key_state(township)
            rows.append(
                [
                    field(township, "code"),
                    field(township, "name"),
                    fingerprint_of(township),
                    text,
                    _last_package(township),
                ]
            )
            colours.append(colour)
        self.model.set_rows(rows, [field(t, "code") for t in self.townships], colours)
        fit_columns(self.table, WIDTHS, None)
        if chosen is not None and (row := self.model.row_of(field(chosen, "code"))) >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _key_state(self, township: object) -> tuple[str, str | None]:
        trusted_at = field(township, "trusted_at", None)
        if pending_of(township):
            if trusted_at:
                return self.tr("密钥变了，待核对"), BAD
            return self.tr("待核对"), WARN
        if trusted_at:
            return self.tr("已核对 %1").replace("%1", str(trusted_at)[:10]), GOOD
        return self.tr("尚未收到报送包"), SAME

    def selected(self) -> object | None:
        rows = self.table.selectionModel().selectedRows()
        return self.townships[rows[0].row()] if rows else None

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        township = self.selected()
        self.trust_button.setEnabled(township is not None and bool(pending_of(township)))

    def trust_selected(self) -> bool:
        """Ask the clerk to compare the fingerprint with the report cover; trust only on an explicit yes."""
        township = self.selected()
        if township is None or not pending_of(township):
            return False
        fingerprint = pending_of(township)
        name = f"{field(township, 'name')}（{field(township, 'code')}）"
        old = field(township, "fingerprint", "") if field(township, "trusted_at", None) else ""
        if not confirm_fingerprint(self, name, fingerprint, old):
            self.status_label.setText(self.tr("没有信任 %1 的密钥。").replace("%1", name))
            return False
        try:
            services.trust(self.state.office, fingerprint)
        except services.NotAvailable:
            self.status_label.setText(self.tr("乡镇名单和密钥核对在此版本中尚不可用。"))
            return False
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法信任"), error_text(error))
            return False
        self.state.notify()
        self.status_label.setText(self.tr("已信任 %1 的密钥。请重新导入它的报送包。").replace("%1", name))
        return True

    def names(self) -> Sequence[str]:
        return [field(t, "name") for t in self.townships]
