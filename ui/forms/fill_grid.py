"""补录: the single fill-in pass over the facts a period's forms still miss, typed once into one grid.

`FillGridView` is a page the main window can host; `FillGridDialog` opens it from a form item.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from ui.app_state import AppState
from ui.forms.fill_grid_model import (
    MISSING_BACKGROUND,
    REFUSED_BACKGROUND,
    STALE_BACKGROUND,
    TYPED_BACKGROUND,
    FillGridModel,
)
from ui.forms.fill_grid_table import FillTableView, parse_table, table_text
from ui.texts import error_text

VILLAGE_FIELDS = {"person": "person.village", "household": "household.village"}
ERROR_STYLE = "color: #8b1a1a;"
OK_STYLE = "color: #1e6b34;"


class FillGridView(QWidget):
    """The 补录 grid for the given form items (all describing the same kind of entity)."""

    facts_written = Signal(int)  # facts written (negative after an undo): the host may refresh other views

    def __init__(
        self,
        state: AppState,
        item_ids: Sequence[int],
        scope: Mapping[str, str] | None = None,
        *,
        entered_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.item_ids = list(item_ids)
        self.scope = dict(scope or {})
        self.entered_by = entered_by
        self.model: FillGridModel | None = None
        self.typed = 0  # facts typed in this view, across filter changes

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 14px;")
        self.village = QComboBox()
        self.village.setMinimumWidth(160)
        self.only_incomplete = QCheckBox(self.tr("只显示需补录的行"))
        self.reveal = QCheckBox(self.tr("显示完整信息"))
        self.reveal.setToolTip(
            self.tr("身份证号码、电话、银行账号默认部分隐藏，以免旁人看到；显示完整信息会记入审计日志。")
        )
        self.undo_button = QPushButton(self.tr("撤销"))
        self.undo_button.setToolTip(self.tr("撤销上一次录入或粘贴（Ctrl+Z）"))
        hint = QLabel(self._legend())
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        self.table = FillTableView()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 15px; color: #1e6b34; padding: 40px;")
        self.status = QLabel()
        self.status.setWordWrap(True)

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("村（社区）：")))
        tools.addWidget(self.village)
        tools.addWidget(self.only_incomplete)
        tools.addStretch()
        tools.addWidget(self.reveal)
        tools.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)

        self.table.paste_requested.connect(self.paste)
        self.table.copy_requested.connect(self.copy)
        self.table.undo_requested.connect(self.undo)
        self.table.clear_requested.connect(self.clear_selection)
        self.undo_button.clicked.connect(self.undo)
        self.only_incomplete.toggled.connect(lambda _on: self.reload())
        self.reveal.toggled.connect(self._reveal_toggled)
        self._fill_villages()
        self.village.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def _legend(self) -> str:
        chips = [
            (MISSING_BACKGROUND, self.tr("台账缺少")),
            (STALE_BACKGROUND, self.tr("已过有效期，请核实")),
            (TYPED_BACKGROUND, self.tr("本次录入")),
            (REFUSED_BACKGROUND, self.tr("有误，未保存")),
        ]
        legend = ("&nbsp;" * 6).join(
            f'<span style="background:{color.name()};">&nbsp;&nbsp;&nbsp;&nbsp;</span> {html.escape(text)}'
            for color, text in chips
        )
        tip = self.tr("可从 Excel/WPS 复制一块单元格，选中起始格后按 Ctrl+V 粘贴；Ctrl+Z 撤销。")
        return f"{legend}<br>{html.escape(tip)}"

    # --- loading ---------------------------------------------------------------------
    def _fill_villages(self) -> None:
        self.village.addItem(self.tr("全部"), None)
        office = self.state.office
        field = self._village_field()
        if field is None or field in self.scope:
            self.village.setEnabled(False)
            return
        kind = field.split(".")[0]
        for value, count in office.coverage.scope_values(kind, field):
            self.village.addItem(f"{value}（{count}）", value)

    def _village_field(self) -> str | None:
        try:
            kind = self.state.office.intake.template(self.item_ids[0]).entity if self.item_ids else ""
        except UserFacingError:
            return None
        return VILLAGE_FIELDS.get(kind)

    def current_scope(self) -> dict[str, str]:
        scope = dict(self.scope)
        village = self.village.currentData()
        field = self._village_field()
        if village and field:
            scope[field] = village
        return scope

    def reload(self) -> None:
        """Build the grid again (after the scope changed); saved facts stay in the ledger."""
        office = self.state.office
        titles = []
        for item_id in self.item_ids:
            try:
                titles.append(office.registry.get(item_id).title)
            except UserFacingError:
                continue
        self.title.setText(self.tr("补录数据：") + "、".join(titles))
        try:
            grid = office.coverage.missing_grid(
                self.item_ids, self.current_scope(), only_incomplete=self.only_incomplete.isChecked()
            )
        except UserFacingError as exc:
            self._show_status(error_text(exc), error=True)
            self.table.setVisible(False)
            return
        previous, self.model = self.model, FillGridModel(grid, office.coverage.entry, self.entered_by, self)
        self.model.set_masked(not self.reveal.isChecked())  # a new page of the grid keeps the choice
        self.model.written.connect(self._written)
        self.model.refused.connect(lambda message: self._show_status(message, error=True))
        self.table.setModel(self.model)
        if previous is not None:
            previous.deleteLater()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 96)
        if self.model.fixed == 2:
            self.table.setColumnWidth(1, 176)
        has_columns = bool(grid.fields)
        self.table.setVisible(has_columns)
        self.empty.setVisible(not has_columns)
        self.empty.setText(self.tr("台账已有这些报表需要的全部数据，无需补录。"))
        self.undo_button.setEnabled(False)
        self._update_summary()
        self._show_status(self.tr("共 %1 行").replace("%1", f"{self.model.total():,}"))

    def _reveal_toggled(self, on: bool) -> None:
        """显示完整信息: personal numbers in full only once the reveal is in the audit log."""
        if on and not self.state.office.users.record_reveal("fill-grid", items=self.item_ids):
            self.reveal.blockSignals(True)
            self.reveal.setChecked(False)  # a reveal that cannot be logged does not happen
            self.reveal.blockSignals(False)
            self._show_status(self.tr("无法记录这次显示，个人号码仍部分隐藏。"), error=True)
            return
        if self.model is not None:
            self.model.set_masked(not on)

    # --- counts ----------------------------------------------------------------------
    def _update_summary(self) -> None:
        model = self.model
        if model is None:
            return
        required, have = model.grid.required, model.fresh
        text = (
            self.tr("本期报表共需 %1 项数据，台账已有 %2 项，需补录 %3 项")
            .replace("%1", f"{required:,}")
            .replace("%2", f"{have:,}")
            .replace("%3", f"{required - have:,}")
        )
        if self.typed:
            text += "　　" + self.tr("本次已录入 %1 项").replace("%1", f"{self.typed:,}")
        self.summary.setText(text)

    def _written(self, count: int) -> None:
        self.typed += count
        self._update_summary()
        self.undo_button.setEnabled(bool(self.model and self.model.can_undo()))
        if count > 0:
            self._show_status(self.tr("已保存 %1 项").replace("%1", str(count)))
        else:
            self._show_status(self.tr("已撤销 %1 项").replace("%1", str(-count)))
        self.facts_written.emit(count)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)

    # --- spreadsheet actions ---------------------------------------------------------
    def paste(self) -> bool:
        """Paste a block copied from Excel/WPS onto the selection; all cells are saved or none."""
        model = self.model
        block = parse_table(QApplication.clipboard().text())
        chosen = self.table.selected_block()
        if model is None or not block:
            self._show_status(self.tr("剪贴板中没有可以粘贴的内容"), error=True)
            return False
        if chosen is None:
            self._show_status(self.tr("请先选中要粘贴到的单元格"), error=True)
            return False
        top, left, bottom, right = chosen
        if len(block) == 1 and len(block[0]) == 1:  # one value onto a selection fills all of it, as in Excel
            bottom, right = max(bottom, top), max(right, left)
            cells = [(r, c, block[0][0]) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        else:
            bottom, right = top + len(block) - 1, left + len(block[0]) - 1
            if model.ensure_rows(bottom + 1) <= bottom:
                self._show_status(self.tr("粘贴的内容超出了表格的最后一行"), error=True)
                return False
            if right >= model.columnCount():
                self._show_status(self.tr("粘贴的内容超出了表格最右边的一列"), error=True)
                return False
            cells = [(top + r, left + c, text) for r, line in enumerate(block) for c, text in enumerate(line)]
        if left < model.fixed:
            self._show_status(self.tr("名称和证件号码列不能修改，请从需补录的列开始粘贴"), error=True)
            return False
        if model.save_cells(cells) is not None:
            return False
        selection = QItemSelection(model.index(top, left), model.index(bottom, right))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def copy(self) -> None:
        chosen, model = self.table.selected_block(), self.model
        if chosen is None or model is None:
            return
        top, left, bottom, right = chosen
        rows = [
            [str(model.index(r, c).data() or "") for c in range(left, right + 1)]
            for r in range(top, bottom + 1)
        ]
        QApplication.clipboard().setText(table_text(rows))

    def clear_selection(self) -> None:
        """Delete: empty the selected cells that hold a value (one operation, undoable)."""
        model = self.model
        if model is None:
            return
        cells = [
            (i.row(), i.column(), "")
            for i in self.table.selectionModel().selectedIndexes()
            if i.column() >= model.fixed and i.data(Qt.ItemDataRole.EditRole)
        ]
        if cells:
            model.save_cells(sorted(cells))

    def undo(self) -> None:
        if self.model is not None and self.model.can_undo():
            self.model.undo()
            self.undo_button.setEnabled(self.model.can_undo())


class FillGridDialog(QDialog):
    """The 补录 grid in its own window, opened from a form item."""

    def __init__(
        self,
        state: AppState,
        item_ids: Sequence[int],
        scope: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("补录数据"))
        self.resize(1200, 720)
        self.view = FillGridView(state, item_ids, scope, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
