"""Named reporting cycles and cycle titles the office set itself."""

from __future__ import annotations

import sqlite3

from storage.records import CycleRecord


class CycleRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def all(self) -> list[CycleRecord]:
        rows = self.conn.execute("SELECT key, kind, title, created_at FROM cycles ORDER BY created_at, key")
        return [CycleRecord(*row) for row in rows]

    def get(self, key: str) -> CycleRecord | None:
        row = self.conn.execute(
            "SELECT key, kind, title, created_at FROM cycles WHERE key = ?", (key,)
        ).fetchone()
        return CycleRecord(*row) if row else None

    def add(self, key: str, kind: str, title: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO cycles (key, kind, title, created_at) VALUES (?, ?, ?, ?)", (key, kind, title, now)
        )
