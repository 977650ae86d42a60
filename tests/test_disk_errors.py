"""A full disk and missing permissions during writes: one plain message, and nothing lost.

SQLITE_FULL is made deterministic with `PRAGMA max_page_count`; a real full disk is a 2 MB tmpfs and a
read-only folder a read-only tmpfs (both need mount rights: skipped cleanly without them).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.office import Office
from storage.disk_errors import DISK_FULL, NO_PERMISSION, disk_error
from storage.errors import StorageError
from tests.builders import ROWS, db_snapshot, write_return
from tests.conftest import FIXED_NOW
from tests.test_crash_safety import integrity, write_big_return
from ui.registry.item_dialog import ItemDialog
from ui.texts import error_text

ROOT = Path(__file__).resolve().parents[1]
UNLIMITED = 1073741823
FULL_WORDS = "磁盘空间不足"
DENIED_WORDS = "没有权限写入"


def fill_to_the_brim(office: Office) -> int:
    """Cap the database at its present size and write until SQLite says SQLITE_FULL; items held then."""
    pages = office.conn.execute("PRAGMA page_count").fetchone()[0]
    office.conn.execute(f"PRAGMA max_page_count = {pages}")
    for n in range(10_000):
        try:
            office.registry.create({"kind": "task", "title": f"填满 {n}", "department": "县应急局"})
        except StorageError as error:
            assert error.template == DISK_FULL
            return office.registry.count()
    raise AssertionError("the database never filled up")


def big_return(path: Path, persons: int = 400) -> Path:
    return write_big_return(path, persons)


# ------------------------------------------------------------------ SQLITE_FULL, deterministic


def test_a_full_database_refuses_the_write_plainly_and_keeps_everything(office, tmp_path):
    office.ledger.import_file(write_return(tmp_path / "first.xlsx", ROWS), "县人社局")
    before = db_snapshot(office.path)
    held = fill_to_the_brim(office)
    with pytest.raises(StorageError) as caught:
        office.ledger.import_file(big_return(tmp_path / "big.xlsx"), "县人社局")
    assert caught.value.template == DISK_FULL and str(office.path) in str(caught.value)
    assert not office.conn.in_transaction  # rolled back, the connection is ready for the next write
    assert db_snapshot(office.path) == before and office.registry.count() == held
    office.conn.execute(f"PRAGMA max_page_count = {UNLIMITED}")  # the clerk made room
    office.ledger.import_file(big_return(tmp_path / "big.xlsx"), "县人社局")
    assert db_snapshot(office.path)["ledger_imports"] == before["ledger_imports"] + 1
    assert office.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_item_dialog_keeps_what_was_typed_when_the_disk_is_full(qtbot, office):
    held = fill_to_the_brim(office)
    dialog = ItemDialog(office.registry, [d.name for d in office.departments.list()])
    qtbot.addWidget(dialog)
    dialog.show()
    title = "关于报送第四季度农村低收入人口动态监测数据并做好防返贫监测帮扶工作的通知" * 3
    dialog.title_edit.setText(title)
    dialog.department_combo.setCurrentText("县乡村振兴局")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert FULL_WORDS in dialog.error_label.text()
    assert dialog.title_edit.text() == title  # nothing typed is lost
    assert office.registry.count() == held
    office.conn.execute(f"PRAGMA max_page_count = {UNLIMITED}")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # after making room, the same input saves
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    assert office.registry.count() == held + 1


def test_a_read_only_database_is_named_plainly(db_path, monkeypatch):
    import storage.connection as connection

    with Office(db_path) as office:
        office.registry.create({"kind": "task", "title": "只读之前", "department": "县应急局"})
    real = connection.connect

    def read_only(path):  # what a file without write permission gives a non-root user
        conn = real(f"file:{Path(path).resolve()}?mode=ro")
        return conn

    monkeypatch.setattr(connection.sqlite3, "connect", _uri_connect(sqlite3.connect))
    monkeypatch.setattr(connection, "connect", read_only)
    with Office(db_path) as office:
        assert office.registry.count() == 1  # reading works
        with pytest.raises(StorageError) as caught:
            office.registry.create({"kind": "task", "title": "只读之后", "department": "县应急局"})
        assert caught.value.template == NO_PERMISSION
        assert office.registry.count() == 1
        with pytest.raises(StorageError) as caught:  # a single-statement write too (the profile dialog)
            office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
        assert caught.value.template == NO_PERMISSION and office.profile.get() is None


def _uri_connect(real: Callable) -> Callable:
    def connect(database, *args, **kwargs):
        if str(database).startswith("file:"):
            kwargs["uri"] = True
        return real(database, *args, **kwargs)

    return connect


@pytest.mark.parametrize(
    ("error", "template"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/media/u/报送包"), DISK_FULL),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), DISK_FULL),
        (PermissionError(errno.EACCES, "Permission denied", "/srv/office_files"), NO_PERMISSION),
        (OSError(errno.EROFS, "Read-only file system"), NO_PERMISSION),
        (sqlite3.OperationalError("attempt to write a readonly database"), None),  # no code: not guessed
        (ValueError("programming error"), None),
    ],
)
def test_what_counts_as_a_disk_or_permission_problem(error, template):
    plain = disk_error(error, "/srv/office.sqlite3")
    assert (plain.template if plain else None) == template


def test_error_text_reads_a_plain_os_error_in_the_window(qapp):
    text = error_text(OSError(errno.ENOSPC, "No space left on device", "/media/u"))
    assert FULL_WORDS in text and "/media/u" in text


# ------------------------------------------------------------------ real filesystems (root only)


@pytest.fixture
def mounts() -> Iterator[Callable[..., Path]]:
    """mount(path, size="2m", read_only=False): a tmpfs there, unmounted afterwards; skip without rights."""
    mounted: list[Path] = []
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("no mount command")

    def mount(path: Path, size: str = "2m", read_only: bool = False) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        options = f"size={size}" + (",ro" if read_only else "")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True
        )
        if done.returncode != 0:
            pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.decode(errors='replace')}")
        mounted.append(path)
        return path

    yield mount
    for path in reversed(mounted):
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def remount_read_only(path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True, capture_output=True)


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from desktop.cli.main import main; sys.exit(main())",
            "--db",
            str(db),
            *args,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_plain_line(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr, done.stderr
    assert words in done.stderr


def test_a_really_full_disk_during_an_import_loses_nothing(mounts, tmp_path):
    disk = mounts(tmp_path / "disk", size="2m")
    db = disk / "office.sqlite3"
    with Office(db, clock=lambda: FIXED_NOW) as office:
        office.ledger.import_file(write_return(tmp_path / "first.xlsx", ROWS), "县人社局")
    big = big_return(tmp_path / "big.xlsx", 2000)  # outside the small disk
    before = db_snapshot(db)
    filler = disk / "filler.bin"
    messages = []
    for room in (0, 432):  # KiB left free: nothing at all; room for the backup and the original only
        stat = os.statvfs(disk)
        free = stat.f_bavail * stat.f_frsize
        with filler.open("wb") as out:
            out.write(b"\0" * max(0, free - room * 1024))
        done = cli(db, "ledger", "import", str(big), "--department", "县人社局")
        filler.unlink()  # SQLite cannot even read a WAL database on a full disk: make room to look
        if done.returncode == 0:
            break
        one_plain_line(done, "磁盘空间")
        messages.append(done.stderr)
        assert integrity(db) == "ok" and db_snapshot(db) == before  # nothing of the import
    assert len(messages) == 2 and FULL_WORDS in messages[-1] and str(db) in messages[-1], messages
    done = cli(db, "ledger", "import", str(big), "--department", "县人社局")  # room again: it goes in
    assert done.returncode == 0, done.stderr
    assert db_snapshot(db)["ledger_imports"] == before["ledger_imports"] + 1 and integrity(db) == "ok"


def test_a_database_in_a_read_only_folder_is_named_plainly(mounts, tmp_path):
    disk = mounts(tmp_path / "ro", size="2m")
    db = disk / "office.sqlite3"
    with Office(db) as office:
        office.registry.create({"kind": "task", "title": "挂载为只读之前", "department": "县应急局"})
    remount_read_only(disk)
    done = cli(db, "items", "add", "--kind", "task", "--title", "只读", "--department", "县应急局")
    one_plain_line(done, DENIED_WORDS)
    assert str(db) in done.stderr and done.stdout == ""
    subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True, capture_output=True)
    assert integrity(db) == "ok"
    with Office(db) as office:
        assert [i.title for i in office.registry.list()] == ["挂载为只读之前"]


def test_an_unwritable_file_store_and_package_folder_are_named_plainly(mounts, office, tmp_path):
    from tests.test_package_build import CODE, CYCLE, write_template

    office.profile.save("乡镇", "白沙镇人民政府", CODE, "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    office.intake.register(
        write_template(tmp_path / "摸底表.xlsx"),
        {"department": "县乡村振兴局", "received": "2026-11-10", "due": "2026-11-20"},
    )
    items = office.registry.count()
    store = mounts(office.blobs.root, read_only=True)  # the file store beside the database
    attachment = tmp_path / "通知.pdf"
    attachment.write_bytes(b"%PDF-1.4 notice")
    with pytest.raises(StorageError) as caught:
        office.registry.create({"kind": "task", "title": "带附件", "department": "县应急局"}, [attachment])
    assert caught.value.template == NO_PERMISSION and str(store) in str(caught.value)
    assert office.registry.count() == items
    subprocess.run(["umount", str(store)], check=True, capture_output=True)  # the templates are in there

    packages = mounts(office.packages.history_dir, read_only=True)
    with pytest.raises(StorageError) as caught:
        office.packages.build(CYCLE)
    assert caught.value.template == NO_PERMISSION and str(packages) in str(caught.value)
    assert office.packages.history() == []
    done = cli(office.path, "package", "build", "--cycle", CYCLE)
    one_plain_line(done, DENIED_WORDS)


def test_a_failed_commit_rolls_back_and_leaves_no_open_transaction(tmp_path):
    from storage.connection import connect
    from storage.transaction import transaction

    conn = connect(tmp_path / "plain.sqlite3")
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), transaction(conn):
        conn.execute("INSERT INTO child VALUES (7)")  # checked only at COMMIT, which fails
    assert not conn.in_transaction  # else every later transaction() would be a savepoint inside it
    with transaction(conn):
        conn.execute("INSERT INTO parent VALUES (1)")
    other = sqlite3.connect(tmp_path / "plain.sqlite3")
    assert other.execute("SELECT COUNT(*) FROM parent").fetchone()[0] == 1  # committed for real
    assert other.execute("SELECT COUNT(*) FROM child").fetchone()[0] == 0
    other.close()
    conn.close()


def test_a_database_kept_busy_past_the_timeout_is_said_plainly_in_the_window(office, monkeypatch):
    import storage.connection as connection

    holder = sqlite3.connect(office.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program's long write
    office.conn.execute("PRAGMA busy_timeout = 50")
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(StorageError) as caught:
            office.registry.create({"kind": "task", "title": "等不到锁", "department": "县应急局"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "暂时无法使用" in error_text(caught.value) and not office.conn.in_transaction
    office.registry.create({"kind": "task", "title": "锁放开以后", "department": "县应急局"})
    assert [i.title for i in office.registry.list()] == ["锁放开以后"]
