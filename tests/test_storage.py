"""Storage: opening, migrating, refusing foreign or newer files, transactions and the file store."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from storage import migrations
from storage.backup_files import backups_dir_for, list_backups
from storage.backups import read_summary
from storage.blobs import BlobStore, sha256_of, store_dir_for
from storage.connection import SQLITE_HEADER, connect, open_database
from storage.errors import StorageError
from storage.items import ItemRepository
from storage.records import ItemFilter
from storage.schema import STEPS, v2_attachments_and_search
from storage.settings import SettingsRepository
from storage.transaction import transaction

LATEST = migrations.latest_version()
FTS_VERSION = STEPS.index(v2_attachments_and_search) + 1


def seed_v1(conn: sqlite3.Connection) -> None:
    """Rows as a version-1 program wrote them, with its own SQL."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('office_profile', '{\"name\": \"白沙镇人民政府\"}')"
    )
    conn.execute(
        "INSERT INTO departments (id, name, short_name) VALUES (1, '县人力资源和社会保障局', '县人社局')"
    )
    conn.execute("INSERT INTO departments (id, name, short_name) VALUES (2, '县医疗保障局', '县医保局')")
    rows = [
        (
            1,
            "task",
            "关于开展2027年度城乡居民医保集中参保缴费工作的通知",
            2,
            "县医保发〔2026〕31号",
            "2026-10-09",
        ),
        (2, "form", "关于报送第三季度就业困难人员台账的通知", 1, "县人社函〔2026〕57号", "2026-10-12"),
        (3, "meeting", "关于召开全县社会保险业务培训会的通知", 1, "", "2026-11-02"),
    ]
    for item_id, kind, title, dept, doc_no, received in rows:
        conn.execute(
            "INSERT INTO items (id, kind, title, department_id, doc_no, received, notes, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '纸质原件存档', ?, ?)",
            (item_id, kind, title, dept, doc_no, received, received, received),
        )


# Data to insert at each version; a version without its own seeder uses the nearest older one.
SEEDERS: dict[int, Callable[[sqlite3.Connection], None]] = {1: seed_v1}


def seeder_for(version: int) -> Callable[[sqlite3.Connection], None]:
    return SEEDERS[max(v for v in SEEDERS if v <= version)]


def item_rows(conn: sqlite3.Connection) -> list[tuple]:
    return [
        tuple(r)
        for r in conn.execute("SELECT id, kind, title, department_id, doc_no, received, notes FROM items")
    ]


def migration_backups(db_path: Path) -> list[Path]:
    """The migration backups in the office's backup folder (storage/backup_files.py)."""
    return [b.path for b in list_backups(backups_dir_for(db_path)) if b.reason == "migration"]


def make_old_database(path: Path, version: int) -> list[tuple]:
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    assert migrations.migrate(conn, path, target=version) is None  # a new file needs no backup
    assert migrations.current_version(conn) == version
    with transaction(conn):
        seeder_for(version)(conn)
    rows = item_rows(conn)
    conn.close()
    return rows


# ---------------------------------------------------------------- opening and migrating


def test_fresh_database_reaches_latest_version(db_path: Path):
    conn = open_database(db_path)
    try:
        assert LATEST == len(STEPS) >= 2
        assert migrations.current_version(conn) == LATEST
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"settings", "departments", "items", "attachments", "items_fts"} <= names
    finally:
        conn.close()
    assert not migration_backups(db_path)  # nothing to back up in a new file
    again = open_database(db_path)  # reopening an up-to-date file changes nothing
    assert migrations.current_version(again) == LATEST
    again.close()
    assert not migration_backups(db_path)


def test_empty_file_is_treated_as_new(db_path: Path):
    db_path.write_bytes(b"")
    conn = open_database(db_path)
    assert migrations.current_version(conn) == LATEST
    conn.close()


