"""Backups made, read and restored through SQLite only (the online backup API).

Never with plain file I/O: on POSIX, closing any descriptor on the live database drops every lock
this process holds on it (see storage/open_databases.py). So:

- `create_backup` copies the live database (its WAL included) page by page into a hidden temporary
  file, switches the copy to a plain rollback journal, closes it, and only then renames it into the
  backup folder (storage/backup_files.py), so a half-written backup never looks complete;
- `read_summary` opens a backup read-only (``file:…?mode=ro``) for the restore preview;
- `restore_backup` first backs the live database up ("before-restore"), then copies the backup INTO
  the live database through SQLite (``backup.backup(live)``): the open connections of the window and of
  other processes stay valid and see the restored data on their next read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from storage import backup_files, open_databases
from storage.backup_files import BackupFile, backups_dir_for
from storage.errors import QT_TRANSLATE_NOOP, StorageError

PAGES_PER_STEP = 4096  # 16 MB of 4 KB pages between progress reports
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the preview before a restore."""

    schema_version: int
    items: int
    persons: int
    entities: int
    forms: int
    packages: int
    latest_change: str  # ISO time of the newest registered item, ledger record or package; "" if none

    def to_dict(self) -> dict:
        return asdict(self)


def _copy(source: sqlite3.Connection, target: sqlite3.Connection, progress: Progress | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    source.backup(target, pages=PAGES_PER_STEP, progress=step)


def create_backup(
    conn: sqlite3.Connection,
    db_path: Path,
    reason: str,
    now: datetime,
    progress: Progress | None = None,
) -> BackupFile:
    """Back the database of `conn` (at `db_path`) up into its backup folder; returns the new backup."""
    folder = backups_dir_for(Path(db_path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        backup_files.clean_stale_temps(folder, now)
        temp = backup_files.temp_name(folder)
        try:
            target = sqlite3.connect(str(temp))
            try:
                _copy(conn, target, progress)
                target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                target.close()
            final = backup_files.final_name(folder, now, reason)
            backup_files.put_in_place(temp, final)
        except BaseException:
            backup_files.discard(temp)
            raise
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "无法写入备份文件夹“{folder}”：{reason}。请检查磁盘空间和权限。"),
            folder=folder,
            reason=exc.strerror or exc,
        ) from exc
    except sqlite3.Error as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "备份没有完成（{reason}）。请检查磁盘空间后再试，数据库没有被改动。"),
            reason=exc,
        ) from exc
    made = backup_files.parse(final)
    assert made is not None  # final_name always makes a name that parses
    return made


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that can change nothing in `path` (and creates no file if it is missing)."""
    uri = "file:" + quote(str(Path(path).resolve())) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def open_read_only_database(path: Path) -> sqlite3.Connection:
    """The office database opened for reading only (a damaged one: nothing may be written into it)."""
    path = Path(path)
    try:
        conn = open_read_only(path)
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "无法打开数据库“{path}”：{reason}。文件可能已损坏，请用备份恢复。"),
            path=path,
            reason=exc,
        ) from exc
    open_databases.register(path)
    return conn


def quick_check(conn: sqlite3.Connection) -> str:
    """``PRAGMA quick_check``: "ok", or the problems SQLite found, one per line."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "\n".join(rows) if rows else "ok"


def check_file(path: Path) -> str:
    """`quick_check` of the database file at `path`, opened read-only: "ok" or the problem."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return quick_check(conn)
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def summary_of(conn: sqlite3.Connection) -> BackupSummary:
    tables = _tables(conn)

    def count(sql: str, table: str) -> int:
        return int(conn.execute(sql).fetchone()[0]) if table in tables else 0

    changes = [
        ("items", "SELECT MAX(updated_at) FROM items"),
        ("ledger_records", "SELECT MAX(recorded_at) FROM ledger_records"),
        ("packages", "SELECT MAX(built_at) FROM packages"),
    ]
    latest = [conn.execute(sql).fetchone()[0] for table, sql in changes if table in tables]
    return BackupSummary(
        schema_version=int(conn.execute("PRAGMA user_version").fetchone()[0]),
        items=count("SELECT COUNT(*) FROM items", "items"),
        persons=count("SELECT COUNT(*) FROM entities WHERE kind = 'person'", "entities"),
        entities=count("SELECT COUNT(*) FROM entities", "entities"),
        forms=count("SELECT COUNT(*) FROM form_templates", "form_templates"),
        packages=count("SELECT COUNT(*) FROM packages", "packages"),
        latest_change=max((str(v) for v in latest if v), default=""),
    )


def _unreadable(path: Path, reason: object) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP("errors", "备份“{path}”无法读取（{reason}），请选择另一个备份。"),
        path=path.name,
        reason=reason,
    )


def read_summary(path: Path) -> BackupSummary:
    """The preview of a backup, read without changing it. StorageError if it is not a readable database."""
    path = Path(path)
    try:
        conn = open_read_only(path)
        try:
            return summary_of(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc


def restore_backup(
    live: sqlite3.Connection,
    db_path: Path,
    backup: Path,
    now: datetime,
    latest_version: int,
    progress: Progress | None = None,
) -> BackupFile | None:
    """Replace the live database's content with `backup`, through SQLite.

    The backup is checked first (quick_check, schema not newer than this program); then the live
    database is backed up ("before-restore"; skipped only when it is too damaged to copy) and the
    backup copied into it. Returns the before-restore backup. The caller migrates an older schema.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise StorageError(QT_TRANSLATE_NOOP("errors", "找不到备份文件“{path}”，请检查路径。"), path=backup)
    try:
        source = open_read_only(backup)
    except sqlite3.Error as exc:
        raise _unreadable(backup, exc) from exc
    try:
        problem = quick_check(source)
        if problem != "ok":
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "备份“{path}”本身已损坏（{problem}），请选择另一个备份。"),
                path=backup.name,
                problem=problem.splitlines()[0],
            )
        try:
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise _unreadable(backup, exc) from exc
        if version > latest_version:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "备份“{path}”由更新版本的一表通创建（数据格式版本 {found}），本程序不能恢复它。"
                    "请升级本程序，数据库没有被改动。",
                ),
                path=backup.name,
                found=version,
            )
        try:
            before = create_backup(live, db_path, "before-restore", now)
        except StorageError:
            if quick_check(live) == "ok":
                raise  # a healthy database that cannot be backed up: restore nothing
            before = None  # the damaged database is what the restore replaces
        try:
            _copy(source, live, progress)
        except sqlite3.Error as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "errors", "恢复没有完成（{reason}）。请关闭其他正在使用这个数据库的一表通窗口后再试。"
                ),
                reason=exc,
            ) from exc
        return before
    finally:
        source.close()
