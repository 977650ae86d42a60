# ruff: noqa: F811 - the cycle page's fixtures are imported by name and used as parameters
"""Accounts in the window: 审核… on the cycle page, no USB export of a version nobody signed off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.packages.drives import Volume
from tests.test_ui_cycles import idle_worker, november, view, window  # noqa: F401 - the cycle page's fixtures
from tests.ui_helpers import when_modal
from ui.accounts.sign_off_dialog import SignOffDialog
from ui.cycles.usb_copy_dialog import UsbCopyDialog


@pytest.fixture
def accounts(office, view):
    office.users.add("李主任", "管理员")
    office.users.add("赵审核", "审核人", password="pw", admin="李主任")
    office.users.add("小王", "填报员", admin="李主任")
    view.state.notify()
    return view


def write_to_stick(qtbot, view, tmp_path):
    stick = tmp_path / "KINGSTON"
    stick.mkdir(exist_ok=True)
    view.actions.usb_dialog = lambda path, parent: UsbCopyDialog(
        path, parent, drives=lambda: [Volume(str(stick), "KINGSTON", free=1024**3, total=1024**3)]
    )

    def write(usb: UsbCopyDialog) -> None:
        when_modal(lambda box: box.accept(), attempts=1000, kind=QMessageBox)
        usb.write()
        usb.accept()

    when_modal(write, kind=UsbCopyDialog)
    return stick


def test_without_accounts_no_sign_off_button(view):
    assert view.package_bar.sign_off_button.isHidden()


def test_an_unreviewed_version_does_not_go_to_the_stick(qtbot, accounts, office, tmp_path):
    view = accounts
    assert not view.package_bar.sign_off_button.isHidden()
    office.packages.build("2026-11")  # v1 kept in the history, nobody signed it off
    view.state.notify()
    refusals: list[str] = []

    def refused(box: QMessageBox) -> None:
        refusals.append(box.text())
        box.accept()

    when_modal(refused, kind=QMessageBox)
    view.actions.usb_dialog = lambda path, parent: pytest.fail("the copy dialog must not open")
    qtbot.mouseClick(view.usb_button, Qt.MouseButton.LeftButton)
    assert refusals and "第 1 版" in refusals[0] and "审核" in refusals[0]
    assert office.cycles.submission("2026-11") is None


def test_a_reviewer_signs_off_then_the_package_goes_out(qtbot, accounts, office, tmp_path):
    view = accounts
    seen: dict[str, object] = {}

    def wrong_then_right(dialog: SignOffDialog) -> None:
        assert [dialog.reviewer.itemText(i) for i in range(dialog.reviewer.count())] == ["赵审核"]
        dialog.password.setText("nope")
        dialog.sign_off()
        seen["error"] = dialog.error.text()
        assert dialog.isVisible() and dialog.review is None
        dialog.password.setText("pw")
        dialog.prepared.setText("小王")
        dialog.sign_off()

    when_modal(wrong_then_right, kind=SignOffDialog)
    qtbot.mouseClick(view.package_bar.sign_off_button, Qt.MouseButton.LeftButton)
    assert "密码不对" in str(seen["error"])
    review = office.users.review("2026-11", 1)
    assert (review.reviewer, review.prepared_by) == ("赵审核", "小王")
    office.packages.build("2026-11")
    view.state.notify()
    stick = write_to_stick(qtbot, view, tmp_path)
    qtbot.mouseClick(view.usb_button, Qt.MouseButton.LeftButton)
    assert list(stick.glob("*.yibiao"))
    assert office.cycles.submission("2026-11").version == 1
