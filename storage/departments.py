"""The managed list of county bureaus that send work down (来文单位)."""

from __future__ import annotations

import sqlite3

from storage.records import Department

_COLUMNS = "id, name, short_name, active, sort_order"


def _row(row: sqlite3.Row) -> Department:
    return Department(row["id"], row["name"], row["short_name"], bool(row["active"]), row["sort_order"])


class DepartmentRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def list(self, include_inactive: bool = False) -> list[Department]:
        where = "" if include_inactive else "WHERE active = 1"
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM departments {where} ORDER BY sort_order, id")
        return [_row(r) for r in rows]

    def by_name(self, name: str) -> Department | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM departments WHERE name = ? OR (short_name <> '' AND short_name = ?)",
            (name, name),
        ).fetchone()
        return _row(row) if row else None

    def by_id(self, department_id: int) -> Department | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM departments WHERE id = ?", (department_id,)
        ).fetchone()
        return _row(row) if row else None

    def add(self, name: str, short_name: str = "") -> Department:
        order = self.conn.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM departments").fetchone()[0]
        cur = self.conn.execute(
            "INSERT INTO departments (name, short_name, sort_order) VALUES (?, ?, ?)",
            (name, short_name, order),
        )
        return Department(int(cur.lastrowid), name, short_name, True, order)

    def update(self, department_id: int, name: str, short_name: str, active: bool) -> None:
        self.conn.execute(
            "UPDATE departments SET name = ?, short_name = ?, active = ? WHERE id = ?",
            (name, short_name, int(active), department_id),
        )

    def usage_count(self, department_id: int) -> int:
        return self.conn.execute(
            "SELECT COUNT(*) FROM items WHERE department_id = ?", (department_id,)
        ).fetchone()[0]

    def delete(self, department_id: int) -> None:
        self.conn.execute("DELETE FROM departments WHERE id = ?", (department_id,))

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM departments").fetchone()[0]
