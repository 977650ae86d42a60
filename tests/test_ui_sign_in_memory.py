"""The sign-in dialog pre-selects the account last signed in on this office (issue 15): a QSettings value
per office file, kept in the tests' own settings folder (conftest), never the user's."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from desktop.office import Office
from ui.accounts.sign_in_dialog import SignInDialog, last_signed_in

NOW = datetime(2026, 11, 25, 10, 0, 0)


def make_office(path: Path) -> Office:
    office = Office(path, clock=lambda: NOW)
    office.users.add("李主任", "管理员", password="admin-pw")
    office.users.add("赵审核", "审核人", password="review-pw", admin="李主任", admin_password="admin-pw")
    office.users.add("小王", "填报员", password="clerk-pw", admin="李主任", admin_password="admin-pw")
    return office


def dialog_for(qtbot, office: Office) -> SignInDialog:
    dialog = SignInDialog(office)
    qtbot.addWidget(dialog)
    return dialog


def test_the_last_account_signed_in_is_chosen_next_time(qtbot, tmp_path):
    where = QSettings().fileName()
    assert "qsettings" in where and not where.startswith(str(Path.home()))  # never the user's settings
    office = make_office(tmp_path / "office.sqlite3")
    other = make_office(tmp_path / "other.sqlite3")
    try:
        first = dialog_for(qtbot, office)
        assert first.chosen() == "李主任"  # nobody signed in here yet: the first account
        first.accounts.setCurrentRow(1)
        first.password.setText("wrong")
        qtbot.keyClick(first.password, Qt.Key.Key_Return)
        assert last_signed_in(office) is None  # a refused attempt remembers nothing
        first.password.setText("review-pw")
        qtbot.keyClick(first.password, Qt.Key.Key_Return)
        assert first.result() == SignInDialog.DialogCode.Accepted
        assert last_signed_in(office) == "赵审核"

        office.users.sign_out()
        again = dialog_for(qtbot, office)
        assert again.chosen() == "赵审核"
        assert dialog_for(qtbot, other).chosen() == "李主任"  # another office keeps its own

        again.accounts.setCurrentRow(2)
        again.password.setText("clerk-pw")
        again.sign_in()
        office.users.sign_out()
        assert dialog_for(qtbot, office).chosen() == "小王"

        office.users.sign_in("李主任", "admin-pw")
        office.users.disable("小王")  # the remembered account is gone: the first one again
        office.users.sign_out()
        assert dialog_for(qtbot, office).chosen() == "李主任"
    finally:
        office.close()
        other.close()
