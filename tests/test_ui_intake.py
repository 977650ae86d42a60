"""Template review (报表导入) and the 指标库 view, on real workbooks (pytest-qt, offscreen)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from storage.records import ItemFilter
from tests.ui_helpers import type_text, when_modal
from ui.app_state import AppState
from ui.catalog.view import CatalogView
from ui.intake.dialog import IntakeDialog
from ui.intake.preview import REGION_ROLE, region_color
from ui.main_window import MainWindow
from ui.registry.item_dialog import ItemDialog

HEADERS = ["序号", "姓名", "身份证号码", "居住村落", "慰问金额（元）", "走访干部", "备注"]


def make_template(path: Path, headers: list[str], title: str = "白沙镇困难群众走访慰问登记表") -> Path:
    """A one-sheet template: title, 填报单位 line, one header row, 示例 row, 3 numbered rows, 合计, footer."""
    wb = Workbook()
    ws = wb.active
    ws.title = "慰问登记"
    n = len(headers)
    ws.cell(1, 1, title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(2, 1, "填报单位：白沙镇民政办")
    ws.cell(2, n - 1, "填报日期：    年  月  日")
    for col, header in enumerate(headers, 1):
        ws.cell(3, col, header)
    for col, value in enumerate(["示例", "张三", "511623199001011234", "白沙村"], 1):
        ws.cell(4, col, value)
    for row in range(5, 8):
        ws.cell(row, 1, row - 4)
    ws.cell(8, 1, "合计")
    ws.cell(9, 1, "填表人：")
    ws.cell(9, 4, "审核人：")
    wb.save(path)
    return path


@pytest.fixture
def state(office):
    return AppState(office)


@pytest.fixture
def window(qtbot, state):
    state.office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    main = MainWindow(state)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def when_modal_of(kind: type, callback) -> None:
    """Like when_modal, but waits for a modal dialog of `kind` (a parent dialog may still be the active one)."""

    def poll(remaining: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            callback(dialog)
        elif remaining:
            QTimer.singleShot(10, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)


def press(widget, key: Qt.Key) -> None:
    """A key press and release sent to a widget (QTest may not be re-entered inside a modal dialog)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def regions(dialog: IntakeDialog) -> list[str | None]:
    model = dialog.preview.model()
    return [model.index(r, 0).data(REGION_ROLE) for r in range(model.rowCount())]


def test_review_shows_regions_and_mapping_of_a_generated_template(qtbot, state, tmp_path):
    dialog = IntakeDialog(state, make_template(tmp_path / "慰问.xlsx", HEADERS))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error is None
    assert regions(dialog) == [
        "title", "meta", "header", "example", "data", "data", "data", "total", "footer",
    ]  # fmt: skip
    model = dialog.preview.model()
    for row, region in enumerate(regions(dialog)):
        assert model.index(row, 2).data(Qt.ItemDataRole.BackgroundRole).color() == region_color(region)
    assert model.headerData(2, Qt.Orientation.Vertical) == "3"  # Excel row numbers
    assert model.headerData(4, Qt.Orientation.Horizontal) == "E"
    assert (dialog.preview.rowSpan(0, 0), dialog.preview.columnSpan(0, 0)) == (1, len(HEADERS))
    assert dialog.title_label.text() == "白沙镇困难群众走访慰问登记表"
    assert "人员" in dialog.summary_label.text()
    assert dialog.sheet_box.isHidden()  # one sheet: no selector

    mapping = dialog.mapping
    assert mapping.choices()[2] == "person.name" and mapping.choices()[4] is None
    assert mapping.item(1, 3).text() == "100%"
    assert mapping.item(3, 3).text() == "未对应"
    assert set(mapping.buttons) == {4, 5, 6}  # "设为自定义字段" only where nothing is mapped
    combo = mapping.combos[2]
    assert combo.itemText(0) == "（不对应任何字段）"
    assert combo.itemData(1) == "person.household_head"  # the ranked suggestions come first
    assert "共 7 列，3 列未对应" in dialog.hint_label.text()


