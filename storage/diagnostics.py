"""What a database holds, table by table, for `yibiao check`: read through sqlite-utils' introspection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from storage.backups import open_read_only


def table_rows(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (FTS shadow tables left out: they mirror items). Empty if the schema is unreadable."""
    db = sqlite_utils.Database(conn, recursive_triggers=False)  # no PRAGMA written: conn may be read-only
    try:
        names = db.table_names()
        fts = {t for name in db.table_names(fts5=True) for t in db.table_names() if t.startswith(name)}
        return {name: db[name].count for name in sorted(names) if name not in fts}
    except sqlite3.DatabaseError:
        return {}


def table_rows_of(path: Path) -> dict[str, int]:
    """`table_rows` of the database file at `path`, opened read-only."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return {}
    try:
        return table_rows(conn)
    finally:
        conn.close()
