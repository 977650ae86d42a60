"""Clerk accounts (users) and the reviewer's sign-off of a cycle's package version (cycle_reviews), schema v11."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from storage.transaction import transaction


@dataclass(frozen=True)
class UserRecord:
    id: int
    name: str
    role: str
    password_hash: str | None
    created_at: str
    disabled_at: str | None

    def to_dict(self) -> dict[str, object]:
        """What `users list --json` shows: never the password hash, only whether there is one."""
        return {
            "name": self.name,
            "role": self.role,
            "has_password": bool(self.password_hash),
            "created_at": self.created_at,
            "disabled": self.disabled_at is not None,
        }


@dataclass(frozen=True)
class ReviewRecord:
    cycle: str
    version: int
    prepared_by: str
    reviewer: str
    reviewed_at: str
    fingerprint: str

    def to_dict(self) -> dict[str, object]:
        return {
            "cycle": self.cycle,
            "version": self.version,
            "prepared_by": self.prepared_by,
            "reviewer": self.reviewer,
            "reviewed_at": self.reviewed_at,
        }


class UserRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, name: str, role: str, password_hash: str | None, created_at: str) -> UserRecord:
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                (name, role, password_hash, created_at),
            )
        found = self.get(name)
        assert found is not None
        return found

    def get(self, name: str) -> UserRecord | None:
        row = self.conn.execute(
            "SELECT id, name, role, password_hash, created_at, disabled_at FROM users WHERE name = ?", (name,)
        ).fetchone()
        return UserRecord(*row) if row else None

    def has_table(self) -> bool:
        return bool(
            self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'"
            ).fetchone()
        )

    def list(self) -> list[UserRecord]:
        if not self.has_table():
            return []
        rows = self.conn.execute(
            "SELECT id, name, role, password_hash, created_at, disabled_at FROM users ORDER BY id"
        ).fetchall()
        return [UserRecord(*row) for row in rows]

    def count_active(self, role: str | None = None) -> int:
        """Accounts not disabled (of ``role``, if given); 0 in a database older than the users table (an
        office opened read-only is not migrated)."""
        if not self.has_table():
            return 0
        sql = "SELECT count(*) FROM users WHERE disabled_at IS NULL"
        args: tuple[str, ...] = ()
        if role is not None:
            sql, args = sql + " AND role = ?", (role,)
        return self.conn.execute(sql, args).fetchone()[0]

    def disable(self, name: str, disabled_at: str) -> None:
        """Mark the account disabled (it is never deleted: the audit log and sign-offs name it)."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE users SET disabled_at = ? WHERE name = ? AND disabled_at IS NULL", (disabled_at, name)
            )

    def set_password_hash(self, name: str, password_hash: str | None) -> None:
        with transaction(self.conn):
            self.conn.execute("UPDATE users SET password_hash = ? WHERE name = ?", (password_hash, name))

    # --- sign-offs -------------------------------------------------------------------------
    def add_review(self, review: ReviewRecord) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO cycle_reviews (cycle, version, prepared_by, reviewer, reviewed_at, fingerprint) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(cycle, version) DO UPDATE SET "
                "prepared_by = excluded.prepared_by, reviewer = excluded.reviewer, "
                "reviewed_at = excluded.reviewed_at, fingerprint = excluded.fingerprint",
                (
                    review.cycle,
                    review.version,
                    review.prepared_by,
                    review.reviewer,
                    review.reviewed_at,
                    review.fingerprint,
                ),
            )

    def review(self, cycle: str, version: int) -> ReviewRecord | None:
        row = self.conn.execute(
            "SELECT cycle, version, prepared_by, reviewer, reviewed_at, fingerprint FROM cycle_reviews "
            "WHERE cycle = ? AND version = ?",
            (cycle, version),
        ).fetchone()
        return ReviewRecord(*row) if row else None

    def reviews(self, cycle: str | None = None) -> list[ReviewRecord]:
        sql = "SELECT cycle, version, prepared_by, reviewer, reviewed_at, fingerprint FROM cycle_reviews"
        rows = self.conn.execute(
            sql + (" WHERE cycle = ? ORDER BY version DESC" if cycle else " ORDER BY cycle, version DESC"),
            (cycle,) if cycle else (),
        ).fetchall()
        return [ReviewRecord(*row) for row in rows]


LOCK_KEY = "program_lock"


def read_lock(conn: sqlite3.Connection) -> dict | None:
    """The program lock's settings ({"password_hash", "idle_minutes"}), None when there is no lock."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (LOCK_KEY,)).fetchone()
    return json.loads(row[0]) if row else None


def write_lock(conn: sqlite3.Connection, lock: dict | None) -> None:
    with transaction(conn):
        if lock is None:
            conn.execute("DELETE FROM settings WHERE key = ?", (LOCK_KEY,))
        else:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (LOCK_KEY, json.dumps(lock)),
            )
