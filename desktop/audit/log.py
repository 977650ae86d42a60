"""Recording audited actions and verifying the chain of their hashes.

Services that do an audited write call `record(conn, action, detail)` inside the transaction of that write: the
entry is committed with it or rolled back with it. The office's `AuditLog` (Office.audit) registers itself for
its connection, so that the entry carries the office's clock and the signed-in user; a connection without one
(a service used on its own) still records, with the current time and the OS user name.

Details name what was done (ids, counts, file names), never a personal data value.
"""

from __future__ import annotations

import csv
import getpass
import json
import sqlite3
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from storage import audit as store
from storage.audit import AuditEntry

_logs: weakref.WeakValueDictionary[int, AuditLog] = weakref.WeakValueDictionary()


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: record the entry all the same
        return ""


def _detail_text(detail: Any) -> str:
    if isinstance(detail, str):
        return detail
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)


@dataclass(frozen=True)
class ChainBreak:
    """The first entry where the chain no longer holds."""

    entry_id: int
    at: str
    action: str
    problem: str  # "edited" (its hash does not match its content) or "linked" (an entry before it went/came)

    def to_dict(self) -> dict:
        return {"id": self.entry_id, "at": self.at, "action": self.action, "problem": self.problem}


def verify_entries(rows: list[AuditEntry]) -> ChainBreak | None:
    expected = store.GENESIS
    for row in rows:
        if row.prev_hash != expected:
            return ChainBreak(row.id, row.at, row.action, "linked")
        if store.entry_hash(row.at, row.who, row.action, row.detail, row.prev_hash) != row.hash:
            return ChainBreak(row.id, row.at, row.action, "edited")
        expected = row.hash
    return None


def verify_connection(conn: sqlite3.Connection) -> ChainBreak | None:
    """The first broken entry of the log on `conn`, or None when the chain holds (or there is no log)."""
    if not store.has_audit_log(conn):
        return None
    return verify_entries(store.all_entries(conn))


class AuditLog:
    def __init__(
        self, conn: sqlite3.Connection, clock: Callable[[], datetime] = datetime.now, who=None
    ) -> None:
        self.conn = conn
        self.clock = clock
        # who signed in (accounts, issue 15 N2) — until someone signs in, the OS user name
        self.who: Callable[[], str | None] = who or (lambda: None)
        _logs[id(conn)] = self

    def current_user(self) -> str:
        return self.who() or os_user()

    def record(self, action: str, detail: Any = "", who: str | None = None) -> AuditEntry:
        at = self.clock().isoformat(timespec="seconds")
        return store.append(self.conn, at, who or self.current_user(), action, _detail_text(detail))

    def verify(self) -> ChainBreak | None:
        return verify_connection(self.conn)

    def list(self, action: str | None = None, text: str | None = None, limit: int | None = None):
        return store.entries(self.conn, action, text, limit)

    def actions(self) -> list[str]:
        return store.actions(self.conn)

    def export_csv(self, out: Path, rows: list[AuditEntry] | None = None) -> int:
        """Write the entries (all, or `rows`) as CSV with a header; the number written."""
        rows = self.list() if rows is None else rows
        out = Path(out)
        tmp = out.with_name(out.name + ".part")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "at", "who", "action", "detail", "prev_hash", "hash"])
            for r in rows:
                writer.writerow([r.id, r.at, r.who, r.action, r.detail, r.prev_hash, r.hash])
        tmp.replace(out)
        return len(rows)


def record(
    conn: sqlite3.Connection, action: str, detail: Any = "", who: str | None = None
) -> AuditEntry | None:
    """Record `action` on `conn` in the open transaction; through the office's AuditLog when there is one."""
    log = _logs.get(id(conn))
    if log is None:
        log = AuditLog(conn)
    if not store.has_audit_log(conn):
        return None  # a database not yet at schema v11 (opened read-only): nothing to record into
    return log.record(action, detail, who)
