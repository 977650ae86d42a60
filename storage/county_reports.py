"""Read-only queries over what the county received (schema v10): townships, the whitelist, the current package
of each township for a cycle (``superseded_by IS NULL``), its forms and their rows.

Written by the importer (`storage/county.py`); read here for the completeness matrix, the per-department
workbooks, the duplicate-request figures and the county PDF. Nothing in this module writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from storage.whitelist import WhitelistEntry, WhitelistRepository


@dataclass(frozen=True)
class TownshipRow:
    code: str
    name: str


@dataclass(frozen=True)
class ReceivedPackage:
    """The current (not superseded) package of one township for a cycle."""

    id: int
    office_code: str
    office_name: str
    cycle: str
    version: int
    created: str
    imported_at: str
    blob_sha: str
    signer_fingerprint: str


@dataclass(frozen=True)
class ReceivedForm:
    """One form of a current package, with its package's office and times."""

    id: int
    package_id: int
    office_code: str
    office_name: str
    item_key: str
    department: str
    title: str
    entity: str
    field_ids: tuple[str, ...]
    rows: int
    xlsx: str | None
    whitelist_form: str | None
    version: int
    created: str
    imported_at: str
    blob_sha: str


def _field_ids(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return tuple(f for f in str(text or "").split(",") if f)
    return tuple(str(f) for f in value) if isinstance(value, list) else ()


class CountyReports:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def townships(self) -> list[TownshipRow]:
        rows = self.conn.execute("SELECT code, name FROM county_townships ORDER BY code")
        return [TownshipRow(*r) for r in rows]

    def whitelist(self) -> list[WhitelistEntry]:
        """The county's 报表目录/准入清单 (the whitelist's own repository)."""
        return WhitelistRepository(self.conn).all()

    def cycles(self) -> list[str]:
        """Every cycle some package was received for, newest key first."""
        rows = self.conn.execute("SELECT DISTINCT cycle FROM county_packages ORDER BY cycle DESC")
        return [r[0] for r in rows]

    def packages(self, cycle: str) -> list[ReceivedPackage]:
        """The current package of each township that sent one for ``cycle``."""
        rows = self.conn.execute(
            "SELECT id, office_code, office_name, cycle, version, created, imported_at, blob_sha,"
            " signer_fingerprint FROM county_packages WHERE cycle = ? AND superseded_by IS NULL"
            " ORDER BY office_code",
            (cycle,),
        )
        return [ReceivedPackage(*r) for r in rows]

    def forms(self, cycle: str, department: str | None = None) -> list[ReceivedForm]:
        """The forms of the current packages of ``cycle`` (of one department), by township then form."""
        sql = (
            "SELECT f.id, f.package_id, p.office_code, p.office_name, f.item_key, f.department, f.title,"
            " COALESCE(f.entity, ''), f.field_ids, f.rows, f.xlsx, f.whitelist_form, p.version, p.created,"
            " p.imported_at, p.blob_sha FROM county_forms f JOIN county_packages p ON p.id = f.package_id"
            " WHERE p.cycle = ? AND p.superseded_by IS NULL"
        )
        params: tuple[str, ...] = (cycle,)
        if department is not None:
            sql += " AND f.department = ?"
            params += (department,)
        rows = self.conn.execute(sql + " ORDER BY p.office_code, f.id", params)
        return [ReceivedForm(*r[:8], _field_ids(r[8]), *r[9:]) for r in rows]

    def form_history(self, cycle: str) -> list[tuple[str, str, str, str, str | None, str]]:
        """(office code, office name, department, title, 表号, import time) of every form of every version received for
        ``cycle``, superseded ones included: when a form first arrived."""
        rows = self.conn.execute(
            "SELECT p.office_code, p.office_name, f.department, f.title, f.whitelist_form, p.imported_at"
            " FROM county_forms f"
            " JOIN county_packages p ON p.id = f.package_id WHERE p.cycle = ?",
            (cycle,),
        )
        return [tuple(r) for r in rows]

    def rows(self, form_id: int) -> Iterator[list[object]]:
        """The rows of one received form, in order, each a list aligned with the form's field ids."""
        cursor = self.conn.execute(
            "SELECT cells FROM county_rows WHERE form_id = ? ORDER BY row_no", (form_id,)
        )
        for (cells,) in cursor:
            value = json.loads(cells)
            yield value if isinstance(value, list) else []
