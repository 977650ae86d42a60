"""Backups: made with SQLite's backup API into <stem>_backups/, listed, previewed, restored into the open
database, pruned by the retention, taken before every large write, and carried encrypted to a USB drive."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.backup import service as backup_service
from desktop.errors import UserFacingError
from desktop.office import Office
from exports.backup.crypto import LOG2_N
from storage import backups as storage_backups
from storage.backup_files import BackupFile, backups_dir_for, to_prune
from storage.backups import read_summary
from storage.errors import StorageError
from storage.migrations import latest_version
from tests.builders import ROWS, make_template, write_return

NOW = datetime(2026, 11, 25, 10, 0, 0)
TASK = {"kind": "task", "title": "秋冬季森林防火检查", "department": "县应急局"}
PASS = "白沙镇2026备份口令"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def office(db_path: Path, clock: Clock):
    opened = Office(db_path, clock=clock)
    yield opened
    opened.close()


def titles(office: Office) -> list[str]:
    return sorted(item.title for item in office.registry.list())


def add_task(office: Office, title: str) -> None:
    office.registry.create({**TASK, "title": title})


# ---------------------------------------------------------------- making and listing


def test_a_backup_lands_beside_the_database_named_by_time_and_reason(office: Office, db_path: Path):
    add_task(office, "甲")
    made = office.backups.create("manual")
    assert made.path.parent == db_path.with_name("office_backups") == backups_dir_for(db_path)
    assert made.path.name == "20261125-100000_manual.sqlite3"
    assert (made.created, made.reason) == (NOW, "manual")
    assert made.size == made.path.stat().st_size > 0
    again = office.backups.create("manual")  # the same second: a second name, both listed, newest first
    assert [b.path for b in office.backups.list()] == [again.path, made.path]
    assert made.to_dict() == {
        "path": str(made.path),
        "created": "2026-11-25T10:00:00",
        "reason": "manual",
        "size": made.size,
    }
    summary = read_summary(made.path)
    assert (summary.schema_version, summary.items) == (latest_version(), 1)
    assert list(made.path.parent.glob(".partial-*")) == []


def test_a_backup_holds_what_the_wal_held_and_is_a_single_file(office: Office):
    add_task(office, "只在 WAL 里")  # not yet checkpointed into the main file
    made = office.backups.create()
    conn = sqlite3.connect(made.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert [r[0] for r in conn.execute("SELECT title FROM items")] == ["只在 WAL 里"]
    finally:
        conn.close()


def test_a_backup_that_fails_half_way_leaves_nothing_that_looks_complete(office: Office, monkeypatch):
    add_task(office, "甲")

    def broken(source, target, progress):
        source.backup(target, pages=1)  # some pages are written, then the disk "fills up"
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(storage_backups, "_copy", broken)
    with pytest.raises(StorageError, match="备份没有完成"):
        office.backups.create()
    assert office.backups.list() == []
    assert list(office.backups.folder.iterdir()) == []  # the temporary file is gone too


def test_preview_reads_a_backup_without_changing_it(office: Office, tmp_path: Path):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    add_task(office, "甲")
    made = office.backups.create()
    before = made.path.read_bytes()
    summary = office.backups.summary(made.path)
    assert summary.items == 1  # the task (an import registers no item)
    assert summary.persons == summary.entities == len(ROWS)
    assert summary.latest_change.startswith("2026-11-25")
    assert made.path.read_bytes() == before
    assert not Path(str(made.path) + "-journal").exists()


# ---------------------------------------------------------------- restoring


def test_restore_reaches_a_connection_that_stays_open(office: Office, db_path: Path, clock: Clock):
    add_task(office, "备份时就有")
    made = office.backups.create()
    add_task(office, "备份后才登记")
    other = Office(db_path, clock=clock)  # e.g. the window, while a worker restores
    try:
        assert titles(other) == sorted(["备份后才登记", "备份时就有"])
        clock.now += timedelta(minutes=5)
        result = office.backups.restore(made.path)
        assert titles(other) == ["备份时就有"]  # the open connection sees the restored data
        add_task(other, "恢复后登记")  # and can still write
        assert titles(office) == sorted(["恢复后登记", "备份时就有"])
        assert result.summary.items == 1
        assert result.before is not None and result.before.reason == "before-restore"
        assert read_summary(result.before.path).items == 2  # what was there before the restore is kept
    finally:
        other.close()
    with Office(db_path) as reopened:
        assert titles(reopened) == sorted(["恢复后登记", "备份时就有"])
        assert reopened.backups.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restoring_an_older_schema_brings_it_up_to_date(db_path: Path, tmp_path: Path):
    from tests.test_storage import make_old_database

    old_path = tmp_path / "old.sqlite3"
    rows = make_old_database(old_path, 3)
    with Office(db_path) as office:
        add_task(office, "新数据")
        office.backups.restore(old_path)
        assert office.backups.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert len(office.registry.list()) == len(rows)
        migrated = [b for b in office.backups.list() if b.reason == "migration"]
        assert len(migrated) == 1 and read_summary(migrated[0].path).schema_version == 3


def test_a_damaged_or_newer_backup_is_refused_and_nothing_changes(office: Office, tmp_path: Path):
    add_task(office, "原样")
    made = office.backups.create()
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(made.path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xa5" * 8192
    damaged.write_bytes(bytes(data))
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    count = len(office.backups.list())
    with pytest.raises(StorageError, match="已损坏"):
        office.backups.restore(damaged)
    with pytest.raises(StorageError, match="更新版本"):
        office.backups.restore(newer)
    with pytest.raises(StorageError, match="找不到备份文件"):
        office.backups.restore(tmp_path / "missing.sqlite3")
    assert titles(office) == ["原样"]
    assert len(office.backups.list()) == count  # not even a before-restore backup


# ---------------------------------------------------------------- retention


def backup_on(day: datetime, reason: str = "daily") -> BackupFile:
    return BackupFile(Path(f"/b/{day:%Y%m%d-%H%M%S}_{reason}.sqlite3"), day, reason, 1)


def test_retention_keeps_the_last_ten_and_one_a_day_for_thirty_days():
    now = datetime(2026, 11, 25, 18, 0)
    made = [backup_on(now - timedelta(days=d, hours=h)) for d in range(45) for h in (1, 5)]
    made += [backup_on(now - timedelta(minutes=m), "ledger-import") for m in range(1, 13)]
    gone = {b.path for b in to_prune(made, now, keep_last=10, keep_days=30)}
    kept = [b for b in sorted(made, key=lambda b: b.created, reverse=True) if b.path not in gone]
    last_ten = sorted(made, key=lambda b: b.created, reverse=True)[:10]
    assert all(b in kept for b in last_ten)
    days = {b.created.date() for b in kept}
    assert days == {(now - timedelta(days=d)).date() for d in range(30)}
    for day in days - {now.date()}:  # one a day, the day's newest
        of_day = [b for b in made if b.created.date() == day]
        assert [b for b in kept if b.created.date() == day] == [max(of_day, key=lambda b: b.created)]
    assert len(kept) == 10 + 29


def test_pruning_follows_the_settings_and_a_moving_clock(office: Office, clock: Clock):
    office.backups.set_retention(keep_last=2, keep_days=3)
    assert office.backups.retention() == (2, 3)
    for day in range(6):
        clock.now = NOW + timedelta(days=day)
        for hour in range(3):
            clock.now = NOW + timedelta(days=day, hours=hour)
            office.backups.create("manual")
    kept = [b.created for b in office.backups.list()]
    last_day = NOW + timedelta(days=5)
    assert kept == [
        last_day + timedelta(hours=2),  # the last two …
        last_day + timedelta(hours=1),
        NOW + timedelta(days=4, hours=2),  # … and the newest of each of the two days before
        NOW + timedelta(days=3, hours=2),
    ]
    assert len(list(office.backups.folder.iterdir())) == 4
    with pytest.raises(UserFacingError):
        office.backups.set_retention(0, 3)


def test_a_daily_backup_once_a_day(office: Office, clock: Clock):
    assert office.backups.daily().reason == "daily"
    clock.now += timedelta(hours=3)
    assert office.backups.daily() is None
    clock.now += timedelta(days=1)
    assert office.backups.daily() is not None
    assert [b.reason for b in office.backups.list()] == ["daily", "daily"]


# ---------------------------------------------------------------- before every large write


def reasons(office: Office) -> list[str]:
    return [b.reason for b in office.backups.list()]


def test_backups_before_ledger_import_template_intake_and_package_build(office: Office, tmp_path: Path):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    returned = write_return(tmp_path / "return.xlsx", ROWS)
    office.ledger.import_file(returned, "县人社局", dry_run=True)
    assert reasons(office) == []  # a dry run writes nothing, so nothing to back up
    office.ledger.import_file(returned, "县人社局")
    assert reasons(office) == ["ledger-import"]
    before_import = read_summary(office.backups.list()[0].path)
    assert before_import.entities == 0  # taken before the import wrote
    template = make_template(tmp_path / "走访登记表.xlsx", ["序号", "姓名", "公民身份号码", "联系电话"])
    office.intake.register(
        template, {"department": "县民政局", "received": "2026-11-10", "due": "2026-11-20"}
    )
    assert reasons(office)[0] == "template-import"
    office.packages.build("2026-11")
    assert reasons(office)[0] == "package-build"
    office.backups.before("config-import")  # the hook the county configuration import will call
    assert reasons(office)[0] == "config-import"


def test_a_failed_backup_stops_the_import_and_writes_nothing(office: Office, tmp_path: Path, monkeypatch):
    def full(*_args, **_kwargs):
        raise StorageError("磁盘已满")

    monkeypatch.setattr(backup_service, "create_backup", full)
    with pytest.raises(StorageError):
        office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    assert office.ledger.ledger.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 0


# ---------------------------------------------------------------- encrypted copy on a USB drive


@pytest.fixture
def fast_scrypt(monkeypatch):
    """The file records its scrypt cost; tests write cheaper ones (the reader accepts 2^10 and up)."""
    import exports.backup.crypto as crypto

    monkeypatch.setattr(crypto, "LOG2_N", 10)
    monkeypatch.setattr(crypto.encrypt_file, "__defaults__", (None, None, 10))
    assert LOG2_N == 15  # what real copies use


def test_encrypted_copy_round_trip(office: Office, tmp_path: Path, clock: Clock, fast_scrypt):
    add_task(office, "备份到U盘时就有")
    stick = tmp_path / "usb"
    stick.mkdir()
    copied = office.backups.export_encrypted(stick, PASS)
    assert copied.path.parent == stick and copied.path.name.endswith(".yibiao-backup")
    assert list(stick.iterdir()) == [copied.path]  # no temporary file left on the drive
    assert b"SQLite format 3" not in copied.path.read_bytes()
    assert "备份到U盘时就有".encode() not in copied.path.read_bytes()
    assert [p.name for p in office.backups.folder.iterdir() if p.name.startswith(".")] == []

    add_task(office, "之后登记")
    clock.now += timedelta(minutes=1)
    restored_from = office.backups.import_encrypted(copied.path, PASS)
    assert restored_from.reason == "usb-import"
    assert read_summary(restored_from.path).items == 1
    office.backups.restore(restored_from.path)
    assert titles(office) == ["备份到U盘时就有"]


def test_wrong_passphrase_or_damaged_file_changes_nothing(office: Office, tmp_path: Path, fast_scrypt):
    add_task(office, "原样")
    stick = tmp_path / "usb"
    stick.mkdir()
    copied = office.backups.export_encrypted(stick, PASS).path
    count = len(office.backups.list())
    with pytest.raises(UserFacingError, match="密码不对"):
        office.backups.import_encrypted(copied, "猜的密码12345")
    data = bytearray(copied.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = tmp_path / "flipped.yibiao-backup"
    flipped.write_bytes(bytes(data))
    with pytest.raises(UserFacingError, match="已损坏或不完整"):
        office.backups.import_encrypted(flipped, PASS)
    cut = tmp_path / "cut.yibiao-backup"
    cut.write_bytes(copied.read_bytes()[:-100])
    with pytest.raises(UserFacingError, match="已损坏或不完整"):
        office.backups.import_encrypted(cut, PASS)
    other = tmp_path / "note.yibiao-backup"
    other.write_text("不是备份", encoding="utf-8")
    with pytest.raises(UserFacingError, match="不是一表通的加密备份"):
        office.backups.import_encrypted(other, PASS)
    with pytest.raises(UserFacingError, match="至少要 8 个字符"):
        office.backups.export_encrypted(stick, "short")
    assert len(office.backups.list()) == count
    assert [p.name for p in office.backups.folder.iterdir() if p.name.startswith(".")] == []
    assert titles(office) == ["原样"]


def test_a_process_holding_the_database_open_sees_the_restore(office: Office, db_path: Path):
    """Another process (a CLI command, a second program) keeps its connection across the restore."""
    import subprocess
    import sys

    add_task(office, "备份时就有")
    made = office.backups.create()
    add_task(office, "备份后才登记")
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom desktop.office import Office\n"
            "office = Office(sys.argv[1])\n"
            "for _ in range(2):\n"
            "    print('|'.join(sorted(i.title for i in office.registry.list())), flush=True)\n"
            "    sys.stdin.readline()\n",
            str(db_path),
        ],
        cwd=Path(__file__).resolve().parents[1],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "备份后才登记|备份时就有"
        office.backups.restore(made.path)
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "备份时就有"  # same connection, restored data
    finally:
        reader.stdin.close()
        assert reader.wait(timeout=60) == 0


def test_leftovers_of_an_interrupted_backup_are_cleaned_after_a_day(office: Office):
    import os

    folder = office.backups.folder
    folder.mkdir()
    old_file, old_dir, fresh = (
        folder / ".partial-old.sqlite3",
        folder / ".partial-work",
        folder / ".partial-new.sqlite3",
    )
    old_file.write_bytes(b"half")
    old_dir.mkdir()
    (old_dir / "office.yibiao-backup").write_bytes(b"half")
    fresh.write_bytes(b"being written")
    day_ago = (NOW - timedelta(days=2)).timestamp()
    for path in (old_file, old_dir):
        os.utime(path, (day_ago, day_ago))
    office.backups.create()
    assert not old_file.exists() and not old_dir.exists()
    assert fresh.exists()  # may belong to a backup still running in another process
    assert [b.reason for b in office.backups.list()] == ["manual"]
