"""Backups of the office: made before every import, template intake, package build and county
configuration import (`before`), once a day (`daily`), by hand, and as an encrypted copy on a USB drive;
listed with a preview of what each holds; restored into the open database.

Everything goes through SQLite's online backup API (storage/backups.py), never a plain file copy of the
live database. Retention (`prune`, after every new backup): the newest ``backups.keep_last`` (10) plus
the newest backup of each of the last ``backups.keep_days`` (30) days; both are office settings.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.audit import record
from desktop.errors import QT_TRANSLATE_NOOP, StorageError, UserFacingError
from exports.backup.crypto import (
    MIN_PASSPHRASE,
    BackupCryptoError,
    check_passphrase,
    decrypt_file,
    encrypt_file,
)
from exports.backup.crypto import SUFFIX as ENCRYPTED_SUFFIX
from exports.package.atomic_copy import CopyError, CopyResult, copy_verified
from storage import backup_files, open_databases
from storage.backup_files import BackupFile, backups_dir_for
from storage.backups import (
    BackupSummary,
    check_file,
    create_backup,
    read_summary,
    restore_backup,
    summary_of,
)
from storage.connection import connect
from storage.migrations import latest_version, migrate
from storage.settings import SettingsRepository

__all__ = [
    "ENCRYPTED_SUFFIX",
    "MIN_PASSPHRASE",
    "REASONS",
    "BackupFile",
    "BackupService",
    "BackupSummary",
    "CopyResult",
    "RestoreResult",
    "database_problem",
    "newest_good_backup",
    "restore_database",
    "service_for",
]

KEEP_LAST_KEY = "backups.keep_last"
KEEP_DAYS_KEY = "backups.keep_days"
KEEP_LAST, KEEP_DAYS = 10, 30

# Reasons written into backup names (the window shows them translated through the "backups" context).
REASONS = {
    "manual": QT_TRANSLATE_NOOP("backups", "手动备份"),
    "daily": QT_TRANSLATE_NOOP("backups", "每日自动备份"),
    "migration": QT_TRANSLATE_NOOP("backups", "升级数据格式前"),
    "ledger-import": QT_TRANSLATE_NOOP("backups", "导入台账前"),
    "template-import": QT_TRANSLATE_NOOP("backups", "登记报表模板前"),
    "package-build": QT_TRANSLATE_NOOP("backups", "生成报送包前"),
    "config-import": QT_TRANSLATE_NOOP("backups", "导入县级配置前"),
    "county-import": QT_TRANSLATE_NOOP("backups", "导入乡镇报送包前"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "恢复备份前"),
    "usb": QT_TRANSLATE_NOOP("backups", "备份到U盘"),
    "usb-import": QT_TRANSLATE_NOOP("backups", "从U盘还原"),
    "ledger-purge": QT_TRANSLATE_NOOP("backups", "清理过期台账数据前"),
}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    before: BackupFile | None  # the live database as it was, unless it was too damaged to copy
    summary: BackupSummary  # what the database holds now


def _message_error(exc: CopyError | BackupCryptoError) -> UserFacingError:
    """The exports/ message as the core's error, so the CLI and the window report it the same way."""
    return UserFacingError(exc.template, **exc.params)


