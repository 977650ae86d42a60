# ruff: noqa: F811 - the grid's fixtures are imported by name and used as parameters
"""The 补录 grid shows phones (and other personal numbers) masked; 显示完整信息 there is a logged reveal, and
editing a masked cell never needs the full number: committed unchanged, the cell keeps its value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.builders import ZHANG
from tests.test_ui_fill_grid import PHONE, grid, office, open_editor, phone_of  # noqa: F401 - fixtures


def reveals(office) -> list[str]:
    return [e.detail for e in office.audit.list() if e.action == "reveal"]


def test_phones_show_masked_until_a_logged_reveal(qtbot, grid, office):
    model = grid.model
    assert model.index(0, PHONE).data() == "138****8000"
    assert model.index(0, PHONE).data(Qt.ItemDataRole.EditRole) == "138****8000"  # the editor too
    grid.table.selectAll()
    grid.copy()
    assert "13800138000" not in QApplication.clipboard().text()  # a copy carries what is shown
    assert reveals(office) == []

    qtbot.mouseClick(grid.reveal, Qt.MouseButton.LeftButton)
    assert grid.reveal.isChecked() and model.index(0, PHONE).data() == "13800138000"
    [logged] = reveals(office)
    assert '"fill-grid"' in logged and "13800138000" not in logged and ZHANG not in logged
    grid.only_incomplete.setChecked(True)  # a rebuilt grid keeps the choice
    assert grid.model.index(0, PHONE).data() in ("13800138000", "")
    qtbot.mouseClick(grid.reveal, Qt.MouseButton.LeftButton)  # masking again is not a reveal
    assert len(reveals(office)) == 1


def test_a_reveal_that_cannot_be_logged_stays_masked(qtbot, grid, office, monkeypatch):
    monkeypatch.setattr(type(office.users), "record_reveal", lambda self, where, **detail: False)
    qtbot.mouseClick(grid.reveal, Qt.MouseButton.LeftButton)
    assert not grid.reveal.isChecked() and grid.model.index(0, PHONE).data() == "138****8000"
    assert "仍部分隐藏" in grid.status.text()


def test_a_masked_cell_committed_unchanged_keeps_its_value(qtbot, grid, office):
    history_before = len(
        office.ledger.history(office.ledger.ledger.key_index("person")[ZHANG], "person.phone")
    )
    editor = open_editor(grid, 0, PHONE)
    assert editor.text() == "138****8000"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.table.state() != QAbstractItemView.State.EditingState)
    assert phone_of(office, ZHANG) == "13800138000" and grid.model.refusal(grid.model.index(0, PHONE)) is None
    history = office.ledger.history(office.ledger.ledger.key_index("person")[ZHANG], "person.phone")
    assert len(history) == history_before  # nothing written: the value is fresh and unchanged
    assert grid.model.save_cells([(0, PHONE, "138****8000")]) is None  # a paste of the masked text alike
    assert phone_of(office, ZHANG) == "13800138000"
