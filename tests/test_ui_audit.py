"""设置 → 审计日志: entries listed newest first, filtered by action and text, exported; a broken chain said."""

from __future__ import annotations

import csv
import sqlite3

from PySide6.QtCore import Qt

from tests.ui_helpers import type_text
from ui.app_state import AppState
from ui.settings.audit_dialog import AuditDialog
from ui.settings.view import SettingsView


def _fill(office) -> None:
    office.audit.record("ledger-import", {"file": "花名册.xlsx"}, who="张三")
    office.audit.record("package-build", {"cycle": "2026-11", "version": 1}, who="李四")
    office.audit.record("ledger-import", {"file": "低保.xlsx"}, who="李四")


def test_list_filter_and_export(qtbot, office, tmp_path):
    _fill(office)
    out = tmp_path / "审计.csv"
    dialog = AuditDialog(AppState(office), save_chooser=lambda _parent: str(out))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 3).text() == '{"file": "低保.xlsx"}'  # newest first
    assert dialog.table.item(0, 2).text() == "导入台账"
    assert "完整" in dialog.chain_label.text()
    dialog.action.setCurrentIndex(dialog.action.findData("package-build"))
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "李四"
    dialog.action.setCurrentIndex(0)
    type_text(dialog.text, "花名册")
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "张三"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["who"] for r in rows] == ["张三"] and "1 条" in dialog.count_label.text()


def test_a_broken_chain_is_shown(qtbot, office):
    _fill(office)
    conn = sqlite3.connect(office.path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET who = '王五' WHERE action = 'package-build'")
    conn.commit()
    conn.close()
    dialog = AuditDialog(AppState(office))
    qtbot.addWidget(dialog)
    assert "有问题" in dialog.chain_label.text() and "生成报送包" in dialog.chain_label.text()


def test_settings_opens_the_audit_log(qtbot, office):
    view = SettingsView(AppState(office))
    qtbot.addWidget(view)
    dialog = view.open_audit()
    assert isinstance(dialog, AuditDialog) and dialog.isVisible()
    dialog.close()


def test_a_long_log_lists_the_newest_and_exports_all(qtbot, office, tmp_path, monkeypatch):
    monkeypatch.setattr("ui.settings.audit_dialog.SHOWN", 2)
    _fill(office)
    out = tmp_path / "all.csv"
    dialog = AuditDialog(AppState(office), save_chooser=lambda _parent: str(out))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and "最近 2 条" in dialog.count_label.text()
    assert dialog.table.item(1, 2).text() == "生成报送包"
    assert dialog.export() == out
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 3
