"""Registry items: reading with filters and paging, inserting and updating."""

from __future__ import annotations

import sqlite3
from typing import Any

from storage.records import Attachment, CycleDates, Item, ItemFilter

# Columns the service may write; `department` is resolved to department_id by the caller.
WRITABLE = (
    "kind",
    "title",
    "doc_no",
    "received",
    "due",
    "urgency",
    "confidentiality",
    "status",
    "status_before_archive",
    "assignee",
    "notes",
    "meeting_start",
    "meeting_end",
    "place",
    "meeting_format",
    "principal_required",
    "deputy_allowed",
    "report_demand",
    "cycle",
    "updated_at",
    "archived_at",
)

_SELECT = """
    SELECT items.*, departments.name AS department, departments.short_name AS department_short
    FROM items JOIN departments ON departments.id = items.department_id
"""

# Sort keys the list view may ask for, mapped to safe SQL expressions.
SORT_KEYS = {
    "id": "items.id",
    "kind": "items.kind",
    "title": "items.title",
    "department": "departments.name",
    "doc_no": "items.doc_no",
    "received": "items.received",
    "due": "COALESCE(items.due, '9999')",
    "urgency": "CASE items.urgency WHEN '特急' THEN 0 WHEN '加急' THEN 1 ELSE 2 END",
    "status": "items.status",
    "assignee": "items.assignee",
}


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _item(row: sqlite3.Row) -> Item:
    return Item(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        department=row["department"],
        department_short=row["department_short"],
        received=row["received"],
        doc_no=row["doc_no"],
        due=row["due"],
        urgency=row["urgency"],
        confidentiality=row["confidentiality"],
        status=row["status"],
        assignee=row["assignee"],
        notes=row["notes"],
        meeting_start=row["meeting_start"],
        meeting_end=row["meeting_end"],
        place=row["place"],
        meeting_format=row["meeting_format"],
        principal_required=_bool(row["principal_required"]),
        deputy_allowed=_bool(row["deputy_allowed"]),
        report_demand=row["report_demand"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        archived_at=row["archived_at"],
        cycle=row["cycle"],
    )


def _fts_query(text: str) -> str:
    """Quote each word so FTS5 syntax characters in user input are taken literally."""
    words = [w.replace('"', '""') for w in text.split()]
    return " AND ".join(f'"{w}"' for w in words)


def _where(flt: ItemFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not flt.include_archived:
        clauses.append("items.archived_at IS NULL")
    if flt.only_open:
        clauses.append("items.status IN ('待办', '办理中')")
    if flt.kind:
        clauses.append("items.kind = ?")
        params.append(flt.kind)
    if flt.department:
        clauses.append("departments.name = ?")
        params.append(flt.department)
    if flt.status:
        clauses.append("items.status = ?")
        params.append(flt.status)
    if flt.due_from:
        clauses.append("items.due >= ?")
        params.append(flt.due_from)
    if flt.due_to:
        # A due time on the last day still belongs to that day.
        clauses.append("items.due < ?")
        params.append(flt.due_to + "~")
    search = flt.search.strip()
    if search:
        # The trigram index needs 3+ characters per word; shorter words fall back to LIKE.
        if all(len(w) >= 3 for w in search.split()):
            clauses.append("items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(_fts_query(search))
        else:
            for word in search.split():
                clauses.append(
                    "(items.title LIKE ? ESCAPE '\\' OR items.doc_no LIKE ? ESCAPE '\\' "
                    "OR items.notes LIKE ? ESCAPE '\\')"
                )
                escaped = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                params.extend([escaped] * 3)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


class ItemRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, item_id: int) -> Item | None:
        row = self.conn.execute(_SELECT + " WHERE items.id = ?", (item_id,)).fetchone()
        if row is None:
            return None
        item = _item(row)
        item.attachments = self.attachments(item_id)
        return item

    def count(self, flt: ItemFilter) -> int:
        where, params = _where(flt)
        sql = "SELECT COUNT(*) FROM items JOIN departments ON departments.id = items.department_id " + where
        return self.conn.execute(sql, params).fetchone()[0]

    def list(
        self,
        flt: ItemFilter,
        sort: str = "due",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Item]:
        where, params = _where(flt)
        order = SORT_KEYS.get(sort, SORT_KEYS["due"])
        direction = "DESC" if descending else "ASC"
        sql = f"{_SELECT} {where} ORDER BY {order} {direction}, items.id {direction}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        return [_item(r) for r in self.conn.execute(sql, params)]

    def insert(self, values: dict[str, Any], department_id: int, now: str) -> int:
        columns = [c for c in WRITABLE if c in values]
        sql = (
            f"INSERT INTO items ({', '.join(columns)}, department_id, created_at, updated_at) "
            f"VALUES ({', '.join('?' for _ in columns)}, ?, ?, ?)"
        )
        cur = self.conn.execute(sql, [values[c] for c in columns] + [department_id, now, now])
        return int(cur.lastrowid)

    def update(self, item_id: int, values: dict[str, Any], department_id: int | None = None) -> None:
        columns = [c for c in WRITABLE if c in values]
        assignments = [f"{c} = ?" for c in columns]
        params = [values[c] for c in columns]
        if department_id is not None:
            assignments.append("department_id = ?")
            params.append(department_id)
        if not assignments:
            return
        self.conn.execute(f"UPDATE items SET {', '.join(assignments)} WHERE id = ?", [*params, item_id])

    def cycle_dates(self) -> list[CycleDates]:
        """Every item (archived ones too: they were still that cycle's work) with what decides its cycle."""
        rows = self.conn.execute(
            "SELECT id, kind, status, substr(COALESCE(due, received), 1, 10), cycle FROM items ORDER BY id"
        )
        return [CycleDates(*row) for row in rows]

    def by_ids(self, ids: list[int]) -> list[Item]:
        """The items with these ids, by due date (items without one last), then id."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        sql = f"{_SELECT} WHERE items.id IN ({marks}) ORDER BY {SORT_KEYS['due']}, items.id"
        return [_item(r) for r in self.conn.execute(sql, ids)]

    def status_before_archive(self, item_id: int) -> str | None:
        row = self.conn.execute("SELECT status_before_archive FROM items WHERE id = ?", (item_id,)).fetchone()
        return row[0] if row else None

    def delete(self, item_id: int) -> None:
        self.conn.execute("DELETE FROM items WHERE id = ?", (item_id,))

    def find_by_doc_no(self, doc_no: str, exclude_id: int | None = None) -> list[int]:
        rows = self.conn.execute(
            "SELECT id FROM items WHERE doc_no = ? AND doc_no <> '' AND id IS NOT ?", (doc_no, exclude_id)
        )
        return [r[0] for r in rows]

    def attachments(self, item_id: int) -> list[Attachment]:
        rows = self.conn.execute(
            "SELECT id, item_id, sha256, original_name, size, added_at FROM attachments "
            "WHERE item_id = ? ORDER BY id",
            (item_id,),
        )
        return [Attachment(*tuple(r)) for r in rows]

    def add_attachment(self, item_id: int, sha256: str, original_name: str, size: int, now: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO attachments (item_id, sha256, original_name, size, added_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (item_id, sha256, original_name, size, now),
        )