class BackupService:
    """Backups of the database at `db_path`, made through `conn` (the calling thread's connection)."""

    def __init__(
        self, conn: sqlite3.Connection, db_path: Path, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.conn = conn
        self.db_path = Path(db_path)
        self.folder = backups_dir_for(self.db_path)
        self.settings = SettingsRepository(conn)
        self.clock = clock

    # --- making backups ----------------------------------------------------------------
    def create(self, reason: str = "manual", progress: Progress | None = None) -> BackupFile:
        """A backup now, then the retention applied. Raises StorageError (nothing changed) on failure."""
        made = create_backup(self.conn, self.db_path, reason, self.clock(), progress)
        self.prune()
        return made

    def before(self, reason: str) -> BackupFile:
        """The hook before a large write: ``office.backups.before("config-import")``."""
        return self.create(reason)

    def daily(self) -> BackupFile | None:
        """The day's backup, unless one was already made today (by any reason)."""
        today = self.clock().date()
        if any(b.created.date() == today for b in self.list()):
            return None
        return self.create("daily")

    # --- the list and the retention ----------------------------------------------------
    def list(self) -> list[BackupFile]:
        """Complete backups, newest first."""
        return backup_files.list_backups(self.folder)

    def summary(self, backup: Path) -> BackupSummary:
        return read_summary(Path(backup))

    def retention(self) -> tuple[int, int]:
        """(keep_last, keep_days) from the settings; the defaults when they cannot be read."""
        try:
            keep_last = int(self.settings.get(KEEP_LAST_KEY, KEEP_LAST))
            keep_days = int(self.settings.get(KEEP_DAYS_KEY, KEEP_DAYS))
        except (sqlite3.Error, TypeError, ValueError):
            return KEEP_LAST, KEEP_DAYS
        return max(keep_last, 1), max(keep_days, 0)

    def set_retention(self, keep_last: int, keep_days: int) -> None:
        if keep_last < 1 or keep_days < 0:
            raise UserFacingError(
                QT_TRANSLATE_NOOP("errors", "至少要保留 1 个备份，保留天数不能是负数。"),
            )
        self.settings.set(KEEP_LAST_KEY, int(keep_last))
        self.settings.set(KEEP_DAYS_KEY, int(keep_days))

    def prune(self) -> list[BackupFile]:
        """Delete the backups beyond the retention; returns them."""
        keep_last, keep_days = self.retention()
        gone = backup_files.to_prune(self.list(), self.clock(), keep_last, keep_days)
        for backup in gone:
            backup_files.discard(backup.path)
        return gone

    def newest_good(self) -> tuple[BackupFile, BackupSummary] | None:
        """The newest backup that passes SQLite's quick_check, with its preview."""
        return newest_good_backup(self.db_path)

    # --- restoring --------------------------------------------------------------------
    def restore(self, backup: Path, progress: Progress | None = None) -> RestoreResult:
        """Copy `backup` into the open database (a "before-restore" backup first), then bring an older
        schema up to date. Other connections stay valid and see the restored data."""
        before = restore_backup(
            self.conn, self.db_path, Path(backup), self.clock(), latest_version(), progress
        )
        migrate(self.conn, self.db_path)
        record(self.conn, "backup-restore", {"backup": Path(backup).name})  # into the restored log's chain
        self.prune()
        return RestoreResult(Path(backup), before, summary_of(self.conn))

    # --- the encrypted copy on a USB drive ---------------------------------------------
    def export_encrypted(
        self,
        dest_dir: Path,
        passphrase: str,
        progress: Callable[[int, int, str], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> CopyResult:
        """A fresh backup, encrypted with `passphrase`, copied verified into `dest_dir` (e.g. a USB drive)."""
        tell = progress or (lambda _done, _total, _text: None)
        try:
            check_passphrase(passphrase)
            backup = self.create("usb", lambda done, total: tell(done, total, "backup"))
            name = f"{self.db_path.stem}_{backup.created.strftime(backup_files.STAMP)}{ENCRYPTED_SUFFIX}"
            with tempfile.TemporaryDirectory(dir=self.folder, prefix=backup_files.TEMP_PREFIX) as work:
                sealed = Path(work) / name
                encrypt_file(
                    backup.path, sealed, passphrase, lambda d, t: tell(d, t, "encrypt"), is_cancelled
                )
                copied = copy_verified(
                    sealed, dest_dir, progress=lambda d, t: tell(d, t, "copy"), is_cancelled=is_cancelled
                )
                record(self.conn, "backup-export", {"file": copied.path.name, "to": str(dest_dir)})
                return copied
        except (CopyError, BackupCryptoError) as exc:
            raise _message_error(exc) from exc

    def import_encrypted(
        self,
        sealed: Path,
        passphrase: str,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> BackupFile:
        """Decrypt an encrypted backup into the backup folder (reason "usb-import") without restoring it.

        A wrong passphrase or a damaged file raises UserFacingError and leaves nothing behind."""
        sealed = Path(sealed)
        if not sealed.is_file():
            raise UserFacingError(
                QT_TRANSLATE_NOOP("errors", "找不到备份文件“{path}”，请检查路径。"), path=sealed
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        temp = backup_files.temp_name(self.folder)
        try:
            decrypt_file(sealed, temp, passphrase, progress, is_cancelled)
            problem = check_file(temp)
            if problem != "ok":
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "errors", "加密备份“{name}”里的数据库已损坏（{problem}），不能用来还原。"
                    ),
                    name=sealed.name,
                    problem=problem.splitlines()[0],
                )
            final = backup_files.final_name(self.folder, self.clock(), "usb-import")
            backup_files.put_in_place(temp, final)
        except BackupCryptoError as exc:
            raise _message_error(exc) from exc
        finally:
            backup_files.discard(temp)
        made = backup_files.parse(final)
        assert made is not None
        return made


@contextmanager
def service_for(db_path: Path, clock: Callable[[], datetime] = datetime.now) -> Iterator[BackupService]:
    """A BackupService on a plain connection of its own: no migration, no `Office`, so it works on a
    database too damaged to open normally (and on a path where none exists yet, to restore onto)."""
    conn = connect(db_path)
    open_databases.register(Path(db_path))
    try:
        yield BackupService(conn, Path(db_path), clock)
    finally:
        conn.close()


def restore_database(
    db_path: Path,
    backup: Path,
    clock: Callable[[], datetime] = datetime.now,
    progress: Progress | None = None,
) -> RestoreResult:
    """`BackupService.restore` without an `Office` (a damaged database; a worker thread)."""
    with service_for(db_path, clock) as service:
        return service.restore(backup, progress)


def database_problem(db_path: Path) -> str | None:
    """What SQLite's quick_check finds wrong with the database (read-only), or None when it is sound,
    does not exist yet, or is no database at all and there is no backup to offer (opening it then says
    plainly that it is not a Yibiao database)."""
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    problem = check_file(db_path)
    if problem == "ok":
        return None
    if "not a database" in problem and newest_good_backup(db_path) is None:
        return None
    return problem


def newest_good_backup(db_path: Path) -> tuple[BackupFile, BackupSummary] | None:
    """`BackupService.newest_good` without opening the (possibly damaged) database."""
    for backup in backup_files.list_backups(backups_dir_for(Path(db_path))):
        if check_file(backup.path) == "ok":
            try:
                return backup, read_summary(backup.path)
            except StorageError:
                continue
    return None
