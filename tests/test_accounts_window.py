"""Accounts and the program lock in the window: sign-in at start (only with accounts), 账号与锁定 in 设置
(who may add and disable, the rules of disabling, one's own password, the lock), and the idle watch
reading changed lock settings at once. Real offices on SQLite files, real dialogs."""

from __future__ import annotations

import argparse
import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.errors import UserFacingError
from desktop.office import Office
from tests.ui_helpers import when_modal
from ui.accounts.lock import LockDialog
from ui.accounts.password_dialogs import AddUserDialog, PasswordDialog
from ui.accounts.sign_in_dialog import SignInDialog
from ui.accounts.users_dialog import UsersDialog
from ui.app_state import AppState
from ui.main_window import MainWindow

NOW = datetime(2026, 11, 25, 10, 0, 0)


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def make_office(path, accounts: bool = True) -> None:
    office = Office(path, clock=lambda: NOW)
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    if accounts:
        office.users.add("李主任", "管理员", password="admin-pw")
        office.users.add("赵审核", "审核人", password="review-pw", admin="李主任", admin_password="admin-pw")
        office.users.add("小王", "填报员", password="clerk-pw", admin="李主任", admin_password="admin-pw")
    office.close()


def start(path, on_window=None) -> int:
    """run() on ``path``; ``on_window(window)`` once the window shows, then the window closes."""
    from ui.app import run

    running = [True]

    def look_and_quit(remaining: int = 200) -> None:
        if not running[0]:
            return  # run() ended without a window (the sign-in was cancelled)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            if remaining:
                QTimer.singleShot(20, lambda: look_and_quit(remaining - 1))
            return
        if on_window is not None:
            on_window(windows[0])
        for window in windows:
            window.close()

    QTimer.singleShot(50, look_and_quit)
    try:
        return run(argparse.Namespace(db=str(path), demo=False, lang="zh_CN", json=False))
    finally:
        running[0] = False


@pytest.fixture
def window(qtbot, tmp_path):
    make_office(tmp_path / "office.sqlite3")
    office = Office(tmp_path / "office.sqlite3", clock=lambda: NOW)
    main = MainWindow(AppState(office, background=False))
    qtbot.addWidget(main)
    yield main
    if getattr(main, "idle_lock", None) is not None:
        main.idle_lock.stop()
    office.close()


def sign_in(window: MainWindow, name: str, password: str) -> None:
    window.state.office.users.sign_in(name, password)
    window.state.notify()


def open_users(qtbot, window: MainWindow) -> UsersDialog:
    window.go_to("settings")
    dialog = window.settings.open_accounts()
    qtbot.addWidget(dialog)
    return dialog


# --- sign-in at start ------------------------------------------------------------------------------
def test_with_accounts_the_window_opens_after_a_sign_in(qtbot, tmp_path):
    path = tmp_path / "office.sqlite3"
    make_office(path)
    seen: dict[str, object] = {}

    def wrong_then_right(dialog: SignInDialog) -> None:
        names = [dialog.accounts.item(i).text() for i in range(dialog.accounts.count())]
        seen["names"] = names
        dialog.accounts.setCurrentRow(names.index("小王（填报员）"))
        dialog.password.setText("nope")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["refused"] = (dialog.isVisible(), dialog.error.text(), dialog.office.users.current())
        dialog.password.setText("clerk-pw")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    def in_window(window: MainWindow) -> None:
        seen["who"] = window.account_bar.who.text()
        seen["bar"] = window.account_bar.isVisibleTo(window)

    when_modal(wrong_then_right, kind=SignInDialog)
    assert start(path, in_window) == 0
    assert seen["names"] == ["李主任（管理员）", "赵审核（审核人）", "小王（填报员）"]
    visible, error, current = seen["refused"]
    assert visible and "密码不对" in error and current is None
    assert "小王" in seen["who"] and "填报员" in seen["who"] and seen["bar"]
    office = Office(path, read_only=True)
    try:
        entries = [(e.action, e.who) for e in office.audit.list()]
    finally:
        office.close()
    assert entries[-1] == ("sign-in", "小王")  # the refused attempt wrote nothing


