"""Reading the ledger for the 台账 page: open conflicts, entities by name or key, an entity's fields.

Kept apart from `storage.ledger` (the import's bulk writes); the one write here marks a conflict resolved.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from storage.ledger import EntityRow


@dataclass(frozen=True)
class ConflictRow:
    """Two or more values a return gave for one fact of one entity, with where the return came from."""

    id: int
    import_id: int | None
    entity_id: int
    kind: str
    label: str
    key: str | None
    raw_key: str
    field_id: str
    values: list[dict[str, Any]]  # [{value, row}]
    status: str
    resolved_value: str | None
    file_name: str
    department: str
    created_at: str


_CONFLICT_SELECT = (
    "SELECT c.id, c.import_id, c.entity_id, e.kind, e.label, e.key, e.raw_key, c.field_id, c.values_json, "
    "c.status, c.resolved_value, COALESCE(i.file_name, ''), COALESCE(d.name, ''), c.created_at "
    "FROM ledger_conflicts c JOIN entities e ON e.id = c.entity_id "
    "LEFT JOIN ledger_imports i ON i.id = c.import_id LEFT JOIN departments d ON d.id = i.department_id "
)


def _conflict(row: sqlite3.Row | tuple) -> ConflictRow:
    values = list(row)
    values[8] = json.loads(values[8])
    return ConflictRow(*values)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class LedgerLookup:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # --- conflicts ------------------------------------------------------------------
    def conflicts(self, status: str = "open", limit: int = 1000) -> list[ConflictRow]:
        rows = self.conn.execute(
            _CONFLICT_SELECT + "WHERE c.status = ? ORDER BY c.id LIMIT ?", (status, int(limit))
        )
        return [_conflict(r) for r in rows]

    def conflict(self, conflict_id: int) -> ConflictRow | None:
        row = self.conn.execute(_CONFLICT_SELECT + "WHERE c.id = ?", (int(conflict_id),)).fetchone()
        return _conflict(row) if row else None

    def mark_resolved(self, conflict_id: int, value: str | None, now: str) -> None:
        """The caller holds the write transaction (the value is written to the ledger at the same time)."""
        self.conn.execute(
            "UPDATE ledger_conflicts SET status = 'resolved', resolved_value = ?, resolved_at = ? WHERE id = ?",
            (value, now, int(conflict_id)),
        )

    # --- entities -------------------------------------------------------------------
    def find_entities(self, text: str, limit: int = 50) -> list[EntityRow]:
        """Entities whose name, key or key as written contains `text`; exact matches first."""
        text = "".join(text.split())
        if not text:
            return []
        pattern = _like(text)
        upper = _like(text.upper())
        rows = self.conn.execute(
            "SELECT id, kind, key, raw_key, key_status, label, match_key FROM entities "
            "WHERE label LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\' OR raw_key LIKE ? ESCAPE '\\' "
            "ORDER BY (label = ? OR key = ?) DESC, label, id LIMIT ?",
            (pattern, upper, pattern, text, text.upper(), int(limit)),
        )
        return [EntityRow(*tuple(r)) for r in rows]

    def fields_of(self, entity_id: int) -> list[str]:
        """Fields with a current value for the entity, then fields it has only history for."""
        slots = dict(self.conn.execute("SELECT slot, field_id FROM ledger_slots"))
        fields: list[str] = []
        cursor = self.conn.execute("SELECT * FROM ledger_current WHERE entity_id = ?", (int(entity_id),))
        row = cursor.fetchone()
        if row is not None:
            for (name, *_rest), value in zip(cursor.description, row, strict=True):
                if name.startswith("v") and name[1:].isdigit() and value is not None:
                    field_id = slots.get(int(name[1:]))
                    if field_id:
                        fields.append(field_id)
        older = self.conn.execute(
            "SELECT DISTINCT field_id FROM ledger_history WHERE entity_id = ? ORDER BY field_id",
            (int(entity_id),),
        )
        fields += [f for (f,) in older if f not in fields]
        return fields
