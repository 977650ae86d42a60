"""A file given on the command line (`yibiao FILE`, a double-clicked package), with real packages and the
real window: verified at a township, the county's configuration imported only when the clerk says yes, a
township's package imported at the county, anything else named; a second start hands its file to the
window already open."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from benchmarks.county_packages import write_submission
from desktop.cli.main import build_parser, file_as_open, main
from desktop.office import Office
from exports.package.crypto import SecretKeys
from tests.conftest import FIXED_NOW
from tests.test_ui_sync import set_type
from ui.app_state import AppState
from ui.county import services
from ui.main_window import MainWindow
from ui.open_file import connect_file_opening, open_file
from ui.single_instance import SingleInstance

T1 = "532822101000"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def demo_package(tmp_path_factory) -> tuple[Path, Path]:
    """The demo township's database and a package it built (made once: a few seconds)."""
    from desktop.demo.office import fill_demo

    folder = tmp_path_factory.mktemp("demo")
    with Office(folder / "demo.sqlite3") as office:
        fill_demo(office)
        ready = [c.cycle.key for c in office.cycles.list() if c.forms and not c.blockers]
        built = office.packages.build(ready[0], None, signers={"填表人": "测试"})
    return folder / "demo.sqlite3", built.path


class Answers:
    """The clerk's side of the message boxes: what was asked and said, and the answer to give."""

    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[str] = []
        self.told: list[tuple[str, bool]] = []

    def ask(self, _parent, _title, text) -> bool:
        self.asked.append(text)
        return self.yes

    def tell(self, _parent, _title, text, problem) -> None:
        self.told.append((text, problem))


def window_on(qtbot, office: Office) -> MainWindow:
    window = MainWindow(AppState(office, background=False))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# --- the command line ---------------------------------------------------------------------------
def test_a_file_on_the_command_line_opens_the_window_on_it(tmp_path, monkeypatch):
    package = tmp_path / "白沙镇_2026-10_v1.yibiao"
    package.write_bytes(b"PK")
    opened = []
    names = build_parser().get_default("command_names")
    assert main(["--db", "x.db", str(package)], open_window=lambda a: opened.append(a) or 0) == 0
    assert main(["open", str(package)], open_window=lambda a: opened.append(a) or 0) == 0
    assert [(a.command, a.file, a.db) for a in opened] == [
        ("open", str(package), "x.db"),
        ("open", str(package), None),
    ]
    # a sub-command stays one, even when a file of its name exists here; a mistyped command stays an error
    monkeypatch.chdir(tmp_path)
    (tmp_path / "demo").write_text("")
    assert file_as_open(["demo", "--json"], names) == ["demo", "--json"]
    assert file_as_open(["--lang", "en", "itmes"], names) == ["--lang", "en", "itmes"]
    assert file_as_open(["--lang", "en", "别处/新.yibiao"], names) == [
        "--lang",
        "en",
        "open",
        "别处/新.yibiao",
    ]
    with pytest.raises(SystemExit) as usage:
        main(["itmes"], open_window=lambda a: 0)
    assert usage.value.code == 2


