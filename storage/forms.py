"""Stored form templates: the original file's hash, its layout and the confirmed column mapping."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FormColumn:
    col: int
    header: str
    field_id: str | None
    confidence: float
    source: str = "auto"  # 'auto' (the program's mapping) or 'clerk' (chosen or corrected by the clerk)


@dataclass
class FormTemplate:
    item_id: int
    sha256: str
    original_name: str
    sheet: str
    entity: str
    title: str
    layout: dict[str, Any]
    created_at: str
    columns: list[FormColumn] = field(default_factory=list)


@dataclass(frozen=True)
class FormSummary:
    """A registered form as the duplicate-request check sees it: the item's facts and its columns."""

    item_id: int
    title: str
    department: str
    department_short: str
    received: str
    doc_no: str
    archived: bool
    sha256: str
    entity: str
    columns: tuple[tuple[str, str | None], ...]  # (header, field id) in column order


class FormRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def save(self, template: FormTemplate) -> None:
        """Insert or replace one template with its columns (the caller holds the transaction)."""
        self.conn.execute("DELETE FROM form_columns WHERE item_id = ?", (template.item_id,))
        self.conn.execute(
            "INSERT OR REPLACE INTO form_templates "
            "(item_id, sha256, original_name, sheet, entity, title, layout_json, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                template.item_id,
                template.sha256,
                template.original_name,
                template.sheet,
                template.entity,
                template.title,
                json.dumps(template.layout, ensure_ascii=False),
                template.created_at,
            ),
        )
        self.conn.executemany(
            "INSERT INTO form_columns (item_id, col, header, field_id, confidence, source) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (template.item_id, c.col, c.header, c.field_id, c.confidence, c.source)
                for c in template.columns
            ],
        )

    def get(self, item_id: int) -> FormTemplate | None:
        row = self.conn.execute("SELECT * FROM form_templates WHERE item_id = ?", (item_id,)).fetchone()
        if row is None:
            return None
        columns = [
            FormColumn(r["col"], r["header"], r["field_id"], r["confidence"], r["source"])
            for r in self.conn.execute(
                "SELECT * FROM form_columns WHERE item_id = ? ORDER BY col", (item_id,)
            )
        ]
        return FormTemplate(
            row["item_id"],
            row["sha256"],
            row["original_name"],
            row["sheet"],
            row["entity"],
            row["title"],
            json.loads(row["layout_json"]),
            row["created_at"],
            columns,
        )

    def items_with_sha(self, sha256: str) -> list[int]:
        rows = self.conn.execute(
            "SELECT item_id FROM form_templates WHERE sha256 = ? ORDER BY item_id", (sha256,)
        )
        return [r[0] for r in rows]

    def summaries(self, item_ids: Iterable[int] | None = None) -> list[FormSummary]:
        """Every registered form (or only `item_ids`) with its item's facts and columns, oldest first."""
        where, params = "", []
        if item_ids is not None:
            params = [int(i) for i in item_ids]
            if not params:
                return []
            where = f"WHERE t.item_id IN ({','.join('?' * len(params))})"
        heads = self.conn.execute(
            "SELECT t.item_id, i.title, d.name, d.short_name, i.received, i.doc_no, i.archived_at, "
            "t.sha256, t.entity FROM form_templates t JOIN items i ON i.id = t.item_id "
            f"JOIN departments d ON d.id = i.department_id {where} ORDER BY i.received, t.item_id",
            params,
        ).fetchall()
        columns: dict[int, list[tuple[str, str | None]]] = {}
        for row in self.conn.execute(
            f"SELECT item_id, header, field_id FROM form_columns {where.replace('t.', '')} "
            "ORDER BY item_id, col",
            params,
        ):
            columns.setdefault(row[0], []).append((row[1], row[2]))
        out = []
        for item_id, title, dept, short, received, doc_no, archived, sha, entity in heads:
            out.append(
                FormSummary(
                    item_id,
                    title,
                    dept,
                    short or "",
                    received or "",
                    doc_no or "",
                    bool(archived),
                    sha,
                    entity,
                    tuple(columns.get(item_id, ())),
                )
            )
        return out
