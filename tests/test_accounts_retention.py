"""Retention: `ledger purge --older-than YEARS [--dry-run]` reports what goes (counts, no values), backs up,
removes it in one transaction and records the purge in the audit log."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktop.office import Office
from tests.builders import LI, ROWS, ZHANG, write_return


def two_imports(db_path, tmp_path):
    """Three people imported in 2019; 张伟 imported again in 2026 (the others not since)."""
    with Office(db_path, clock=lambda: datetime(2019, 6, 1, 9, 0)) as old:
        old.ledger.import_file(write_return(tmp_path / "old.xlsx", ROWS), "县人社局")
    again = [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138001", "是"]]
    with Office(db_path, clock=lambda: datetime(2026, 11, 1, 9, 0)) as new:
        new.ledger.import_file(write_return(tmp_path / "new.xlsx", again), "县人社局")


def dump(db_path) -> list:
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_dry_run_reports_and_changes_nothing(cli, db_path, tmp_path):
    two_imports(db_path, tmp_path)
    before = dump(db_path)
    report = cli("ledger", "purge", "--older-than", "5", "--dry-run", "--json")
    assert report.code == 0, report.err
    data = report.data
    assert data["dry_run"] is True and data["purged"] is False
    assert data["entities"] == {"person": 2} and data["entities_total"] == 2
    assert data["values"]["person.id_number"] == 2 and data["values_total"] >= 4
    assert data["history"] == {}  # 张伟's phone of 2019 was current until 2026: younger than the cut-off
    assert LI not in report.out and "13900139000" not in report.out  # counts only, never a value
    assert dump(db_path) == before
    human = cli("ledger", "purge", "--older-than", "5", "--dry-run")
    assert human.code == 0 and "将清理" in human.out and "2 个对象" in human.out


def test_purge_removes_backs_up_and_is_audited(cli, db_path, tmp_path):
    two_imports(db_path, tmp_path)
    done = cli("ledger", "purge", "--older-than", "5", "--json")
    assert done.code == 0, done.err
    assert done.data["purged"] is True and done.data["entities_total"] == 2 and done.data["backup"]
    with Office(db_path) as office:
        people = office.conn.execute("SELECT key FROM entities").fetchall()
        assert [p[0] for p in people] == [ZHANG]
        kept = office.conn.execute("SELECT count(*), min(replaced_at) FROM ledger_history").fetchone()
        assert kept[0] >= 1 and kept[1] >= "2026"  # 张伟's 2019 values replaced in 2026 stay
        assert office.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        [entry] = [e for e in office.audit.list() if e.action == "purge"]
        assert '"person": 2' in entry.detail and LI not in entry.detail
    again = cli("ledger", "purge", "--older-than", "5", "--json")
    assert again.code == 0 and again.data["entities_total"] == 0 and again.data["backup"] is None
    assert cli("check").code == 0


def test_bad_years_is_refused(cli):
    bad = cli("ledger", "purge", "--older-than", "0")
    assert bad.code == 1 and "1 到 100" in bad.err
