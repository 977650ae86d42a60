"""One window per office database: a second start brings the first window forward instead.

The first window of an office takes a `QLockFile` in the user's runtime folder and listens on a
`QLocalServer`, both named by a hash of the resolved database path (and the user). A second start on the
same office finds the lock taken, connects to the server and asks it to raise its window; the first window
answers, and the second start ends. The lock file holds the owner's process id: a lock left by a process
that was killed is stale and removed by the next start (`QLockFile` checks the process, never the age).

Only the window is limited: the command line may read and write while a window runs (SQLite with WAL
and a busy timeout makes that safe).
"""

from __future__ import annotations

import atexit
import getpass
import hashlib
import sys
from pathlib import Path
from urllib.parse import quote, unquote

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDeadlineTimer,
    QDir,
    QLockFile,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

RAISE = b"raise\n"
PING = b"ping\n"
OPEN = b"open "  # + the file's absolute path, percent-encoded UTF-8, + newline: raise, then open the file
ANSWER = b"ok\n"
TIMEOUT_MS = 2000


def instance_key(db_path: Path | str) -> str:
    """A short name for the office: the same for every spelling of the path (links, `..`), per user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in a stripped container
        user = ""
    resolved = str(Path(db_path).expanduser().resolve())
    return "yibiao-" + hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:20]


def lock_dir() -> Path:
    """The user's runtime folder (XDG_RUNTIME_DIR on Linux), else the temporary folder."""
    folder = (
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation) or QDir.tempPath()
    )
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _ask(key: str, message: bytes, timeout_ms: int) -> bool:
    """Send `message` to the window listening on `key`; True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(message)
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        while socket.bytesAvailable() < len(ANSWER):
            if not socket.waitForReadyRead(timeout_ms):
                return False
        return bytes(socket.readAll().data()).startswith(ANSWER)
    finally:
        socket.disconnectFromServer()


def window_running(db_path: Path | str, timeout_ms: int = 500) -> bool:
    """True when a window of this office answers (nothing is raised)."""
    return _ask(instance_key(db_path), PING, timeout_ms)


class SingleInstance(QObject):
    """The claim of one window on one office. Keep it alive as long as the window runs."""

    raise_requested = Signal()
    open_requested = Signal(str)
    """A second start was given a file (`yibiao FILE`): the window opens it (ui/open_file.py)."""

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(db_path)
        self.lock = QLockFile(str(lock_dir() / f"{self.key}.lock"))
        self.lock.setStaleLockTime(0)  # a window runs for hours: stale only when its process is gone
        self.server: QLocalServer | None = None
        self.window: QWidget | None = None
        """The main window, once there is one; a request raises an open modal dialog first."""
        self.raise_requested.connect(lambda: bring_forward(QApplication.activeModalWidget() or self.window))

    def claim(self) -> bool:
        """Take the office for this window. False when another live window has it."""
        if not self.lock.tryLock(200):
            if self.lock.error() != QLockFile.LockError.LockFailedError:
                return self._listen()  # no lock possible here (read-only folder): never block the window
            return False
        return self._listen()

    def _listen(self) -> bool:
        atexit.register(self.release)  # every way out of the window's run, early returns included
        QLocalServer.removeServer(self.key)  # a socket left by a killed window; we hold the lock now
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._answer)
        server.listen(self.key)  # failing to listen only means a second start cannot raise us
        self.server = server
        return True

    def ask_to_raise(self, timeout_ms: int = TIMEOUT_MS, open_path: Path | str | None = None) -> bool:
        """Ask the window that holds the office to come forward (and to open `open_path`). True when it
        answered.

        Tries again for a moment: the first window may have taken the lock and not be listening yet.
        """
        message = RAISE if open_path is None else open_message(open_path)
        deadline = QDeadlineTimer(timeout_ms)
        while True:
            if _ask(self.key, message, max(1, int(deadline.remainingTime()))):
                return True
            if deadline.hasExpired():
                return False
            QThread.msleep(50)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _answer(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        opened = line.startswith(OPEN) and line.endswith(b"\n")
        if line in (RAISE, PING) or opened:
            socket.write(ANSWER)
            socket.flush()
        if line == RAISE or opened:
            self.raise_requested.emit()
        if opened:
            self.open_requested.emit(unquote(line[len(OPEN) : -1].decode("ascii", "replace")))


def open_message(path: Path | str) -> bytes:
    """The request to open `path` (made absolute: the window runs in another folder)."""
    return OPEN + quote(str(Path(path).expanduser().absolute())).encode("ascii") + b"\n"


def bring_forward(window: QWidget | None) -> None:
    """Restore `window` if minimised, raise it and give it the focus."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.setWindowState(
        window.windowState() & ~Qt.WindowState.WindowMinimized | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "app",
    "这个单位的数据库“{path}”已经在另一个一表通窗口中打开。请切换到那个窗口继续工作（同一个单位只能打开一个窗口）。",
)
ALREADY_OPEN_TITLE = QT_TRANSLATE_NOOP("app", "一表通已经打开")
SWITCHED = QT_TRANSLATE_NOOP(
    "app", "这个单位的数据库“{path}”已经在另一个一表通窗口中打开，已切换到那个窗口。"
)


def claim_window(db_path: Path | str, open_path: Path | str | None = None) -> SingleInstance | None:
    """The claim for a new window on `db_path`, or None when another window has the office: that window
    was asked to come forward (and to open `open_path`; a line on stderr says so) or, when it did not
    answer, the clerk is told."""
    instance = SingleInstance(db_path)
    if instance.claim():
        return instance
    translate = QCoreApplication.translate
    if instance.ask_to_raise(open_path=open_path):
        print(translate("app", SWITCHED).format(path=db_path), file=sys.stderr)
    else:
        text = translate("app", ALREADY_OPEN).format(path=db_path)
        print(text, file=sys.stderr)
        QMessageBox.information(None, translate("app", ALREADY_OPEN_TITLE), text)
    return None
