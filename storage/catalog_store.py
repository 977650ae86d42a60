"""What the office added to the field catalog: synonyms learned from the clerk, custom fields."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class CustomFieldRecord:
    id: str
    entity: str
    name_zh: str
    name_en: str
    type: str
    synonyms: tuple[str, ...]
    department_id: int | None
    created_at: str


class CatalogStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def learned(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for row in self.conn.execute("SELECT field_id, synonym FROM learned_synonyms ORDER BY id"):
            result.setdefault(row["field_id"], []).append(row["synonym"])
        return result

    def learned_entries(self) -> list[tuple[str, str, int | None]]:
        """Every learned synonym as (field_id, synonym, department_id), oldest first."""
        rows = self.conn.execute("SELECT field_id, synonym, department_id FROM learned_synonyms ORDER BY id")
        return [(r["field_id"], r["synonym"], r["department_id"]) for r in rows]

    def add_synonym(self, field_id: str, synonym: str, department_id: int | None, now: str) -> bool:
        """True when the synonym is new."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO learned_synonyms (field_id, synonym, department_id, created_at) VALUES (?, ?, ?, ?)",
            (field_id, synonym, department_id, now),
        )
        return cur.rowcount > 0

    def remove_synonym(self, field_id: str, synonym: str) -> None:
        self.conn.execute(
            "DELETE FROM learned_synonyms WHERE field_id = ? AND synonym = ?", (field_id, synonym)
        )

    def custom_fields(self) -> list[CustomFieldRecord]:
        rows = self.conn.execute("SELECT * FROM custom_fields ORDER BY created_at, id")
        return [
            CustomFieldRecord(
                r["id"],
                r["entity"],
                r["name_zh"],
                r["name_en"],
                r["type"],
                tuple(s for s in r["synonyms"].split("|") if s),
                r["department_id"],
                r["created_at"],
            )
            for r in rows
        ]

    def add_custom_field(self, record: CustomFieldRecord) -> None:
        self.conn.execute(
            "INSERT INTO custom_fields (id, entity, name_zh, name_en, type, synonyms, department_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                record.entity,
                record.name_zh,
                record.name_en,
                record.type,
                "|".join(record.synonyms),
                record.department_id,
                record.created_at,
            ),
        )

    def claim_custom_fields(self, field_ids: set[str], department_id: int) -> None:
        self.conn.executemany(
            "UPDATE custom_fields SET department_id = ? WHERE id = ? AND department_id IS NULL",
            [(department_id, field_id) for field_id in field_ids],
        )
