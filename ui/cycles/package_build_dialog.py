"""生成报送包: who signs, where it goes, what still blocks it, then the build off the UI thread and its result.

The build is `office.packages.build` (desktop/packages/build.py) run through desktop.tasks.run_with_office
behind a progress dialog whose 取消 really stops it (nothing is left behind). The result panel offers the
next steps: 预览 PDF, 写入 U 盘…, 打开文件夹.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.forms.fill import SIGNERS
from desktop.packages.build import BuildResult
from desktop.tasks import run_with_office
from ui.app_state import AppState
from ui.cycles.model import cycle_title
from ui.cycles.package_actions import PackageActions
from ui.cycles.package_files import human_size
from ui.texts import error_text
from ui.widgets.dialogs import ask_yes_no
from ui.widgets.progress_dialog import TaskProgressDialog

WARN_BOX = "QFrame#box { background: #fff4e0; border: 1px solid #f0c36d; border-radius: 6px; }"
GOOD_BOX = "QFrame#box { background: #e7f6ec; border: 1px solid #9fd4ae; border-radius: 6px; }"
MAX_LISTED = 6  # blocker lines shown at once; more scroll

FolderChooser = Callable[[QWidget, str], str]


def choose_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("PackageBuildDialog", "选择保存报送包的文件夹"), start
    )


def signer_label(role: str) -> str:
    names = {
        "填表人": QCoreApplication.translate("PackageBuildDialog", "填表人"),
        "审核人": QCoreApplication.translate("PackageBuildDialog", "审核人"),
        "负责人": QCoreApplication.translate("PackageBuildDialog", "负责人"),
    }
    return names.get(role, role)


class PackageBuildDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        cycle_key: str,
        parent: QWidget | None = None,
        folder_chooser: FolderChooser = choose_folder,
        confirm: Callable[[QWidget, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.office = state.office
        self.cycle = self.office.cycles.parse(cycle_key)
        self.folder_chooser = folder_chooser
        self.confirm = confirm or self._ask
        self.result_build: BuildResult | None = None
        self.actions = PackageActions(self, state)  # a copy to a drive marks the cycle 已报送
        self.packages = self.office.packages
        self.checklist = self.office.cycles.checklist(self.cycle.key)
        title = cycle_title(self.cycle)
        self.setWindowTitle(self.tr("生成报送包"))
        self.setMinimumWidth(620)

        heading = QLabel(self.tr("生成报送包：%1").replace("%1", title))
        heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        fillable = [f for f in self.checklist.forms if f.fillable]
        self.summary_label = QLabel(self._summary_text(len(fillable), sum(f.rows for f in fillable)))
        self.summary_label.setWordWrap(True)

        self.signer_edits: dict[str, QLineEdit] = {}
        saved = self.packages.signers()
        signers_box = QGroupBox(self.tr("签字人（印在封面和每张报表的表尾）"))
        form = QFormLayout(signers_box)
        for role in SIGNERS:
            edit = QLineEdit(saved.get(role, ""))
            edit.setPlaceholderText(self.tr("姓名，可以留空"))
            self.signer_edits[role] = edit
            form.addRow(signer_label(role), edit)

        self.history_dir = Path(self.packages.history_dir)
        out_box = QGroupBox(self.tr("保存位置"))
        self.folder_edit = QLineEdit(str(self.history_dir))
        self.folder_button = QPushButton(self.tr("选择…"))
        self.folder_button.clicked.connect(self.pick_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        out_note = QLabel(
            self.tr("每一版都会保留在本单位的报送包历史文件夹里；选了其他文件夹时，另外复制一份过去。")
        )
        out_note.setWordWrap(True)
        out_note.setStyleSheet("color: #666;")
        out_layout = QVBoxLayout(out_box)
        out_layout.addLayout(row)
        out_layout.addWidget(out_note)

        self.blockers_box = QFrame()
        self.blockers_box.setObjectName("box")
        self.blockers_box.setStyleSheet(WARN_BOX)
        self.blocker_texts = [error_text(b) for b in self.checklist.blockers]
        self.blockers_title = QLabel(
            self.tr("本周期还有 %1 个问题没有处理。仍然可以生成，报表会按台账现有的数据填写。").replace(
                "%1", str(len(self.blocker_texts))
            )
        )
        self.blockers_title.setWordWrap(True)
        self.blockers_title.setStyleSheet("font-weight: bold; background: transparent; border: none;")
        self.blockers_label = QLabel("\n".join(f"· {t}" for t in self.blocker_texts))
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.blockers_label.setStyleSheet("background: transparent; border: none;")
        scroll = QScrollArea()  # a long list scrolls instead of squeezing the rest of the dialog
        scroll.setWidget(self.blockers_label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        lines = min(max(len(self.blocker_texts), 1), MAX_LISTED)
        scroll.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 2)
        box_layout = QVBoxLayout(self.blockers_box)
        box_layout.addWidget(self.blockers_title)
        box_layout.addWidget(scroll)
        self.blockers_box.setVisible(bool(self.blocker_texts))

        self.result_box = self._result_panel()
        self.result_box.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.build_button = QPushButton(self.tr("生成"))
        self.build_button.setDefault(True)
        self.close_button = QPushButton(self.tr("取消"))
        self.build_button.clicked.connect(self.build)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.blockers_box)
        self.settings_widgets = (signers_box, out_box)
        layout.addWidget(signers_box)
        layout.addWidget(out_box)
        layout.addWidget(self.result_box)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    def _summary_text(self, forms: int, rows: int) -> str:
        try:
            version = self.packages.next_version(self.cycle.key)
        except UserFacingError:
            version = None  # no office profile yet: the blockers say so
        if version is None:
            text = self.tr("含 %1 张可按台账填写的报表，共 %2 行。")
        else:
            text = self.tr("将生成第 %3 版，含 %1 张可按台账填写的报表，共 %2 行。").replace(
                "%3", str(version)
            )
        return text.replace("%1", str(forms)).replace("%2", f"{rows:,}")

    def _result_panel(self) -> QFrame:
        box = QFrame()
        box.setObjectName("box")
        box.setStyleSheet(GOOD_BOX)
        self.result_title = QLabel()
        self.result_title.setStyleSheet("font-size: 15px; font-weight: bold; color: #1e6b2f;")
        grid = QGridLayout()
        self.result_values: dict[str, QLabel] = {}
        labels = (
            ("path", self.tr("文件")),
            ("version", self.tr("版本")),
            ("forms", self.tr("报表")),
            ("rows", self.tr("行数")),
            ("size", self.tr("大小")),
            ("fingerprint", self.tr("数据包指纹")),
        )
        for line, (key, label) in enumerate(labels):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.result_values[key] = value
            grid.addWidget(QLabel(label), line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, line, 1)
        grid.setColumnStretch(1, 1)
        self.preview_button = QPushButton(self.tr("预览 PDF"))
        self.usb_button = QPushButton(self.tr("写入 U 盘…"))
        self.open_button = QPushButton(self.tr("打开文件夹"))
        self.preview_button.clicked.connect(
            lambda: self.result_build and self.actions.preview(self.result_build.path)
        )
        self.usb_button.clicked.connect(
            lambda: self.result_build and self.actions.write_to_usb(self.result_build.path)
        )
        self.open_button.clicked.connect(
            lambda: self.result_build and self.actions.open_folder(self.result_build.path)
        )
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.usb_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.result_title)
        layout.addLayout(grid)
        layout.addLayout(row)
        return box

    # --- choices -------------------------------------------------------------------------
    def signers(self) -> dict[str, str]:
        return {role: edit.text().strip() for role, edit in self.signer_edits.items()}

    def pick_folder(self) -> None:
        folder = self.folder_chooser(self, self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def out_dir(self) -> Path | None:
        """None when the package only goes into the history folder (it always does)."""
        text = self.folder_edit.text().strip()
        if not text:
            return None
        chosen = Path(text)
        same = chosen == self.history_dir or (
            chosen.exists() and self.history_dir.exists() and chosen.samefile(self.history_dir)
        )
        return None if same else chosen

    def _ask(self, parent: QWidget, text: str) -> bool:
        return ask_yes_no(parent, self.tr("仍然生成？"), text)

    # --- the build -----------------------------------------------------------------------
    def build(self) -> BuildResult | None:
        """Confirm when something blocks, save the signers, build in the background, show the result."""
        if self.blocker_texts:
            question = (
                self.tr("本周期还有 %1 个问题没有处理（见对话框上方的黄色框）。").replace(
                    "%1", str(len(self.blocker_texts))
                )
                + "\n\n"
                + self.tr("仍然生成报送包吗？")
            )
            if not self.confirm(self, question):
                return None
        signers = self.signers()
        out_dir = self.out_dir()
        try:
            self.packages.save_signers(signers)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法保存签字人"), error_text(error))
            return None
        key = self.cycle.key

        def work(worker, progress, is_cancelled):
            service = worker.packages
            service.translate = QCoreApplication.translate  # progress texts in the window's language
            return service.build(key, out_dir, signers=signers, progress=progress, is_cancelled=is_cancelled)

        task = run_with_office(self.office.path, work, clock=self.office.clock)
        progress = TaskProgressDialog(
            task,
            self.tr("正在生成“%1”的报送包…").replace("%1", cycle_title(self.cycle)),
            self,
            True,
            self.tr("生成报送包"),
        )
        self.build_button.setEnabled(False)
        try:
            accepted = progress.exec() == QDialog.DialogCode.Accepted
        finally:
            self.build_button.setEnabled(True)
        if not accepted:
            if progress.was_cancelled:
                self._status(self.tr("已取消，没有生成报送包。"), error=False)
            else:
                error = task.error
                text = error_text(error) if isinstance(error, UserFacingError) else str(error)
                self._status(text, error=True)
                QMessageBox.warning(self, self.tr("没有生成报送包"), text)
            return None
        self.show_result(task.result)
        self.state.notify()
        return task.result

    def show_result(self, result: BuildResult) -> None:
        self.result_build = result
        self.result_title.setText(self.tr("已生成第 %1 版报送包").replace("%1", str(result.version)))
        values = {
            "path": str(result.path),
            "version": self.tr("第 %1 版").replace("%1", str(result.version)),
            "forms": self.tr("%1 张").replace("%1", str(result.forms)),
            "rows": f"{result.rows:,}",
            "size": human_size(result.size),
            "fingerprint": result.fingerprint,  # as printed on the PDF cover and by `package verify`
        }
        for key, text in values.items():
            self.result_values[key].setText(text)
        self.result_values["fingerprint"].setToolTip(self.tr("与报告封面、U 盘校验显示的数据包指纹相同"))
        self.result_box.setVisible(True)
        self.blockers_box.setVisible(False)
        for widget in self.settings_widgets:
            widget.setVisible(False)
        self.build_button.setVisible(False)  # another click would make version N+1 by accident
        self.close_button.setText(self.tr("完成"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.status_label.clear()
        self.adjustSize()

    def _status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #9b1c1c;" if error else "color: #555;")
