"""The 台账 page on real files: dry run in the background, the report, cancel, import, conflicts, masking."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.tasks import run_task, wait_for_all
from tests.builders import LI, WANG, ZHANG, db_snapshot, write_return
from tests.ui_helpers import type_text
from ui.app_state import AppState
from ui.ledger.import_report_dialog import ImportReportDialog
from ui.ledger.import_source_dialog import ImportSourceDialog
from ui.ledger.view import LedgerView
from ui.main_window import MainWindow
from ui.widgets.progress_dialog import TaskProgressDialog

BAD_ID = WANG[:-1] + ("0" if WANG[-1] != "0" else "1")  # wrong check digit


def when_modal_of(kind: type, callback, attempts: int = 500) -> None:
    """Run `callback(dialog)` once a modal dialog of `kind` is the active one."""

    def poll(remaining: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            callback(dialog)
        elif remaining:
            QTimer.singleShot(10, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)


@pytest.fixture(autouse=True)
def idle_worker():
    yield
    assert wait_for_all(5000)


@pytest.fixture
def state(office):
    return AppState(office)


@pytest.fixture
def view(qtbot, state):
    page = LedgerView(state)
    qtbot.addWidget(page)
    page.resize(1218, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def roster(tmp_path):
    """Four rows: 张伟, 李娜 twice (an exact duplicate), 王芳 with a wrong ID check digit."""
    return write_return(
        tmp_path / "劳动力花名册.xlsx",
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
            [2, "李娜", LI, "1990-01-15", "白沙村", "13900139000", "否"],
            [2, "李娜", LI, "1990-01-15", "白沙村", "13900139000", "否"],
            [3, "王芳", BAD_ID, "1972-04-26", "河口村", "13700137000", "是"],
        ],
    )


def test_dry_run_report_counts_then_cancel_changes_nothing(qtbot, view, state, roster):
    before = db_snapshot(state.office.path)
    expected = state.office.ledger.import_file(roster, "县人社局", dry_run=True)
    seen: dict[str, object] = {}

    def choose(dialog: ImportSourceDialog) -> None:
        dialog.path_edit.setText(str(roster))
        dialog.department_combo.setCurrentText("县人力资源和社会保障局")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    def read_and_cancel(dialog: ImportReportDialog) -> None:
        seen["written"] = {k: dialog.written.value(k) for k in dialog.written.tiles}
        seen["attention"] = {k: dialog.attention.value(k) for k in dialog.attention.tiles}
        seen["invalid"] = dialog.models["invalid"].rows
        seen["duplicates"] = dialog.models["duplicates"].rows
        seen["tab"] = dialog.tabs.tabText(dialog.tabs.currentIndex())
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()

    when_modal_of(ImportSourceDialog, choose)
    when_modal_of(ImportReportDialog, read_and_cancel)
    assert view.import_return() is None
    assert seen["written"] == {
        "rows": 4,
        "new_entities": 3,
        "new_values": expected.new_values,
        "updated": 0,
        "unchanged": 0,
    }
    assert seen["attention"] == {"duplicates": 1, "conflicts": 0, "invalid": 1, "matched": 0}
    assert seen["duplicates"] == [["5", "第 4 行"]]
    [invalid] = seen["invalid"]
    assert invalid[:3] == ["6", "C", "公民身份号码"]
    assert invalid[3] == BAD_ID[:6] + "*" * 8 + BAD_ID[-4:]  # masked by default, in the reason too
    assert BAD_ID not in invalid[4] and BAD_ID[:6] + "*" * 8 + BAD_ID[-4:] in invalid[4]
    assert seen["tab"].startswith("无效单元格")
    assert db_snapshot(state.office.path) == before
    assert view.stats.value("person") == 0


def test_import_updates_the_page(qtbot, view, state, roster):
    when_modal_of(ImportReportDialog, lambda dialog: dialog.import_button.click())
    with qtbot.waitSignal(state.changed, timeout=5000):
        report = view.import_return(roster, "县人社局")
    assert report is not None and not report.dry_run and report.import_id
    assert view.stats.value("person") == 3
    assert view.stats.value("values") == state.office.ledger.stats()["values"] > 0
    assert view.stats.value("invalid_keys") == 1


def test_unreadable_file_shows_the_reason_and_changes_nothing(qtbot, view, state, tmp_path):
    junk = tmp_path / "坏文件.xlsx"
    junk.write_bytes(b"not a workbook")
    before = db_snapshot(state.office.path)
    messages: list[str] = []

    def close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal_of(QMessageBox, close)
    assert view.import_return(junk, "县人社局") is None
    assert messages and "坏文件.xlsx" in messages[0]
    assert db_snapshot(state.office.path) == before


def test_progress_dialog_cancel_returns_at_once(qtbot, view):
    gate = threading.Event()
    task = run_task(lambda progress, is_cancelled: gate.wait(5) and "late")
    dialog = TaskProgressDialog(task, "正在读取…", view)
    when_modal_of(TaskProgressDialog, lambda d: qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton))
    assert dialog.exec() == QDialog.DialogCode.Rejected and dialog.was_cancelled
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        gate.set()
    assert task.result is None


def test_conflict_is_resolved_and_the_old_value_kept_in_history(qtbot, state, tmp_path):
    state.office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("ledger")
    assert isinstance(page, LedgerView)
    twice = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
            [2, "张伟", ZHANG, "1985-03-02", "白沙村", "13900139000", "是"],
        ],
    )
    state.office.ledger.import_file(twice, "县人社局")
    state.notify()
    panel = page.conflicts
    assert page.stats.value("conflicts") == 1 and page.tabs.tabText(1) == "待处理冲突（1）"
    assert panel.model.rows[0][4] == "138****8000（第 3 行）；139****9000（第 4 行）"
    page.tabs.setCurrentWidget(panel)
    second = panel.choice_buttons[1]
    qtbot.waitUntil(lambda: second.isVisible() and second.width() > 0)  # laid out
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert second.isChecked()
    with qtbot.waitSignal(state.changed, timeout=2000):
        qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert page.stats.value("conflicts") == 0 and panel.conflicts == []
    entity_id = state.office.ledger.find_entities("张伟")[0].id
    history = state.office.ledger.history(entity_id, "person.phone")
    assert [(h.value, h.current, h.source) for h in history] == [
        ("13900139000", True, "resolution"),
        ("13800138000", False, "import"),
    ]
    assert history[0].source_row == 4 and history[0].file_name == "r.xlsx"

    # The lookup shows the chosen value, masked, with the old one in the history below.
    page.tabs.setCurrentWidget(page.lookup)
    type_text(page.lookup.search_edit, "张伟")
    lookup = page.lookup
    assert lookup.results_model.rows == [["张伟", "人员", ZHANG[:6] + "********" + ZHANG[-4:]]]
    phone_row = next(i for i, h in enumerate(lookup.facts) if h.field_id == "person.phone")
    assert lookup.facts_model.rows[phone_row][1] == "139****9000"
    assert lookup.facts_model.rows[phone_row][6] == "人工核定"
    lookup.facts_table.selectRow(phone_row)
    assert [r[:2] for r in lookup.history_model.rows] == [
        ["139****9000", "当前"],
        ["138****8000", "已被替换"],
    ]


def test_masking_is_on_by_default_and_the_toggle_reveals(qtbot, view, state, roster):
    state.office.ledger.import_file(roster, "县人社局")
    state.notify()
    lookup = view.lookup
    type_text(lookup.search_edit, ZHANG[-6:])  # the last digits of an ID number find the person
    assert [r[0] for r in lookup.results_model.rows] == ["张伟"]
    masked_id = ZHANG[:6] + "********" + ZHANG[-4:]
    values = {h.field_id: row[1] for h, row in zip(lookup.facts, lookup.facts_model.rows, strict=True)}
    assert values["person.id_number"] == masked_id and values["person.phone"] == "138****8000"
    assert values["person.name"] == "张伟"
    assert not view.reveal.isChecked()
    qtbot.mouseClick(view.reveal, Qt.MouseButton.LeftButton)
    assert view.reveal.isChecked()
    values = {h.field_id: row[1] for h, row in zip(lookup.facts, lookup.facts_model.rows, strict=True)}
    assert values["person.id_number"] == ZHANG and values["person.phone"] == "13800138000"
    assert lookup.results_model.rows[0][2] == ZHANG
    qtbot.mouseClick(view.reveal, Qt.MouseButton.LeftButton)
    assert lookup.results_model.rows[0][2] == masked_id


def test_report_dialog_reveals_on_request(qtbot, state, roster):
    report = state.office.ledger.import_file(roster, "县人社局", dry_run=True)
    dialog = ImportReportDialog(report, "县人社局", state.office.catalog.catalog())
    qtbot.addWidget(dialog)
    assert dialog.models["flagged"].rows[0][1] == BAD_ID[:6] + "********" + BAD_ID[-4:]
    dialog.reveal.setChecked(True)
    assert dialog.models["flagged"].rows[0][1] == BAD_ID and dialog.models["invalid"].rows[0][3] == BAD_ID
    assert BAD_ID in dialog.models["invalid"].rows[0][4]


def test_report_dialog_lists_a_second_phone_number_kept_aside_masked(qtbot, state, tmp_path):
    two = write_return(
        tmp_path / "two.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000/13912345678", "是"]]
    )
    report = state.office.ledger.import_file(two, "县人社局", dry_run=True)
    dialog = ImportReportDialog(report, "县人社局", state.office.catalog.catalog())
    qtbot.addWidget(dialog)
    (row,) = dialog.models["notes"].rows
    assert row[3] == "138****8000" and "13912345678" not in row[4] and "13800138000" not in row[4]
    assert dialog.tabs.tabText(dialog.tabs.count() - 1).endswith("（1）")
    dialog.reveal.setChecked(True)
    (row,) = dialog.models["notes"].rows
    assert row[3] == "13800138000" and "13912345678" in row[4]


def test_not_the_same_person_is_kept_separate_on_import(qtbot, view, state, tmp_path):
    """A row matched without an ID number: the clerk clicks 不是同一人, imports, and gets two people."""
    earlier = write_return(tmp_path / "earlier.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "", ""]])
    state.office.ledger.import_file(earlier, "县人社局")
    known = state.office.ledger.ledger.key_index("person")[ZHANG]
    later = write_return(
        tmp_path / "later.xlsx",
        [
            [1, "张伟", "", "1985-03-02", "白沙村", "13800138000", "是"],
            [2, "李娜", LI, "1990-01-15", "白沙村", "13900139000", "否"],
        ],
    )
    seen: dict[str, object] = {}

    def say_not_same(dialog: ImportReportDialog) -> None:
        seen["tab"] = dialog.tabs.tabText(dialog.tabs.currentIndex())
        seen["row"] = dialog.models["matched"].rows[0][:2]
        yes, no = dialog.choice_buttons[3]
        seen["default"] = (yes.text(), yes.isChecked(), no.text(), no.isChecked())
        qtbot.waitUntil(lambda: no.isVisible() and no.width() > 0)  # laid out in the table
        qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
        seen["after"] = (yes.isChecked(), no.isChecked(), dialog.not_same_note.text())
        seen["masked"] = dialog.models["matched"].rows[0][2]
        dialog.reveal.setChecked(True)  # refilling the lists keeps the clerk's answer
        seen["kept"] = dialog.choice_buttons[3][1].isChecked()
        seen["revealed"] = dialog.models["matched"].rows[0][2]
        dialog.import_button.click()

    when_modal_of(ImportReportDialog, say_not_same)
    with qtbot.waitSignal(state.changed, timeout=5000):
        report = view.import_return(later, "县人社局")
    assert seen["tab"].startswith("请确认")
    assert seen["row"] == ["3", "张伟（台账中已有）"]
    assert seen["default"] == ("是同一人", True, "不是同一人", False)
    assert seen["after"][:2] == (False, True) and "1 行" in seen["after"][2]
    assert seen["kept"] is True
    assert (seen["masked"], seen["revealed"]) == (
        ZHANG[:6] + "*" * 8 + ZHANG[-4:],
        ZHANG,
    )  # the matched person
    assert report is not None and report.not_same == [3] and report.new_entities == 2
    ledger = state.office.ledger
    assert ledger.stats()["entities"]["person"] == 3
    assert ledger.ledger.current(["person.phone"], [known])[known] == [None]  # 张伟 in the ledger untouched
    separate = next(e for e in ledger.find_entities("张伟") if e.id != known)
    assert separate.key_status == "missing"
    assert ledger.ledger.current(["person.phone"], [separate.id])[separate.id] == ["13800138000"]


def test_same_person_by_default_merges_on_import(qtbot, view, state, tmp_path):
    earlier = write_return(tmp_path / "earlier.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "", ""]])
    state.office.ledger.import_file(earlier, "县人社局")
    known = state.office.ledger.ledger.key_index("person")[ZHANG]
    later = write_return(
        tmp_path / "later.xlsx", [[1, "张伟", "", "1985-03-02", "白沙村", "13800138000", ""]]
    )
    when_modal_of(ImportReportDialog, lambda dialog: dialog.import_button.click())
    with qtbot.waitSignal(state.changed, timeout=5000):
        report = view.import_return(later, "县人社局")
    assert report is not None and report.not_same == [] and report.new_entities == 0
    assert state.office.ledger.stats()["entities"]["person"] == 1
    assert state.office.ledger.ledger.current(["person.phone"], [known])[known] == ["13800138000"]


def test_a_big_office_counts_the_cycles_cells_when_asked_not_on_every_change(
    qtbot, office, roster, monkeypatch
):
    office.ledger.import_file(roster, "县人社局")
    counted: list[str] = []
    real = type(office.burden).cycle_cells
    monkeypatch.setattr(
        type(office.burden), "cycle_cells", lambda self, key: counted.append(key) or real(self, key)
    )
    state = AppState(office, background=True)  # a big office: slow figures are read off the UI thread
    page = LedgerView(state)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not state.reading())
    state.notify()
    qtbot.waitUntil(lambda: not state.reading())
    assert counted == [] and "统计" in page.reuse_label.text()
    page.reuse_label.linkActivated.emit("count")
    qtbot.waitUntil(lambda: "共需填报" in page.reuse_label.text(), timeout=10_000)
    assert len(counted) == 1
