"""指标库: every catalog field with its wordings; the office adds synonyms and its own fields here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog.fields import ENTITIES, Field
from desktop.errors import UserFacingError
from ui.app_state import AppState
from ui.intake.labels import CUSTOM_TYPES, entity_label, type_label
from ui.texts import error_text
from ui.widgets.dialogs import ask_yes_no
from ui.widgets.rows_model import fit_columns

LEARNED_MARK = "★"
CUSTOM_BACKGROUND = QColor("#eef5ff")


def matches(field: Field, needle: str) -> bool:
    """Whether a search text occurs in the field's id, names or any wording (case-insensitive)."""
    needle = needle.strip().lower()
    if not needle:
        return True
    haystack = [field.id, field.name_zh, field.name_en, *field.terms]
    return any(needle in text.lower() for text in haystack)


class CatalogTableModel(QAbstractTableModel):
    """Fields as rows: id, entity, Chinese name, English name, type, wordings (learned ones starred)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: list[Field] = []
        self.headers = [
            self.tr("编号"),
            self.tr("对象"),
            self.tr("中文名"),
            self.tr("英文名"),
            self.tr("类型"),
            self.tr("同义词（★ 为本单位学得的）"),
        ]

    def set_fields(self, fields: list[Field]) -> None:
        self.beginResetModel()
        self.fields = fields
        self.endResetModel()

    def field_at(self, row: int) -> Field | None:
        return self.fields[row] if 0 <= row < len(self.fields) else None

    def row_of(self, field_id: str) -> int:
        return next((r for r, f in enumerate(self.fields) if f.id == field_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        field = self.field_at(index.row()) if index.isValid() else None
        if field is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            words = [*(LEARNED_MARK + w for w in field.learned), *field.synonyms]
            custom = self.tr("（自定义）") if field.custom else ""
            values = (
                field.id,
                entity_label(field.entity),
                field.name_zh + custom,
                field.name_en,
                type_label(field.type),
                "、".join(words),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and field.custom:
            return QBrush(CUSTOM_BACKGROUND)
        return None


COLUMN_WIDTHS = (190, 80, 150, 150, 70)  # the last column (5) takes the spare width


class CatalogView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜索字段名、编号或同义词，例如 身份证"))
        self.search_edit.setClearButtonEnabled(True)
        self.entity_filter = QComboBox()
        self.entity_filter.addItem(self.tr("全部对象"), None)
        for entity in (*ENTITIES, "meta"):
            self.entity_filter.addItem(entity_label(entity), entity)
        self.count_label = QLabel()
        self.model = CatalogTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        # Field names run longer in English ("Disability certificate number"): fit them, within reason.
        self.model.modelReset.connect(self._fit_columns)

        self.selected_label = QLabel()
        self.synonym_edit = QLineEdit()
        self.synonym_edit.setPlaceholderText(self.tr("新的同义词，例如 身份证件号"))
        self.add_synonym_button = QPushButton(self.tr("添加同义词"))
        self.learned_combo = QComboBox()
        self.learned_combo.setMinimumContentsLength(10)
        self.forget_button = QPushButton(self.tr("删除这个学得的同义词"))
        self.custom_name = QLineEdit()
        self.custom_name.setPlaceholderText(self.tr("新字段名称，例如 交通补助（元）"))
        self.custom_entity = QComboBox()
        for entity in ENTITIES:
            self.custom_entity.addItem(entity_label(entity), entity)
        self.custom_type = QComboBox()
        for field_type in CUSTOM_TYPES:
            self.custom_type.addItem(type_label(field_type), field_type)
        self.add_custom_button = QPushButton(self.tr("新建自定义字段"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.entity_filter)
        filters.addWidget(self.count_label)
        synonyms = QHBoxLayout()
        synonyms.addWidget(self.selected_label)
        synonyms.addWidget(self.synonym_edit, 1)
        synonyms.addWidget(self.add_synonym_button)
        synonyms.addSpacing(16)
        synonyms.addWidget(QLabel(self.tr("学得的：")))
        synonyms.addWidget(self.learned_combo)
        synonyms.addWidget(self.forget_button)
        custom = QHBoxLayout()
        custom.addWidget(QLabel(self.tr("本单位自定义字段：")))
        custom.addWidget(self.custom_name, 1)
        custom.addWidget(self.custom_entity)
        custom.addWidget(self.custom_type)
        custom.addWidget(self.add_custom_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(synonyms)
        layout.addLayout(custom)
        layout.addWidget(self.message_label)

        self.search_edit.textChanged.connect(lambda _text: self.refresh())
        self.entity_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.synonym_edit.returnPressed.connect(self.add_synonym)
        self.add_synonym_button.clicked.connect(self.add_synonym)
        self.forget_button.clicked.connect(self.forget_synonym)
        self.add_custom_button.clicked.connect(self.add_custom_field)
        self.refresher = state.watch(self, self.refresh)  # now, or when next shown

    # --- data -------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        fit_columns(self.table, COLUMN_WIDTHS, stretch=5)

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the catalog under the current filters, keeping (or moving to) a selected field."""
        current = self.selected_field()
        select_id = select_id or (current.id if current else None)
        entity = self.entity_filter.currentData()
        fields = [
            f
            for f in self.state.office.catalog.catalog()
            if (entity is None or f.entity == entity) and matches(f, self.search_edit.text())
        ]
        self.model.set_fields(fields)
        self.count_label.setText(self.tr("%1 个字段").replace("%1", str(len(fields))))
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_selected()

    def selected_field(self) -> Field | None:
        index = self.table.currentIndex()
        return self.model.field_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        field = self.selected_field()
        self.selected_label.setText(
            self.tr("所选：%1").replace("%1", field.name_zh) if field else self.tr("先在表中选一个字段")
        )
        self.learned_combo.clear()
        self.learned_combo.addItems(list(field.learned) if field else [])
        for widget in (self.synonym_edit, self.add_synonym_button):
            widget.setEnabled(field is not None)
        self.learned_combo.setEnabled(bool(field and field.learned))
        self.forget_button.setEnabled(bool(field and field.learned))

    # --- actions ----------------------------------------------------------------------
    def add_synonym(self) -> None:
        field = self.selected_field()
        wording = self.synonym_edit.text().strip()
        if field is None or not wording:
            return
        owners = [
            f.name_zh for f in self.state.office.catalog.catalog() if wording in f.terms and f.id != field.id
        ]
        if owners and not self._confirm(
            self.tr("“%1”已是字段“%2”的表述。再加给“%3”会让两个字段难以区分，仍要添加吗？")
            .replace("%1", wording)
            .replace("%2", "、".join(owners))
            .replace("%3", field.name_zh)
        ):
            return
        if self.state.office.catalog.learn(field.id, wording):
            self.message_label.setText(
                self.tr("已添加：“%1”→ %2").replace("%1", wording).replace("%2", field.name_zh)
            )
        else:
            self.message_label.setText(self.tr("“%1”已经是这个字段的同义词。").replace("%1", wording))
        self.synonym_edit.clear()
        self.state.notify()

    def forget_synonym(self) -> None:
        field = self.selected_field()
        wording = self.learned_combo.currentText()
        if field is None or not wording:
            return
        self.state.office.catalog.forget(field.id, wording)
        self.message_label.setText(self.tr("已删除同义词“%1”。").replace("%1", wording))
        self.state.notify()

    def add_custom_field(self) -> None:
        catalog = self.state.office.catalog
        before = set(f.id for f in catalog.catalog())
        try:
            field = catalog.add_custom_field(
                self.custom_name.text(),
                self.custom_entity.currentData(),
                field_type=self.custom_type.currentData(),
            )
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法完成"), error_text(error))
            return
        if field.id in before:
            text = self.tr("已有同名字段“%1”（%2），没有重复新建。")
        else:
            text = self.tr("已新建自定义字段“%1”（%2）。")
        self.message_label.setText(text.replace("%1", field.name_zh).replace("%2", field.id))
        self.custom_name.clear()
        self.search_edit.clear()
        self.entity_filter.setCurrentIndex(0)
        self.state.notify()
        self.refresh(select_id=field.id)

    def _confirm(self, question: str) -> bool:
        return ask_yes_no(self, self.tr("指标库"), question)
