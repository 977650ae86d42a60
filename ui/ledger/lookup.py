"""Looking someone up in the ledger: search by name or ID number, current values with their source,
and the history of one fact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from desktop.records import EntityRow, HistoryRow
from ui.app_state import AppState
from ui.intake.labels import entity_label
from ui.ledger.labels import day, field_name, shown_key, shown_value, source_label
from ui.widgets.rows_model import RowsModel, rows_table

STALE = "#f4f6f8"  # a replaced value in the history list


class LookupPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.masked = True
        self.entities: list[EntityRow] = []
        self.facts: list[HistoryRow] = []
        self.history: list[HistoryRow] = []
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("输入姓名、身份证号码或其中几位"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.search())
        self.results_model = RowsModel(
            [self.tr("姓名/名称"), self.tr("类别"), self.tr("身份号码/代码")], self
        )
        self.results = rows_table(self.results_model, (90, 60), 2)
        self.results.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_entity())
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        self.count_label.setWordWrap(True)  # a long hint must not widen the search column
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.count_label)

        self.entity_label = QLabel()
        self.entity_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.entity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        source_headers = [
            self.tr("来源单位"),
            self.tr("文件"),
            self.tr("行"),
            self.tr("日期"),
            self.tr("方式"),
        ]
        self.facts_model = RowsModel([self.tr("指标"), self.tr("当前值"), *source_headers], self)
        self.facts_table = rows_table(self.facts_model, (130, 170, 160, 0, 44, 96, 72), 3)
        self.facts_table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_history())
        self.history_label = QLabel()
        self.history_model = RowsModel(
            [self.tr("值"), self.tr("状态"), *source_headers, self.tr("录入人")], self
        )
        self.history_table = rows_table(self.history_model, (170, 64, 160, 0, 44, 96, 72, 72), 3)
        details = QSplitter(Qt.Orientation.Vertical)
        for widget in (
            self._stack(self.entity_label, self.facts_table),
            self._stack(self.history_label, self.history_table),
        ):
            details.addWidget(widget)
        details.setSizes([330, 170])
        details.setChildrenCollapsible(False)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(details)
        splitter.setSizes([330, 870])
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_entity()

    @staticmethod
    def _stack(label: QLabel, table: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(label)
        layout.addWidget(table, 1)
        return box

    # --- data -----------------------------------------------------------------------
    def search(self) -> None:
        selected = self.current_entity()
        text = self.search_edit.text().strip()
        self.entities = self.state.office.ledger.find_entities(text) if text else []
        self._fill_results()
        row = next((i for i, e in enumerate(self.entities) if selected and e.id == selected.id), 0)
        if self.entities:
            self.results.selectRow(row)
        self._show_entity()
        if text:
            self.count_label.setText(self.tr("找到 %n 个", "", len(self.entities)))
        else:
            self.count_label.setText(self.tr("台账里的人员、户、村、企业都可以查。"))

    def refresh(self) -> None:
        self.search()

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        row = self.results.currentIndex().row()
        fact_row = self.facts_table.currentIndex().row()
        self._fill_results()
        if row >= 0:
            self.results.selectRow(row)
        self._show_entity(fact_row)

    def current_entity(self) -> EntityRow | None:
        row = self.results.currentIndex().row()
        return self.entities[row] if 0 <= row < len(self.entities) else None

    def _fill_results(self) -> None:
        self.results_model.set_rows(
            [
                (e.label, entity_label(e.kind), shown_key(e.kind, e.key or e.raw_key, self.masked))
                for e in self.entities
            ],
            keys=[e.id for e in self.entities],
        )

    def _show_entity(self, fact_row: int = 0) -> None:
        entity = self.current_entity()
        ledger = self.state.office.ledger
        self.facts = ledger.facts(entity.id) if entity else []
        catalog = self.state.office.catalog.catalog()
        self.facts_model.set_rows(
            [
                (
                    field_name(catalog, h.field_id),
                    shown_value(catalog, h.field_id, h.value, self.masked),
                    *self._source(h),
                )
                for h in self.facts
            ]
        )
        if entity is None:
            self.entity_label.setText(self.tr("在左边搜索并选择一个对象"))
        else:
            key = shown_key(entity.kind, entity.key or entity.raw_key, self.masked)
            text = f"{entity.label or '—'}　{entity_label(entity.kind)}　{key}"
            if entity.key_status != "valid":
                text += self.tr("　（身份号码待核）")
            self.entity_label.setText(text)
        if self.facts:
            self.facts_table.selectRow(min(max(fact_row, 0), len(self.facts) - 1))
        self._show_history()

    def _show_history(self) -> None:
        entity = self.current_entity()
        row = self.facts_table.currentIndex().row()
        fact = self.facts[row] if entity and 0 <= row < len(self.facts) else None
        self.history = self.state.office.ledger.history(entity.id, fact.field_id) if entity and fact else []
        catalog = self.state.office.catalog.catalog()
        if fact is None:
            self.history_label.setText(self.tr("历史记录"))
        else:
            self.history_label.setText(
                self.tr("“%1”的历史记录").replace("%1", field_name(catalog, fact.field_id))
            )
        current, replaced = self.tr("当前"), self.tr("已被替换")
        self.history_model.set_rows(
            [
                (
                    shown_value(catalog, h.field_id, h.value, self.masked),
                    current if h.current else replaced,
                    *self._source(h),
                    h.entered_by,
                )
                for h in self.history
            ],
            highlights=[None if h.current else STALE for h in self.history],
        )

    @staticmethod
    def _source(h: HistoryRow) -> tuple[str, str, str, str, str]:
        row = str(h.source_row) if h.source_row is not None else ""
        return (h.department, h.file_name, row, day(h.recorded_at), source_label(h.source))
