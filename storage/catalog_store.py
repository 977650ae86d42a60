"""What the office added to the field catalog: synonyms learned from the clerk, custom fields, and the
headers the clerk marked as not a field.

A "not a field" decision is a row of ``learned_synonyms`` whose ``field_id`` is ``NOT_A_FIELD`` followed by
the department id (empty for none): the same table, so it is kept, backed up and exported like the
synonyms, and the UNIQUE (field_id, synonym) key keeps one decision per wording and department.
"""

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


NOT_A_FIELD = "!not-a-field:"


def _not_a_field_key(department_id: int | None) -> str:
    return f"{NOT_A_FIELD}{department_id or ''}"


class CatalogStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def learned(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        rows = self.conn.execute(
            "SELECT field_id, synonym FROM learned_synonyms WHERE substr(field_id, 1, ?) != ? ORDER BY id",
            (len(NOT_A_FIELD), NOT_A_FIELD),
        )
        for row in rows:
            result.setdefault(row["field_id"], []).append(row["synonym"])
        return result

    def learned_entries(self) -> list[tuple[str, str, int | None]]:
        """Every learned synonym as (field_id, synonym, department_id), oldest first."""
        rows = self.conn.execute(
            "SELECT field_id, synonym, department_id FROM learned_synonyms"
            " WHERE substr(field_id, 1, ?) != ? ORDER BY id",
            (len(NOT_A_FIELD), NOT_A_FIELD),
        )
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

    def not_fields(self) -> list[tuple[str, int | None]]:
        """Every header wording marked as not a field, as (wording, department_id), oldest first."""
        rows = self.conn.execute(
            "SELECT synonym, department_id FROM learned_synonyms WHERE substr(field_id, 1, ?) = ? ORDER BY id",
            (len(NOT_A_FIELD), NOT_A_FIELD),
        )
        return [(r["synonym"], r["department_id"]) for r in rows]

    def add_not_field(self, wording: str, department_id: int | None, now: str) -> bool:
        """Remember that `wording` is not a field for `department_id`; True when it was new."""
        return self.add_synonym(_not_a_field_key(department_id), wording, department_id, now)

    def remove_not_field(self, wording: str, department_id: int | None) -> None:
        self.remove_synonym(_not_a_field_key(department_id), wording)

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
