"""Opening an office database: pragmas, the SQLite check and the migration ladder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import open_databases
from storage.disk_errors import disk_error
from storage.errors import QT_TRANSLATE_NOOP, StorageError
from storage.migrations import migrate, refuse_newer

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
SQLITE_NOTADB = 26


def _not_sqlite(path: Path) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}”不是本程序的数据库文件（不是 SQLite 格式）。请检查 --db 参数或 YIBIAO_DB 指向的文件。",
        ),
        path=path,
    )


def connect(path: Path | str) -> sqlite3.Connection:
    """Open one connection with the project's pragmas. Each thread opens its own."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def open_database(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) an office database and bring its schema up to date.

    Raises StorageError for a file that is not SQLite or was written by a newer program.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError(QT_TRANSLATE_NOOP("errors", "“{path}”是一个文件夹，不是数据库文件。"), path=path)
    # The header is checked by SQLite itself (SQLITE_NOTADB), never by reading the file here: closing a
    # plain file handle on it would drop the locks of every connection this process holds on it.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(path)
    except (OSError, sqlite3.Error) as exc:  # a read-only folder, a full disk: say so plainly
        raise (disk_error(exc, path) or exc) from exc
    open_databases.register(path)
    try:
        refuse_newer(conn, path)  # switching to WAL rewrites the header: refuse a newer file first
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
            raise _not_sqlite(path) from exc
        if (plain := disk_error(exc, path)) is not None:
            raise plain from exc
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "无法打开数据库“{path}”：{reason}。文件可能已损坏，请用备份恢复。"),
            path=path,
            reason=exc,
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn
