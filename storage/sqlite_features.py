"""What the SQLite library this program runs on can do: its version, JSON functions, FTS5 with the
trigram tokenizer (the registry's search). Asked by `yibiao selftest` — a bundle carries its own SQLite."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class SqliteFeatures:
    version: str
    json: bool
    fts5_trigram: bool


def sqlite_features() -> SqliteFeatures:
    """Tried on an in-memory database: nothing is written anywhere."""
    conn = sqlite3.connect(":memory:")
    try:
        json_ok = _works(conn, "SELECT json_extract('{\"a\": 1}', '$.a')")
        fts_ok = _works(conn, "CREATE VIRTUAL TABLE probe USING fts5(body, tokenize = 'trigram')")
        return SqliteFeatures(sqlite3.sqlite_version, json_ok, fts_ok)
    finally:
        conn.close()


def _works(conn: sqlite3.Connection, sql: str) -> bool:
    try:
        conn.execute(sql)
    except sqlite3.Error:
        return False
    return True