@pytest.mark.parametrize("index", range(8))
def test_review_colours_header_rows_of_every_sample_template(qtbot, state, shared_dir, index):
    truth = json.loads((shared_dir / "samples" / "truth.json").read_text(encoding="utf-8"))[index]
    dialog = IntakeDialog(state, shared_dir / "samples" / truth["file"])
    qtbot.addWidget(dialog)
    assert dialog.error is None
    found = regions(dialog)
    first, last = truth["header_rows"]
    assert found[first - 1 : last] == ["header"] * (last - first + 1)
    assert found[first - 2] in ("title", "meta")
    if truth.get("example_row"):
        assert found[truth["example_row"] - 1] == "example"
    assert found[truth["data_start_row"] - 1] == "data"
    assert dialog.sheet_combo.currentText() == truth["sheet"]
    expected = {c["col"]: c["field"] for c in truth["columns"]}
    chosen = dialog.mapping.choices()
    assert sum(chosen[c] == f for c, f in expected.items()) >= 0.8 * len(expected)


def test_sheet_selector_reinspects_another_sheet(qtbot, state, shared_dir):
    dialog = IntakeDialog(state, shared_dir / "samples" / "forms" / "05_农户家庭基本情况调查表.xlsx")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sheet_box.isHidden()
    assert dialog.sheet_combo.currentText() == "农户情况"
    dialog.sheet_combo.setCurrentText("填表说明")
    dialog.sheet_combo.activated.emit(dialog.sheet_combo.currentIndex())
    assert dialog.inspection.sheet == "填表说明"
    assert len(dialog.mapping.choices()) == len(dialog.inspection.columns)
    dialog.sheet_combo.setCurrentText("农户情况")
    dialog.sheet_combo.activated.emit(dialog.sheet_combo.currentIndex())
    assert dialog.inspection.entity == "household"
    assert "header" in regions(dialog)


def test_corrected_mapping_is_registered_and_learned(window, qtbot, office, tmp_path):
    path = make_template(tmp_path / "慰问登记表.xlsx", HEADERS)
    seen: dict[str, object] = {}

    def fill_item(dialog: ItemDialog) -> None:
        seen["title"] = dialog.title_edit.text()
        seen["kind"] = dialog.kind_combo.currentData()
        dialog.department_combo.setCurrentText("县民政局")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def review(dialog: IntakeDialog) -> None:
        combo = dialog.mapping.combos[4]  # 居住村落: not recognised by the program
        combo.lineEdit().selectAll()
        type_text(combo.lineEdit(), "所在村")  # search inside the names
        completer = combo.completer()
        seen["offered"] = [
            completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())
        ]
        press(completer.popup(), Qt.Key.Key_Down)  # the first match, then Enter, as a clerk would
        press(completer.popup(), Qt.Key.Key_Return)
        dialog.mapping.buttons[5].click()  # 慰问金额（元） becomes the office's own field
        seen["village"] = dialog.mapping.choices()[4]
        seen["shown"] = dialog.mapping.combos[5].currentText()
        seen["custom_before"] = [f.id for f in office.catalog.catalog() if f.custom]  # made on registering
        seen["hint"] = dialog.hint_label.text()
        when_modal_of(ItemDialog, fill_item)
        dialog.next_button.click()

    when_modal_of(IntakeDialog, review)
    saved = window.forms.import_template(path)

    assert seen["offered"] == ["所在村（社区）"]  # the field's name; its id only in the tooltip
    assert seen["village"] == "person.village"
    assert seen["shown"] == "慰问金额（元）" and seen["custom_before"] == []
    seen["custom"] = {c.col: c for c in office.intake.template(saved.item.id).columns}[5].field_id
    assert str(seen["custom"]).startswith("custom.person.")
    assert office.catalog.catalog().get(seen["custom"]).name_zh == "慰问金额（元）"
    assert "2 列由您修改" in seen["hint"]
    assert seen["title"] == "白沙镇困难群众走访慰问登记表" and seen["kind"] == "form"
    items = office.registry.list(ItemFilter(kind="form"))
    assert [i.id for i in items] == [saved.item.id]
    assert [a.original_name for a in office.registry.get(saved.item.id).attachments] == [path.name]
    columns = {c.col: c for c in office.intake.template(saved.item.id).columns}
    assert (columns[4].field_id, columns[4].source) == ("person.village", "clerk")
    assert (columns[5].field_id, columns[5].source) == (seen["custom"], "clerk")
    assert (columns[2].field_id, columns[2].source) == ("person.name", "auto")
    assert (columns[6].field_id, columns[6].source) == (None, "auto")
    assert window.forms.detail.item is not None and window.forms.detail.item.id == saved.item.id
    assert "白沙镇困难群众走访慰问登记表" in window.statusBar().currentMessage()

    # Another department's workbook with the same wording elsewhere now maps by itself.
    other = make_template(tmp_path / "走访表.xlsx", ["序号", "居住村落", "姓名", "联系电话"], "春节走访表")
    inspection = office.intake.inspect(other)
    assert {c.col: c.field for c in inspection.columns}[2] == "person.village"


