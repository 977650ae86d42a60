"""The ledger's tables: entities, the wide table of current values, records, history, conflicts.

Field ids map to numbered slots; slot n is the column pair v<n> (value) and r<n> (the record that
supplied it). A row's `rec` names the record of every value whose r<n> is NULL: an import writes one
record per entity, so it binds that record once per row rather than once per value. Column names are
built only from these integers, never from user text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any


@dataclass(frozen=True)
class EntityRow:
    id: int
    kind: str
    key: str | None
    raw_key: str
    key_status: str
    label: str
    match_key: str | None


@dataclass(frozen=True)
class HistoryRow:
    field_id: str
    value: str | None
    recorded_at: str
    source: str
    file_name: str
    department: str
    source_row: int | None
    entered_by: str
    current: bool


def _v(slot: int) -> str:
    return f"v{int(slot)}"


def _r(slot: int) -> str:
    return f"r{int(slot)}"


def record_of(slot: int, table: str = "") -> str:
    """SQL for the record behind slot's value: its own r<slot>, else the row's rec while it holds a value."""
    n, t = int(slot), f"{table}." if table else ""
    return f"COALESCE({t}r{n}, CASE WHEN {t}v{n} IS NOT NULL THEN {t}rec END)"


_VARIABLES_PER_STATEMENT = 999  # every SQLite build accepts this many ? in one statement


def insert_many(
    conn: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fixed: Mapping[str, Any] | None = None,
) -> None:
    """INSERT rows a few hundred at a time, as one multi-row VALUES statement each.

    `executemany` runs the statement once per row, and each run re-evaluates the table's CHECK
    constraints from scratch (`kind IN (…)` builds a small lookup table every time): for the entities
    and records of a 50,000-row import that costs more than writing the rows. One statement per batch
    evaluates them once per batch. `fixed` gives columns whose value is the same in every row (bound
    once per batch, not once per row). `table` and the column names come from this module, never from
    user text.
    """
    fixed = dict(fixed or {})
    width = len(columns)
    per_batch = max(1, (_VARIABLES_PER_STATEMENT - len(fixed)) // width)
    one = "(" + ",".join("?" * width) + ")"
    names = ", ".join([*columns, *fixed])
    if fixed:  # ?1…?k first: the plain ? of the rows then number on from k + 1
        picked = ", ".join(
            [*(f"column{i}" for i in range(1, width + 1)), *(f"?{i}" for i in range(1, len(fixed) + 1))]
        )
        head = f"INSERT INTO {table} ({names}) SELECT {picked} FROM (VALUES "
        tail = ")"
    else:
        head, tail = f"INSERT INTO {table} ({names}) VALUES ", ""
    first = tuple(fixed.values())
    full_sql = head + ",".join([one] * per_batch) + tail
    iterator = iter(rows)
    while True:
        batch = list(islice(iterator, per_batch))
        if len(batch) == per_batch:
            conn.execute(full_sql, (*first, *chain.from_iterable(batch)))
            continue
        if batch:
            conn.execute(head + ",".join([one] * len(batch)) + tail, (*first, *chain.from_iterable(batch)))
        return


class LedgerRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # --- slots ------------------------------------------------------------------
    def slots(self) -> dict[str, int]:
        return {row[0]: row[1] for row in self.conn.execute("SELECT field_id, slot FROM ledger_slots")}

    def ensure_slots(self, field_ids: Iterable[str]) -> dict[str, int]:
        """Give every field a column pair; the caller holds the write transaction."""
        slots = self.slots()
        next_slot = max(slots.values(), default=0) + 1
        for field_id in field_ids:
            if field_id in slots:
                continue
            self.conn.execute(
                "INSERT INTO ledger_slots (field_id, slot) VALUES (?, ?)", (field_id, next_slot)
            )
            self.conn.execute(f"ALTER TABLE ledger_current ADD COLUMN {_v(next_slot)} TEXT")
            self.conn.execute(f"ALTER TABLE ledger_current ADD COLUMN {_r(next_slot)} INTEGER")
            slots[field_id] = next_slot
            next_slot += 1
        return slots

    # --- entities ---------------------------------------------------------------
    def key_index(self, kind: str) -> dict[str, int]:
        rows = self.conn.execute("SELECT key, id FROM entities WHERE kind = ? AND key IS NOT NULL", (kind,))
        return {key: entity_id for key, entity_id in rows}

    def match_index(self, kind: str) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT match_key, id FROM entities WHERE kind = ? AND match_key IS NOT NULL", (kind,)
        )
        return {key: entity_id for key, entity_id in rows}

    def flagged(self, kind: str) -> list[tuple[int, str, str]]:
        """(id, key as written, label) of entities kept without a valid key."""
        rows = self.conn.execute(
            "SELECT id, raw_key, label FROM entities WHERE kind = ? AND key IS NULL AND raw_key <> ''",
            (kind,),
        )
        return [tuple(r) for r in rows]

    def set_key(self, entity_id: int, key: str) -> None:
        """A flagged entity whose correct key turned up later."""
        self.conn.execute("UPDATE entities SET key = ?, key_status = 'valid' WHERE id = ?", (key, entity_id))

    def labels(self, kind: str) -> dict[int, str]:
        return dict(self.conn.execute("SELECT id, label FROM entities WHERE kind = ?", (kind,)))

    def next_id(self, table: str) -> int:
        assert table in ("entities", "ledger_records", "ledger_imports")
        return int(self.conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])

    def insert_entities(self, rows: Sequence[EntityRow], now: str) -> None:
        self.insert_entity_tuples(
            [(e.id, e.kind, e.key, e.raw_key, e.key_status, e.label, e.match_key, now) for e in rows]
        )

    def insert_entity_tuples(
        self, rows: Iterable[tuple[int, str, str | None, str, str, str, str | None, str]]
    ) -> None:
        """(id, kind, key, raw key, key status, label, match key, created at) — no EntityRow per row."""
        insert_many(
            self.conn,
            "entities",
            ("id", "kind", "key", "raw_key", "key_status", "label", "match_key", "created_at"),
            rows,
        )

    def insert_new_entities(
        self, rows: Iterable[tuple[int, str, str | None, str, str, str, str | None]], created_at: str
    ) -> None:
        """(id, kind, key, raw key, key status, label, match key) of entities made by one import."""
        insert_many(
            self.conn,
            "entities",
            ("id", "kind", "key", "raw_key", "key_status", "label", "match_key"),
            rows,
            {"created_at": created_at},
        )

    def update_entity_labels(self, rows: Iterable[tuple[int, str, str | None]]) -> None:
        """(entity id, label, match key) for entities whose name or match key became known."""
        self.conn.executemany(
            "UPDATE entities SET label = CASE WHEN ? <> '' THEN ? ELSE label END, "
            "match_key = COALESCE(?, match_key) WHERE id = ?",
            [(label, label, match, entity_id) for entity_id, label, match in rows],
        )

    def entity(self, entity_id: int) -> EntityRow | None:
        row = self.conn.execute(
            "SELECT id, kind, key, raw_key, key_status, label, match_key FROM entities WHERE id = ?",
            (entity_id,),
        ).fetchone()
        return EntityRow(*tuple(row)) if row else None

    # --- imports and records ----------------------------------------------------
    def insert_import(self, import_id: int, values: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO ledger_imports (id, item_id, department_id, file_name, sha256, sheet, entity_kind, rows, "
            "report_json, entered_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                import_id,
                values.get("item_id"),
                values.get("department_id"),
                values["file_name"],
                values["sha256"],
                values.get("sheet", ""),
                values["entity_kind"],
                values["rows"],
                json.dumps(values["report"], ensure_ascii=False),
                values.get("entered_by", ""),
                values["created_at"],
            ),
        )

    def insert_records(self, rows: Iterable[tuple[int, int, int | None, int | None, str, str, str]]) -> None:
        """(id, entity_id, import_id, source_row, source, entered_by, recorded_at)."""
        insert_many(
            self.conn,
            "ledger_records",
            ("id", "entity_id", "import_id", "source_row", "source", "entered_by", "recorded_at"),
            rows,
        )

    def insert_import_records(
        self,
        rows: Iterable[tuple[int, int, int | None]],
        import_id: int,
        entered_by: str,
        recorded_at: str,
    ) -> None:
        """(record id, entity id, Excel row) of one import's records: one per entity it touched."""
        insert_many(
            self.conn,
            "ledger_records",
            ("id", "entity_id", "source_row"),
            rows,
            {
                "import_id": import_id,
                "source": "import",
                "entered_by": entered_by,
                "recorded_at": recorded_at,
            },
        )

    # --- current values ---------------------------------------------------------
    def current(
        self, field_ids: Sequence[str], entity_ids: Iterable[int] | None = None
    ) -> dict[int, list[str | None]]:
        """entity id → current values in the order of `field_ids` (None where the ledger has nothing)."""
        slots = self.slots()
        columns = [(_v(slots[f]) if f in slots else "NULL") for f in field_ids]
        select = ", ".join(["entity_id", *columns])
        result: dict[int, list[str | None]] = {}
        if entity_ids is None:
            for row in self.conn.execute(f"SELECT {select} FROM ledger_current"):
                result[row[0]] = list(row[1:])
            return result
        ids = list(entity_ids)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT {select} FROM ledger_current WHERE entity_id IN ({marks})", chunk
            ):
                result[row[0]] = list(row[1:])
        return result

    def insert_current(
        self, field_ids: Sequence[str], rows: Iterable[tuple[int, Sequence[Any], Sequence[Any]]]
    ) -> None:
        """New entities: (entity id, values, record ids) in the order of `field_ids`."""
        slots = self.ensure_slots(field_ids)
        columns = [c for f in field_ids for c in (_v(slots[f]), _r(slots[f]))]
        marks = ",".join("?" * (len(columns) + 1))
        sql = f"INSERT INTO ledger_current (entity_id, {', '.join(columns)}) VALUES ({marks})"
        self.conn.executemany(
            sql,
            (
                (entity_id, *[x for pair in zip(values, records, strict=True) for x in pair])
                for entity_id, values, records in rows
            ),
        )

    def insert_current_columns(
        self,
        field_ids: Sequence[str],
        entity_ids: Sequence[int],
        records: Sequence[int],
        value_columns: Sequence[Sequence[Any]],
    ) -> None:
        """New entities given a column at a time: column i holds field i's values for every entity of
        `entity_ids`, in that order; `records` holds each entity's record, the source of all its values
        (stored once in the row's `rec`; r<slot> stays NULL). The rows are zipped together in C."""
        slots = self.ensure_slots(field_ids)
        columns = ["rec", *(_v(slots[f]) for f in field_ids)]
        marks = ",".join("?" * (len(columns) + 1))
        sql = f"INSERT INTO ledger_current (entity_id, {', '.join(columns)}) VALUES ({marks})"
        self.conn.executemany(sql, zip(entity_ids, records, *value_columns, strict=True))

    def update_current(self, changes: Iterable[tuple[int, str, str | None, int]]) -> None:
        """(entity id, field id, value, record id) for existing rows; one statement per field."""
        by_field: dict[str, list[tuple[str | None, int, int]]] = {}
        for entity_id, field_id, value, record_id in changes:
            by_field.setdefault(field_id, []).append((value, record_id, entity_id))
        slots = self.ensure_slots(by_field)
        for field_id, params in by_field.items():
            slot = slots[field_id]
            self.conn.executemany(
                f"UPDATE ledger_current SET {_v(slot)} = ?, {_r(slot)} = ? WHERE entity_id = ?", params
            )

    def ensure_current_rows(self, entity_ids: Iterable[int]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO ledger_current (entity_id) VALUES (?)", ((i,) for i in entity_ids)
        )

    def record_ids(self, field_ids: Sequence[str], entity_ids: Iterable[int]) -> dict[int, list[int | None]]:
        slots = self.slots()
        columns = [(record_of(slots[f]) if f in slots else "NULL") for f in field_ids]
        result: dict[int, list[int | None]] = {}
        ids = list(entity_ids)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT entity_id, {', '.join(columns)} FROM ledger_current WHERE entity_id IN ({marks})"
            for row in self.conn.execute(sql, chunk):
                result[row[0]] = list(row[1:])
        return result

    def insert_history(self, rows: Iterable[tuple[int, str, str | None, int | None, int, str]]) -> None:
        """(entity id, field id, old value, old record id, replacing record id, replaced at)."""
        self.conn.executemany(
            "INSERT INTO ledger_history (entity_id, field_id, value, record_id, replaced_by, replaced_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )

    def insert_conflicts(
        self, rows: Iterable[tuple[int | None, int, str, list[dict[str, Any]], str]]
    ) -> None:
        """(import id, entity id, field id, the competing values with their rows, created at)."""
        self.conn.executemany(
            "INSERT INTO ledger_conflicts (import_id, entity_id, field_id, values_json, created_at) VALUES (?, ?, ?, ?, ?)",
            [(i, e, f, json.dumps(v, ensure_ascii=False), t) for i, e, f, v, t in rows],
        )

    def history(self, entity_id: int, field_id: str) -> list[HistoryRow]:
        """Every value the ledger has held for one fact, newest first."""
        provenance = (
            "SELECT r.recorded_at, r.source, COALESCE(i.file_name, ''), COALESCE(d.name, ''), r.source_row, "
            "r.entered_by FROM ledger_records r LEFT JOIN ledger_imports i ON i.id = r.import_id "
            "LEFT JOIN departments d ON d.id = i.department_id WHERE r.id = ?"
        )
        rows: list[HistoryRow] = []
        slot = self.slots().get(field_id)
        if slot is not None:
            current = self.conn.execute(
                f"SELECT {_v(slot)}, {record_of(slot)} FROM ledger_current WHERE entity_id = ?", (entity_id,)
            ).fetchone()
            if current and current[1] is not None:
                meta = self.conn.execute(provenance, (current[1],)).fetchone()
                rows.append(HistoryRow(field_id, current[0], *tuple(meta), current=True))
        older = self.conn.execute(
            "SELECT value, record_id FROM ledger_history WHERE entity_id = ? AND field_id = ? ORDER BY id DESC",
            (entity_id, field_id),
        ).fetchall()
        for value, record_id in older:
            meta = self.conn.execute(provenance, (record_id,)).fetchone() or ("", "", "", "", None, "")
            rows.append(HistoryRow(field_id, value, *tuple(meta), current=False))
        return rows

    # --- statistics -------------------------------------------------------------
    def entity_counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT kind, COUNT(*) FROM entities GROUP BY kind"))

    def invalid_key_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM entities WHERE key_status <> 'valid'").fetchone()[0]

    def value_count(self) -> int:
        slots = sorted(self.slots().values())
        if not slots:
            return 0
        total = " + ".join(f"({_v(s)} IS NOT NULL)" for s in slots)
        return int(self.conn.execute(f"SELECT COALESCE(SUM({total}), 0) FROM ledger_current").fetchone()[0])

    def open_conflicts(self) -> list[tuple[int, int, str, list[dict[str, Any]]]]:
        rows = self.conn.execute(
            "SELECT id, entity_id, field_id, values_json FROM ledger_conflicts WHERE status = 'open' ORDER BY id"
        )
        return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]
