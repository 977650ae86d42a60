"""Read-side queries over the ledger for coverage and the fill-in grid: one scan, counts per field.

Scopes are (field id, allowed values) pairs applied to the wide table; freshness compares the
``recorded_at`` of the record behind a value with a cutoff date, joined only for fields that have a
rule. Column names are built from slot integers only, never from user text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storage.ledger import LedgerRepository, record_of

Scope = Sequence[tuple[str, Sequence[str]]]
"""(field id, values): the entity's current value of the field must be one of the values."""


@dataclass(frozen=True)
class CellCounts:
    entities: int
    filled: list[int]
    fresh: list[int]


@dataclass(frozen=True)
class GridLine:
    """One entity of the fill-in grid: values in the order asked, and recorded_at of dated fields."""

    entity_id: int
    label: str
    key: str | None
    raw_key: str
    values: list[str | None]
    recorded_at: list[str | None]


def _alias(slot: int) -> str:
    return f"r{int(slot)}"


class CoverageRepository:
    def __init__(self, ledger: LedgerRepository) -> None:
        self.ledger = ledger
        self.conn = ledger.conn

    # --- building blocks ----------------------------------------------------------
    def _where(self, slots: Mapping[str, int], kind: str, scope: Scope) -> tuple[list[str], list[object]]:
        where, params = ["e.kind = ?"], [kind]
        for field_id, values in scope:
            slot = slots.get(field_id)
            if slot is None or not values:
                where.append("0")  # nothing in the ledger has this field yet: nobody is in scope
                continue
            where.append(f"c.v{int(slot)} IN ({','.join('?' * len(values))})")
            params.extend(values)
        return where, params

    def _joins(self, slots: Mapping[str, int], dated: Sequence[str]) -> str:
        joins = []
        for field_id in dated:
            slot = slots.get(field_id)
            if slot is not None:
                a = _alias(slot)
                joins.append(f"LEFT JOIN ledger_records {a} ON {a}.id = {record_of(slot, 'c')}")
        return " ".join(joins)

    def _incomplete(
        self, slots: Mapping[str, int], field_ids: Sequence[str], fresh_since: Mapping[str, str]
    ) -> tuple[str, list[object]]:
        """A condition true for entities with at least one empty or stale cell among the fields."""
        terms: list[str] = []
        params: list[object] = []
        for field_id in field_ids:
            slot = slots.get(field_id)
            if slot is None:
                return "1", []
            terms.append(f"c.v{int(slot)} IS NULL")
            if field_id in fresh_since:
                terms.append(f"{_alias(slot)}.recorded_at < ?")
                params.append(fresh_since[field_id])
        return ("(" + " OR ".join(terms) + ")" if terms else "0"), params

    # --- coverage -----------------------------------------------------------------
    def count_cells(
        self, kind: str, field_ids: Sequence[str], scope: Scope, fresh_since: Mapping[str, str]
    ) -> CellCounts:
        """Entities in scope, and per field the cells holding a value and those recorded since the cutoff.

        One scan of the wide table; fields without a freshness rule count every value as fresh.
        """
        slots = self.ledger.slots()
        select = ["COUNT(*)"]
        select_params: list[object] = []
        dated = [f for f in field_ids if f in fresh_since and f in slots]
        for field_id in field_ids:
            slot = slots.get(field_id)
            select.append(f"COUNT(c.v{int(slot)})" if slot is not None else "0")
        for field_id in dated:
            slot = slots[field_id]
            select.append(f"COALESCE(SUM(c.v{int(slot)} IS NOT NULL AND {_alias(slot)}.recorded_at >= ?), 0)")
            select_params.append(fresh_since[field_id])
        where, params = self._where(slots, kind, scope)
        sql = (
            f"SELECT {', '.join(select)} FROM entities e LEFT JOIN ledger_current c ON c.entity_id = e.id "
            f"{self._joins(slots, dated)} WHERE {' AND '.join(where)}"
        )
        row = self.conn.execute(sql, [*select_params, *params]).fetchone()
        entities = int(row[0])
        filled = [int(n) for n in row[1 : 1 + len(field_ids)]]
        fresh_of = dict(zip(dated, (int(n) for n in row[1 + len(field_ids) :]), strict=True))
        fresh = [fresh_of.get(f, n) for f, n in zip(field_ids, filled, strict=True)]
        return CellCounts(entities, filled, fresh)

    def count_entities(
        self,
        kind: str,
        scope: Scope,
        incomplete_of: Sequence[str] = (),
        fresh_since: Mapping[str, str] | None = None,
    ) -> int:
        """Entities in scope; with `incomplete_of`, only those missing (or holding stale) one of these fields."""
        slots = self.ledger.slots()
        fresh_since = fresh_since or {}
        where, params = self._where(slots, kind, scope)
        joins = ""
        if incomplete_of:
            condition, extra = self._incomplete(slots, incomplete_of, fresh_since)
            where.append(condition)
            params.extend(extra)
            joins = self._joins(slots, [f for f in incomplete_of if f in fresh_since])
        sql = (
            "SELECT COUNT(*) FROM entities e LEFT JOIN ledger_current c ON c.entity_id = e.id "
            f"{joins} WHERE {' AND '.join(where)}"
        )
        return int(self.conn.execute(sql, params).fetchone()[0])

    def grid_lines(
        self,
        kind: str,
        field_ids: Sequence[str],
        scope: Scope,
        after_id: int,
        limit: int,
        fresh_since: Mapping[str, str],
        only_incomplete: bool = False,
    ) -> list[GridLine]:
        """The next `limit` entities after `after_id` (keyset paging: as fast on the last page as the first)."""
        slots = self.ledger.slots()
        dated = [f for f in field_ids if f in fresh_since and f in slots]
        values = [(f"c.v{int(slots[f])}" if f in slots else "NULL") for f in field_ids]
        stamps = [(f"{_alias(slots[f])}.recorded_at" if f in dated else "NULL") for f in field_ids]
        where, params = self._where(slots, kind, scope)
        where.append("e.id > ?")
        params.append(after_id)
        if only_incomplete:
            condition, extra = self._incomplete(slots, field_ids, fresh_since)
            where.append(condition)
            params.extend(extra)
        columns = ", ".join(["e.id", "e.label", "e.key", "e.raw_key", *values, *stamps])
        sql = (
            f"SELECT {columns} FROM entities e LEFT JOIN ledger_current c ON c.entity_id = e.id "
            f"{self._joins(slots, dated)} WHERE {' AND '.join(where)} ORDER BY e.id LIMIT ?"
        )
        n = len(field_ids)
        return [
            GridLine(row[0], row[1], row[2], row[3], list(row[4 : 4 + n]), list(row[4 + n : 4 + 2 * n]))
            for row in self.conn.execute(sql, [*params, int(limit)])
        ]

    def distinct_values(self, kind: str, field_id: str, limit: int = 500) -> list[tuple[str, int]]:
        """(value, number of entities) of one field, most frequent first — for scope pickers."""
        slot = self.ledger.slots().get(field_id)
        if slot is None:
            return []
        v = f"c.v{int(slot)}"
        sql = (
            f"SELECT {v}, COUNT(*) FROM ledger_current c JOIN entities e ON e.id = c.entity_id "
            f"WHERE e.kind = ? AND {v} IS NOT NULL GROUP BY {v} ORDER BY COUNT(*) DESC, {v} LIMIT ?"
        )
        return [(row[0], int(row[1])) for row in self.conn.execute(sql, (kind, int(limit)))]

    # --- entries ------------------------------------------------------------------
    def entry_count(self, kinds: Sequence[str], since: str) -> int:
        """Facts typed by hand (one 'entry' record per fact) on entities of these kinds since `since`."""
        if not kinds:
            return 0
        marks = ",".join("?" * len(kinds))
        sql = (
            "SELECT COUNT(*) FROM ledger_records r JOIN entities e ON e.id = r.entity_id "
            f"WHERE r.source = 'entry' AND r.recorded_at >= ? AND e.kind IN ({marks})"
        )
        return int(self.conn.execute(sql, (since, *kinds)).fetchone()[0])

    def entity_with_key(self, kind: str, key: str) -> int | None:
        row = self.conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return int(row[0]) if row else None

    def record_dates(self, record_ids: Sequence[int]) -> dict[int, str]:
        ids = [int(i) for i in record_ids]
        result: dict[int, str] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, recorded_at FROM ledger_records WHERE id IN ({marks})"
            result.update((row[0], row[1]) for row in self.conn.execute(sql, chunk))
        return result
