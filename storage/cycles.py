"""Named reporting cycles and cycle titles the office set itself, and which package versions went out."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from storage.records import CycleRecord


@dataclass(frozen=True)
class SubmissionRecord:
    """A built version of a cycle's package that went out: copied to a drive (`drive`) or marked (`clerk`)."""

    cycle: str
    version: int
    submitted_at: str
    how: str


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

    # --- 已报送 -----------------------------------------------------------------------------
    def add_submission(self, cycle: str, version: int, now: str, how: str) -> None:
        """Record that `version` went out; a version sent again keeps its first date."""
        self.conn.execute(
            "INSERT OR IGNORE INTO cycle_submissions (cycle, version, submitted_at, how) VALUES (?, ?, ?, ?)",
            (cycle, version, now, how),
        )

    def submissions(self) -> dict[str, SubmissionRecord]:
        """Each cycle's highest version sent."""
        rows = self.conn.execute(
            "SELECT cycle, version, submitted_at, how FROM cycle_submissions AS s"
            " WHERE version = (SELECT MAX(version) FROM cycle_submissions WHERE cycle = s.cycle)"
        )
        return {row[0]: SubmissionRecord(*row) for row in rows}

    def submission(self, cycle: str) -> SubmissionRecord | None:
        row = self.conn.execute(
            "SELECT cycle, version, submitted_at, how FROM cycle_submissions WHERE cycle = ?"
            " ORDER BY version DESC LIMIT 1",
            (cycle,),
        ).fetchone()
        return SubmissionRecord(*row) if row else None
