"""One helper for multi-step writes: all of it or none of it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import count

from storage.disk_errors import database_path, disk_error

_savepoint_ids = count(1)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception; nests through savepoints.

    A full disk, a read-only database and a failing drive come out as one `StorageError` saying so
    (storage/disk_errors.py), after the rollback: nothing of the transaction is kept.
    """
    if conn.in_transaction:
        name = f"sp{next(_savepoint_ids)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException as exc:
            if conn.in_transaction:  # SQLite may have rolled back the whole transaction already
                _quietly(conn, f"ROLLBACK TO {name}")
                _quietly(conn, f"RELEASE {name}")
            _raise_plainly(conn, exc)
            raise
        conn.execute(f"RELEASE {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        _raise_plainly(conn, exc)
        raise
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:  # after SQLITE_FULL SQLite may have rolled back by itself
            _quietly(conn, "ROLLBACK")
        _raise_plainly(conn, exc)
        raise


def _quietly(conn: sqlite3.Connection, sql: str) -> None:
    """Roll back without hiding the error that made us roll back."""
    with suppress(sqlite3.Error):
        conn.execute(sql)


def _raise_plainly(conn: sqlite3.Connection, exc: BaseException) -> None:
    if isinstance(exc, sqlite3.Error | OSError):
        plain = disk_error(exc, database_path(conn) if isinstance(exc, sqlite3.Error) else None)
        if plain is not None:
            raise plain from exc
