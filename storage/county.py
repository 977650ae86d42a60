"""The county's side of the exchange: its townships with their trusted keys, and every package received.

Written by the import (desktop/county/importer.py) one package per transaction; read by the county's reports
(storage/county_reports.py). A package version is never deleted: a newer one sets ``superseded_by`` on the
older ones of the same office and cycle, so "current" is ``superseded_by IS NULL``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat


@dataclass(frozen=True)
class CountyTownship:
    code: str
    name: str
    signing_key: str | None
    key_fingerprint: str | None
    trusted_at: str | None
    added_at: str
    last_cycle: str | None = None
    last_version: int | None = None
    last_imported_at: str | None = None


@dataclass(frozen=True)
class CountyPackage:
    id: int
    office_code: str
    office_name: str
    cycle: str
    version: int
    sha256: str
    size: int
    fingerprint: str
    signer_fingerprint: str
    created: str
    imported_at: str
    blob_sha: str
    superseded_by: int | None


@dataclass(frozen=True)
class NewCountyForm:
    """One form of a package as the import writes it (``field_ids`` and ``rows`` as received)."""

    item_key: str
    department: str
    title: str
    entity: str | None
    field_ids: str  # JSON array
    rows: int
    xlsx: str | None
    whitelist_form: str | None = None


_PACKAGE_COLUMNS = (
    "id, office_code, office_name, cycle, version, sha256, size, fingerprint, signer_fingerprint, created,"
    " imported_at, blob_sha, superseded_by"
)


class CountyRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # --- townships ------------------------------------------------------------------------------
    def townships(self) -> list[CountyTownship]:
        """Every township with its newest current package (cycle, version, when imported), by code."""
        rows = self.conn.execute(
            """
            SELECT t.code, t.name, t.signing_key, t.key_fingerprint, t.trusted_at, t.added_at,
                   p.cycle, p.version, p.imported_at
            FROM county_townships t
            LEFT JOIN county_packages p ON p.id = (
                SELECT id FROM county_packages WHERE office_code = t.code
                ORDER BY imported_at DESC, id DESC LIMIT 1)
            ORDER BY t.code
            """
        )
        return [CountyTownship(*row) for row in rows]

    def township(self, code: str) -> CountyTownship | None:
        row = self.conn.execute(
            "SELECT code, name, signing_key, key_fingerprint, trusted_at, added_at FROM county_townships"
            " WHERE code = ?",
            (code,),
        ).fetchone()
        return CountyTownship(*row) if row else None

    def add_township(self, code: str, name: str, at: str) -> None:
        """Adds the township, or renames it; its key (if any) is kept."""
        self.conn.execute(
            "INSERT INTO county_townships (code, name, added_at) VALUES (?, ?, ?)"
            " ON CONFLICT(code) DO UPDATE SET name = excluded.name",
            (code, name, at),
        )

    def trust_key(self, code: str, name: str, signing_key: str, fingerprint: str, at: str) -> None:
        """Registers ``signing_key`` as the township's key (adding the township when new)."""
        self.conn.execute(
            "INSERT INTO county_townships (code, name, signing_key, key_fingerprint, trusted_at, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(code) DO UPDATE SET signing_key = excluded.signing_key,"
            " key_fingerprint = excluded.key_fingerprint, trusted_at = excluded.trusted_at",
            (code, name, signing_key, fingerprint, at, at),
        )

    # --- packages -------------------------------------------------------------------------------
    def package_by_sha(self, sha256: str) -> CountyPackage | None:
        row = self.conn.execute(
            f"SELECT {_PACKAGE_COLUMNS} FROM county_packages WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return CountyPackage(*row) if row else None

    def package_version(self, office_code: str, cycle: str, version: int) -> CountyPackage | None:
        row = self.conn.execute(
            f"SELECT {_PACKAGE_COLUMNS} FROM county_packages WHERE office_code = ? AND cycle = ? AND version = ?",
            (office_code, cycle, version),
        ).fetchone()
        return CountyPackage(*row) if row else None

    def newest_version(self, office_code: str, cycle: str) -> int | None:
        row = self.conn.execute(
            "SELECT MAX(version) FROM county_packages WHERE office_code = ? AND cycle = ?",
            (office_code, cycle),
        ).fetchone()
        return row[0]

    def packages(self, office_code: str | None = None, cycle: str | None = None) -> list[CountyPackage]:
        """Every version received (of one office and/or cycle), oldest first."""
        where, params = [], []
        if office_code is not None:
            where.append("office_code = ?")
            params.append(office_code)
        if cycle is not None:
            where.append("cycle = ?")
            params.append(cycle)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(
            f"SELECT {_PACKAGE_COLUMNS} FROM county_packages{clause} ORDER BY office_code, cycle, version",
            params,
        )
        return [CountyPackage(*row) for row in rows]

    def add_package(
        self,
        *,
        office_code: str,
        office_name: str,
        cycle: str,
        version: int,
        sha256: str,
        size: int,
        fingerprint: str,
        signer_fingerprint: str,
        created: str,
        imported_at: str,
        blob_sha: str,
        manifest: str,
    ) -> int:
        """Records a received package and marks the older current versions of its office and cycle as
        superseded by it; returns its id. Call inside the import's transaction."""
        cur = self.conn.execute(
            "INSERT INTO county_packages (office_code, office_name, cycle, version, sha256, size, fingerprint,"
            " signer_fingerprint, created, imported_at, blob_sha, manifest)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                office_code,
                office_name,
                cycle,
                version,
                sha256,
                size,
                fingerprint,
                signer_fingerprint,
                created,
                imported_at,
                blob_sha,
                manifest,
            ),
        )
        package_id = int(cur.lastrowid)
        self.conn.execute(
            "UPDATE county_packages SET superseded_by = ? WHERE office_code = ? AND cycle = ? AND version < ?"
            " AND superseded_by IS NULL",
            (package_id, office_code, cycle, version),
        )
        return package_id

    def add_form(self, package_id: int, form: NewCountyForm) -> int:
        cur = self.conn.execute(
            "INSERT INTO county_forms (package_id, item_key, department, title, entity, field_ids, rows, xlsx,"
            " whitelist_form) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                package_id,
                form.item_key,
                form.department,
                form.title,
                form.entity,
                form.field_ids,
                form.rows,
                form.xlsx,
                form.whitelist_form,
            ),
        )
        return int(cur.lastrowid)

    def add_rows(self, form_id: int, chunks: Iterable[Sequence[str]]) -> int:
        """Inserts one row per JSON array, numbered from 1, given in chunks (lists of arrays, so a big form
        never sits in memory whole); returns how many."""
        count = 0
        for chunk in chunks:
            self.conn.executemany(
                "INSERT INTO county_rows (cells, form_id, row_no) VALUES (?, ?, ?)",
                zip(chunk, repeat(form_id), range(count + 1, count + len(chunk) + 1), strict=False),
            )
            count += len(chunk)
        return count

    def set_form_rows(self, form_id: int, rows: int) -> None:
        self.conn.execute("UPDATE county_forms SET rows = ? WHERE id = ?", (rows, form_id))
