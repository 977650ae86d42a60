"""设置: the office profile, the list of departments, and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from ui.app_state import AppState
from ui.catalog.view import CatalogView
from ui.settings.audit_dialog import AuditDialog
from ui.settings.backup_dialog import BackupDialog, backup_title
from ui.settings.backup_usb_dialog import BackupUsbDialog
from ui.settings.profile_dialog import ProfileDialog
from ui.texts import error_text, vocab

LANGUAGE_KEY = "interface/language"


class SettingsView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.profile_label = QLabel()
        self.profile_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit_profile = QPushButton(self.tr("修改本单位信息…"))
        edit_profile.clicked.connect(self.edit_profile)
        profile_box = QGroupBox(self.tr("本单位信息"))
        profile_layout = QHBoxLayout(profile_box)
        profile_layout.addWidget(self.profile_label, 1)
        self.accounts_button = QPushButton(self.tr("账号与锁定…"))  # accounts and the program lock (issue 15)
        self.accounts_button.clicked.connect(self.open_accounts)
        profile_buttons = QVBoxLayout()
        profile_buttons.addWidget(edit_profile)
        profile_buttons.addWidget(self.accounts_button)
        profile_buttons.addStretch(1)
        profile_layout.addLayout(profile_buttons)

        self.departments = QTableWidget(0, 3)
        self.departments.setHorizontalHeaderLabels([self.tr("全称"), self.tr("简称"), self.tr("状态")])
        self.departments.horizontalHeader().setStretchLastSection(True)
        self.departments.setColumnWidth(0, 240)
        self.departments.setColumnWidth(1, 140)
        self.departments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("新单位全称，例如 县林业局"))
        self.new_short = QLineEdit()
        self.new_short.setPlaceholderText(self.tr("简称"))
        add = QPushButton(self.tr("添加"))
        add.clicked.connect(self.add_department)
        rename = QPushButton(self.tr("改名…"))
        rename.clicked.connect(self.rename_department)
        remove = QPushButton(self.tr("删除/停用"))
        remove.clicked.connect(self.remove_department)
        row = QHBoxLayout()
        for widget in (self.new_name, self.new_short, add, rename, remove):
            row.addWidget(widget)
        departments_box = QGroupBox(self.tr("来文单位"))
        departments_layout = QVBoxLayout(departments_box)
        departments_layout.addWidget(self.departments)
        departments_layout.addLayout(row)

        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        # The language the window speaks now (--lang may differ from the saved choice).
        in_use = "en" if QLocale().language() == QLocale.Language.English else "zh_CN"
        self.language.setCurrentIndex(max(0, self.language.findData(in_use)))
        self.language.activated.connect(self.choose_language)
        language_box = QGroupBox(self.tr("界面语言"))
        QFormLayout(language_box).addRow(self.tr("语言（重新启动后生效）"), self.language)

        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        manage_backups = QPushButton(self.tr("备份与恢复…"))
        manage_backups.clicked.connect(self.open_backups)
        usb_backup = QPushButton(self.tr("备份到U盘…"))
        usb_backup.clicked.connect(self.open_usb_backup)
        backup_box = QGroupBox(self.tr("数据备份"))
        backup_layout = QHBoxLayout(backup_box)
        backup_layout.addWidget(self.backup_label, 1)
        backup_layout.addWidget(manage_backups)
        backup_layout.addWidget(usb_backup)
        audit_log = QPushButton(self.tr("审计日志…"))
        audit_log.clicked.connect(self.open_audit)
        backup_layout.addWidget(audit_log)

        catalog_box = QGroupBox(self.tr("指标库（报表各列对应的统一字段）"))
        self.catalog = CatalogView(state)
        QVBoxLayout(catalog_box).addWidget(self.catalog)

        layout = QVBoxLayout(self)
        layout.addWidget(profile_box)
        layout.addWidget(departments_box, 1)
        side_by_side = (
            QHBoxLayout()
        )  # the backup line beside the language: the department list keeps its rows
        side_by_side.addWidget(language_box, 2)
        side_by_side.addWidget(backup_box, 3)
        layout.addLayout(side_by_side)
        layout.addWidget(catalog_box, 2)
        state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        office = self.state.office
        profile = office.profile.get()
        if profile:
            self.profile_label.setText(
                f"{profile.name}（{vocab(profile.office_type)}）\n"
                + self.tr("区划代码：")
                + profile.admin_code
                + "\n"
                + self.tr("所属县：")
                + profile.county
                + (("\n" + self.tr("所属市（州）：") + profile.city) if profile.city else "")
                + "\n"
                + self.tr("数据库：")
                + str(office.path)
            )
        else:
            self.profile_label.setText(self.tr("尚未填写。"))
        self.show_backups()
        departments = office.departments.list(include_inactive=True)
        self.departments.setRowCount(len(departments))
        for row, department in enumerate(departments):
            name = QTableWidgetItem(department.name)
            name.setData(Qt.ItemDataRole.UserRole, department.id)
            self.departments.setItem(row, 0, name)
            self.departments.setItem(row, 1, QTableWidgetItem(department.short_name))
            self.departments.setItem(
                row, 2, QTableWidgetItem(self.tr("使用中") if department.active else self.tr("已停用"))
            )

    def _selected_id(self) -> int | None:
        row = self.departments.currentRow()
        cell = self.departments.item(row, 0) if row >= 0 else None
        return cell.data(Qt.ItemDataRole.UserRole) if cell else None

    def _try(self, operation) -> bool:
        try:
            operation()
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法完成"), error_text(error))
            return False
        self.state.notify()
        return True

    def add_department(self) -> None:
        if self._try(lambda: self.state.office.departments.add(self.new_name.text(), self.new_short.text())):
            self.new_name.clear()
            self.new_short.clear()

    def rename_department(self) -> None:
        department_id = self._selected_id()
        if department_id is None:
            return
        row = self.departments.currentRow()
        name, ok = QInputDialog.getText(
            self, self.tr("改名"), self.tr("单位全称："), text=self.departments.item(row, 0).text()
        )
        if ok:
            short = self.departments.item(row, 1).text()
            self._try(lambda: self.state.office.departments.update(department_id, name, short, True))

    def remove_department(self) -> None:
        department_id = self._selected_id()
        if department_id is None:
            return
        try:
            outcome = self.state.office.departments.remove(department_id)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法完成"), error_text(error))
            return
        self.state.notify()
        if outcome == "deactivated":
            QMessageBox.information(
                self,
                self.tr("已停用"),
                self.tr("该单位已有登记事项，不能删除，已改为停用（不再出现在选择列表中）。"),
            )

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self.state.office.profile, self.state.office.profile.get(), self)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            self.state.notify()

    def choose_language(self, index: int) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.itemData(index))
        QMessageBox.information(self, self.tr("界面语言"), self.tr("界面语言将在重新启动程序后生效。"))

    def show_backups(self) -> None:
        backups = self.state.office.backups.list()
        if backups:
            self.backup_label.setText(
                self.tr("最近一次备份：%1，共 %2 个备份。导入、登记模板、生成报送包之前和每天都会自动备份。")
                .replace("%1", backup_title(backups[0]))
                .replace("%2", str(len(backups)))
            )
        else:
            self.backup_label.setText(
                self.tr("还没有备份。导入、登记模板、生成报送包之前和每天都会自动备份。")
            )

    def open_backups(self) -> BackupDialog:
        dialog = BackupDialog(self.state, self)
        dialog.finished.connect(lambda _code: self.show_backups())
        dialog.open()
        return dialog

    def open_usb_backup(self) -> BackupUsbDialog:
        dialog = BackupUsbDialog(self.state, self)
        dialog.finished.connect(lambda _code: self.show_backups())
        dialog.open()
        return dialog

    def open_audit(self) -> AuditDialog:
        dialog = AuditDialog(self.state, self)
        dialog.open()
        return dialog

    def open_accounts(self):
        from ui.accounts.users_dialog import UsersDialog  # accounts and the program lock (issue 15)

        dialog = UsersDialog(self.state, self)
        dialog.open()
        return dialog
