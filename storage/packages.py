"""The history of built submission packages: one row per version, never deleted."""

from __future__ import annotations

import sqlite3

from storage.records import PackageRecord

_COLUMNS = "id, cycle, version, path, sha256, size, fingerprint, forms, rows, built_at, built_by"


class PackageRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(
        self,
        cycle: str,
        version: int,
        path: str,
        sha256: str,
        size: int,
        fingerprint: str,
        forms: int,
        rows: int,
        built_at: str,
        built_by: str = "",
    ) -> PackageRecord:
        cur = self.conn.execute(
            "INSERT INTO packages (cycle, version, path, sha256, size, fingerprint, forms, rows, built_at, built_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cycle, version, path, sha256, size, fingerprint, forms, rows, built_at, built_by),
        )
        return PackageRecord(
            int(cur.lastrowid),
            cycle,
            version,
            path,
            sha256,
            size,
            fingerprint,
            forms,
            rows,
            built_at,
            built_by,
        )

    def history(self, cycle: str | None = None) -> list[PackageRecord]:
        """Every version built (of one cycle, or all), newest first."""
        if cycle is None:
            rows = self.conn.execute(f"SELECT {_COLUMNS} FROM packages ORDER BY built_at DESC, id DESC")
        else:
            rows = self.conn.execute(
                f"SELECT {_COLUMNS} FROM packages WHERE cycle = ? ORDER BY version DESC", (cycle,)
            )
        return [PackageRecord(*row) for row in rows]

    def latest_versions(self) -> dict[str, int]:
        """The highest version built per cycle."""
        rows = self.conn.execute("SELECT cycle, MAX(version) FROM packages GROUP BY cycle")
        return dict(rows.fetchall())