def test_corrupt_workbook_shows_an_error_and_registers_nothing(window, qtbot, office, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"\x00\x13junk, not a workbook\xff" * 20)
    shown: dict[str, str] = {}

    def read(box: QMessageBox) -> None:
        shown["text"] = box.text()
        box.accept()

    when_modal(read)
    assert window.forms.import_template(path) is None
    assert "x.xlsx" in shown["text"] and "无法读取" in shown["text"]
    assert office.registry.count() == 0


def test_dropping_a_workbook_opens_the_review(window, qtbot, office, tmp_path):
    path = make_template(tmp_path / "慰问登记表.xlsx", HEADERS)
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        seen["dialog"] = dialog
        seen["regions"] = regions(dialog) if isinstance(dialog, IntakeDialog) else None
        dialog.reject()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(QPoint(300, 300)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    when_modal(look)
    window.dropEvent(event)
    assert isinstance(seen["dialog"], IntakeDialog)
    assert seen["dialog"].path == path
    assert "header" in seen["regions"]
    assert office.registry.count() == 0  # cancelled: nothing registered


def test_catalog_view_search_synonyms_and_custom_field(qtbot, state, office):
    view = CatalogView(state)
    qtbot.addWidget(view)
    view.show()
    type_text(view.search_edit, "身份证件号码")  # a synonym, not the name
    ids = [view.model.field_at(r).id for r in range(view.model.rowCount())]
    assert ids == ["person.id_number"]
    view.search_edit.clear()
    type_text(view.search_edit, "出生")
    view.table.selectRow(0)
    assert view.selected_field().id == "person.birth_date"
    assert not view.forget_button.isEnabled()
    type_text(view.synonym_edit, "生日")
    qtbot.mouseClick(view.add_synonym_button, Qt.MouseButton.LeftButton)
    assert "生日" in office.catalog.catalog().get("person.birth_date").learned
    row = view.model.row_of("person.birth_date")
    assert view.table.currentIndex().row() == row
    assert "★生日" in view.model.index(row, 5).data()
    assert view.forget_button.isEnabled() and view.learned_combo.currentText() == "生日"
    qtbot.mouseClick(view.forget_button, Qt.MouseButton.LeftButton)
    assert "生日" not in office.catalog.catalog().get("person.birth_date").learned
    assert "★" not in view.model.index(view.model.row_of("person.birth_date"), 5).data()

    view.search_edit.clear()
    view.entity_filter.setCurrentIndex(view.entity_filter.findData("village"))
    assert {view.model.field_at(r).entity for r in range(view.model.rowCount())} == {"village"}
    type_text(view.custom_name, "交通补助（元）")
    view.custom_type.setCurrentIndex(view.custom_type.findData("money"))
    qtbot.mouseClick(view.add_custom_button, Qt.MouseButton.LeftButton)
    field = view.selected_field()
    assert field is not None and field.custom and field.name_zh == "交通补助（元）"
    assert (field.entity, field.type) == ("person", "money")
