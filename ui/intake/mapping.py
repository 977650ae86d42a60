"""The column → field table of the template review: one searchable field dropdown per column."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.catalog.fields import Catalog, Field
from desktop.intake.inspect import TemplateInspection
from desktop.intake.mapping import THRESHOLD, ColumnMatch, Suggestion
from desktop.intake.value_formats import ValueFormat
from desktop.ledger.numbers import NUMERIC_TYPES
from desktop.ledger.values import format_for_template, value_type
from ui.intake.labels import entity_label, field_label, field_name, field_tip, foreign

LOW_CONFIDENCE = 0.9
"""Mapped columns below this are shown in amber: probably right, worth a look."""
UNMAPPED_BACKGROUND = QColor("#f8d7da")
LOW_BACKGROUND = QColor("#ffe8b3")
CLERK_BACKGROUND = QColor("#d6e4ff")
COL_LETTER, COL_HEADER, COL_FIELD, COL_CONFIDENCE, COL_FORMAT, COL_SUGGESTIONS, COL_ACTION = range(7)


class FieldCombo(QComboBox):
    """An editable field choice: type any part of a name to search; item data is the field id (shown in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self._settle)

    def set_options(
        self,
        none_label: str,
        suggested: list[tuple[Field, str]],
        fields: list[Field],
        current: str | None,
        entity: str = "",
    ) -> None:
        """Fill the list: 'no field', the suggested fields in bold (tooltip = why), a separator, the rest.
        Items show the field's name in the interface language; its id is in the tooltip only."""
        self.blockSignals(True)
        self.clear()
        self.addItem(none_label, None)
        bold = QFont(self.font())
        bold.setBold(True)
        for field, tip in suggested:
            self._add(field, entity, f"{tip}\n{field_tip(field)}")
            self.setItemData(self.count() - 1, bold, Qt.ItemDataRole.FontRole)
        if suggested:
            self.insertSeparator(self.count())
        taken = {f.id for f, _ in suggested}
        for field in fields:
            if field.id not in taken:
                self._add(field, entity, field_tip(field))
        self.select(current)
        self.blockSignals(False)
        self._show_tip()

    def _add(self, field: Field, entity: str, tip: str) -> None:
        self.addItem(field_label(field, entity), field.id)
        self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)

    def _show_tip(self) -> None:
        self.setToolTip(self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")

    def select(self, field_id: str | None) -> None:
        index = self.findData(field_id) if field_id else 0
        self.setCurrentIndex(max(index, 0))

    def field_id(self) -> str | None:
        """The chosen field id (None for 'no field')."""
        if self.currentText() == self.itemText(self.currentIndex()):
            return self.itemData(self.currentIndex())
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return self.itemData(index if index >= 0 else self.currentIndex())

    def _settle(self) -> None:
        # Typed text that names no field falls back to the current choice rather than inventing one.
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif index < 0:
            self.setEditText(self.itemText(self.currentIndex()))


class MappingTable(QTableWidget):
    """Column letter, header, chosen field, the program's confidence, its suggestions, a custom-field button."""

    choice_changed = Signal(int)
    custom_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("列"),
                self.tr("表头"),
                self.tr("对应字段（可输入搜索）"),
                self.tr("把握"),
                self.tr("填写格式"),
                self.tr("程序建议"),
                "",
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the dropdowns take the focus, not the cells
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(32)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SUGGESTIONS, QHeaderView.ResizeMode.Stretch)
        widths = (
            (COL_LETTER, 40),
            (COL_HEADER, 200),
            (COL_FIELD, 370),
            (COL_CONFIDENCE, 72),
            (COL_FORMAT, 150),
        )
        for column, width in widths:
            self.setColumnWidth(column, width)
        self.matches: list[ColumnMatch] = []
        self.formats: dict[int, ValueFormat] = {}
        self.entity = ""
        self.catalog = Catalog([])
        self.letters: dict[int, str] = {}
        self.combos: dict[int, FieldCombo] = {}
        self.buttons: dict[int, QPushButton] = {}

    def set_inspection(self, inspection: TemplateInspection, catalog: Catalog) -> None:
        self.matches = list(inspection.columns)
        self.formats = dict(inspection.formats)
        self.combos.clear()
        self.buttons.clear()
        self.setRowCount(0)  # drops the previous sheet's rows and their widgets
        self.setRowCount(len(self.matches))
        letters = self.letters = {c.col: c.letter for c in inspection.layout.columns}
        for row, match in enumerate(self.matches):
            self.setItem(row, COL_LETTER, _item(letters.get(match.col, str(match.col)), center=True))
            self.setItem(row, COL_HEADER, _item(match.header, tip=match.header))
            combo = FieldCombo()
            combo.currentIndexChanged.connect(combo._show_tip)
            combo.currentIndexChanged.connect(lambda _i, col=match.col: self._changed(col))
            self.combos[match.col] = combo
            self.setCellWidget(row, COL_FIELD, combo)
            self.setItem(row, COL_CONFIDENCE, _item("", center=True))
            self.setItem(row, COL_FORMAT, _item(""))
            self.setItem(row, COL_SUGGESTIONS, _item(""))
        self.set_catalog(inspection.entity, catalog, {m.col: m.field for m in self.matches})
        self.setColumnWidth(COL_ACTION, QPushButton(self.tr("设为自定义字段")).sizeHint().width() + 8)

    def set_catalog(
        self, entity: str, catalog: Catalog, choices: dict[int, str | None] | None = None
    ) -> None:
        """(Re)fill every dropdown from the catalog, keeping the given or current choices."""
        choices = choices if choices is not None else self.choices()
        self.entity, self.catalog = entity, catalog
        offered = catalog.for_entity(entity)
        offered += [f for f in catalog if (f.entity == "other" or f.custom) and f not in offered]
        for match in self.matches:
            suggested = [
                (field, self.tr("程序建议（相似度 %1%）").replace("%1", str(round(s.score * 100))))
                for s in match.suggestions
                if (field := catalog.get(s.field_id)) is not None
            ]
            extra = [catalog.get(i) for i in (match.field, choices.get(match.col)) if i]
            fields = offered + [f for f in extra if f is not None and f not in offered]
            self.combos[match.col].set_options(
                self.tr("（不对应任何字段）"), suggested, fields, choices.get(match.col), entity
            )
        self._show_states()

    def choices(self) -> dict[int, str | None]:
        """Column → the field currently chosen (None = not mapped)."""
        return {col: combo.field_id() for col, combo in self.combos.items()}

    def changed_mapping(self) -> dict[int, str | None]:
        """Only the columns where the clerk's choice differs from the program's."""
        chosen = self.choices()
        return {m.col: chosen[m.col] for m in self.matches if chosen[m.col] != m.field}

    def select(self, col: int, field_id: str | None) -> None:
        self.combos[col].select(field_id)

    def _changed(self, col: int) -> None:
        self._show_states()  # a field chosen here is no longer free for the other columns' suggestions
        self.choice_changed.emit(col)

    def _show_states(self) -> None:
        for row, match in enumerate(self.matches):
            self._show_state(row, match)
            self._show_format(row, match)
            self._show_suggestions(row, match)

    def _show_format(self, row: int, match: ColumnMatch) -> None:
        """How the fill will write this column's values, when its header (or example) asks for a format."""
        text = self.format_text(match.col)
        cell = self.item(row, COL_FORMAT)
        cell.setText(text)
        cell.setToolTip(
            self.tr("表头要求的填写格式，用台账填表时照此填写：%1").replace("%1", text) if text else ""
        )

    def format_text(self, col: int) -> str:
        """The format the fill will use for this column with the field now chosen, in plain words ('' for none)."""
        fmt = self.formats.get(col)
        chosen = self.combos[col].field_id() if col in self.combos else None
        field = self.catalog.get(chosen) if chosen else None
        if not fmt or field is None:
            return ""
        kind = value_type(field)
        parts: list[str] = []
        if fmt.codes:
            legend = self.tr("、").join(f"{code}={word}" for word, code in fmt.codes)
            parts.append(self.tr("写代码 %1").replace("%1", legend))
        elif kind == "date" and fmt.date:
            shown = str(format_for_template("date", "1980-01-02", fmt.date))
            parts.append(self.tr("日期写成 %1").replace("%1", shown))
        elif kind in ("yesno", "enum") and fmt.yesno:
            yes, _, no = fmt.yesno.partition("/")
            if no:
                parts.append(self.tr("是写“%1”，否写“%2”").replace("%1", yes).replace("%2", no))
            else:
                parts.append(self.tr("是写“%1”，否留空").replace("%1", yes))
        if kind in NUMERIC_TYPES and fmt.unit:
            units = {
                "元": self.tr("元"),
                "万元": self.tr("万元"),
                "千元": self.tr("千元"),
                "亿元": self.tr("亿元"),
                "亩": self.tr("亩"),
                "公顷": self.tr("公顷"),
                "㎡": self.tr("平方米"),
            }
            parts.append(self.tr("以%1为单位").replace("%1", units.get(fmt.unit, fmt.unit)))
        if kind in NUMERIC_TYPES and fmt.decimals is not None:
            parts.append(self.tr("保留 %1 位小数").replace("%1", str(fmt.decimals)))
        return self.tr("；").join(parts)

    def _show_suggestions(self, row: int, match: ColumnMatch) -> None:
        """What the program suggested for an unmapped column, each with why it was not applied; for a
        chosen field of another kind of record, a warning."""
        cell = self.item(row, COL_SUGGESTIONS)
        chosen = self.combos[match.col].field_id()
        field = self.catalog.get(chosen) if chosen else None
        warn = field is not None and foreign(field, self.entity)
        if warn:
            text = (
                self.tr("注意：所选字段属于“%1”，本表每行是一个“%2”，请核对。")
                .replace("%1", entity_label(field.entity))
                .replace("%2", entity_label(self.entity))
            )
            tips = [f"{field_name(field)} — {field_tip(field)}"]
        elif chosen is not None:
            text, tips = "", []
        else:
            used = {f: c for c, f in self.choices().items() if f}
            parts, tips = [], []
            own = [Suggestion(match.field, match.confidence)] if match.field else []  # the clerk cleared it
            for suggestion in own + match.suggestions[:3]:
                field = self.catalog.get(suggestion.field_id)
                if field is None:
                    continue
                shown = f"{field_label(field, self.entity)} {round(suggestion.score * 100)}%"
                why = self._why_not_applied(field, suggestion.score, used.get(field.id))
                parts.append(self.tr("%1（%2）").replace("%1", shown).replace("%2", why) if why else shown)
                tips.append(f"{parts[-1]} — {field_tip(field)}")
            text = self.tr("、").join(parts)
        cell.setText(text)
        cell.setToolTip("\n".join(tips))
        cell.setBackground(QBrush(LOW_BACKGROUND) if warn else QBrush())

    def _why_not_applied(self, field: Field, score: float, used_by: int | None) -> str:
        if foreign(field, self.entity):
            return (
                self.tr("属于“%1”，本表每行是一个“%2”")
                .replace("%1", entity_label(field.entity))
                .replace("%2", entity_label(self.entity))
            )
        if used_by is not None:
            return self.tr("已用于 %1 列").replace("%1", self.letters.get(used_by, str(used_by)))
        if score < THRESHOLD:
            return self.tr("相似度不够，未自动采用")
        return ""

    def _show_state(self, row: int, match: ColumnMatch) -> None:
        cell = self.item(row, COL_CONFIDENCE)
        chosen = self.combos[match.col].field_id()
        if chosen != match.field:
            text, color, tip = self.tr("已修改"), CLERK_BACKGROUND, self.tr("由您选择，登记时记住这一表述。")
        elif match.field is None:
            text, color, tip = (
                self.tr("未对应"),
                UNMAPPED_BACKGROUND,
                self.tr("程序没有找到对应的字段，请选择。"),
            )
        else:
            low = match.confidence < LOW_CONFIDENCE
            text = f"{round(match.confidence * 100)}%"
            color = LOW_BACKGROUND if low else None
            tip = self.tr("把握不大，请核对。") if low else ""
        cell.setText(text)
        cell.setToolTip(tip)
        cell.setBackground(QBrush(color) if color else QBrush())
        self._show_button(row, match.col, chosen is None)

    def _show_button(self, row: int, col: int, show: bool) -> None:
        # Index widgets are shown by the view whenever it lays them out, so the button is
        # added and removed rather than hidden.
        if show and col not in self.buttons:
            button = QPushButton(self.tr("设为自定义字段"))
            button.setToolTip(self.tr("指标库里没有合适的字段时，用这一列的表头新建一个本单位的自定义字段。"))
            button.clicked.connect(lambda _c=False, col=col: self.custom_requested.emit(col))
            self.buttons[col] = button
            self.setCellWidget(row, COL_ACTION, button)
        elif not show and col in self.buttons:
            self.buttons.pop(col).hide()  # deleted later by the view; hidden now
            self.removeCellWidget(row, COL_ACTION)


def _item(text: str, tip: str = "", center: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    if center:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item
