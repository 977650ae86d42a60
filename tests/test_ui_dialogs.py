"""The shared dialog buttons: 保存 / 取消 under a form, and the 是 / 否 question box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from tests.ui_helpers import when_modal
from ui.widgets.dialogs import ask_yes_no, save_cancel_buttons


def test_save_runs_the_dialogs_own_save_and_cancel_rejects(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    saved: list[bool] = []
    buttons = save_cancel_buttons(dialog, lambda: saved.append(True))
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (save.text(), cancel.text()) == ("保存", "取消")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved == [True] and dialog.result() == QDialog.DialogCode.Rejected  # the dialog decides
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


def test_the_question_answers_yes_only_when_yes_is_clicked(qtbot):
    texts: list[tuple[str, str]] = []

    def click_yes(box: QMessageBox) -> None:
        yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
        texts.append((yes.text(), no.text()))
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)

    when_modal(click_yes, kind=QMessageBox)
    assert ask_yes_no(None, "标题", "确定吗？") is True
    assert texts == [("是", "否")]

    when_modal(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape), kind=QMessageBox)
    assert ask_yes_no(None, "标题", "确定吗？", yes_text="重新生成") is False

    when_modal(lambda box: QTest.keyClick(box, Qt.Key.Key_Return), kind=QMessageBox)
    assert ask_yes_no(None, "标题", "确定吗？") is False  # 否 is the default
    when_modal(lambda box: QTest.keyClick(box, Qt.Key.Key_Return), kind=QMessageBox)
    assert ask_yes_no(None, "标题", "确定吗？", default_yes=True) is True
