"""Choosing what to import into the ledger: a filled return and the department it came from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ImportSourceDialog(QDialog):
    """After acceptance `path` and `department` hold the clerk's choice."""

    def __init__(
        self,
        departments: list[str],
        path: Path | str | None = None,
        department: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入已填报的表格"))
        self.setMinimumWidth(560)
        self.path: Path | None = None
        self.department = ""
        intro = QLabel(
            self.tr(
                "选择各部门、各村填好交回的表格。程序先试导入，列出会写入台账的内容和发现的问题，"
                "您确认后才写入。"
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(path) if path else "")
        self.path_edit.setPlaceholderText(self.tr("Excel 表格文件（.xlsx .xls .ods）"))
        self.path_edit.textChanged.connect(lambda _text: self._update())
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.department_combo = QComboBox()
        self.department_combo.addItems(departments)
        self.department_combo.setCurrentIndex(
            departments.index(department) if department in departments else -1
        )
        self.department_combo.setPlaceholderText(self.tr("请选择"))
        self.department_combo.currentIndexChanged.connect(lambda _i: self._update())
        form = QFormLayout()
        form.addRow(self.tr("表格文件："), file_row)
        form.addRow(self.tr("数据来源单位："), self.department_combo)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b42318;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.next_button = self.buttons.addButton(self.tr("试导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._update()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择已填报的表格"),
            self.path_edit.text(),
            self.tr("Excel 表格 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)"),
        )
        if name:
            self.path_edit.setText(name)

    def _update(self) -> None:
        text = self.path_edit.text().strip()
        problem = ""
        if text and not Path(text).is_file():
            problem = self.tr("找不到这个文件。")
        self.problem_label.setText(problem)
        ready = bool(text) and not problem and self.department_combo.currentIndex() >= 0
        self.next_button.setEnabled(ready)

    def accept(self) -> None:
        if not self.next_button.isEnabled():
            return
        self.path = Path(self.path_edit.text().strip())
        self.department = self.department_combo.currentText()
        super().accept()
