"""A full disk, a read-only file or folder, a failing drive: one plain message each, saying what to do.

(And a database kept busy by another program past the busy timeout: rare, but then said plainly too.)

SQLite reports these as SQLITE_FULL, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM or SQLITE_IOERR; files
as OSError with ENOSPC, EACCES, EROFS … `disk_error` turns either into a `StorageError` naming the file or
folder; other errors (a programming mistake, a constraint) are not its business and give None.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from storage.errors import QT_TRANSLATE_NOOP, StorageError

DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "磁盘空间不足，没能写入“{path}”，这次的改动没有保存，已有的数据没有变化。"
    "请清理磁盘（删除不需要的文件或清空回收站）后重试。",
)
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors",
    "没有权限写入“{path}”（文件或文件夹是只读的），这次的改动没有保存，已有的数据没有变化。"
    "请检查这个文件和所在文件夹的权限，或把数据库放到可以写入的文件夹后用 --db 打开。",
)
DRIVE_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "读写“{path}”时出错（{reason}），这次的改动没有保存。请检查磁盘或 U 盘是否已拔出或损坏，然后重试。",
)

BUSY = QT_TRANSLATE_NOOP(
    "errors",
    "数据库“{path}”暂时无法使用：另一个一表通程序正在写入，等了 {seconds} 秒仍未完成。"
    "这次的改动没有保存，请稍后重试；如果一直这样，请关闭其他正在使用它的一表通窗口。",
)

SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = (
    3,
    5,
    6,
    8,
    10,
    13,
    14,
)
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_DRIVE_ERRNOS = {errno.EIO, errno.ENXIO, errno.ENODEV, getattr(errno, "ESTALE", errno.EIO)}


def disk_error(exc: BaseException, path: Path | str | None = None) -> StorageError | None:
    """The plain message for a full disk, a missing permission or a failing drive, or None.

    `path` is the file or folder being written (for SQLite errors: the database); an OSError's own
    file name wins when it has one.
    """
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == SQLITE_FULL:
            return StorageError(DISK_FULL, path=path or "")
        if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
            return StorageError(NO_PERMISSION, path=path or "")
        if code in (SQLITE_BUSY, SQLITE_LOCKED):  # a long write elsewhere outlasted the busy timeout
            from storage.connection import BUSY_TIMEOUT_MS  # that module imports this one

            return StorageError(BUSY, path=path or "", seconds=max(1, round(BUSY_TIMEOUT_MS / 1000)))
        if code == SQLITE_IOERR:  # SQLite says "disk I/O error" when growing -wal or -shm hits ENOSPC
            if _nearly_full(path):
                return StorageError(DISK_FULL, path=path or "")
            return StorageError(DRIVE_FAILED, path=path or "", reason=exc)
        return None
    if isinstance(exc, OSError):
        where = exc.filename or path or ""
        if exc.errno in _FULL_ERRNOS:
            return StorageError(DISK_FULL, path=where)
        if exc.errno in _DENIED_ERRNOS or isinstance(exc, PermissionError):
            return StorageError(NO_PERMISSION, path=where)
        if exc.errno in _DRIVE_ERRNOS:
            if _nearly_full(where):
                return StorageError(DISK_FULL, path=where)
            return StorageError(DRIVE_FAILED, path=where, reason=exc.strerror or exc)
    return None


NEARLY_FULL = 16 << 20
"""Free bytes under which an I/O error is taken for a full disk (SQLite does not always say SQLITE_FULL)."""


def _nearly_full(path: Path | str | None) -> bool:
    if not path:
        return False
    folder = Path(path)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:  # the drive is gone: not a question of space
        return False


def database_path(conn: sqlite3.Connection) -> str:
    """The file of a connection's main database ("" when it cannot be asked)."""
    try:
        for _seq, name, file in conn.execute("PRAGMA database_list"):
            if name == "main":
                return file or ""
    except sqlite3.Error:
        pass
    return ""
