"""The program lock: a dialog that only the password closes (Esc, the close button do nothing) and the idle
watch that shows it after the office's idle minutes without a key press or a mouse action."""

from __future__ import annotations

from time import monotonic

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.accounts.fields import password_edit, refusal_label

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockDialog(QDialog):
    """Modal over the window until the right password is typed; `unlocked` then True."""

    def __init__(self, office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.unlocked = False
        self.setWindowTitle(self.tr("一表通已锁定"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.password = password_edit()
        self.password.returnPressed.connect(self.try_unlock)
        self.error = refusal_label()
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("程序已锁定。请输入密码解锁。")))
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.unlock_button)

    def try_unlock(self) -> None:
        if self.office.users.unlock(self.password.text()):
            self.unlocked = True
            self.password.clear()
            self.error.clear()
            self.accept()
            return
        self.password.clear()
        self.error.setText(self.tr("密码不对，请重试。"))

    # Only the password closes it.
    def reject(self) -> None:
        if self.unlocked:
            super().reject()

    def done(self, result: int) -> None:
        if self.unlocked:
            super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.unlocked:
            event.ignore()
            return
        super().closeEvent(event)


class IdleLock(QObject):
    """Watches the application's input; after ``idle_minutes`` (the office's lock settings) without any, shows
    the lock dialog over ``window``. `lock()` locks at once. Nothing happens when the office has no lock."""

    def __init__(self, window: QWidget, office, check_ms: int = 5_000) -> None:
        super().__init__(window)
        self.window, self.office = window, office
        self.last_input = monotonic()
        self.dialog: LockDialog | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.settings = office.users.lock_settings()  # read once: the idle check never touches the database
        self.timer.start(check_ms)

    def reload(self) -> None:
        """Read the lock settings again (after they were changed)."""
        self.settings = self.office.users.lock_settings()

    def stop(self) -> None:
        """Before the office closes: no more checks, no more input watching."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def idle_seconds_allowed(self) -> float | None:
        lock = self.settings
        if not lock or not lock.get("idle_minutes"):
            return None
        return float(lock["idle_minutes"]) * 60

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT and self.dialog is None:
            self.last_input = monotonic()
        return False

    def check(self) -> None:
        allowed = self.idle_seconds_allowed()
        if allowed is not None and self.dialog is None and monotonic() - self.last_input >= allowed:
            self.lock()

    def lock_at_start(self) -> None:
        """The lock at start, unless somebody has just signed in (their password was asked a moment ago)."""
        if self.office.users.current() is None:
            self.lock()

    def lock(self) -> LockDialog | None:
        """Lock now: with a lock password, or with the signed-in account's password (锁定, Ctrl+L)."""
        if self.dialog is not None or not (self.settings is not None or self.office.users.can_lock()):
            return None
        self.dialog = LockDialog(self.office, self.window)
        try:
            self.dialog.exec()
        finally:
            self.dialog = None
            self.last_input = monotonic()
        return None


def reload_idle_lock(window: QWidget, office) -> IdleLock | None:
    """After the lock settings changed: the window's idle watch reads them again (made when it had none), so
    new idle minutes take effect without a restart. None for an office opened read-only (nothing to unlock)."""
    if office.read_only:
        return None
    idle = getattr(window, "idle_lock", None)
    if idle is None:
        idle = window.idle_lock = IdleLock(window, office)
    else:
        idle.reload()
    idle.last_input = monotonic()
    return idle
