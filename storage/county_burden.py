"""Read-only: the burden measures (减负监测) each township's current package of a cycle carried.

A township's package carries the period's measures under the manifest key ``burden`` (docs/package-format.md
§11); the county keeps every manifest it imported (``county_packages.manifest``), so the measures are read
from there — only that block and the package's cell totals, not the whole manifest. Nothing here writes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ReceivedMeasures:
    """The current package of one township for a cycle and the measures it carried (None: an older package
    without them)."""

    package_id: int
    office_code: str
    office_name: str
    version: int
    created: str
    burden: dict[str, Any] | None
    cells: dict[str, Any] | None  # the manifest's cell totals of the package's forms


def _object(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def current_measures(conn: sqlite3.Connection, cycle: str) -> list[ReceivedMeasures]:
    """Each township's current (not superseded) package of ``cycle`` with its ``burden`` block, by code."""
    rows = conn.execute(
        "SELECT id, office_code, office_name, version, created, json_extract(manifest, '$.burden'),"
        " json_extract(manifest, '$.cells') FROM county_packages"
        " WHERE cycle = ? AND superseded_by IS NULL ORDER BY office_code",
        (cycle,),
    )
    return [ReceivedMeasures(*r[:5], _object(r[5]), _object(r[6])) for r in rows]