@pytest.mark.parametrize("version", range(1, LATEST))
def test_upgrade_from_every_earlier_version(db_path: Path, version: int):
    before = make_old_database(db_path, version)
    assert len(before) == 3

    conn = open_database(db_path)
    try:
        assert migrations.current_version(conn) == LATEST
        assert item_rows(conn) == before
        assert SettingsRepository(conn).get("office_profile") == {"name": "白沙镇人民政府"}
        # Rows that existed before the search index was added are found through it.
        repo = ItemRepository(conn)
        assert [i.id for i in repo.list(ItemFilter(search="参保缴费"))] == [1]
        assert [i.id for i in repo.list(ItemFilter(search="县人社函"))] == [2]
        assert {i.id for i in repo.list(ItemFilter(search="纸质原件"))} == {1, 2, 3}
        fts = conn.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH '\"业务培训\"'").fetchall()
        assert [r[0] for r in fts] == [3]
    finally:
        conn.close()

    backups = migration_backups(db_path)
    assert len(backups) == 1
    assert backups[0].read_bytes().startswith(SQLITE_HEADER)
    assert read_summary(backups[0]).schema_version == version
    old = sqlite3.connect(backups[0])
    try:
        assert migrations.current_version(old) == version
        assert item_rows(old) == before
        has_fts = old.execute("SELECT 1 FROM sqlite_master WHERE name = 'items_fts'").fetchone() is not None
        assert has_fts == (version >= FTS_VERSION)
    finally:
        old.close()


def test_failed_step_leaves_the_previous_version(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    make_old_database(db_path, LATEST)

    def broken_step(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("DELETE FROM items")
        raise sqlite3.OperationalError("step failed halfway")

    monkeypatch.setattr(migrations, "STEPS", [*STEPS, broken_step])
    with pytest.raises(StorageError, match="step failed halfway"):
        open_database(db_path)
    monkeypatch.undo()
    conn = open_database(db_path)
    try:
        assert migrations.current_version(conn) == LATEST
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
        assert len(item_rows(conn)) == 3
    finally:
        conn.close()
    assert len(migration_backups(db_path)) == 1  # the backup was taken before the step


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_newer_database_is_refused_and_left_byte_identical(db_path: Path, journal: str):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES ('written by version 99')")
    conn.commit()
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(StorageError) as refused:
        open_database(db_path)
    message = str(refused.value)
    assert str(LATEST + 1) in message and str(LATEST) in message and "升级" in message
    assert db_path.read_bytes() == before
    assert not migration_backups(db_path)


def test_migrate_refuses_newer_version_directly(tmp_path: Path):
    conn = sqlite3.connect(":memory:")
    conn.execute(f"PRAGMA user_version = {LATEST + 3}")
    with pytest.raises(StorageError):
        migrations.migrate(conn, tmp_path / "x.sqlite3")
    assert migrations.current_version(conn) == LATEST + 3


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04 this is a zip, not a database" * 50,
        "收文登记簿\n".encode() * 100,
        SQLITE_HEADER + b"\xff" * 4000,
    ],
    ids=["zip", "text", "damaged-sqlite"],
)
def test_foreign_or_damaged_file_is_refused_untouched(db_path: Path, content: bytes):
    db_path.write_bytes(content)
    with pytest.raises(StorageError) as refused:
        open_database(db_path)
    assert str(db_path) in str(refused.value)
    assert db_path.read_bytes() == content
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_directory_is_refused(tmp_path: Path):
    with pytest.raises(StorageError, match="文件夹"):
        open_database(tmp_path)


def test_wal_mode_and_foreign_keys(db_path: Path):
    conn = open_database(db_path)
    other = connect(db_path)  # a worker thread's own connection gets the same pragmas
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        for c in (conn, other):
            assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            other.execute(
                "INSERT INTO items (kind, title, department_id, received, created_at, updated_at) "
                "VALUES ('task', '无主事项', 999, '2026-11-25', 'x', 'x')"
            )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO items (kind, title, department_id, received, created_at, updated_at) "
                "VALUES ('memo', '类别不对', 1, '2026-11-25', 'x', 'x')"
            )
    finally:
        other.close()
        conn.close()


def test_settings_round_trip_json(db_path: Path):
    conn = open_database(db_path)
    settings = SettingsRepository(conn)
    assert settings.get("missing", "默认") == "默认"
    settings.set("profile", {"name": "白沙镇人民政府", "codes": [1, 2]})
    settings.set("profile", {"name": "河口乡人民政府"})
    assert settings.get("profile") == {"name": "河口乡人民政府"}
    assert "河口乡" in conn.execute("SELECT value FROM settings").fetchone()[0]  # stored readable
    conn.close()


# ---------------------------------------------------------------- transactions


@pytest.fixture
def conn(db_path: Path):
    opened = open_database(db_path)
    opened.execute("CREATE TABLE t (x TEXT)")
    yield opened
    opened.close()


