"""The 同步 page: a township's and a county's page, drives (a folder posing as a stick), the county's import
on the worker thread with its results, the trust question (Esc changes nothing), and the 1366×768 fit."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.tasks import wait_for_all
from tests import test_ui_layout
from tests.layout_check import clipped_texts
from tests.test_ui_usb import fake_drives
from tests.ui_helpers import when_modal
from ui.app_state import AppState
from ui.county import services
from ui.county.view import SyncView
from ui.main_window import MainWindow
from ui.widgets.progress_dialog import TaskProgressDialog

GB = 1024**3
FINGERPRINT = "3F9A 12C0 77B1 0E4D 9A2F 61C8 D0E3 5B7A"


@pytest.fixture(autouse=True)
def idle_worker():
    yield
    assert wait_for_all(5000)


@pytest.fixture(autouse=True)
def warned(monkeypatch) -> list[tuple[str, str]]:
    """Warning boxes are recorded, not shown: a failure the test did not expect fails it instead of
    waiting forever for a click."""
    seen: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "KINGSTON"
    folder.mkdir()
    return folder


def set_type(office, office_type: str) -> None:
    profile = office.profile.get()
    if profile is not None and profile.office_type == office_type:
        return  # a demo office keeps its own
    if office_type == "县级":
        office.profile.save("县级", "勐海县", "532822000000", "勐海县")
    else:
        office.profile.save("乡镇", "勐混镇", "532822101000", "勐海县")


def open_view(qtbot, office, office_type: str, drives=lambda: [], **kwargs) -> SyncView:
    set_type(office, office_type)
    view = SyncView(AppState(office, background=False), drives=drives, **kwargs)
    qtbot.addWidget(view)
    view.resize(1218, 740)
    view.show()
    qtbot.waitExposed(view)
    return view


@dataclass
class Outcome:  # what desktop/county returns for a package (scan and import)
    path: str
    status: str
    reason: object = None
    office_code: str | None = "532822101000"
    office_name: str | None = "勐混镇"
    cycle: str | None = "2026-11"
    version: int | None = 1
    forms: int | None = 3
    rows: int | None = 1200
    fingerprint: str | None = FINGERPRINT


# --- both modes -------------------------------------------------------------------------------
def test_a_township_sees_its_drives_and_its_own_key(qtbot, office, stick):
    view = open_view(qtbot, office, "乡镇", fake_drives(stick))
    assert view.mode == "乡镇" and view.panels.currentWidget() is view.township
    assert view.title_label.text() == "同步 · 乡镇"
    assert view.drive_panel.texts() == [f"KINGSTON（{stick}）  可用 14.0 GB，共 15.0 GB"]
    assert view.drive_panel.selected_place() == str(stick)  # the only drive is chosen for the clerk
    assert not view.drive_panel.empty_label.isVisibleTo(view)
    fingerprint = office.keys.public().fingerprint
    assert f"本单位密钥指纹：{fingerprint}" in view.keys_label.text()
    assert "还没有导入县里的配置包" in view.keys_label.text()
    assert "还没有生成报送包" in view.township.package_label.text()  # its own are built on 报送周期
    assert not view.township.usb_button.isEnabled()


def test_no_drive_says_so_and_a_folder_can_be_chosen(qtbot, office, tmp_path):
    shared = tmp_path / "共享"
    shared.mkdir()
    view = open_view(qtbot, office, "乡镇", folder_chooser=lambda parent: str(shared))
    assert view.drive_panel.texts() == []
    assert view.drive_panel.empty_label.isVisibleTo(view)
    assert "请先在左边选中 U 盘或文件夹" in view.township.place_label.text()
    qtbot.mouseClick(view.drive_panel.folder_button, Qt.MouseButton.LeftButton)
    assert view.drive_panel.texts() == [f"文件夹：{shared}"]
    assert view.township.place == str(shared)


def test_a_county_gets_the_county_page_and_the_mode_follows_the_profile(qtbot, office):
    view = open_view(qtbot, office, "县级")
    assert view.mode == "县级" and view.panels.currentWidget() is view.county
    assert [view.county.tabText(i) for i in range(view.county.count())] == [
        "导入报送包",
        "乡镇与密钥",
        "齐全情况",
        "下发配置",
        "减负统计",
    ]
    assert view.keys_label.text().startswith("本单位密钥指纹：")
    set_type(office, "乡镇")
    view.state.notify()
    assert view.mode == "乡镇" and view.panels.currentWidget() is view.township


# --- the county's import ---------------------------------------------------------------------
def test_import_runs_on_the_worker_and_shows_each_result(qtbot, office, stick, monkeypatch):
    first, second, broken = (str(stick / n) for n in ("a_v1.yibiao", "b_v1.yibiao", "c.yibiao"))
    monkeypatch.setattr(
        services,
        "scan",
        lambda _office, places: [
            Outcome(first, "new"),
            Outcome(second, "newer", office_code="532822102000", office_name="打洛镇"),
            Outcome(broken, "refused", "清单中的文件 data/1.csv 被改动", None, None, None, None, None, None),
        ],
    )
    threads: list[threading.Thread] = []

    def import_paths(_office, paths, progress, is_cancelled):
        threads.append(threading.current_thread())
        progress(1, 2, "a_v1.yibiao")
        return [Outcome(str(p), "imported") for p in paths]

    monkeypatch.setattr(services, "import_paths", import_paths)
    view = open_view(qtbot, office, "县级", fake_drives(stick))
    tab = view.county.imports
    qtbot.waitUntil(lambda: tab.found_model.rowCount() == 3, timeout=5000)
    assert "共 3 个报送包，其中 2 个可以导入" in tab.place_label.text()
    assert [tab.found_model.rows[r][5] for r in range(3)] == ["将导入", "将导入（新版本）", "拒收"]
    assert tab.found_model.rows[2][0] == "c.yibiao"  # unreadable: named by its file
    assert tab.found_model.rows[2][6] == "清单中的文件 data/1.csv 被改动"  # the reason, in words
    tab.found_table.selectRow(2)  # in full under the table
    assert tab.found_detail.text() == f"文件：{broken}\n清单中的文件 data/1.csv 被改动"
    assert tab.import_all_button.isEnabled() and not tab.trust_button.isEnabled()
    qtbot.mouseClick(tab.import_all_button, Qt.MouseButton.LeftButton)
    assert threads and threads[0] is not threading.main_thread()
    assert [tab.result_model.rows[r][5] for r in range(2)] == ["已导入", "已导入"]
    assert [tab.result_model.key_at(r) for r in range(2)] == [first, second]
    assert tab.result_label.text() == "导入 2 个，以前已导入 0 个，旧版本 0 个，拒收 0 个。"


def test_cancelling_the_import_says_what_was_kept(qtbot, office, stick, monkeypatch):
    started, release = threading.Event(), threading.Event()
    monkeypatch.setattr(services, "scan", lambda _office, places: [Outcome(str(stick / "a.yibiao"), "new")])

    def import_paths(_office, paths, progress, is_cancelled):
        started.set()
        release.wait(5)
        return [Outcome(str(p), "imported") for p in paths]

    monkeypatch.setattr(services, "import_paths", import_paths)
    view = open_view(qtbot, office, "县级", fake_drives(stick))
    tab = view.county.imports
    qtbot.waitUntil(lambda: tab.found_model.rowCount() == 1, timeout=5000)

    def cancel(progress: TaskProgressDialog) -> None:
        assert started.wait(5)
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        release.set()

    when_modal(cancel, attempts=1000, kind=TaskProgressDialog)
    assert tab.import_packages(tab.importable_paths()) is None
    assert "已取消导入" in tab.result_label.text()
    assert tab.result_model.rowCount() == 0


# --- trust on first use ----------------------------------------------------------------------
@dataclass
class Seen:
    signing: str
    fingerprint: str


def seen_township(office) -> None:
    """A package from 勐混镇 signed by a key the county has not confirmed: kept aside for the clerk."""
    office.county.register.remember("532822101000", "勐混镇", Seen("c2lnbmluZw==", FINGERPRINT))


def test_esc_in_the_trust_question_changes_nothing_and_yes_trusts(qtbot, office):
    view = open_view(qtbot, office, "县级")
    seen_township(office)
    view.state.notify()
    tab = view.county.townships
    view.county.setCurrentWidget(tab)
    assert tab.model.rows[0][:4] == ["532822101000", "勐混镇", FINGERPRINT, "待核对"]
    assert tab.select_code("532822101000") and tab.trust_button.isEnabled()
    asked: dict = {}

    def press_escape(box: QMessageBox) -> None:
        asked["text"] = box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    when_modal(press_escape, kind=QMessageBox)
    assert tab.trust_selected() is False
    assert "请核对乡镇报告封面上印的密钥指纹：" in asked["text"] and FINGERPRINT in asked["text"]
    assert "是否一致？" in asked["text"]
    info = office.county.townships()[0]
    assert info.trusted_at is None and info.pending_fingerprint == FINGERPRINT
    assert "没有信任" in tab.status_label.text()

    def answer_yes(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(answer_yes, kind=QMessageBox)
    assert tab.trust_selected() is True
    info = office.county.townships()[0]
    assert info.trusted_at and info.fingerprint == FINGERPRINT and info.pending_fingerprint is None
    assert tab.model.rows[0][3].startswith("已核对")
    assert not tab.trust_button.isEnabled()


# --- layout ----------------------------------------------------------------------------------
language = test_ui_layout.language  # both interface languages, as for every other page


@pytest.mark.parametrize("office_type", ["乡镇", "县级"])
def test_the_page_fits_a_1366_screen_in_both_modes(qtbot, office, stick, language, office_type, monkeypatch):
    monkeypatch.setattr("ui.county.view.removable_drives", fake_drives(stick))
    set_type(office, office_type)
    if office_type == "县级":
        seen_township(office)
    window = MainWindow(AppState(office, background=False))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.go_to("sync")
    problems = []
    tabs = range(page.county.count()) if office_type == "县级" else [None]
    for index in tabs:
        if index is not None:
            page.county.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        assert window.width() <= 1366
        problems += clipped_texts(window)
    window.close()
    assert not problems, "\n".join(problems)


def test_a_file_that_is_no_package_is_listed_with_the_reason_and_cannot_be_imported(qtbot, office, stick):
    (stick / "拔出时写了一半.yibiao").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    view = open_view(qtbot, office, "乡镇", fake_drives(stick))
    panel = view.township
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    row = panel.model.rows[0]
    assert row[:2] == ["无法读取", "拔出时写了一半.yibiao"] and row[4]  # the reason, in words
    panel.table.selectRow(0)
    assert not panel.import_button.isEnabled()
    assert row[4] in panel.detail_label.text()


def test_a_changed_key_is_shown_and_the_question_names_the_key_it_would_replace(qtbot, office):
    view = open_view(qtbot, office, "县级")
    seen_township(office)
    office.county.trust(FINGERPRINT)
    new = "77AA 12C0 77B1 0E4D 9A2F 61C8 D0E3 0000"
    office.county.register.remember("532822101000", "勐混镇", Seen("bmV3IGtleQ==", new))
    view.state.notify()
    tab = view.county.townships
    assert tab.model.rows[0][2:4] == [new, "密钥变了，待核对"]
    tab.select_code("532822101000")
    asked: dict = {}

    def say_no(box: QMessageBox) -> None:
        asked["text"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(say_no, kind=QMessageBox)
    assert tab.trust_selected() is False
    assert new in asked["text"] and f"已登记的密钥是 {FINGERPRINT}" in asked["text"]
    info = office.county.townships()[0]
    assert info.fingerprint == FINGERPRINT and info.pending_fingerprint == new  # unchanged


def test_a_scan_finishing_after_the_page_is_gone_goes_nowhere(qtbot, office, stick, monkeypatch):
    started, release = threading.Event(), threading.Event()

    def slow_scan(_office, places):
        started.set()
        release.wait(5)
        return [Outcome(str(stick / "a.yibiao"), "new")]

    monkeypatch.setattr(services, "scan", slow_scan)
    set_type(office, "县级")
    view = SyncView(AppState(office, background=False), drives=fake_drives(stick))
    view.show()
    assert started.wait(5)
    view.close()
    view.deleteLater()
    QApplication.sendPostedEvents(None, 0x0034)  # QEvent.DeferredDelete: the page is destroyed now
    release.set()
    assert wait_for_all(5000)
    for _ in range(5):  # the result is delivered to nobody; no error in a slot
        QApplication.processEvents()
