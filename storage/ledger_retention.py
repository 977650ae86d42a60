"""Retention (issue 15): ledger values older than a cut-off date are purged, with a report of what goes.

What goes: every entity (person, household, village, enterprise) whose newest ledger record is older than
the cut-off — its current values, provenance records, history and conflicts with it (ON DELETE CASCADE) —
and, for the entities that stay, history values replaced before the cut-off and conflicts resolved before
it (their competing values are history too). Imports older than the cut-off keep their row (records still
name them) but their stored report is scrubbed: its lists (cells with a second phone number, invalid cells…)
become their counts and the file its name. Their original files in the office's file store go too unless
something newer or something else (an attachment, a template) is the same file — `import_files` lists
them; the caller, which knows the store, removes them after the purge committed.

The purge runs with ``secure_delete`` on, so the freed pages are zeroed rather than left readable in the
database file, and checkpoints the WAL afterwards. The report counts entities per kind and values per
field, and what is kept on purpose: open conflicts (the clerk still has to decide them), built packages and
packages received by a county before the cut-off (official records: their files are never changed here).
It never carries a value.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import suppress
from typing import Any

from storage.transaction import transaction

_OLD_ENTITIES = """
    SELECT e.id FROM entities e LEFT JOIN ledger_records r ON r.entity_id = e.id
    GROUP BY e.id HAVING COALESCE(MAX(r.recorded_at), e.created_at) < :cutoff
"""
_OLD_CONFLICTS = """
    SELECT id FROM ledger_conflicts WHERE entity_id NOT IN (SELECT id FROM temp.purge_entities)
    AND status = 'resolved' AND COALESCE(resolved_at, created_at) < :cutoff
"""
# Every column that names a file of the store (storage/blobs.py) besides the ledger imports' own.
_OTHER_FILES = """
    SELECT sha256 FROM attachments UNION SELECT sha256 FROM form_templates
    UNION SELECT template_sha FROM whitelist_forms WHERE template_sha IS NOT NULL
    UNION SELECT blob_sha FROM county_packages
"""


def scrub_report(data: Any) -> Any:
    """A stored import report without values: every list becomes its length (the counts stay), dicts are
    scrubbed alike, and ``file`` keeps only the file's name (the path can name the clerk's folders)."""
    if isinstance(data, list):
        return len(data)
    if isinstance(data, dict):
        scrubbed = {key: scrub_report(value) for key, value in data.items()}
        if isinstance(scrubbed.get("file"), str):
            scrubbed["file"] = re.split(r"[\\/]", scrubbed["file"])[-1]
        return scrubbed
    return data


def _reports_to_scrub(conn: sqlite3.Connection, cutoff: str) -> list[tuple[int, str]]:
    """(import id, scrubbed report JSON) of the imports before the cut-off whose report still holds more."""
    changed = []
    for import_id, text in conn.execute(
        "SELECT id, report_json FROM ledger_imports WHERE created_at < ? ORDER BY id", (cutoff,)
    ):
        try:
            data = json.loads(text)
        except ValueError:
            data = {}  # not JSON: nothing in it can be trusted to be free of values
        scrubbed = json.dumps(scrub_report(data), ensure_ascii=False)
        if scrubbed != text:
            changed.append((import_id, scrubbed))
    return changed


def import_files(conn: sqlite3.Connection, cutoff: str) -> list[str]:
    """The stored originals (sha256) of imports before the cut-off that nothing newer or else refers to."""
    return [
        sha
        for (sha,) in conn.execute(
            "SELECT DISTINCT sha256 FROM ledger_imports WHERE created_at < :cutoff AND sha256 NOT IN "
            "(SELECT sha256 FROM ledger_imports WHERE created_at >= :cutoff) AND sha256 NOT IN ("
            + _OTHER_FILES
            + ") ORDER BY sha256",
            {"cutoff": cutoff},
        )
    ]


def _count(conn: sqlite3.Connection, sql: str, cutoff: str) -> int:
    return conn.execute(sql, {"cutoff": cutoff}).fetchone()[0]


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
    kept = {
        "open_conflicts": _count(
            conn,
            "SELECT count(*) FROM ledger_conflicts WHERE status = 'open' AND created_at < :cutoff "
            "AND entity_id NOT IN (SELECT id FROM temp.purge_entities)",
            cutoff,
        ),
        "packages": _count(conn, "SELECT count(*) FROM packages WHERE built_at < :cutoff", cutoff),
        "county_packages": _count(
            conn, "SELECT count(*) FROM county_packages WHERE imported_at < :cutoff", cutoff
        ),
    }
    return {
        "cutoff": cutoff,
        "entities": kinds,
        "entities_total": sum(kinds.values()),
        "values": values,
        "values_total": sum(values.values()),
        "history": history,
        "history_total": sum(history.values()),
        "conflicts_total": _count(
            conn,
            "SELECT count(*) FROM ledger_conflicts WHERE entity_id IN (SELECT id FROM temp.purge_entities) "
            "OR id IN (" + _OLD_CONFLICTS + ")",
            cutoff,
        ),
        "import_reports": len(_reports_to_scrub(conn, cutoff)),
        "kept": kept,
    }


def has_work(report: dict) -> bool:
    """Whether a purge with this report would change anything."""
    keys = ("entities_total", "history_total", "conflicts_total", "import_reports")
    return any(report[key] for key in keys)


def purge_report(conn: sqlite3.Connection, cutoff: str) -> dict:
    """What `purge(conn, cutoff)` would remove; nothing changes."""
    with transaction(conn):
        report = _report(conn, cutoff)
        conn.execute("DROP TABLE temp.purge_entities")
    return report


def purge(conn: sqlite3.Connection, cutoff: str, on_done=None) -> dict:
    """Remove what the report names, in one transaction; ``on_done(report)`` runs inside it (the audit entry;
    the caller's count of `import_files` still in the store can go into the report there)."""
    secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")  # freed pages zeroed: no value left readable in the file
    try:
        with transaction(conn):
            report = _report(conn, cutoff)
            conn.executemany(
                "UPDATE ledger_imports SET report_json = ? WHERE id = ?",
                [(scrubbed, import_id) for import_id, scrubbed in _reports_to_scrub(conn, cutoff)],
            )
            conn.execute(
                "DELETE FROM ledger_conflicts WHERE id IN (" + _OLD_CONFLICTS + ")", {"cutoff": cutoff}
            )
            conn.execute("DELETE FROM ledger_history WHERE replaced_at < ?", (cutoff,))
            conn.execute("DELETE FROM entities WHERE id IN (SELECT id FROM temp.purge_entities)")
            conn.execute("DROP TABLE temp.purge_entities")
            if on_done is not None:
                on_done(report)
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(secure)}")
    with suppress(sqlite3.Error):  # the old pages' copies in the WAL: best effort while others read
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return report
