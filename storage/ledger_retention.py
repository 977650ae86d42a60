"""Retention (issue 15): ledger values older than a cut-off date are purged, with a report of what goes.

What goes: every entity (person, household, village, enterprise) whose newest ledger record is older than
the cut-off — its current values, provenance records, history and conflicts with it (ON DELETE CASCADE) —
and, for the entities that stay, history values replaced before the cut-off. The report counts entities per
kind and values per field; it never carries a value.
"""

from __future__ import annotations

import sqlite3

from storage.transaction import transaction

_OLD_ENTITIES = """
    SELECT e.id FROM entities e LEFT JOIN ledger_records r ON r.entity_id = e.id
    GROUP BY e.id HAVING COALESCE(MAX(r.recorded_at), e.created_at) < :cutoff
"""


def _report(conn: sqlite3.Connection, cutoff: str) -> dict:
    conn.execute("DROP TABLE IF EXISTS temp.purge_entities")
    conn.execute("CREATE TEMP TABLE purge_entities (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO temp.purge_entities " + _OLD_ENTITIES, {"cutoff": cutoff})
    kinds = {
        kind: count
        for kind, count in conn.execute(
            "SELECT kind, count(*) FROM entities WHERE id IN (SELECT id FROM temp.purge_entities) "
            "GROUP BY kind ORDER BY kind"
        )
    }
    columns = {row[1] for row in conn.execute("PRAGMA table_info(ledger_current)")}
    values: dict[str, int] = {}
    for field_id, slot in conn.execute(
        "SELECT field_id, slot FROM ledger_slots ORDER BY field_id"
    ).fetchall():
        if f"v{slot}" not in columns:
            continue
        count = conn.execute(
            f"SELECT count(*) FROM ledger_current WHERE v{int(slot)} IS NOT NULL "
            "AND entity_id IN (SELECT id FROM temp.purge_entities)"
        ).fetchone()[0]
        if count:
            values[field_id] = count
    history: dict[str, int] = {
        field_id: count
        for field_id, count in conn.execute(
            "SELECT field_id, count(*) FROM ledger_history WHERE replaced_at < :cutoff "
            "OR entity_id IN (SELECT id FROM temp.purge_entities) GROUP BY field_id ORDER BY field_id",
            {"cutoff": cutoff},
        )
    }
    return {
        "cutoff": cutoff,
        "entities": kinds,
        "entities_total": sum(kinds.values()),
        "values": values,
        "values_total": sum(values.values()),
        "history": history,
        "history_total": sum(history.values()),
    }


def purge_report(conn: sqlite3.Connection, cutoff: str) -> dict:
    """What `purge(conn, cutoff)` would remove; nothing changes."""
    with transaction(conn):
        report = _report(conn, cutoff)
        conn.execute("DROP TABLE temp.purge_entities")
    return report


def purge(conn: sqlite3.Connection, cutoff: str, on_done=None) -> dict:
    """Remove what the report names, in one transaction; ``on_done(report)`` runs inside it (the audit entry)."""
    with transaction(conn):
        report = _report(conn, cutoff)
        conn.execute("DELETE FROM ledger_history WHERE replaced_at < ?", (cutoff,))
        conn.execute("DELETE FROM entities WHERE id IN (SELECT id FROM temp.purge_entities)")
        conn.execute("DROP TABLE temp.purge_entities")
        if on_done is not None:
            on_done(report)
    return report
