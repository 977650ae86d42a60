"""The dry-run report of a return: what importing it would write, and what needs a look first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog.fields import Catalog
from desktop.ledger.report import ImportReport
from ui.intake.labels import entity_label
from ui.ledger.labels import field_name, key_problem, match_reason, shown_key, shown_message, shown_value
from ui.widgets.rows_model import RowsModel, rows_table
from ui.widgets.stat_tiles import StatRow

PRIMARY = (
    "QPushButton { background: #1a56db; color: white; border: 1px solid #1646b8; border-radius: 3px;"
    " padding: 4px 16px; } QPushButton:disabled { background: #9db4e8; }"
)


SAME_COLUMN = 4  # the matched tab's column where the clerk says whether it is the same person


class _TextModel(RowsModel):
    """Rows whose text can change in place: a reset would drop the choice widgets set on the cells."""

    def replace_text(self, rows: list[tuple]) -> None:
        self.rows = [["" if v is None else str(v) for v in row] for row in rows]
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))


class ImportReportDialog(QDialog):
    on_reveal: Callable[[], bool] = staticmethod(lambda: True)  # set by the import flow: the audit entry
    """Accepted means "导入台账": the caller then commits the same file, keeping the rows of
    `not_same_rows()` as people of their own. Rejected changes nothing."""

    def __init__(
        self, report: ImportReport, department: str, catalog: Catalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.catalog = catalog
        self.masked = True
        # Matches made without an ID number: Excel row → the clerk's answer (True: the same person).
        self.same: dict[int, bool] = {m["row"]: m.get("same", True) for m in report.matched_without_key}
        self.choice_buttons: dict[int, tuple[QRadioButton, QRadioButton]] = {}
        file_name = report.file.replace("\\", "/").rsplit("/", 1)[-1]
        self.setWindowTitle(self.tr("试导入结果 — %1").replace("%1", file_name))
        self.resize(1080, 660)  # fits a 1366×768 screen
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        heading = QLabel(self.tr("试导入结果：以下内容还没有写入台账"))
        heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        info = QLabel(
            self.tr("文件：%1　　工作表：%2　　每行一个：%3　　数据来源：%4")
            .replace("%1", file_name)
            .replace("%2", report.sheet)
            .replace("%3", entity_label(report.entity))
            .replace("%4", department)
        )
        info.setWordWrap(True)
        self.written = StatRow(
            [
                ("rows", self.tr("读取行数")),
                ("new_entities", self.tr("新增对象")),
                ("new_values", self.tr("新增数据项")),
                ("updated", self.tr("更新数据项")),
                ("unchanged", self.tr("与台账相同")),
            ]
        )
        self.attention = StatRow(
            [
                ("duplicates", self.tr("完全重复的行")),
                ("conflicts", self.tr("前后不一致")),
                ("invalid", self.tr("无效单元格")),
                ("matched", self.tr("请确认")),
            ]
        )
        counts = QHBoxLayout()
        for title, row, stretch in (
            (self.tr("将写入台账"), self.written, 5),
            (self.tr("需要留意"), self.attention, 4),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(row)
            counts.addWidget(box, stretch)

        self.tabs = QTabWidget()
        self.models: dict[str, RowsModel] = {}
        self.tables: dict[str, QTableView] = {}
        self._add_tab(
            "invalid",
            [self.tr("行"), self.tr("列"), self.tr("指标"), self.tr("填写的内容"), self.tr("原因")],
            (60, 50, 150, 200),
            4,
        )
        self._add_tab("duplicates", [self.tr("行"), self.tr("与这一行完全相同")], (80, 200), 1)
        self._add_tab(
            "conflicts",
            [self.tr("对象"), self.tr("身份号码/代码"), self.tr("指标"), self.tr("各行填写的值")],
            (120, 180, 150),
            3,
        )
        self._add_tab(
            "matched",
            [
                self.tr("行"),
                self.tr("认定为"),
                self.tr("身份号码/代码"),
                self.tr("依据"),
                self.tr("是不是同一个人？"),
            ],
            (60, 200, 180, 200, 240),
            3,
            self._matches_page,
            _TextModel,
        )
        self._add_tab(
            "updates",
            [self.tr("行"), self.tr("对象"), self.tr("指标"), self.tr("台账原值"), self.tr("新值")],
            (60, 120, 150, 200),
            4,
        )
        self._add_tab("flagged", [self.tr("行"), self.tr("填写的号码"), self.tr("处理")], (60, 200), 2)
        self._add_tab(  # valid cells that held more, e.g. a second phone number kept aside
            "notes",
            [self.tr("行"), self.tr("列"), self.tr("指标"), self.tr("存入台账"), self.tr("备注")],
            (60, 50, 150, 160),
            4,
        )

        self.reveal = QCheckBox(self.tr("显示完整信息"))
        self.reveal.setToolTip(self.tr("身份证号码、电话、银行账号默认部分隐藏，以免旁人看到。"))
        self.reveal.toggled.connect(lambda on: self.set_masked(not on))
        note = QLabel(
            self.tr("点“取消”则台账不作任何改动。重复的行只记一次；无效的内容不写入，对象仍保留待核。")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.import_button = self.buttons.addButton(
            self.tr("导入台账"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.import_button.setStyleSheet(PRIMARY)
        self.import_button.setEnabled(report.rows > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reveal)
        bottom.addWidget(note, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(info)
        layout.addLayout(counts)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._show_counts()
        self.set_masked(True)
        first = next((i for i, key in enumerate(self.models) if self.models[key].rowCount()), 0)
        self.tabs.setCurrentIndex(first)

    def _matches_page(self, table: QTableView) -> QWidget:
        """The matched list with a plain explanation of the choice above it and a count of the "no"s below."""
        page = QWidget()
        explanation = QLabel(
            self.tr(
                "这些行没有可用的身份号码（或号码有一位之差），是按姓名等信息认定为同一个人的。"
                "请逐行核对：是同一个人，就保持“是同一人”（默认），数据合并到这个人名下；"
                "不是同一个人，请点“不是同一人”，导入时会另记为一个人（身份号码待核），不会合并。"
            )
        )
        explanation.setWordWrap(True)
        self.not_same_note = QLabel()
        self.not_same_note.setStyleSheet("color: #b45309; font-weight: bold;")
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(explanation)
        box.addWidget(table, 1)
        box.addWidget(self.not_same_note)
        self._count_not_same()
        return page

    def _choice_widget(self, excel_row: int) -> QWidget:
        """Two plainly worded options for one row; "是同一人" is checked unless the clerk said otherwise."""
        cell = QWidget()
        yes = QRadioButton(self.tr("是同一人"), cell)
        no = QRadioButton(self.tr("不是同一人"), cell)
        yes.setToolTip(self.tr("这一行的数据并入左边认定的人"))
        no.setToolTip(self.tr("这一行另记为一个人，不合并（身份号码待核）"))
        group = QButtonGroup(cell)
        group.addButton(yes)
        group.addButton(no)
        (yes if self.same.get(excel_row, True) else no).setChecked(True)
        no.toggled.connect(lambda on, row=excel_row: self._set_same(row, not on))
        line = QHBoxLayout(cell)
        line.setContentsMargins(6, 0, 6, 0)
        line.addWidget(yes)
        line.addWidget(no)
        line.addStretch(1)
        self.choice_buttons[excel_row] = (yes, no)
        return cell

    def _set_same(self, excel_row: int, same: bool) -> None:
        self.same[excel_row] = same
        self._count_not_same()

    def _count_not_same(self) -> None:
        count = len(self.not_same_rows())
        self.not_same_note.setText(
            self.tr("已选 %1 行“不是同一人”：导入时这些行各自另记为一个人。").replace("%1", str(count))
            if count
            else ""
        )
        self.not_same_note.setVisible(bool(count))

    def not_same_rows(self) -> set[int]:
        """Excel rows the clerk marked "不是同一人": the commit keeps each as a person of its own."""
        return {row for row, same in self.same.items() if not same}

    def _add_tab(
        self,
        key: str,
        headers: list[str],
        widths: tuple[int, ...],
        stretch: int,
        page: Callable[[QTableView], QWidget] | None = None,
        model_class: type[RowsModel] = RowsModel,
    ) -> None:
        model = model_class(headers, self)
        table = rows_table(model, widths, stretch)
        self.models[key] = model
        self.tables[key] = table
        self.tabs.addTab(page(table) if page else table, "")

    def _show_counts(self) -> None:
        r = self.report
        for key, value in (
            ("rows", r.rows),
            ("new_entities", r.new_entities),
            ("new_values", r.new_values),
            ("updated", r.updated),
            ("unchanged", r.unchanged),
        ):
            self.written.set_value(key, value, "good" if value and key != "unchanged" else "plain")
        for key, value in (
            ("duplicates", len(r.duplicates)),
            ("conflicts", len(r.conflicts)),
            ("invalid", len(r.invalid)),
            ("matched", len(r.matched_without_key)),
        ):
            self.attention.set_value(key, value, "warn" if value else "plain")
        titles = {
            "invalid": (self.tr("无效单元格"), len(r.invalid)),
            "duplicates": (self.tr("完全重复的行"), len(r.duplicates)),
            "conflicts": (self.tr("前后不一致"), len(r.conflicts)),
            "matched": (self.tr("请确认：没有身份号码而认定的"), len(r.matched_without_key)),
            "updates": (self.tr("将更新的数据"), len(r.updates)),
            "flagged": (self.tr("身份号码有误或未填"), len(r.flagged_keys)),
            "notes": (self.tr("备注"), len(r.notes)),
        }
        for index, (title, count) in enumerate(titles.values()):
            self.tabs.setTabText(index, self.tr("%1（%2）").replace("%1", title).replace("%2", str(count)))

    def _matched_whom(self, match: dict) -> str:
        """Who the row was taken to be: a person already in the ledger, or one met earlier in this file."""
        if match.get("entity_id") is None and match.get("entity_row"):
            return (
                self.tr("%1（本表第 %2 行）")
                .replace("%1", match["label"])
                .replace("%2", str(match["entity_row"]))
            )
        return self.tr("%1（台账中已有）").replace("%1", match["label"])

    def set_masked(self, masked: bool) -> None:
        """Fill the detail lists, with ID numbers and phones masked or in full."""
        if not masked and not self.on_reveal():  # the importer records it; unrecorded, it stays masked
            self.reveal.setChecked(False)
            return
        self.masked = masked
        r, c, kind = self.report, self.catalog, self.report.entity

        def value(field_id: str, text: object) -> str:
            return shown_value(c, field_id, "" if text is None else str(text), masked)

        self.models["invalid"].set_rows(
            [
                (
                    cell["row"],
                    cell["column"],
                    field_name(c, cell["field"]),
                    value(cell["field"], cell["value"]),
                    shown_message(c, cell["field"], str(cell["reason"]), str(cell["value"]), masked),
                )
                for cell in r.invalid
            ]
        )
        self.models["duplicates"].set_rows(
            [(pair[1], self.tr("第 %1 行").replace("%1", str(pair[0]))) for pair in r.duplicates]
        )
        row_text = self.tr("%1（第 %2 行）")
        self.models["conflicts"].set_rows(
            [
                (
                    conflict["label"],
                    shown_key(kind, conflict.get("key"), masked),
                    field_name(c, conflict["field"]),
                    self.tr("；").join(
                        row_text.replace("%1", value(conflict["field"], v["value"])).replace(
                            "%2", str(v["row"])
                        )
                        for v in conflict["values"]
                    ),
                )
                for conflict in r.conflicts
            ]
        )
        matched = [
            (
                m["row"],
                self._matched_whom(m),
                shown_key(kind, m.get("key"), masked),
                match_reason(m["how"]),
                "",
            )
            for m in r.matched_without_key
        ]
        table, model = self.tables["matched"], self.models["matched"]
        if self.choice_buttons and isinstance(
            model, _TextModel
        ):  # the same rows: keep the choices as they are
            model.replace_text(matched)
            return
        model.set_rows(matched)
        for position, match in enumerate(r.matched_without_key):
            table.setIndexWidget(model.index(position, SAME_COLUMN), self._choice_widget(match["row"]))
        self.models["updates"].set_rows(
            [
                (
                    u["row"],
                    u["label"],
                    field_name(c, u["field"]),
                    value(u["field"], u["old"]),
                    value(u["field"], u["new"]),
                )
                for u in r.updates
            ]
        )
        self.models["notes"].set_rows(
            [
                (
                    cell["row"],
                    cell["column"],
                    field_name(c, cell["field"]),
                    value(cell["field"], cell.get("stored")),
                    shown_message(c, cell["field"], str(cell["note"]), str(cell["value"]), masked),
                )
                for cell in r.notes
            ]
        )
        self.models["flagged"].set_rows(
            [
                (f["row"], shown_key(kind, f.get("value"), masked), key_problem(f["reason"]))
                for f in r.flagged_keys
            ]
        )
