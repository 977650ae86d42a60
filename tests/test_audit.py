"""The tamper-evident audit log: the chain, `audit list/export`, and `check` finding an edited or deleted entry."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.audit.log import verify_entries
from desktop.office import Office
from storage.audit import GENESIS, entry_hash
from storage.transaction import transaction
from tests.conftest import FIXED_NOW


@pytest.fixture
def logged(db_path: Path) -> Path:
    """An office with three entries."""
    with Office(db_path, clock=lambda: FIXED_NOW) as office:
        office.audit.record("ledger-import", {"file": "花名册.xlsx", "rows": 12}, who="张三")
        office.audit.record("package-build", {"cycle": "2026-11", "version": 1}, who="张三")
        office.audit.record("config-export", {"file": "配置.yibiao-config"}, who="李四")
    return db_path


def _tamper(db_path: Path, sql: str, params: tuple = ()) -> None:
    """What an attacker does with raw sqlite3: drop the guard triggers, change the table, put them back."""
    conn = sqlite3.connect(db_path)
    triggers = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql, params)
    for (trigger_sql,) in triggers:
        conn.execute(trigger_sql)
    conn.commit()
    conn.close()


def test_entries_are_chained(logged: Path):
    with Office(logged) as office:
        rows = office.audit.list()
        assert [r.action for r in rows] == ["ledger-import", "package-build", "config-export"]
        assert rows[0].prev_hash == GENESIS
        assert rows[1].prev_hash == rows[0].hash and rows[2].prev_hash == rows[1].hash
        first = rows[0]
        assert first.hash == entry_hash(first.at, "张三", "ledger-import", first.detail, GENESIS)
        assert json.loads(first.detail) == {"file": "花名册.xlsx", "rows": 12}
        assert first.at == FIXED_NOW.isoformat(timespec="seconds")
        assert office.audit.verify() is None
        assert [r.action for r in office.audit.list(text="李四")] == ["config-export"]
        assert [r.action for r in office.audit.list(limit=1)] == ["config-export"]


def test_the_log_refuses_update_and_delete(logged: Path):
    with Office(logged) as office:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            office.conn.execute("UPDATE audit_log SET who = 'x'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            office.conn.execute("DELETE FROM audit_log")


def test_a_rolled_back_write_leaves_no_entry(logged: Path):
    with Office(logged) as office:
        with pytest.raises(RuntimeError), transaction(office.conn):
            office.audit.record("ledger-import", {"rows": 3})
            raise RuntimeError("the import failed")
        assert len(office.audit.list()) == 3


def test_who_defaults_to_the_os_user(db_path: Path, monkeypatch):
    monkeypatch.setattr("desktop.audit.log.getpass.getuser", lambda: "clerk")
    with Office(db_path) as office:
        assert office.audit.record("config-import", {}).who == "clerk"


def test_audit_list_json_and_export(cli, logged: Path, tmp_path: Path):
    result = cli("audit", "list", "--json")
    assert result.code == 0, result.err
    listed = json.loads(result.out)
    assert [set(e) for e in listed] == [{"at", "who", "action", "detail", "hash"}] * 3
    assert listed[2]["who"] == "李四"
    out = tmp_path / "audit.csv"
    assert cli("audit", "export", "--out", out).code == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["action"] for r in rows] == ["ledger-import", "package-build", "config-export"]
    assert rows[1]["hash"] == listed[1]["hash"]


def test_check_passes_a_sound_chain(cli, logged: Path):
    result = cli("check", "--json")
    assert result.code == 0, result.out
    assert json.loads(result.out)["audit"] == {"ok": True, "broken": None}


def test_check_finds_an_edited_entry(cli, logged: Path):
    _tamper(logged, "UPDATE audit_log SET who = '王五' WHERE action = 'package-build'")
    result = cli("check", "--json")
    assert result.code == 1
    broken = json.loads(result.out)["audit"]["broken"]
    assert broken["action"] == "package-build" and broken["problem"] == "edited"
    human = cli("check")
    assert human.code == 1 and "package-build" in human.out


def test_check_finds_a_deleted_entry(cli, logged: Path):
    _tamper(logged, "DELETE FROM audit_log WHERE action = 'package-build'")
    result = cli("check", "--json")
    assert result.code == 1
    broken = json.loads(result.out)["audit"]["broken"]
    assert broken["action"] == "config-export" and broken["problem"] == "linked"


def test_check_finds_a_forged_entry_with_a_fresh_hash(cli, logged: Path):
    """Editing an entry and recomputing its own hash breaks the link of the next one."""
    with Office(logged) as office:
        first = office.audit.list()[0]
    forged = entry_hash(first.at, "王五", first.action, first.detail, first.prev_hash)
    _tamper(logged, "UPDATE audit_log SET who = '王五', hash = ? WHERE id = ?", (forged, first.id))
    broken = json.loads(cli("check", "--json").out)["audit"]["broken"]
    assert broken["action"] == "package-build" and broken["problem"] == "linked"


def test_reordered_entries_are_found(logged: Path):
    with Office(logged) as office:
        rows = office.audit.list()
    assert verify_entries(rows) is None
    assert verify_entries([rows[1], rows[0], rows[2]]).entry_id == rows[1].id
