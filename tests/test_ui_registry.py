"""The real main window, driven by keys and clicks (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from storage.records import ItemFilter
from tests.ui_helpers import type_text, when_modal
from ui.app_state import AppState
from ui.main_window import MainWindow
from ui.registry.item_dialog import ItemDialog
from ui.registry.model import DEADLINE_ROLE, OVERDUE_BACKGROUND, PAGE_SIZE, SOON_BACKGROUND
from ui.registry.progress_report_dialog import ProgressReportDialog


@pytest.fixture
def window(qtbot, office):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    main = MainWindow(AppState(office))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def add(office, **values):
    base = {
        "kind": "task",
        "title": "关于开展秋季森林防火检查的通知",
        "department": "县应急局",
        "received": "2026-11-20",
    }
    base.update(values)
    return office.registry.create(base).item


def fill_and_save(dialog: ItemDialog, qtbot, title: str, department: str, doc_no: str = "") -> None:
    type_text(dialog.title_edit, title)
    dialog.department_combo.setCurrentText("")
    type_text(dialog.department_combo.lineEdit(), department)
    if doc_no:
        type_text(dialog.doc_no_edit, doc_no)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_register_item_through_the_dialog_with_ctrl_n(window, qtbot, office):
    window.go_to("registry")
    seen = {}

    def fill(dialog):
        # QTest may not be re-entered while the Ctrl+N key event is still being delivered,
        # so the modal dialog is filled through its widgets' own slots.
        seen["dialog"] = dialog
        dialog.due_check.setChecked(True)
        dialog.title_edit.setText("关于报送第四季度低收入人口监测数据的通知")
        dialog.department_combo.setCurrentText("县民政局")
        dialog.doc_no_edit.setText("县民发〔2026〕31号")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(seen["dialog"], ItemDialog)
    items = office.registry.list()
    assert [i.title for i in items] == ["关于报送第四季度低收入人口监测数据的通知"]
    assert items[0].department == "县民政局"
    assert items[0].doc_no == "县民发〔2026〕31号"
    assert items[0].due is not None
    view = window.registry
    assert view.model.rowCount() == 1
    assert view.detail.item is not None and view.detail.item.id == items[0].id


def test_dialog_shows_error_and_keeps_input_for_unknown_department(qtbot, office):
    dialog = ItemDialog(office.registry, [d.name for d in office.departments.list()])
    qtbot.addWidget(dialog)
    dialog.show()
    # A name not on the list is offered for adding (issue 11, item 9); the clerk declines here.
    when_modal(lambda box: box.button(QMessageBox.StandardButton.No).click(), kind=QMessageBox)
    fill_and_save(dialog, qtbot, "关于召开防汛工作会议的通知", "县不存在局")
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "县不存在局" in dialog.error_label.text()
    assert dialog.title_edit.text() == "关于召开防汛工作会议的通知"  # nothing typed is lost
    assert office.registry.count() == 0


def test_dialog_refuses_classified_marking(qtbot, office):
    dialog = ItemDialog(office.registry, [d.name for d in office.departments.list()])
    qtbot.addWidget(dialog)
    dialog.show()
    fill_and_save(dialog, qtbot, "机密★1年 关于某事项的通知", "县人社局")
    assert "机密" in dialog.error_label.text()
    assert office.registry.count() == 0


def test_dialog_meeting_fields_are_saved(qtbot, office):
    dialog = ItemDialog(office.registry, [d.name for d in office.departments.list()], kind="meeting")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.meeting_box.isVisible() and not dialog.task_box.isVisible()
    type_text(dialog.place_edit, "县政府三楼会议室")
    dialog.principal_check.setChecked(True)
    fill_and_save(dialog, qtbot, "关于召开全县森林防火视频会议的通知", "县应急局")
    item = office.registry.list()[0]
    assert item.kind == "meeting"
    assert item.place == "县政府三楼会议室"
    assert item.principal_required is True
    assert item.meeting_start and item.due == item.meeting_start


def test_search_filters_the_table(window, qtbot, office):
    add(office, title="关于开展秋季森林防火检查的通知")
    add(office, title="关于报送养老保险参保数据的通知", department="县人社局", doc_no="县人社发〔2026〕12号")
    add(office, title="关于召开防汛会议的通知", kind="meeting", notes="带上汛期值班表")
    office_state = window.state
    office_state.notify()
    view = window.go_to("registry")
    assert view.model.rowCount() == 3
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_bar.search_edit.hasFocus()
    type_text(view.filter_bar.search_edit, "人社发")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.item_at(0).doc_no == "县人社发〔2026〕12号"
    view.filter_bar.search_edit.clear()
    type_text(view.filter_bar.search_edit, "值班表")  # full-text over notes
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.item_at(0).kind == "meeting")
    view.filter_bar.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.filter_bar.kind_combo.setCurrentIndex(view.filter_bar.kind_combo.findData("meeting"))
    assert view.model.rowCount() == 1
    view.filter_bar.kind_combo.setCurrentIndex(0)
    view.filter_bar.department_combo.setCurrentIndex(
        view.filter_bar.department_combo.findText("县人力资源和社会保障局")
    )
    assert [view.model.item_at(r).title for r in range(view.model.rowCount())] == [
        "关于报送养老保险参保数据的通知"
    ]


def test_status_change_from_detail_panel(window, qtbot, office):
    item = add(office)
    window.state.notify()
    view = window.go_to("registry")
    view.select_item(item.id)
    combo = view.detail.status_combo
    combo.setCurrentIndex(combo.findData("办理中"))
    combo.activated.emit(combo.currentIndex())
    assert office.registry.get(item.id).status == "办理中"
    assert view.model.item_at(view.model.row_of(item.id)).status == "办理中"


def test_registry_shows_open_work_by_default(window, office):
    add(office, title="待办的任务")
    add(office, title="办完的任务", status="已完成")
    window.state.notify()
    view = window.go_to("registry")
    assert [view.model.item_at(r).title for r in range(view.model.rowCount())] == ["待办的任务"]
    view.filter_bar.clear()
    assert view.model.rowCount() == 2


def test_archive_hides_item_and_status_filter_shows_it(window, qtbot, office):
    item = add(office)
    window.state.notify()
    view = window.go_to("registry")
    view.select_item(item.id)
    qtbot.mouseClick(view.detail.archive_button, Qt.MouseButton.LeftButton)
    assert office.registry.get(item.id).archived_at is not None
    assert view.model.rowCount() == 0
    view.filter_bar.status_combo.setCurrentIndex(view.filter_bar.status_combo.findData("已归档"))
    assert view.model.rowCount() == 1


def test_overdue_rows_red_and_soon_rows_amber(window, office):
    overdue = add(office, title="逾期的任务", received="2026-11-01", due="2026-11-20")
    soon = add(office, title="快到期的任务", due="2026-11-27")  # Friday; 'now' is Wednesday 11-25
    later = add(office, title="下月的任务", due="2026-12-20")
    done = add(office, title="已完成的逾期任务", received="2026-11-01", due="2026-11-10", status="已完成")
    window.state.notify()
    view = window.go_to("registry")
    view.filter_bar.clear()  # the default shows open work only; the finished item must be listed too
    model = view.model
    assert model.rowCount() == 4
    colors = {}
    for item in (overdue, soon, later, done):
        index = model.index(model.row_of(item.id), 1)
        brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
        colors[item.title] = (model.data(index, DEADLINE_ROLE), brush.color() if brush else None)
    assert colors["逾期的任务"] == ("overdue", OVERDUE_BACKGROUND)
    assert colors["快到期的任务"] == ("soon", SOON_BACKGROUND)
    assert colors["下月的任务"] == (None, None)
    assert colors["已完成的逾期任务"] == (None, None)


def test_today_view_lists_overdue_and_meetings(window, office):
    add(office, title="逾期的任务", received="2026-11-01", due="2026-11-20")
    add(
        office,
        title="本周的会议",
        kind="meeting",
        meeting_start="2026-11-26T09:00",
        meeting_end="2026-11-26T11:00",
    )
    window.state.notify()
    today = window.go_to("today")
    assert "逾期的任务" in today.overdue.item(0).text()
    assert "本周的会议" in today.meetings.item(0).text()


def test_dropping_a_file_starts_registration_with_the_file_attached(window, qtbot, office, tmp_path):
    source = tmp_path / "关于报送2026年农村劳动力务工信息的通知.xlsx"
    source.write_bytes(b"PK\x03\x04 not really a workbook, kept unmodified")
    before = source.read_bytes()
    window.go_to("registry")

    def fill(dialog):
        assert dialog.title_edit.text() == "关于报送2026年农村劳动力务工信息的通知"
        assert dialog.kind_combo.currentData() == "form"
        dialog.department_combo.setCurrentText("县人社局")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    when_modal(fill)
    event = QDropEvent(
        QPointF(QPoint(300, 300)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # QApplication routes synthetic drops through its drag manager, so deliver it to the handler.
    window.dropEvent(event)
    assert event.isAccepted()
    items = office.registry.list(ItemFilter(kind="form"))
    assert len(items) == 1
    stored = office.registry.get(items[0].id).attachments
    assert [a.original_name for a in stored] == [source.name]
    assert Path(office.blobs.path_of(stored[0].sha256)).read_bytes() == before
    assert source.read_bytes() == before


def test_model_fetches_lazily(window, office):
    for number in range(PAGE_SIZE + 50):
        office.registry.create(
            {
                "kind": "task",
                "title": f"批量任务 {number:03d}",
                "department": "县统计局",
                "received": "2026-11-01",
            }
        )
    window.state.notify()
    model = window.go_to("registry").model
    assert model.rowCount() == PAGE_SIZE
    assert model.total() == PAGE_SIZE + 50
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 50
    assert not model.canFetchMore()


def test_sorting_by_title_runs_in_sqlite(window, office):
    for title in ("丙任务", "甲任务", "乙任务"):
        add(office, title=title)
    window.state.notify()
    view = window.go_to("registry")
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    titles = [view.model.item_at(r).title for r in range(view.model.rowCount())]
    assert titles == sorted(titles, reverse=True)


def test_progress_reports_are_recorded_from_the_detail_panel(window, qtbot, office):
    item = add(office, report_demand="周报")
    window.state.notify()
    view = window.go_to("registry")
    view.select_item(item.id)
    detail = view.detail
    assert detail.progress_button.isVisibleTo(detail) and detail.progress_list.count() == 1  # "还没有记录"
    seen: list[str] = []

    def refuse_then_save(dialog: ProgressReportDialog) -> None:
        dialog.save()  # nothing typed: refused, the dialog stays open and says why
        seen.append(dialog.error.text())
        type_text(dialog.text, "已完成 3 个村的排查")
        dialog.save()

    when_modal(refuse_then_save, kind=ProgressReportDialog)
    qtbot.mouseClick(detail.progress_button, Qt.MouseButton.LeftButton)
    assert "请写明办理进展" in seen[0]
    (report,) = office.progress.of_item(item.id)
    assert report.text == "已完成 3 个村的排查" and report.reported_on == "2026-11-25"
    assert detail.progress_list.item(0).text() == "2026-11-25  已完成 3 个村的排查"


def test_progress_section_is_only_for_tasks(window, office):
    meeting = add(office, kind="meeting", meeting_start="2026-11-28 09:30")
    window.state.notify()
    view = window.go_to("registry")
    view.select_item(meeting.id)
    assert not view.detail.progress_button.isVisibleTo(view.detail)