def test_cancel_at_the_sign_in_quits_and_changes_nothing(qtbot, tmp_path):
    path = tmp_path / "office.sqlite3"
    make_office(path)
    before = dump(path)
    shown = []

    def cancel(dialog: SignInDialog) -> None:
        dialog.password.setText("admin-pw")  # typed, then the clerk changes their mind
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(cancel, kind=SignInDialog)
    assert start(path, shown.append) == 0
    assert shown == [] and dump(path) == before


def test_without_accounts_no_sign_in_and_no_account_corner(qtbot, tmp_path):
    path = tmp_path / "office.sqlite3"
    make_office(path, accounts=False)
    seen = {}

    def fail(dialog) -> None:
        seen["dialog"] = type(dialog)
        dialog.reject()

    when_modal(fail, kind=SignInDialog)
    assert start(path, lambda w: seen.update(bar=w.account_bar.isVisibleTo(w))) == 0
    assert "dialog" not in seen and seen["bar"] is False


def test_a_read_only_office_signs_in_without_writing(qtbot, tmp_path):
    path = tmp_path / "office.sqlite3"
    make_office(path)
    before = dump(path)
    office = Office(path, read_only=True)
    try:
        dialog = SignInDialog(office)
        qtbot.addWidget(dialog)
        dialog.password.setText("admin-pw")
        dialog.sign_in()
        assert dialog.result() == SignInDialog.DialogCode.Accepted and office.users.current() == "李主任"
        users = UsersDialog(AppState(office, background=False))
        qtbot.addWidget(users)
        assert not users.add_button.isEnabled() and "只读" in users.add_button.toolTip()
        assert not users.lock_button.isEnabled()
    finally:
        office.close()
    assert dump(path) == before


