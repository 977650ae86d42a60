"""Read-only: the township keys the county trusts (table county_townships), for checking who signed a package.

The county's import (storage/county.py) writes that table; this module only reads it, so that
`package verify` at the county can tell a trusted township's key from an unknown or changed one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class KnownTownship:
    code: str
    name: str
    key_fingerprint: str | None
    trusted: bool


def known_townships(conn: sqlite3.Connection) -> list[KnownTownship]:
    """Every township the county knows, with its registered key fingerprint and whether it is trusted."""
    try:
        rows = conn.execute(
            "SELECT code, name, key_fingerprint, trusted_at FROM county_townships ORDER BY code"
        ).fetchall()
    except sqlite3.OperationalError:  # a database older than schema v10 (opened read-only): none known
        return []
    return [KnownTownship(r[0], r[1], r[2], r[3] is not None) for r in rows]
