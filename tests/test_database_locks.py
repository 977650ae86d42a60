"""Nothing lost when a second process touches the database while the window's connection is open.

On POSIX, closing any descriptor on a file drops every lock the process holds on it. If the window's
connection loses its locks, another process checkpoints and deletes the WAL under it and later writes
vanish. These tests use real processes: locks are per process, a thread cannot show the bug.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.office import Office
from storage.errors import StorageError

ROOT = Path(__file__).resolve().parents[1]

READ_AND_CLOSE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=5)
print(conn.execute("SELECT count(*) FROM items").fetchone()[0])
conn.close()  # the last connection to close checkpoints and deletes the WAL, if it can lock the file
"""

TITLES = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=5)
print("\\n".join(r[0] for r in conn.execute("SELECT title FROM items ORDER BY id")))
"""


def run_python(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout


def add_task(office: Office, title: str) -> None:
    office.registry.create({"kind": "task", "title": title, "department": "县应急局"})


def test_write_after_a_background_connection_and_another_process_is_kept(db_path: Path):
    window = Office(db_path)  # the window's connection, open the whole time
    add_task(window, "窗口打开时登记的任务")
    background = Office(db_path)  # what every background task does: open and close another Office
    add_task(background, "后台任务写入")
    background.close()
    assert run_python(READ_AND_CLOSE, str(db_path)).strip() == "2"  # a read-only CLI command

    add_task(window, "之后在窗口里登记的任务")
    window_titles = [item.title for item in window.registry.list()]
    assert "之后在窗口里登记的任务" in window_titles

    seen_elsewhere = run_python(TITLES, str(db_path)).splitlines()
    assert "之后在窗口里登记的任务" in seen_elsewhere, "another process cannot see the window's write"
    window.close()
    with Office(db_path) as reopened:
        assert "之后在窗口里登记的任务" in [item.title for item in reopened.registry.list()]
    integrity = run_python(
        "import sqlite3,sys;print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])",
        str(db_path),
    )
    assert integrity.strip() == "ok"


def test_a_file_that_is_not_a_database_is_still_refused_clearly(db_path: Path):
    db_path.write_text("收文登记簿\n" * 50, encoding="utf-8")
    with pytest.raises(StorageError, match="不是本程序的数据库文件"):
        Office(db_path)


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_open_database_cannot_be_attached_or_read_as_a_template(office: Office, suffix: str):
    target = Path(str(office.path) + suffix)
    if not target.exists():
        target = office.path
    with pytest.raises(StorageError, match="正在使用的数据库文件"):
        office.registry.create({"kind": "task", "title": "附件", "department": "县应急局"}, [target])
    with pytest.raises(StorageError, match="正在使用的数据库文件"):
        office.intake.inspect(target)
    with pytest.raises(StorageError, match="正在使用的数据库文件"):
        office.ledger.import_file(target, department="县人社局", dry_run=True)
    assert office.registry.count() == 0


# Plain file I/O whose argument names the database or its side files. SQLite alone opens those.
PLAIN_IO = {
    "open",
    "read_bytes",
    "read_text",
    "write_bytes",
    "write_text",
    "copyfile",
    "copy",
    "copy2",
    "copyfileobj",
    "unlink",
    "remove",
    "rename",
    "replace",
    "truncate",
}
DATABASE_WORDS = re.compile(r"db_path|database|\bdb\b|-wal|-shm|-journal|office\.path|sqlite3?\b", re.I)


def opens_connections(source: str) -> bool:
    return "sqlite3.connect(" in source or ".backup(" in source


def test_no_plain_file_io_on_the_database_anywhere():
    offenders = []
    for package in ("storage", "desktop", "exports", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            for node in ast.walk(ast.parse(source)):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name not in PLAIN_IO:
                    continue
                segment = ast.get_source_segment(source, node) or ""
                # A module that opens connections touches no file by hand at all.
                if opens_connections(source) or DATABASE_WORDS.search(segment):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {segment[:80]}")
    assert not offenders, "\n".join(offenders)
