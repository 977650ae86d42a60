"""The backup folder beside an office database: names, listing, retention. No SQLite here.

Backups live in ``<db stem>_backups/`` as ``20261203-124501_ledger-import.sqlite3`` (local time, then
the reason). A backup is written under a hidden temporary name and renamed into place only when
SQLite has finished it (storage/backups.py), so a name that parses is always a complete file.
This module never opens a database file: it names, lists, renames and deletes closed backup files.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

SUFFIX = ".sqlite3"
TEMP_PREFIX = ".partial-"
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(\d{8}-\d{6})(?:-(\d+))?_([a-z0-9-]+)\.sqlite3$")
_REASON = re.compile(r"[^a-z0-9-]+")
STALE_TEMP = timedelta(days=1)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime
    reason: str
    size: int

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
        }


def backups_dir_for(db_path: Path) -> Path:
    """The folder of `db_path`'s backups, beside it like the file store and the packages."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + "_backups")


def clean_reason(reason: str) -> str:
    return _REASON.sub("-", reason.lower()).strip("-") or "manual"


def final_name(folder: Path, created: datetime, reason: str) -> Path:
    """A name whose time is not yet taken: later backups in the same second get -2, -3 … (kept in order)."""
    stamp, reason = created.strftime(STAMP), clean_reason(reason)
    taken = {b.created for b in list_backups(folder) if b.created.strftime(STAMP) == stamp}
    if not taken:
        return folder / f"{stamp}_{reason}{SUFFIX}"
    number = max(t.microsecond for t in taken) + 1
    return folder / f"{stamp}-{max(number, 2)}_{reason}{SUFFIX}"


def temp_name(folder: Path) -> Path:
    """A hidden name that never parses as a backup: what a crash mid-backup leaves is ignored."""
    return folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}{SUFFIX}"


def parse(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match.group(1), STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    if match.group(2):
        created = created.replace(microsecond=int(match.group(2)))  # keeps same-second backups in order
    return BackupFile(path, created, match.group(3), size)


def list_backups(folder: Path) -> list[BackupFile]:
    """Complete backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [b for b in (parse(p) for p in folder.iterdir() if p.is_file()) if b is not None]
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def put_in_place(temp: Path, final: Path) -> None:
    """Rename a finished backup into place and make the rename durable."""
    os.replace(temp, final)
    try:
        fd = os.open(final.parent, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its file systems commit the rename themselves
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def discard(path: Path) -> None:
    path.unlink(missing_ok=True)


def clean_stale_temps(folder: Path, now: datetime) -> None:
    """Remove temporary files a crash left behind (older than a day: a running backup is never touched)."""
    if not folder.is_dir():
        return
    for path in folder.glob(f"{TEMP_PREFIX}*"):
        try:
            if now.timestamp() - path.stat().st_mtime > STALE_TEMP.total_seconds():
                if path.is_dir():  # the work folder of an encrypted copy
                    shutil.rmtree(path)
                else:
                    path.unlink()
        except OSError:
            pass


def to_prune(backups: list[BackupFile], now: datetime, keep_last: int, keep_days: int) -> list[BackupFile]:
    """Backups beyond the retention: keep the newest `keep_last`, plus the newest one of each of the
    last `keep_days` days (today included). Everything else goes."""
    ordered = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for b in ordered[: max(keep_last, 0)]}
    first_day = (now - timedelta(days=max(keep_days, 0) - 1)).date() if keep_days > 0 else None
    seen_days: set = set()
    for backup in ordered:
        day = backup.created.date()
        if first_day is not None and first_day <= day <= now.date() and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
    return [b for b in ordered if b.path not in keep]
