"""The form whitelist (报表目录/准入清单): `whitelist_forms` and the link `items.whitelist_form` (schema v10).

The county keeps the list; a township holds the copy its configuration package brought. Dates are ISO days
(``valid_until`` inclusive), the due rule is the short text `desktop.county.whitelist` defines.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class WhitelistEntry:
    form_no: str  # 表号, the key
    title: str
    department: str
    issuer: str = ""  # 制表机关
    approval_no: str = ""  # 批准文号
    valid_from: str | None = None
    valid_until: str | None = None
    frequency: str = ""  # 月 / 季 / 半年 / 年 / 一次性
    due_rule: str = ""
    template_sha: str | None = None
    template_name: str | None = None
    updated_at: str = ""

    def to_dict(self) -> dict:
        return {
            "form_no": self.form_no,
            "title": self.title,
            "department": self.department,
            "issuer": self.issuer,
            "approval_no": self.approval_no,
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "frequency": self.frequency,
            "due_rule": self.due_rule,
            "template_sha": self.template_sha,
            "template_name": self.template_name,
            "updated_at": self.updated_at,
        }


_COLUMNS = (
    "form_no, title, department, issuer, approval_no, valid_from, valid_until, frequency, due_rule, "
    "template_sha, template_name, updated_at"
)


def _entry(row: sqlite3.Row | tuple) -> WhitelistEntry:
    return WhitelistEntry(*tuple(row))


class WhitelistRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def all(self) -> list[WhitelistEntry]:
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM whitelist_forms ORDER BY department, form_no")
        return [_entry(r) for r in rows]

    def get(self, form_no: str) -> WhitelistEntry | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM whitelist_forms WHERE form_no = ?", (form_no,)
        ).fetchone()
        return _entry(row) if row else None

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM whitelist_forms").fetchone()[0]

    def save(self, entry: WhitelistEntry) -> None:
        """Insert or replace the entry with this 表号 (the caller holds the transaction)."""
        values = tuple(entry.to_dict().values())
        self.conn.execute(
            f"INSERT INTO whitelist_forms ({_COLUMNS}) VALUES ({', '.join('?' * len(values))}) "
            "ON CONFLICT(form_no) DO UPDATE SET title = excluded.title, department = excluded.department, "
            "issuer = excluded.issuer, approval_no = excluded.approval_no, valid_from = excluded.valid_from, "
            "valid_until = excluded.valid_until, frequency = excluded.frequency, due_rule = excluded.due_rule, "
            "template_sha = excluded.template_sha, template_name = excluded.template_name, "
            "updated_at = excluded.updated_at",
            values,
        )

    def delete(self, form_no: str) -> None:
        self.conn.execute("DELETE FROM whitelist_forms WHERE form_no = ?", (form_no,))

    # --- the link from a registered form ------------------------------------------------
    def link_item(self, item_id: int, form_no: str | None) -> None:
        self.conn.execute("UPDATE items SET whitelist_form = ? WHERE id = ?", (form_no, item_id))

    def item_link(self, item_id: int) -> str | None:
        row = self.conn.execute("SELECT whitelist_form FROM items WHERE id = ?", (item_id,)).fetchone()
        return row[0] if row else None

    def item_links(self, item_ids: list[int] | None = None) -> dict[int, str]:
        """item id → 表号 of every linked item (of `item_ids` when given)."""
        rows = self.conn.execute("SELECT id, whitelist_form FROM items WHERE whitelist_form IS NOT NULL")
        wanted = None if item_ids is None else set(item_ids)
        return {r[0]: r[1] for r in rows if wanted is None or r[0] in wanted}

    def linked_item(self, form_no: str, cycle: str) -> int | None:
        """The item registered for this 表号 in this cycle (set by hand), if any."""
        row = self.conn.execute(
            "SELECT id FROM items WHERE whitelist_form = ? AND cycle = ? ORDER BY id LIMIT 1",
            (form_no, cycle),
        ).fetchone()
        return row[0] if row else None
