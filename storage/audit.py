"""The append-only audit log: rows of `audit_log`, each carrying the hash of the one before it.

hash = sha256 over the canonical JSON of [at, who, action, detail, prev_hash]; the first entry's prev_hash is
64 zeros. Appending reads the last hash and inserts inside the caller's transaction (a savepoint when one is
open), so an audited write that is rolled back leaves no entry. Triggers (schema v11) refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

from storage.transaction import transaction

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    who: str
    action: str
    detail: str
    prev_hash: str
    hash: str

    def to_dict(self) -> dict:
        return {
            "at": self.at,
            "who": self.who,
            "action": self.action,
            "detail": self.detail,
            "hash": self.hash,
        }


def entry_hash(at: str, who: str, action: str, detail: str, prev_hash: str) -> str:
    canonical = json.dumps([at, who, action, detail, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def has_audit_log(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").fetchone()
    return row is not None


def append(conn: sqlite3.Connection, at: str, who: str, action: str, detail: str) -> AuditEntry:
    """Append one entry after the last one, in the open transaction (or a new one)."""
    with transaction(conn):
        row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        prev_hash = row[0] if row else GENESIS
        digest = entry_hash(at, who, action, detail, prev_hash)
        cursor = conn.execute(
            "INSERT INTO audit_log (at, who, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (at, who, action, detail, prev_hash, digest),
        )
    return AuditEntry(int(cursor.lastrowid or 0), at, who, action, detail, prev_hash, digest)


def entries(
    conn: sqlite3.Connection, action: str | None = None, text: str | None = None, limit: int | None = None
) -> list[AuditEntry]:
    """Entries oldest first; `action` exactly, `text` anywhere in who/action/detail; `limit` keeps the newest."""
    where, params = [], []
    if action:
        where.append("action = ?")
        params.append(action)
    if text:
        where.append("(instr(who, ?) > 0 OR instr(action, ?) > 0 OR instr(detail, ?) > 0)")
        params += [text, text, text]
    sql = "SELECT id, at, who, action, detail, prev_hash, hash FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = conn.execute(sql, params).fetchall()
    return [AuditEntry(*tuple(r)) for r in reversed(rows)]


def all_entries(conn: sqlite3.Connection) -> list[AuditEntry]:
    return entries(conn)


def actions(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]
