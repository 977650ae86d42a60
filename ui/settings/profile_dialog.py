"""The office profile, asked on first start: 乡镇 or 县级, name, 12-digit code, county, city (optional)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.errors import ValidationError
from desktop.profile import OfficeProfile, ProfileService
from desktop.registry import vocab as terms
from ui.texts import error_text, vocab
from ui.widgets.dialogs import save_cancel_buttons


class ProfileDialog(QDialog):
    def __init__(self, profiles: ProfileService, current: OfficeProfile | None = None, parent=None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.profile: OfficeProfile | None = None
        self.setWindowTitle(self.tr("本单位信息"))
        intro = QLabel(self.tr("欢迎使用一表通。请先填写本单位信息，报送包和报表会用到这些信息。"))
        intro.setWordWrap(True)
        self.type_combo = QComboBox()
        for office_type in terms.OFFICE_TYPES:
            self.type_combo.addItem(vocab(office_type), office_type)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("例如：白沙镇人民政府"))
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(12)
        self.code_edit.setPlaceholderText(self.tr("12 位统计用区划代码，例如 530624100000"))
        self.county_edit = QLineEdit()
        self.county_edit.setPlaceholderText(self.tr("例如：云溪县"))
        self.city_edit = QLineEdit()
        self.city_edit.setPlaceholderText(self.tr("可不填，例如：临江市"))
        if current:
            self.type_combo.setCurrentIndex(self.type_combo.findData(current.office_type))
            self.name_edit.setText(current.name)
            self.code_edit.setText(current.admin_code)
            self.county_edit.setText(current.county)
            self.city_edit.setText(current.city)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("单位类型"), self.type_combo)
        form.addRow(self.tr("单位名称"), self.name_edit)
        form.addRow(self.tr("区划代码"), self.code_edit)
        form.addRow(self.tr("所属县（市、区）"), self.county_edit)
        form.addRow(self.tr("所属市（州）"), self.city_edit)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._fields = {
            "name": self.name_edit,
            "admin_code": self.code_edit,
            "county": self.county_edit,
            "city": self.city_edit,
        }

    def save(self) -> None:
        try:
            self.profile = self.profiles.save(
                self.type_combo.currentData(),
                self.name_edit.text(),
                self.code_edit.text(),
                self.county_edit.text(),
                self.city_edit.text(),
            )
        except ValidationError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            widget = self._fields.get(error.field)
            if widget:
                widget.setFocus()
            return
        self.accept()