def values(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT x FROM t ORDER BY rowid")]


def test_transaction_commits(conn: sqlite3.Connection):
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES ('a')")
        assert conn.in_transaction
    assert not conn.in_transaction
    assert values(conn) == ["a"]


def test_transaction_rolls_back_on_error(conn: sqlite3.Connection):
    with pytest.raises(ValueError), transaction(conn):
        conn.execute("INSERT INTO t VALUES ('a')")
        raise ValueError("boom")
    assert not conn.in_transaction
    assert values(conn) == []


def test_inner_failure_rolls_back_only_the_savepoint(conn: sqlite3.Connection):
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES ('outer')")
        with pytest.raises(KeyError), transaction(conn):
            conn.execute("INSERT INTO t VALUES ('inner')")
            with transaction(conn):
                conn.execute("INSERT INTO t VALUES ('innermost')")
            raise KeyError("inner fails")
        assert conn.in_transaction
        conn.execute("INSERT INTO t VALUES ('after')")
    assert values(conn) == ["outer", "after"]


def test_uncaught_inner_failure_rolls_back_everything(conn: sqlite3.Connection):
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO t VALUES ('outer')")
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES ('inner')")
        raise RuntimeError("after the savepoint was released")
    assert values(conn) == []
    with transaction(conn):  # the connection is usable afterwards
        conn.execute("INSERT INTO t VALUES ('again')")
    assert values(conn) == ["again"]


def test_transaction_is_visible_to_other_connections_only_after_commit(
    conn: sqlite3.Connection, db_path: Path
):
    reader = connect(db_path)
    try:
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES ('a')")
            assert reader.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 0
        assert reader.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 1
    finally:
        reader.close()


# ---------------------------------------------------------------- file store


@pytest.fixture
def store(db_path: Path) -> BlobStore:
    return BlobStore(store_dir_for(db_path))


def stored_files(store: BlobStore) -> list[Path]:
    return sorted(p for p in store.root.rglob("*") if p.is_file()) if store.root.exists() else []


def test_store_dir_is_beside_the_database(db_path: Path):
    assert store_dir_for(db_path) == db_path.parent / "office_files"


def test_same_content_is_stored_once_under_its_sha256(store: BlobStore, tmp_path: Path):
    content = "关于报送第四季度农村低收入人口动态监测数据的通知\n".encode() * 1000
    first, second = tmp_path / "通知.docx", tmp_path / "copy" / "通知（重发）.docx"
    second.parent.mkdir()
    first.write_bytes(content)
    second.write_bytes(content)
    sha, size = store.put(first)
    assert (sha, size) == (hashlib.sha256(content).hexdigest(), len(content))
    assert store.put(second) == (sha, size)
    files = stored_files(store)
    assert files == [store.root / sha[:2] / sha]
    assert files[0].read_bytes() == content
    assert sha256_of(files[0]) == sha


def test_original_untouched_and_stored_copy_read_only(store: BlobStore, tmp_path: Path):
    original = tmp_path / "附件1.xlsx"
    original.write_bytes(b"\x00\x01binary\xff" * 300)
    os.utime(original, (1_700_000_000, 1_700_000_000))
    before = (original.read_bytes(), original.stat().st_mtime, stat.S_IMODE(original.stat().st_mode))
    sha, _ = store.put(original)
    after = (original.read_bytes(), original.stat().st_mtime, stat.S_IMODE(original.stat().st_mode))
    assert after == before
    assert stat.S_IMODE(store.path_of(sha).stat().st_mode) & 0o222 == 0
    store.put(original)  # storing again over a read-only copy is fine
    assert not [p for p in store.root.rglob(".incoming-*")]


def test_different_content_gets_different_files(store: BlobStore, tmp_path: Path):
    shas = set()
    for n in range(3):
        path = tmp_path / f"f{n}.txt"
        path.write_text(f"第{n}份", encoding="utf-8")
        shas.add(store.put(path)[0])
    assert len(shas) == 3 == len(stored_files(store))
    assert all(len(s) == 64 and int(s, 16) >= 0 for s in shas)


@pytest.mark.parametrize("name", ["missing.pdf", "."])
def test_missing_file_or_directory_is_refused(store: BlobStore, tmp_path: Path, name: str):
    with pytest.raises(StorageError):
        store.put(tmp_path / name)
    assert stored_files(store) == []


def test_the_registry_default_order_reads_an_index_instead_of_sorting(db_path: Path):
    from storage.items import _SELECT, SORT_KEYS, ItemFilter, _where

    conn = open_database(db_path)
    where, params = _where(ItemFilter())
    sql = f"{_SELECT} {where} ORDER BY {SORT_KEYS['due']}, items.id LIMIT 200"
    plan = " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    conn.close()
    assert "items_due_order" in plan and "TEMP B-TREE" not in plan, plan
