"""The program lock: Esc and the close button do not dismiss it, the password does; idle minutes lock the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui_helpers import when_modal
from ui.accounts.lock import IdleLock, LockDialog


def test_only_the_password_opens_the_lock(qtbot, office):
    office.users.set_lock("lock-pw", idle_minutes=5)
    dialog = LockDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    dialog.close()
    assert dialog.isVisible() and not dialog.unlocked
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and "密码不对" in dialog.error.text()
    qtbot.keyClicks(dialog.password, "lock-pw")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.unlocked and not dialog.isVisible()
    assert [e.action for e in office.audit.list()].count("sign-in") == 1


def test_the_lock_password_is_hashed_and_checked(office):
    assert office.users.lock_settings() is None and office.users.unlock("anything")
    office.users.set_lock("lock-pw", idle_minutes=10)
    stored = office.users.lock_settings()
    assert stored["idle_minutes"] == 10 and "lock-pw" not in stored["password_hash"]
    assert not office.users.unlock("lock-p") and office.users.unlock("lock-pw")
    office.users.set_lock(None)
    assert office.users.lock_settings() is None


def test_idle_minutes_lock_the_window(qtbot, office):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    idle = IdleLock(window, office, check_ms=60_000)
    idle.check()
    assert idle.dialog is None  # no lock set: nothing happens however long it is idle
    office.users.set_lock("lock-pw", idle_minutes=1)
    idle.reload()
    idle.check()
    assert idle.dialog is None  # input a moment ago
    idle.last_input -= 61
    seen = []

    def unlock(dialog: LockDialog) -> None:
        seen.append(dialog.isModal())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
        dialog.password.setText("lock-pw")
        dialog.try_unlock()

    when_modal(unlock, kind=LockDialog)
    idle.check()
    assert seen == [True] and idle.dialog is None
    idle.stop()
    assert not idle.timer.isActive()
    office.users.set_lock(None)
    idle.check()  # reads no database: still the settings read before (the window reloads them when changed)
    assert idle.settings is not None
