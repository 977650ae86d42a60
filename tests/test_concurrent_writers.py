"""Load: the window's services write while background tasks and two CLI processes read and write.

The window side is an `Office` in this process, used as the window uses it, plus background tasks that
open and close their own `Office` on the worker thread (`desktop.tasks.run_with_office`). Two other
processes run the real CLI (`desktop.cli.main.main`, one command after another, each opening and closing the
database as `yibiao --db … items …` does). Every writer records what it committed; afterwards every one
of those rows is in the database, nothing surfaced an error (a busy database waits, it does not fail),
and `PRAGMA integrity_check` is ok.

YIBIAO_STRESS_SECONDS lengthens the run (default: a few seconds).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop import tasks
from desktop.office import Office

SECONDS = float(os.environ.get("YIBIAO_STRESS_SECONDS", "4"))
ROOT = Path(__file__).resolve().parents[1]

CLI_WRITER = r"""
import contextlib, io, json, sys, time
from desktop.cli.main import main

db, out_path, name, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
out = open(out_path, "w", encoding="utf-8")

def cli(*args):
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(["--db", db, *args])
    if code != 0:
        out.write("error\t" + " ".join(args) + "\t" + stderr.getvalue().strip().replace("\n", " ") + "\n")
        out.flush()
    return json.loads(stdout.getvalue()) if code == 0 and "--json" in args else None

deadline = time.monotonic() + seconds
n = 0
while time.monotonic() < deadline:
    n += 1
    title = f"{name} 命令行登记 {n}"
    added = cli("items", "add", "--kind", "task", "--title", title, "--department", "县应急局", "--json")
    if added:
        out.write(f"item\t{added['id']}\t{title}\n")
        out.flush()
        text = f"{name} 进展 {n}"
        if cli("items", "progress", str(added["id"]), "--add", text, "--json") is not None:
            out.write(f"progress\t{added['id']}\t{text}\n")
            out.flush()
        cli("items", "update", str(added["id"]), "--status", "办理中", "--json")
    cli("items", "list", "--search", name, "--json")
    cli("items", "today", "--json")
    cli("ledger", "stats", "--json")
out.write("done\n")
out.close()
"""


def start_cli_writer(db: Path, out: Path, name: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", CLI_WRITER, str(db), str(out), name, str(SECONDS)],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_log(path: Path) -> tuple[dict[int, str], set[tuple[int, str]], list[str], bool]:
    items: dict[int, str] = {}
    progress: set[tuple[int, str]] = set()
    errors: list[str] = []
    done = False
    for line in path.read_text(encoding="utf-8").splitlines():
        kind, *rest = line.split("\t")
        if kind == "item":
            items[int(rest[0])] = rest[1]
        elif kind == "progress":
            progress.add((int(rest[0]), rest[1]))
        elif kind == "error":
            errors.append("\t".join(rest))
        elif kind == "done":
            done = True
    return items, progress, errors, done


def add_task(office: Office, title: str) -> int:
    return office.registry.create({"kind": "task", "title": title, "department": "县应急局"}).item.id


def test_window_background_tasks_and_two_cli_processes_lose_nothing(qtbot, db_path: Path, tmp_path: Path):
    window = Office(db_path)  # the window's connection, open the whole time (creates the database)
    committed: dict[int, str] = {}
    progress_done: set[tuple[int, str]] = set()
    background: dict[int, str] = {}
    failures: list[object] = []

    def background_work(office: Office, _progress, _cancelled) -> dict[int, str]:
        made = {}
        for k in range(5):
            title = f"后台任务登记 {len(background) + k}"
            made[add_task(office, title)] = title
        office.registry.list()
        return made

    logs = [tmp_path / "cli-a.log", tmp_path / "cli-b.log"]
    writers = [start_cli_writer(db_path, log, name) for log, name in zip(logs, ("甲", "乙"), strict=True)]
    task = None
    deadline = time.monotonic() + SECONDS
    n = 0
    try:
        while time.monotonic() < deadline or any(w.poll() is None for w in writers):
            if time.monotonic() < deadline:
                n += 1
                title = f"窗口登记 {n}"
                item_id = add_task(window, title)
                committed[item_id] = title
                text = f"窗口进展 {n}"
                window.progress.add(item_id, text)
                progress_done.add((item_id, text))
                window.registry.set_status(item_id, "办理中")
                window.registry.list()
                window.registry.today()
                if task is None or task.done:
                    if task is not None and task.state != "succeeded":
                        failures.append(task.error)
                    if task is not None and task.state == "succeeded":
                        background.update(task.result)
                    task = tasks.run_with_office(db_path, background_work)
            QApplication.processEvents()
            time.sleep(0.005)
        assert tasks.wait_for_all(60000)
        qtbot.waitUntil(lambda: task.done, timeout=60000)
        if task.state == "succeeded":
            background.update(task.result)
        else:
            failures.append(task.error)
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
            writer.wait(timeout=60)
        window.close()

    assert not failures, failures
    for writer in writers:
        assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    conn = sqlite3.connect(db_path)
    try:
        titles = dict(conn.execute("SELECT id, title FROM items").fetchall())
        progress = set(conn.execute("SELECT item_id, text FROM item_progress").fetchall())
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    expected_items = {**committed, **background}
    expected_progress = set(progress_done)
    for log in logs:
        items, logged_progress, errors, done = read_log(log)
        assert done and not errors, errors  # "database is locked" never reaches the clerk
        assert items, "a CLI writer committed nothing: the test did not load the database"
        assert not set(items) & set(expected_items)  # ids are never handed out twice
        expected_items.update(items)
        expected_progress |= logged_progress
    assert committed and background
    missing = {i: t for i, t in expected_items.items() if titles.get(i) != t}
    assert not missing, f"committed but lost: {missing}"
    assert expected_progress <= progress, expected_progress - progress
    assert len(titles) == len(expected_items)  # nothing half-written beside them either
    print(f"committed: window {len(committed)}, background {len(background)}, all {len(titles)} items")


OPEN_NEW = (
    "import sys; from desktop.cli.main import main; sys.exit(main(['--db', sys.argv[1], 'items', 'list']))"
)


def test_several_first_starts_on_a_new_database_at_once_all_succeed(tmp_path: Path):
    db = tmp_path / "new.sqlite3"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_NEW, str(db)], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    results = [(p.wait(timeout=60), p.stderr.read() if p.stderr else "") for p in procs]
    assert all(code == 0 for code, _ in results), results  # not "table already exists … 文件可能已损坏"
    with Office(db) as office:
        names = [d.name for d in office.departments.list()]
    assert len(names) == len(set(names)) and names  # the default departments once, not once per process


def test_a_migration_step_taken_by_another_process_meanwhile_is_skipped(db_path: Path, monkeypatch):
    import storage.migrations as migrations
    from storage.connection import connect

    Office(db_path).close()  # "another process" brought the new database up to date
    real = migrations.current_version
    calls = iter([0])  # this process read the version before that happened
    monkeypatch.setattr(migrations, "current_version", lambda conn: next(calls, None) or real(conn))
    conn = connect(db_path)
    try:
        migrations.migrate(conn, db_path)  # must not run step 1 again ("table … already exists")
        assert real(conn) == migrations.latest_version()
    finally:
        conn.close()
