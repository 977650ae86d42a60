"""A small builder of what a county has received: rows straight into the v10 county tables (sqlite3), so the
county's outputs (status, extracts, overlaps, PDF) are tested without building and importing real packages."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from storage.transaction import transaction


@dataclass
class FormSpec:
    department: str
    title: str
    field_ids: Sequence[str]
    rows: Sequence[Sequence[object]]
    entity: str = "person"
    whitelist_form: str | None = None
    xlsx: str | None = None


class Received:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def township(self, code: str, name: str) -> None:
        self.conn.execute(
            "INSERT INTO county_townships (code, name, added_at) VALUES (?, ?, '2026-11-01T09:00:00')",
            (code, name),
        )
        self.conn.commit()

    def whitelist(
        self,
        form_no: str,
        title: str,
        department: str,
        frequency: str = "月",
        due_rule: str = "cycle_end+5d",
        template_sha: str | None = None,
        template_name: str | None = None,
        valid_until: str | None = None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO whitelist_forms (form_no, title, department, frequency, due_rule, template_sha,"
            " template_name, valid_until, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-11-01T09:00:00')",
            (form_no, title, department, frequency, due_rule, template_sha, template_name, valid_until),
        )
        self.conn.commit()

    def package(
        self,
        code: str,
        name: str,
        cycle: str,
        forms: Sequence[FormSpec],
        *,
        version: int = 1,
        imported_at: str = "2026-12-03T10:00:00",
        blob_sha: str = "0" * 64,
    ) -> int:
        """Insert one package (superseding the office's earlier version of the cycle) and return its id."""
        with transaction(self.conn):
            return self._package(code, name, cycle, forms, version, imported_at, blob_sha)

    def _package(self, code, name, cycle, forms, version, imported_at, blob_sha) -> int:
        sha = hashlib.sha256(f"{code}{cycle}{version}{imported_at}".encode()).hexdigest()
        cur = self.conn.execute(
            "INSERT INTO county_packages (office_code, office_name, cycle, version, sha256, size, fingerprint,"
            " signer_fingerprint, created, imported_at, blob_sha, manifest)"
            " VALUES (?, ?, ?, ?, ?, 1, 'fp', 'signer', ?, ?, ?, '{}')",
            (code, name, cycle, version, sha, imported_at, imported_at, blob_sha),
        )
        package_id = int(cur.lastrowid)
        self.conn.execute(
            "UPDATE county_packages SET superseded_by = ? WHERE office_code = ? AND cycle = ? AND id != ?"
            " AND superseded_by IS NULL",
            (package_id, code, cycle, package_id),
        )
        for n, form in enumerate(forms, start=1):
            cur = self.conn.execute(
                "INSERT INTO county_forms (package_id, item_key, department, title, entity, field_ids, rows,"
                " xlsx, whitelist_form) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    package_id,
                    str(n),
                    form.department,
                    form.title,
                    form.entity,
                    json.dumps(list(form.field_ids)),
                    len(form.rows),
                    form.xlsx,
                    form.whitelist_form,
                ),
            )
            self.conn.executemany(
                "INSERT INTO county_rows (form_id, row_no, cells) VALUES (?, ?, ?)",
                [
                    (cur.lastrowid, i, json.dumps(list(r), ensure_ascii=False))
                    for i, r in enumerate(form.rows, start=1)
                ],
            )
        return package_id
