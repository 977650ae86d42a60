"""The window's side of backups: the restore dialog with its preview, 备份到U盘, and a damaged database
at start (read-only with the offer of the newest good backup, or restored before the window opens)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.backup.service import database_problem
from desktop.office import Office
from desktop.packages.drives import Volume
from desktop.tasks import wait_for_all
from tests.conftest import FIXED_NOW
from tests.test_check import damaged_copy
from tests.ui_helpers import when_modal
from ui.app_state import AppState
from ui.main_window import MainWindow
from ui.settings.backup_dialog import BackupDialog
from ui.settings.backup_start import (
    READ_ONLY,
    DamagedDialog,
    ReadOnlyBanner,
    after_window_opened,
    check_at_start,
)
from ui.settings.backup_usb_dialog import BackupUsbDialog

TASK = {"kind": "task", "title": "备份时就有的任务", "department": "县应急局"}
PASS = "白沙镇2026备份口令"


@pytest.fixture(autouse=True)
def idle_worker():
    yield
    assert wait_for_all(10000)


def titles(office: Office) -> list[str]:
    return sorted(item.title for item in office.registry.list())


def test_restore_dialog_previews_restores_and_the_window_reloads(qtbot, office: Office):
    office.registry.create(TASK)
    office.backups.create("manual")
    office.registry.create({**TASK, "title": "备份之后才登记"})
    state = AppState(office)
    window = MainWindow(state)
    qtbot.addWidget(window)
    questions: list[str] = []
    dialog = BackupDialog(state, window, ask=lambda _w, _t, text: questions.append(text) or True)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "手动备份"
    assert "1 件事项" in dialog.preview.text()

    with qtbot.waitSignal(state.changed, timeout=10000):
        assert dialog.restore_selected()
    assert "1 件事项" in questions[0] and "恢复备份前" in questions[0]
    assert titles(office) == ["备份时就有的任务"]  # the window's own connection sees the restore
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == [
        "恢复备份前",
        "手动备份",
    ]
    assert "已恢复" in dialog.status.text()
    office.registry.create({**TASK, "title": "恢复后还能登记"})  # and still writes
    assert len(office.registry.list()) == 2


def test_restore_can_be_declined(qtbot, office: Office):
    office.registry.create(TASK)
    office.backups.create("manual")
    office.registry.create({**TASK, "title": "留下"})
    dialog = BackupDialog(AppState(office), ask=lambda *_a: False)
    qtbot.addWidget(dialog)
    assert not dialog.restore_selected()
    assert len(office.registry.list()) == 2
    assert dialog.table.rowCount() == 1


def test_back_up_now_from_the_dialog(qtbot, office: Office):
    dialog = BackupDialog(AppState(office))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and "还没有备份" in dialog.preview.text()
    made = dialog.back_up_now()
    assert made is not None and dialog.table.rowCount() == 1
    assert made.reason == "manual" and "已备份" in dialog.status.text()


def test_usb_backup_with_passphrase_and_restore_from_it(qtbot, office: Office, tmp_path: Path):
    office.registry.create(TASK)
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    drives = lambda: [Volume(str(stick), label="KINGSTON", fs_type="vfat", free=10**10, total=10**10)]  # noqa: E731
    state = AppState(office)
    dialog = BackupUsbDialog(state, drives=drives)
    qtbot.addWidget(dialog)
    assert dialog.selected_folder() == str(stick)
    dialog.passphrase.setText(PASS)
    dialog.repeat.setText(PASS + "x")
    assert dialog.write() is None and "不一样" in dialog.status_label.text()
    dialog.repeat.setText(PASS)
    result = dialog.write()
    assert result is not None and result.path.parent == stick, dialog.status_label.text()
    assert "可以安全弹出" in dialog.status_label.text() and dialog.passphrase.text() == ""

    office.registry.create({**TASK, "title": "之后登记"})
    restore = BackupDialog(
        state,
        ask=lambda *_a: True,
        file_chooser=lambda _w: str(result.path),
        passphrase_prompt=lambda _w, _name: "不对的口令不对的口令",
    )
    qtbot.addWidget(restore)
    assert not restore.restore_from_usb()
    assert "密码不对" in restore.status.text() and len(office.registry.list()) == 2
    restore.passphrase_prompt = lambda _w, _name: PASS
    assert restore.restore_from_usb()
    assert titles(office) == ["备份时就有的任务"]


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A damaged office (garbage in the pages of `items` of a backup-API copy) with one good backup."""
    source = tmp_path / "source.sqlite3"
    with Office(source, clock=lambda: FIXED_NOW) as office:
        office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
        office.registry.create(TASK)
    target = damaged_copy(source, tmp_path / "office.sqlite3", table="ledger_imports")
    with Office(source, clock=lambda: FIXED_NOW) as office:
        good = office.backups.create("daily")
    folder = target.with_name("office_backups")
    folder.mkdir()
    (folder / good.path.name).write_bytes(good.path.read_bytes())
    return target


def choose(button: str):
    def click(dialog) -> None:
        assert isinstance(dialog, DamagedDialog)
        getattr(dialog, button).click()

    when_modal(click, kind=DamagedDialog)


def test_a_damaged_database_opens_read_only_with_the_offer(qtbot, damaged: Path):
    assert database_problem(damaged) is not None
    choose("read_only_button")
    assert check_at_start(damaged) == READ_ONLY
    office = Office(damaged, read_only=True)
    try:
        state = AppState(office, background=False)
        window = MainWindow(state)
        qtbot.addWidget(window)
        window.show()
        banner = after_window_opened(window, state)
        assert isinstance(banner, ReadOnlyBanner) and banner.isVisible()
        assert "只读" in banner.label.text()
        assert "2026-11-25" in banner.offer.toolTip() and "1 件事项" in banner.offer.toolTip()
        assert titles(office) == ["备份时就有的任务"]  # what can still be read is shown
        with pytest.raises(Exception, match="readonly|只读"):  # SQLite refuses every write
            office.registry.create({**TASK, "title": "不能写入"})
        dialog = banner.open_restore()
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 1 and not dialog.backup_button.isEnabled()
        dialog.close()
    finally:
        office.close()


def test_a_damaged_database_is_restored_before_the_window_opens(qtbot, damaged: Path):
    seen: list[str] = []

    def restore(dialog) -> None:
        seen.append(dialog.offer.text())
        dialog.restore_button.click()

    when_modal(restore, kind=DamagedDialog)
    assert check_at_start(damaged) == "open"
    assert "2026-11-25 10:00:00" in seen[0] and "1 件事项" in seen[0]  # the preview of the offered backup
    assert database_problem(damaged) is None
    with Office(damaged) as office:
        assert titles(office) == ["备份时就有的任务"]
        assert [b.reason for b in office.backups.list()] == ["before-restore", "daily"]


def test_quitting_at_the_damaged_dialog_changes_nothing(qtbot, damaged: Path):
    before = damaged.read_bytes()
    choose("quit_button")
    assert check_at_start(damaged) == "quit"
    assert damaged.read_bytes() == before


def test_a_sound_office_starts_its_daily_backup_in_the_background(qtbot, office: Office):
    state = AppState(office, background=False)
    window = MainWindow(state)
    qtbot.addWidget(window)
    task = after_window_opened(window, state)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert [b.reason for b in office.backups.list()] == ["daily"]
    assert window.statusBar().findChild(ReadOnlyBanner) is None
