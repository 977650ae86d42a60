"""From a number of 减负统计 to the items behind it: `Drill` names the set (`office.burden.items_behind`), minus
other sets for a band of the deadline chart; `DrillDownDialog` lists them. A double-click opens an item in the
registry's dialog, as the registry page does; 在收文登记中打开 shows it on that page; Esc closes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.office import Office
from desktop.records import Item
from ui.app_state import AppState
from ui.texts import kind_label, vocab
from ui.widgets.rows_model import RowsModel, fit_columns, rows_table

Behind = tuple[str, str | None]  # (measure, key) of items_behind


@dataclass(frozen=True)
class Drill:
    """The items behind a number: those of (measure, key) that are in none of `minus`."""

    title: str
    measure: str
    key: str | None = None
    minus: tuple[Behind, ...] = ()

    def item_ids(self, office: Office, start: date, end: date) -> list[int]:
        ids = set(office.burden.items_behind(self.measure, self.key, start, end))
        for measure, key in self.minus:
            ids -= set(office.burden.items_behind(measure, key, start, end))
        return sorted(ids)


def deadline_drills(labels: list[str]) -> list[Drill]:
    """The deadline chart's four bands (the service's bands are cumulative: under 1, 3, 5 working days)."""
    bands: list[tuple[str | None, tuple[Behind, ...]]] = [
        ("lt1", ()),
        ("lt3", (("short_deadlines", "lt1"),)),
        ("lt5", (("short_deadlines", "lt3"),)),
        ("with_due", (("short_deadlines", "lt5"),)),
    ]
    return [
        Drill(label, "short_deadlines", key, minus) for label, (key, minus) in zip(labels, bands, strict=True)
    ]


def read_items(office: Office, drill: Drill, start: date, end: date) -> list[Item]:
    """The items behind `drill`, newest received first (archived ones too: they were received)."""
    items = [office.registry.get(item_id) for item_id in drill.item_ids(office, start, end)]
    return sorted(items, key=lambda i: (i.received, i.id or 0), reverse=True)


class DrillDownDialog(QDialog):
    """The items behind a number. `open_item(id)` asks the window to show one in 收文登记."""

    open_item = Signal(int)

    def __init__(
        self, state: AppState, drill: Drill, start: date, end: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.drill = drill
        self.start, self.end = start, end
        self.items: list[Item] = []
        self._reads = 0
        self.setWindowTitle(drill.title)
        self.resize(1080, 520)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.model = RowsModel(
            [
                self.tr("类别"),
                self.tr("标题"),
                self.tr("来文单位"),
                self.tr("文号"),
                self.tr("收文日期"),
                self.tr("截止时间"),
                self.tr("状态"),
            ]
        )
        self.widths = (64, 0, 140, 140, 90, 96, 64)
        self.table = rows_table(self.model, self.widths, stretch=1)
        self.table.doubleClicked.connect(lambda index: self.edit_item(self.model.key_at(index.row())))
        self.hint = QLabel(self.tr("双击一行可修改该事项。"))
        self.hint.setStyleSheet("color: #666;")
        self.registry_button = QPushButton(self.tr("在收文登记中打开"))
        self.registry_button.clicked.connect(self._open_in_registry)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.registry_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        self._reads += 1
        read = self._reads
        self.heading.setText(self.tr("正在读取…"))
        self.state.read(
            self,
            lambda office: read_items(office, self.drill, self.start, self.end),
            lambda items: self._show(items) if read == self._reads else None,
        )

    def _show(self, items: list[Item]) -> None:
        self.items = items
        period = f"{self.start.isoformat()} — {self.end.isoformat()}"
        self.heading.setText(
            self.tr("%1：%n 件（%2）", "", len(items)).replace("%1", self.drill.title).replace("%2", period)
        )
        self.model.set_rows(
            [
                [
                    kind_label(i.kind),
                    i.title,
                    i.department,
                    i.doc_no,
                    i.received[:10],
                    (i.due or "")[:16].replace("T", " "),
                    vocab(i.status),
                ]
                for i in items
            ],
            keys=[i.id for i in items],
        )
        fit_columns(self.table, self.widths, stretch=1)
        if items:
            self.table.selectRow(0)
        self.registry_button.setEnabled(bool(items))

    def item_ids(self) -> list[int]:
        """The ids listed, in ascending order."""
        return sorted(i.id for i in self.items if i.id is not None)

    def edit_item(self, item_id: int | None) -> None:
        """The registry's dialog for the item; an archived item is shown in 收文登记 instead (it is read-only)."""
        if item_id is None:
            return
        from ui.registry.item_dialog import ItemDialog  # the registration dialog loads when first opened

        registry = self.state.office.registry
        item = registry.get(item_id)
        if item.archived_at:
            QMessageBox.information(self, self.tr("已归档"), self.tr("该事项已归档，只能在收文登记中查看。"))
            return
        departments = [d.name for d in self.state.office.departments.list()]
        dialog = ItemDialog(registry, departments, item=item, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None
        if accepted:
            self.state.notify()
            self.load()
        elif dialog.open_instead is not None:
            self.open_item.emit(dialog.open_instead)
            self.accept()

    def _open_in_registry(self) -> None:
        row = self.table.currentIndex().row()
        item_id = self.model.key_at(row if row >= 0 else 0)
        if item_id is not None:
            self.open_item.emit(item_id)
            self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name; Enter opens the item, Esc closes
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.edit_item(self.model.key_at(self.table.currentIndex().row()))
            return
        super().keyPressEvent(event)
