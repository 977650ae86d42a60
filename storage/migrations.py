"""Forward-only numbered schema migrations, tracked in PRAGMA user_version.

Each step runs inside one transaction together with the version bump; before migrating an
existing database a backup (reason "migration") is written into the backup folder beside it
(storage/backups.py). A database from a newer program is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from storage.backups import create_backup
from storage.errors import QT_TRANSLATE_NOOP, StorageError
from storage.schema import STEPS

Step = Callable[[sqlite3.Connection], None]


def latest_version() -> int:
    """The schema version this program writes."""
    return len(STEPS)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _backup(conn: sqlite3.Connection, path: Path) -> Path:
    """Back the whole database (WAL included) up into its backup folder, reason "migration"."""
    return create_backup(conn, path, "migration", datetime.now()).path


def refuse_newer(conn: sqlite3.Connection, path: Path | None = None) -> int:
    """The database's version; StorageError, before anything is written, if a newer program made it."""
    version = current_version(conn)
    if version > latest_version():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "数据库“{path}”由更新版本的一表通创建（数据格式版本 {found}，本程序支持到 {supported}）。"
                "请升级本程序后再打开，数据没有被改动。",
            ),
            path=path or "",
            found=version,
            supported=latest_version(),
        )
    return version


def migrate(conn: sqlite3.Connection, path: Path | None = None, target: int | None = None) -> Path | None:
    """Bring the schema to `target` (default: latest). Returns the backup file, if one was made."""
    target = latest_version() if target is None else target
    version = refuse_newer(conn, path)
    if version >= target:
        return None
    has_data = version > 0
    backup = _backup(conn, path) if (has_data and path is not None) else None
    for number in range(version + 1, target + 1):
        step = STEPS[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) < number:  # another process may have taken this step meanwhile
                step(conn)
                conn.execute(f"PRAGMA user_version = {number:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return backup