# --- the window's actions carry the signed-in name ---------------------------------------------------
def test_a_window_action_is_audited_under_the_signed_in_name(qtbot, window):
    sign_in(window, "李主任", "admin-pw")
    assert "李主任" in window.account_bar.who.text()
    dialog = open_users(qtbot, window)

    def add(add_dialog: AddUserDialog) -> None:
        add_dialog.name.setText("钱会计")
        add_dialog.role.setCurrentIndex(add_dialog.role.findData("审核人"))
        add_dialog.password.setText("pw-1")
        add_dialog.repeat.setText("pw-2")
        add_dialog.try_apply()
        assert add_dialog.isVisible() and "不一样" in add_dialog.error.text()
        add_dialog.repeat.setText("pw-1")
        add_dialog.try_apply()

    def typed_then_escape(add_dialog: AddUserDialog) -> None:
        add_dialog.name.setText("钱会计")
        add_dialog.password.setText("pw-1")
        add_dialog.repeat.setText("pw-1")
        qtbot.keyClick(add_dialog, Qt.Key.Key_Escape)

    office = window.state.office
    before = len(office.audit.list())
    when_modal(typed_then_escape, kind=AddUserDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert len(office.users.list()) == 3 and len(office.audit.list()) == before  # Esc: nothing added
    when_modal(add, kind=AddUserDialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    entry = office.audit.list()[-1]
    assert (entry.action, entry.who) == ("user-add", "李主任") and "钱会计" in entry.detail
    assert office.users.check_password("钱会计", "pw-1")
    assert "钱会计" in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def test_switching_account_changes_who_is_named(qtbot, window):
    sign_in(window, "李主任", "admin-pw")

    def switch(dialog: SignInDialog) -> None:
        dialog.accounts.setCurrentRow(1)
        dialog.password.setText("review-pw")
        dialog.sign_in()

    when_modal(switch, kind=SignInDialog)
    window.account_bar.switch_action.trigger()
    assert window.state.office.users.current() == "赵审核" and "赵审核" in window.account_bar.who.text()
    when_modal(lambda dialog: dialog.reject(), kind=SignInDialog)
    window.account_bar.switch_action.trigger()  # cancelled: still the reviewer
    assert window.state.office.users.current() == "赵审核"


# --- who may manage accounts ------------------------------------------------------------------------
def test_a_clerk_cannot_add_or_disable_accounts(qtbot, window):
    sign_in(window, "小王", "clerk-pw")
    dialog = open_users(qtbot, window)
    for button in (dialog.add_button, dialog.disable_button, dialog.lock_button):
        assert not button.isEnabled() and "管理员" in button.toolTip()
    assert dialog.password_button.isEnabled()
    users = window.state.office.users
    with pytest.raises(UserFacingError) as refused:
        users.add("钱会计", "填报员", password="pw")
    assert "不是管理员" in str(refused.value)
    with pytest.raises(UserFacingError):
        users.disable("赵审核")
    with pytest.raises(UserFacingError):
        users.set_lock("lock-pw", 5)
    assert [u.name for u in users.list()] == ["李主任", "赵审核", "小王"] and users.lock_settings() is None


def test_the_first_account_is_an_admin_who_is_then_signed_in(qtbot, tmp_path):
    path = tmp_path / "office.sqlite3"
    make_office(path, accounts=False)
    office = Office(path, clock=lambda: NOW)
    try:
        window = MainWindow(AppState(office, background=False))
        qtbot.addWidget(window)
        assert not window.account_bar.isVisibleTo(window)
        dialog = open_users(qtbot, window)
        assert dialog.add_button.isEnabled() and not dialog.disable_button.isEnabled()

        def add(add_dialog: AddUserDialog) -> None:
            assert not add_dialog.role.isEnabled() and add_dialog.role.currentData() == "管理员"
            add_dialog.name.setText("李主任")
            add_dialog.password.setText("admin-pw")
            add_dialog.repeat.setText("admin-pw")
            add_dialog.try_apply()

        when_modal(add, kind=AddUserDialog)
        dialog.add_account()
        assert office.users.current() == "李主任" and dialog.disable_button.isEnabled()
        assert window.account_bar.isVisibleTo(window) and "李主任" in window.account_bar.who.text()
    finally:
        office.close()


def test_disable_rules(qtbot, window):
    office = window.state.office
    sign_in(window, "李主任", "admin-pw")
    dialog = open_users(qtbot, window)
    refusals: list[str] = []

    def answer(box: QMessageBox, button) -> None:
        if button == QMessageBox.StandardButton.Ok:
            refusals.append(box.text())
        box.button(button).click()

    def select(name: str) -> None:
        dialog.table.selectRow(
            [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index(name)
        )

    select("李主任")  # not oneself …
    when_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes), kind=QMessageBox)
    QTimer.singleShot(
        300, lambda: when_modal(lambda box: answer(box, QMessageBox.StandardButton.Ok), kind=QMessageBox)
    )
    assert not dialog.disable_account()
    assert refusals and "自己" in refusals[-1]
    select("小王")  # … No (or Esc) changes nothing …
    when_modal(lambda box: answer(box, QMessageBox.StandardButton.No), kind=QMessageBox)
    assert not dialog.disable_account() and office.users.current_user().name == "李主任"
    assert all(u.disabled_at is None for u in office.users.list())
    when_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes), kind=QMessageBox)
    assert dialog.disable_account()  # … Yes disables, keeping the account
    xiaowang = next(u for u in office.users.list() if u.name == "小王")
    assert xiaowang.disabled_at is not None and "已停用" in dialog.table.item(2, 3).text()
    entry = office.audit.list()[-1]
    assert (entry.action, entry.who) == ("user-disable", "李主任")
    with pytest.raises(UserFacingError):
        office.users.sign_in("小王", "clerk-pw")  # a disabled account no longer signs in
    # the last 管理员 stays: another admin cannot disable them while they are the only one
    office.users.add("孙主任", "管理员", password="pw2")
    office.users.disable("李主任", admin="孙主任", admin_password="pw2")
    with pytest.raises(UserFacingError) as last:
        office.users.disable("孙主任", admin="孙主任", admin_password="pw2")
    assert "自己" in str(last.value)
    office.users.add("周副主任", "审核人", password="pw3", admin="孙主任", admin_password="pw2")
    assert office.users.repo.count_active("管理员") == 1


def test_the_last_admin_cannot_be_disabled(office):
    office.users.add("李主任", "管理员", password="a")
    office.users.add("孙主任", "管理员", password="b", admin="李主任", admin_password="a")
    office.users.disable("孙主任", admin="李主任", admin_password="a")
    office.users.repo.disable("李主任", "2026-11-25T10:00:00")  # as if by hand: no 管理员 left to act
    with pytest.raises(UserFacingError):
        office.users.disable("李主任", admin="孙主任")  # a disabled admin does not act


def test_own_password_changes_and_escape_changes_nothing(qtbot, window):
    office = window.state.office
    sign_in(window, "小王", "clerk-pw")
    dialog = open_users(qtbot, window)
    when_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), kind=PasswordDialog)
    dialog.change_password()
    assert office.users.check_password("小王", "clerk-pw")

    def change(d: PasswordDialog) -> None:
        d.old.setText("wrong")
        d.password.setText("new-pw")
        d.repeat.setText("new-pw")
        d.try_apply()
        assert d.isVisible() and "密码不对" in d.error.text()
        d.old.setText("clerk-pw")
        d.try_apply()

    when_modal(change, kind=PasswordDialog)
    dialog.change_password()
    assert office.users.check_password("小王", "new-pw") and not office.users.check_password(
        "小王", "clerk-pw"
    )
    assert (office.audit.list()[-1].action, office.audit.list()[-1].who) == ("password-change", "小王")


# --- the program lock from the window ---------------------------------------------------------------
def test_lock_settings_from_the_window_take_effect_at_once(qtbot, window):
    office = window.state.office
    sign_in(window, "李主任", "admin-pw")
    dialog = open_users(qtbot, window)
    assert not dialog.apply_idle_button.isEnabled() and not dialog.remove_lock_button.isEnabled()
    dialog.idle.setValue(1)
    when_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), kind=PasswordDialog)
    dialog.set_lock_password()
    assert office.users.lock_settings() is None  # Esc: no lock

    def set_password(d: PasswordDialog) -> None:
        d.password.setText("lock-pw")
        d.repeat.setText("lock-pw")
        d.try_apply()

    when_modal(set_password, kind=PasswordDialog)
    dialog.set_lock_password()
    assert office.users.lock_settings()["idle_minutes"] == 1
    idle = window.idle_lock  # made by the change: the window had no idle watch
    idle.timer.stop()
    assert idle.idle_seconds_allowed() == 60
    dialog.idle.setValue(3)
    qtbot.mouseClick(dialog.apply_idle_button, Qt.MouseButton.LeftButton)
    assert idle.idle_seconds_allowed() == 180  # read again, no restart
    assert office.users.unlock("lock-pw")  # the password stayed
    idle.last_input -= 181
    locked = []

    def unlock(lock: LockDialog) -> None:
        locked.append(True)
        lock.password.setText("lock-pw")
        lock.try_unlock()

    when_modal(unlock, kind=LockDialog)
    idle.check()
    assert locked == [True]
    when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), kind=QMessageBox)
    assert not dialog.remove_lock()
    assert office.users.lock_settings() is not None
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), kind=QMessageBox)
    assert dialog.remove_lock()
    assert office.users.lock_settings() is None and idle.idle_seconds_allowed() is None
    actions = [e.action for e in office.audit.list()]
    assert actions[-5:] == ["lock-set", "lock-set", "sign-in", "sign-in", "lock-remove"]


def test_ctrl_l_locks_with_the_signed_in_accounts_password(qtbot, window):
    sign_in(window, "赵审核", "review-pw")
    assert window.account_bar.lock_action.isEnabled()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    seen = []

    def unlock(lock: LockDialog) -> None:
        lock.password.setText("admin-pw")  # another account's password does not open it
        lock.try_unlock()
        seen.append(lock.isVisible())
        lock.password.setText("review-pw")
        lock.try_unlock()

    when_modal(unlock, kind=LockDialog)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen == [True] and window.idle_lock.dialog is None


def test_the_sign_off_dialog_picks_the_signed_in_reviewer(qtbot, window):
    from ui.accounts.sign_off_dialog import SignOffDialog

    office = window.state.office
    office.users.add("钱审核", "审核人", password="pw", admin="李主任", admin_password="admin-pw")
    sign_in(window, "钱审核", "pw")
    dialog = SignOffDialog(office, "2026-11", 1)
    qtbot.addWidget(dialog)
    assert dialog.reviewer.currentText() == "钱审核"
    sign_in(window, "小王", "clerk-pw")
    other = SignOffDialog(office, "2026-11", 1)
    qtbot.addWidget(other)
    assert other.reviewer.currentText() == "赵审核"
    other.password.setText("review-pw")
    other.sign_off()
    assert office.users.current() == "小王"  # the reviewer's sign-off does not sign the clerk out
    assert office.users.review("2026-11", 1).reviewer == "赵审核"
