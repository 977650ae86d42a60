"""The 补录 grid: typing, refusals, paste from a spreadsheet, undo, lazy pages, masked ID numbers."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from desktop.ledger.keys import id_check_digit
from desktop.office import Office
from storage.ledger import EntityRow
from storage.transaction import transaction
from tests.builders import LI, WANG, ZHANG, write_return
from tests.test_coverage import PHONE_FORM, ZHAO, Clock, make_form
from tests.ui_helpers import type_text
from ui.app_state import AppState
from ui.forms.fill_grid import FillGridDialog, FillGridView

PHONE, EDUCATION = 2, 3  # grid columns after 名称 and 公民身份号码


@pytest.fixture
def office(db_path, tmp_path):
    clock = Clock(datetime(2026, 11, 1, 9, 0))
    opened = Office(db_path, clock=clock)
    rows = [
        [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
        [2, "李娜", LI, "1990-01-15", "白沙村", "", "否"],
        [3, "王芳", WANG, "1972-04-26", "河口村", "13700137000", "是"],
        [4, "赵强", ZHAO, "1966-07-08", "河口村", "", ""],
    ]
    opened.ledger.import_file(write_return(tmp_path / "roster.xlsx", rows), "县人社局")
    clock.now = datetime(2026, 11, 25, 10, 0)
    yield opened
    opened.close()


@pytest.fixture
def grid(qtbot, office, tmp_path):
    item = make_form(office, tmp_path / "form.xlsx", PHONE_FORM, "联系电话核对表")
    view = FillGridView(AppState(office), [item], entered_by="李会计")
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def phone_of(office: Office, key: str) -> str | None:
    entity = office.ledger.ledger.key_index("person")[key]
    return office.ledger.ledger.current(["person.phone"], [entity])[entity][0]


def open_editor(view: FillGridView, row: int, column: int) -> QLineEdit:
    index = view.model.index(row, column)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    return editor


def test_header_counts_and_masked_ids(grid):
    model = grid.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "姓名",
        "公民身份号码",
        "联系电话",
        "文化程度",
    ]
    assert model.index(0, 0).data() == "张伟"
    assert model.index(0, 1).data() == ZHANG[:6] + "********" + ZHANG[-4:]
    # 4 people × (name, ID, phone, education); name and ID and the two phones typed this month are held
    assert "本期报表共需 16 项数据，台账已有 10 项，需补录 6 项" in grid.summary.text()
    assert model.index(1, PHONE).data(Qt.ItemDataRole.BackgroundRole) is not None  # empty: highlighted
    assert "补录" in model.index(1, PHONE).data(Qt.ItemDataRole.ToolTipRole)


def test_typing_a_value_saves_it_and_moves_down(qtbot, grid, office):
    editor = open_editor(grid, 1, PHONE)
    type_text(editor, "139 0013 9000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.table.state() != QAbstractItemView.State.EditingState)
    assert phone_of(office, LI) == "13900139000"
    assert grid.model.index(1, PHONE).data() == "139****9000"  # shown masked, like every phone
    assert grid.table.currentIndex().row() == 2
    assert "台账已有 11 项，需补录 5 项" in grid.summary.text() and "本次已录入 1 项" in grid.summary.text()
    history = office.ledger.history(office.ledger.ledger.key_index("person")[LI], "person.phone")
    assert history[0].source == "entry" and history[0].entered_by == "李会计"


def test_invalid_phone_is_refused_with_the_reason(qtbot, grid, office):
    editor = open_editor(grid, 1, PHONE)
    type_text(editor, "12345")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert grid.table.state() == QAbstractItemView.State.EditingState  # the editor stays open
    assert editor.text() == "12345"
    reason = grid.model.refusal(grid.model.index(1, PHONE))
    assert reason and "李娜" in reason and reason in grid.status.text() and editor.toolTip() == reason
    assert phone_of(office, LI) is None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert grid.model.refusal(grid.model.index(1, PHONE)) is None
    assert grid.model.index(1, PHONE).data() == ""


def test_paste_a_block_from_a_spreadsheet_and_undo_it(qtbot, grid, office):
    QApplication.clipboard().setText("13900139000\t初中\r\n13500135000\t小学\r\n")
    grid.table.setCurrentIndex(grid.model.index(1, PHONE))
    grid.table.setFocus()
    qtbot.keyClick(grid.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert phone_of(office, LI) == "13900139000" and phone_of(office, WANG) == "13500135000"
    assert grid.model.index(2, EDUCATION).data() == "小学"
    assert "已保存 4 项" in grid.status.text()
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert phone_of(office, LI) is None and phone_of(office, WANG) == "13700137000"
    assert grid.model.index(2, EDUCATION).data() == "" and "已撤销 4 项" in grid.status.text()
    assert not grid.undo_button.isEnabled()


def test_paste_with_a_bad_cell_saves_nothing_and_names_it(qtbot, grid, office):
    QApplication.clipboard().setText("13900139000\t初中\n不是电话\t小学\n")
    grid.table.setCurrentIndex(grid.model.index(1, PHONE))
    assert not grid.paste()
    assert "第 3 行" in grid.status.text() and "王芳" in grid.status.text()
    assert phone_of(office, LI) is None and grid.model.index(1, EDUCATION).data() == ""
    QApplication.clipboard().setText("13900139000\t初中\n")
    grid.table.setCurrentIndex(grid.model.index(0, 0))
    assert not grid.paste() and "名称" in grid.status.text()


def test_ctrl_z_restores_a_typed_value(qtbot, grid, office):
    editor = open_editor(grid, 0, PHONE)
    editor.selectAll()
    type_text(editor, "13300133000")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert phone_of(office, ZHANG) == "13300133000"
    assert grid.table.currentIndex().column() == EDUCATION  # Tab goes on to the next cell
    if grid.table.state() == QAbstractItemView.State.EditingState:
        qtbot.keyClick(grid.table.viewport().findChild(QLineEdit), Qt.Key.Key_Escape)
    grid.table.setFocus()
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert phone_of(office, ZHANG) == "13800138000"
    assert grid.model.index(0, PHONE).data() == "138****8000"


def test_rows_are_fetched_a_page_at_a_time(qtbot, db_path, tmp_path):
    office = Office(db_path, clock=lambda: datetime(2026, 11, 25, 10, 0))
    repo = office.ledger.ledger
    keys = []
    for i in range(2000):
        body = f"5116231980{1 + i // 28 % 12:02d}{1 + i % 28:02d}{i % 1000:03d}"
        keys.append(body + id_check_digit(body))
    with transaction(repo.conn):
        repo.insert_entities(
            [EntityRow(i + 1, "person", k, k, "valid", f"人员{i + 1}", None) for i, k in enumerate(keys)],
            "2026-11-25",
        )
        repo.insert_records([(1, 1, None, None, "entry", "", "2026-11-25")])
        repo.insert_current(
            ["person.name", "person.id_number"],
            ((i + 1, [f"人员{i + 1}", k], [1, 1]) for i, k in enumerate(keys)),
        )
    item = make_form(office, tmp_path / "form.xlsx", PHONE_FORM, "联系电话核对表")
    dialog = FillGridDialog(AppState(office), [item])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    model = dialog.view.model
    assert model.total() == 2000 and model.rowCount() == 500
    assert model.index(499, 1).data() == keys[499][:6] + "********" + keys[499][-4:]
    dialog.view.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 1000)
    dialog.close()
    office.close()


def test_delete_empties_cells_and_a_complete_form_needs_nothing(qtbot, grid, office, tmp_path):
    grid.table.setCurrentIndex(grid.model.index(0, PHONE))
    grid.table.setFocus()
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    assert phone_of(office, ZHANG) is None and grid.model.index(0, PHONE).data() == ""
    complete = make_form(office, tmp_path / "names.xlsx", ["姓名", "公民身份号码"], "花名册核对")
    view = FillGridView(AppState(office), [complete])
    qtbot.addWidget(view)
    view.show()
    assert view.empty.isVisible() and not view.table.isVisible()
    assert "16" not in view.summary.text() and "需补录 0 项" in view.summary.text()
