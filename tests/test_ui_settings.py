"""First-run profile, the settings page and starting the whole program on the demo office."""

from __future__ import annotations

import argparse

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.ui_helpers import type_text
from ui.app_state import AppState
from ui.settings.profile_dialog import ProfileDialog
from ui.settings.view import SettingsView


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def test_profile_dialog_rejects_a_bad_code_and_keeps_the_input(qtbot, office):
    dialog = ProfileDialog(office.profile)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name_edit, "白沙镇人民政府")
    type_text(dialog.code_edit, "5306241")
    type_text(dialog.county_edit, "云溪县")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and "12 位" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.code_edit
    assert office.profile.get() is None
    dialog.code_edit.clear()
    type_text(dialog.code_edit, "530624100000")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    assert office.profile.get().admin_code == "530624100000"


def test_settings_add_and_deactivate_department(qtbot, office):
    state = AppState(office)
    view = SettingsView(state)
    qtbot.addWidget(view)
    view.show()
    type_text(view.new_name, "县林业局")
    type_text(view.new_short, "林业局")
    view.add_department()
    names = [d.name for d in office.departments.list()]
    assert "县林业局" in names
    assert view.departments.rowCount() == len(office.departments.list(include_inactive=True))
    office.registry.create({"kind": "task", "title": "林业任务", "department": "林业局"})
    row = next(
        r for r in range(view.departments.rowCount()) if view.departments.item(r, 0).text() == "县林业局"
    )
    view.departments.selectRow(row)
    QTimer.singleShot(
        0, lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().accept()
    )
    view.remove_department()
    assert "县林业局" not in [d.name for d in office.departments.list()]  # used, so only deactivated
    assert "县林业局" in [d.name for d in office.departments.list(include_inactive=True)]


def test_program_starts_on_the_demo_office(qtbot, tmp_path):
    from ui.app import run

    shown = {}

    def look_and_quit():
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle()]
        shown["titles"] = [w.windowTitle() for w in windows]
        for window in windows:
            window.close()  # closing the last window ends app.exec(), as when the clerk closes it

    QTimer.singleShot(200, look_and_quit)
    args = argparse.Namespace(db=str(tmp_path / "demo.sqlite3"), demo=True, lang="zh_CN", json=False)
    assert run(args) == 0
    assert any("白沙镇人民政府" in title for title in shown["titles"])


def test_first_start_asks_for_the_office_profile(qtbot, tmp_path):
    from ui.app import run
    from ui.settings.profile_dialog import ProfileDialog

    asked = {}

    def fill_profile(dialog):
        asked["dialog"] = type(dialog)
        dialog.name_edit.setText("白沙镇人民政府")
        dialog.code_edit.setText("530624100000")
        dialog.county_edit.setText("云溪县")
        save_button(dialog).click()
        QTimer.singleShot(200, look_and_quit)

    def look_and_quit():
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle()]
        asked["titles"] = [w.windowTitle() for w in windows]
        for window in windows:
            window.close()  # closing the last window ends app.exec(), as when the clerk closes it

    from tests.ui_helpers import when_modal

    when_modal(fill_profile, kind=ProfileDialog)
    args = argparse.Namespace(db=str(tmp_path / "new.sqlite3"), demo=False, lang="zh_CN", json=False)
    assert run(args) == 0
    assert asked["dialog"] is ProfileDialog
    assert any("白沙镇人民政府" in title for title in asked["titles"])
