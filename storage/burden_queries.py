"""Read-only queries behind the burden measures (减负监测): the items received in a period, light rows only.

An item belongs to a period by the day it was received (``substr(received, 1, 10)``, both ends inclusive);
archived items count too — they arrived. Nothing here writes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BurdenRow:
    """What the measures need of one item."""

    id: int
    kind: str
    title: str
    department: str
    received: str
    due: str | None
    status: str
    meeting_start: str | None
    meeting_end: str | None
    principal_required: bool
    report_demand: str | None


_ROWS = """
    SELECT items.id, items.kind, items.title, departments.name, items.received, items.due, items.status,
           items.meeting_start, items.meeting_end, COALESCE(items.principal_required, 0), items.report_demand
    FROM items JOIN departments ON departments.id = items.department_id
    WHERE substr(items.received, 1, 10) BETWEEN ? AND ?
    ORDER BY substr(items.received, 1, 10), items.id
"""


class BurdenQueries:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def received(self, first: str, last: str) -> list[BurdenRow]:
        """Items received from ``first`` to ``last`` (ISO days, inclusive), by day received then id."""
        return [
            BurdenRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]), r[10])
            for r in self.conn.execute(_ROWS, (first, last))
        ]

    def year_earlier(self, first: str, last: str) -> list[tuple[int, str, str]]:
        """(id, kind, month received) of the items received from ``first`` to ``last`` (the same dates a year
        earlier, without loading whole rows)."""
        rows = self.conn.execute(
            "SELECT id, kind, substr(received, 1, 7) FROM items WHERE substr(received, 1, 10) BETWEEN ? AND ?"
            " ORDER BY id",
            (first, last),
        )
        return [(r[0], r[1], r[2]) for r in rows]