# --- at a township ------------------------------------------------------------------------------
def test_a_township_verifies_a_submission_package_and_names_a_damaged_one(qtbot, demo_package, tmp_path):
    db, package = demo_package
    with Office(db) as office:
        window = window_on(qtbot, office)
        answers = Answers()
        opener = open_file(window, package, answers.ask, answers.tell)
        assert opener.outcome == "verified" and not answers.asked
        text, problem = answers.told[0]
        assert not problem and text.startswith(f"“{package.name}”校验通过") and "报送周期" in text

        damaged = tmp_path / package.name
        data = bytearray(package.read_bytes())
        data[len(data) // 2] ^= 0xFF
        damaged.write_bytes(bytes(data))
        opener = open_file(window, damaged, answers.ask, answers.tell)
        assert opener.outcome in ("not-verified", "unknown")
        assert answers.told[1][1] is True and package.name in answers.told[1][0]


def test_an_unknown_or_missing_file_is_named_with_what_the_program_opens(qtbot, office, tmp_path):
    set_type(office, "乡镇")
    window = window_on(qtbot, office)
    answers = Answers()
    note = tmp_path / "会议纪要.docx"
    note.write_text("not a package")
    assert open_file(window, note, answers.ask, answers.tell).outcome == "unknown"
    assert open_file(window, tmp_path / "没有.yibiao", answers.ask, answers.tell).outcome == "missing"
    (unknown, problem), (missing, _) = answers.told
    assert problem and "会议纪要.docx" in unknown and ".yibiao" in unknown and "配置包" in unknown
    assert "没有.yibiao" in missing
    assert not answers.asked


@pytest.fixture
def county_config(tmp_path: Path) -> Path:
    from desktop.demo.county import fill_demo_county

    with Office(tmp_path / "county.sqlite3", clock=lambda: FIXED_NOW) as county:
        fill_demo_county(county)
        stick = tmp_path / "stick"
        stick.mkdir()
        return services.export_config(county, stick)


@pytest.mark.parametrize("yes", [False, True])
def test_a_township_imports_the_county_configuration_only_when_the_clerk_says_so(
    qtbot, tmp_path, county_config, yes
):
    with Office(tmp_path / "township.sqlite3", clock=lambda: datetime(2026, 11, 25, 10)) as township:
        set_type(township, "乡镇")
        window = window_on(qtbot, township)
        answers = Answers(yes)
        opener = open_file(window, county_config, answers.ask, answers.tell)
        assert len(answers.asked) == 1 and "导入县里的配置" in answers.asked[0]
        assert window.pages.currentWidget() is window.sync
        if not yes:
            assert opener.outcome == "declined"
            qtbot.wait(200)
            assert township.keys.county() is None  # nothing imported
            return
        qtbot.waitUntil(lambda: opener.outcome == "imported", timeout=10000)
        assert township.keys.county() is not None
        assert window.sync.township.result_label.text().startswith("已导入")


# --- at the county --------------------------------------------------------------------------------
def test_the_county_imports_a_township_package_after_its_key_is_confirmed(qtbot, office, tmp_path):
    set_type(office, "县级")
    township = SecretKeys.generate()
    package = write_submission(tmp_path, T1, "勐混镇", "2026-11", 1, township, [office.keys.public()])
    window = window_on(qtbot, office)
    answers = Answers()
    opener = open_file(window, package, answers.ask, answers.tell)
    assert opener.outcome == "untrusted" and not answers.asked  # compared on the 同步 page first
    assert township.public().fingerprint in answers.told[0][0]
    assert window.sync.county.currentWidget() is window.sync.county.imports

    services.trust(office, township.public().fingerprint, [package])
    opener = open_file(window, package, answers.ask, answers.tell)
    assert opener.outcome == "imported" and "导入这个报送包" in answers.asked[0]
    assert window.sync.county.imports.result_model.rows[0][5] == "已导入"
    opener = open_file(window, package, answers.ask, answers.tell)
    assert opener.outcome == "already-imported" and len(answers.asked) == 1


# --- the program lock, a second start -----------------------------------------------------------
class _Locked:
    dialog: object | None = object()


def test_a_file_waits_while_the_program_lock_is_up(qtbot, office, tmp_path):
    set_type(office, "乡镇")
    window = window_on(qtbot, office)
    window.idle_lock = _Locked()
    answers = Answers()
    note = tmp_path / "x.txt"
    note.write_text("x")
    assert open_file(window, note, answers.ask, answers.tell) is None
    qtbot.wait(400)
    assert not answers.told
    window.idle_lock.dialog = None
    qtbot.waitUntil(lambda: bool(answers.told), timeout=5000)


SECOND_START = """
import sys
from PySide6.QtWidgets import QApplication
from ui.single_instance import claim_window
app = QApplication([])
sys.exit(3 if claim_window(sys.argv[1], sys.argv[2]) is None else 4)
"""


def test_a_second_start_hands_its_file_to_the_open_window(qtbot, office, tmp_path, monkeypatch):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    set_type(office, "乡镇")
    answers = Answers()
    monkeypatch.setattr("ui.open_file.ask", answers.ask)
    monkeypatch.setattr("ui.open_file.tell", answers.tell)
    first = SingleInstance(office.path)
    assert first.claim()
    try:
        window = window_on(qtbot, office)
        connect_file_opening(window, first, None)
        odd = tmp_path / "带 空格 与%号" / "文件 1.yibiao"  # not there: the message names the whole path
        second = subprocess.Popen(  # the second start: a process of its own (its socket calls block)
            [sys.executable, "-c", SECOND_START, str(office.path), str(odd)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
        assert second.returncode == 3, second.stderr.read()
        assert "已切换到那个窗口" in second.stderr.read()
        qtbot.waitUntil(lambda: bool(answers.told), timeout=5000)
        assert len(answers.told) == 1
        assert str(odd) in answers.told[0][0] and answers.told[0][1]  # the path arrived whole
    finally:
        first.release()
