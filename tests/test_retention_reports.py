"""Retention beyond the entities: `ledger purge` scrubs the stored reports of old imports (their notes kept
second phone numbers), removes the old imports' originals from the file store and leaves no purged value in
the database — not in its dump, not in the freed pages of the file."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktop.office import Office
from storage.blobs import store_dir_for
from tests.builders import LI, WANG, ZHANG, write_return

OLD_ROWS = [  # 2019: two cells with a second phone number, which only the import's report keeps
    [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000、13600136222", "是"],
    [2, "李娜", LI, "1990-01-15", "荷花村", "13900139000、13700137111", "否"],
    [3, "王强", WANG, "", "白沙村", "", "是"],
]
NEW_ROWS = [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138001", "是"]]  # 2026: 张伟 again
GONE = [LI, WANG, "13700137111", "13900139000", "13600136222"]  # LI and WANG purged; 张伟's 2nd phone noted


def imports(db_path, tmp_path) -> tuple[str, str]:
    with Office(db_path, clock=lambda: datetime(2019, 6, 1, 9, 0)) as old:
        first = old.ledger.import_file(write_return(tmp_path / "old.xlsx", OLD_ROWS), "县人社局")
        assert len(first.notes) == 2
    with Office(db_path, clock=lambda: datetime(2026, 11, 1, 9, 0)) as new:
        new.ledger.import_file(write_return(tmp_path / "new.xlsx", NEW_ROWS), "县人社局")
        shas = new.conn.execute("SELECT sha256 FROM ledger_imports ORDER BY id").fetchall()
    return shas[0][0], shas[1][0]


def dump_text(db_path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def file_bytes(db_path, tmp_path) -> bytes:
    """Every page of the database, free ones included, through SQLite's backup API (never plain I/O)."""
    copy = tmp_path / "pages.sqlite"
    source, target = sqlite3.connect(db_path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    data = copy.read_bytes()
    copy.unlink()
    return data


def stored(db_path, sha: str):
    return store_dir_for(db_path) / sha[:2] / sha


def test_dry_run_counts_the_reports_and_files_and_changes_nothing(cli, db_path, tmp_path):
    old_sha, new_sha = imports(db_path, tmp_path)
    before = dump_text(db_path)
    assert "13600136222" in before  # the report of 2019 holds 张伟's second phone
    report = cli("ledger", "purge", "--older-than", "5", "--dry-run", "--json")
    assert report.code == 0, report.err
    assert report.data["import_reports"] == 1 and report.data["import_files"] == 1
    assert report.data["kept"] == {"open_conflicts": 0, "packages": 0, "county_packages": 0}
    assert not any(value in report.out for value in GONE)
    assert dump_text(db_path) == before
    assert stored(db_path, old_sha).is_file() and stored(db_path, new_sha).is_file()
    human = cli("ledger", "purge", "--older-than", "5", "--dry-run")
    assert "1 份导入报告的明细" in human.out and "1 个导入原件" in human.out


def test_purge_leaves_no_purged_value_in_the_dump_the_pages_or_the_store(cli, db_path, tmp_path):
    old_sha, new_sha = imports(db_path, tmp_path)
    assert LI.encode() in file_bytes(db_path, tmp_path)
    done = cli("ledger", "purge", "--older-than", "5", "--json")
    assert done.code == 0, done.err
    assert done.data["purged"] and done.data["import_reports"] == 1 and done.data["files_left"] == 0

    text = dump_text(db_path)
    assert ZHANG in text  # 张伟 was recorded in 2026: he stays
    for value in GONE:
        assert value not in text, value
    pages = file_bytes(db_path, tmp_path)  # secure_delete: the freed pages were zeroed
    for value in GONE:
        assert value.encode() not in pages, value

    assert not stored(db_path, old_sha).exists() and stored(db_path, new_sha).is_file()
    with Office(db_path) as office:
        report = office.conn.execute("SELECT report_json FROM ledger_imports WHERE sha256 = ?", (old_sha,))
        kept = report.fetchone()[0]
        assert '"notes": 2' in kept and '"rows": 3' in kept and '"file": "old.xlsx"' in kept
        [entry] = [e for e in office.audit.list() if e.action == "purge"]
        assert '"import_reports": 1' in entry.detail and '"import_files": 1' in entry.detail
    assert cli("check").code == 0
    again = cli("ledger", "purge", "--older-than", "5", "--json")
    assert again.code == 0 and again.data["purged"] is False  # nothing left to do, no second backup


def test_an_old_file_that_is_also_an_attachment_stays(cli, office, db_path, tmp_path):
    old_sha, _ = imports(db_path, tmp_path)
    office.registry.create(
        {
            "kind": "task",
            "title": "花名册核对",
            "department": "县人社局",
            "received": "2026-11-02",
            "due": "2026-12-01",
        },
        [tmp_path / "old.xlsx"],
    )
    done = cli("ledger", "purge", "--older-than", "5", "--json")
    assert done.code == 0, done.err
    assert done.data["import_files"] == 0 and stored(db_path, old_sha).is_file()


def test_a_conflict_resolved_before_the_cutoff_goes_an_open_one_is_kept(cli, db_path, tmp_path):
    twice = [
        [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
        [2, "张伟", ZHANG, "1985-03-02", "白沙村", "13500135333", "是"],  # the same person, another phone
        [3, "李娜", LI, "1990-01-15", "荷花村", "13900139000", "否"],
        [4, "李娜", LI, "1990-01-15", "荷花村", "13900139444", "否"],
    ]
    with Office(db_path, clock=lambda: datetime(2019, 6, 1, 9, 0)) as old:
        old.ledger.import_file(write_return(tmp_path / "twice.xlsx", twice), "县人社局")
        zhang = next(c for c in old.ledger.conflicts() if c.key == ZHANG)
        old.ledger.resolve_conflict(zhang.id, "13800138000")
    with Office(db_path, clock=lambda: datetime(2026, 11, 1, 9, 0)) as new:  # both recorded again
        rows = [twice[0][:5] + ["13800138001", "是"], twice[2]]
        new.ledger.import_file(write_return(tmp_path / "new.xlsx", rows), "县人社局")
    dry = cli("ledger", "purge", "--older-than", "5", "--dry-run", "--json")
    assert dry.data["conflicts_total"] == 1 and dry.data["kept"]["open_conflicts"] == 1
    assert "13500135333" in dump_text(db_path)
    done = cli("ledger", "purge", "--older-than", "5", "--json")
    assert done.code == 0, done.err
    text = dump_text(db_path)
    assert "13500135333" not in text  # 张伟's conflict, decided in 2019, and its history went
    assert "13900139444" in text  # 李娜's is still open: the clerk decides it, retention does not
    assert "1 条未处理的冲突" in cli("ledger", "purge", "--older-than", "5", "--dry-run").out
