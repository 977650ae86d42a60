"""One window per office: real window processes (offscreen), a second start, a killed first window."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from desktop.office import Office
from ui.single_instance import SWITCHED, SingleInstance, instance_key, window_running

START_WINDOW = "import sys; from ui.launcher import main; sys.exit(main())"
SECOND_START = """
import sys
from PySide6.QtWidgets import QApplication
from ui.single_instance import claim_window
app = QApplication([])
sys.exit(3 if claim_window(sys.argv[1]) is None else 4)
"""
REFUSED, CLAIMED = 3, 4
HOLD = """
import sys
from PySide6.QtWidgets import QApplication
from ui.single_instance import SingleInstance
app = QApplication([])
instance = SingleInstance(sys.argv[1])
print("claimed" if instance.claim() else "refused", flush=True)
sys.exit(app.exec())
"""
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    config = tmp_path / "config"
    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),  # the lock files of this test only
        "XDG_CONFIG_HOME": str(config),  # no language saved by another run: messages in Chinese
    }
    environ.pop("YIBIAO_DB", None)
    return environ


@pytest.fixture
def office_db(db_path: Path) -> Path:
    with Office(db_path) as office:  # a profile, so the window opens straight to the main window
        office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    return db_path


@pytest.fixture
def windows(env: dict[str, str]) -> Iterator[list[subprocess.Popen]]:
    started: list[subprocess.Popen] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def start_window(db: Path, env: dict[str, str], started: list[subprocess.Popen]) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", START_WINDOW, "--db", str(db)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    started.append(proc)
    return proc


def wait_until_running(db: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not window_running(db):
        assert proc.poll() is None, f"the window ended early: {proc.stderr.read() if proc.stderr else ''}"
        assert time.monotonic() < deadline, "the window never started listening"
        time.sleep(0.1)


def yibiao(db: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """`yibiao --db DB ARGS…` to its end: no ARGS is a second start of the window."""
    return subprocess.run(
        [sys.executable, "-c", START_WINDOW, "--db", str(db), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,  # a hang, not a speed check
        check=False,
    )


def claim_in_another_process(db: Path, env: dict[str, str]) -> int:
    """Exit code of a light second start: REFUSED (another window has the office) or CLAIMED."""
    done = subprocess.run(
        [sys.executable, "-c", SECOND_START, str(db)], env=env, cwd=ROOT, capture_output=True, timeout=60
    )
    return done.returncode


def switched_text(db: Path) -> str:
    return SWITCHED.format(path=db)


def test_a_second_start_brings_the_first_window_forward_and_the_cli_still_works(office_db, env, windows):
    first = start_window(office_db, env, windows)
    wait_until_running(office_db, first)
    second = yibiao(office_db, env)
    assert second.returncode == 0, second.stderr
    assert switched_text(office_db) in second.stderr  # printed only when the first window answered
    assert first.poll() is None and window_running(office_db)  # the first window goes on

    added = yibiao(
        office_db, env, "items", "add", "--kind", "task", "--title", "窗口开着时用命令行登记",
        "--department", "县应急局", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = yibiao(office_db, env, "items", "list", "--json")
    assert listed.returncode == 0 and "窗口开着时用命令行登记" in listed.stdout
    assert first.poll() is None


def test_the_same_office_by_another_path_is_the_same_office(office_db, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(office_db.parent, target_is_directory=True)
    assert instance_key(link / office_db.name) == instance_key(office_db)
    assert instance_key(tmp_path / "other.sqlite3") != instance_key(office_db)


def test_a_lock_left_by_a_killed_window_does_not_block_the_next_start(office_db, env, windows, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(office_db)], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    windows.append(holder)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "claimed"
    wait_until_running(office_db, holder)
    assert claim_in_another_process(office_db, env) == REFUSED  # a live window keeps the office
    locks = list((tmp_path / "run").glob("yibiao-*.lock"))
    assert len(locks) == 1
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    assert locks[0].exists() and not window_running(office_db)  # stale lock and dead socket left behind
    assert claim_in_another_process(office_db, env) == CLAIMED  # the stale lock was taken over


def test_a_raise_request_restores_a_minimised_window(qtbot, office_db, env, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    instance = SingleInstance(office_db)
    assert instance.claim()
    window = QMainWindow()
    qtbot.addWidget(window)
    instance.window = window
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    try:
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND_START, str(office_db)], env=env, cwd=ROOT, stderr=subprocess.PIPE
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)  # our event loop answers meanwhile
        assert second.returncode == REFUSED  # the office has a window
        assert not window.isMinimized() and window.isVisible()
    finally:
        instance.release()
    assert not list((tmp_path / "run").glob("*.lock"))  # released: the next start takes it
