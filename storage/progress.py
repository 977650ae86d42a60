"""Progress reports (办理进展) of registry items."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from storage.records import ProgressReport

_COLUMNS = "id, item_id, reported_on, text, created_at"


class ProgressRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, item_id: int, reported_on: str, text: str, now: str) -> ProgressReport:
        cur = self.conn.execute(
            "INSERT INTO item_progress (item_id, reported_on, text, created_at) VALUES (?, ?, ?, ?)",
            (item_id, reported_on, text, now),
        )
        return ProgressReport(int(cur.lastrowid), item_id, reported_on, text, now)

    def of_item(self, item_id: int) -> list[ProgressReport]:
        """Oldest first, as a 进展 log reads."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM item_progress WHERE item_id = ? ORDER BY reported_on, id", (item_id,)
        )
        return [ProgressReport(*row) for row in rows]

    def latest(self, item_ids: Iterable[int]) -> dict[int, tuple[int, ProgressReport]]:
        """Per item: how many reports it has and the newest one (items without reports are absent)."""
        ids = list(item_ids)
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.conn.execute(
            f"SELECT {_COLUMNS}, COUNT(*) OVER (PARTITION BY item_id) FROM item_progress "
            f"WHERE item_id IN ({marks}) ORDER BY item_id, reported_on, id",
            ids,
        )
        result: dict[int, tuple[int, ProgressReport]] = {}
        for row in rows:
            result[row[1]] = (row[5], ProgressReport(*row[:5]))  # the last row per item is the newest
        return result
