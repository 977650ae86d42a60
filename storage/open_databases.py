"""Which database files this process has open, so that nothing else here opens them as plain files.

On POSIX systems closing *any* file descriptor on a file drops every lock the process holds on it
(fcntl locks belong to the process, not the descriptor). If the window's connection loses its locks,
another process may checkpoint and delete the WAL under it, and every later write is lost. So a
database file, its -wal, -shm and -journal are never read with plain file I/O once SQLite has them
open: attachments, templates and returns picked by the clerk are checked here first.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from storage.errors import QT_TRANSLATE_NOOP, StorageError

SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")

_lock = threading.Lock()
_paths: set[str] = set()  # resolved paths of databases opened in this process (kept for its lifetime)
_inodes: set[tuple[int, int]] = set()  # (st_dev, st_ino) of the same files, for hard links and aliases


def register(path: Path) -> None:
    """Remember that SQLite opened `path` in this process. Never forgotten: a connection may linger."""
    resolved = str(Path(path).resolve())
    with _lock:
        _paths.add(resolved)
        try:
            st = os.stat(resolved)
        except OSError:
            return
        _inodes.add((st.st_dev, st.st_ino))


def is_open_database(path: Path | str) -> bool:
    """True when `path` is a database this process opened, or one of its -wal/-shm/-journal files."""
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError):
        return False
    name = str(resolved)
    with _lock:
        if not _paths:
            return False
        if name in _paths:
            return True
        for suffix in SIDE_FILE_SUFFIXES:
            if name.endswith(suffix) and name[: -len(suffix)] in _paths:
                return True
        try:
            st = os.stat(resolved)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in _inodes


def refuse_open_database(path: Path | str) -> None:
    """StorageError when `path` is the office database itself (or one of its side files)."""
    if is_open_database(path):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{path}”是一表通正在使用的数据库文件，不能作为附件、模板或报表打开。"
                "请选择别的文件；备份请用“备份”功能。",
            ),
            path=path,
        )
