"""The 报送周期 page: the checklist of a cycle, moving items between cycles, named cycles, opening items."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.packages.drives import Volume
from desktop.tasks import wait_for_all
from tests.builders import LI, ROWS, ZHAO, write_form, write_return
from tests.ui_helpers import when_modal
from ui.app_state import AppState
from ui.cycles.move_dialog import CycleMoveDialog
from ui.cycles.package_build_dialog import PackageBuildDialog
from ui.cycles.usb_copy_dialog import UsbCopyDialog
from ui.cycles.view import CycleView
from ui.main_window import MainWindow

FORM_TITLE = "白沙镇外出务工人员摸底表"
TASK_TITLE = "关于开展冬季根治欠薪专项行动的通知"
MEETING_TITLE = "关于召开防汛工作会议的通知"


@pytest.fixture(autouse=True)
def idle_worker():
    yield
    assert wait_for_all(5000)


@pytest.fixture
def november(office, tmp_path):
    """November: one form filled from a three-person ledger, one overdue open task, one meeting held."""
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    form = office.intake.register(
        write_form(tmp_path / "摸底表.xlsx"),
        {"department": "县乡村振兴局", "due": "2026-11-30", "title": FORM_TITLE},
    ).item
    task = office.registry.create(
        {
            "kind": "task",
            "title": TASK_TITLE,
            "department": "县人社局",
            "received": "2026-11-02",
            "due": "2026-11-20",
            "report_demand": "周报",
        }
    ).item
    meeting = office.registry.create(
        {
            "kind": "meeting",
            "title": MEETING_TITLE,
            "department": "县水利局",
            "received": "2026-11-02",
            "meeting_start": "2026-11-10 09:30",
        }
    ).item
    return form.id, task.id, meeting.id


@pytest.fixture
def window(qtbot, office, november):
    main = MainWindow(AppState(office))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def view(window) -> CycleView:
    return window.go_to("cycles")


def column(view: CycleView, tab: str, header: str) -> list[str]:
    model = view.models[tab]
    index = model.headers.index(header)
    return [row[index] for row in model.rows]


def test_the_current_cycle_comes_first_with_its_checklist(view, november):
    form_id, task_id, meeting_id = november
    assert view.cycle_keys()[0] == "2026-11" and view.key == "2026-11"
    entry = view.list_model.entries[0]
    assert entry.title == "2026年11月（本期）"
    assert entry.subtitle == "报表 1 · 任务 1 · 会议 1"
    assert entry.tone == "warn" and entry.badge.endswith("个问题")
    assert view.title_label.text() == "2026年11月"
    assert view.tabs.tabText(0) == "报表（1）" and view.tabs.tabText(3) == "已生成的版本（0）"

    assert column(view, "forms", "报表") == [FORM_TITLE]
    assert column(view, "forms", "行数") == ["3"]
    assert int(column(view, "forms", "缺数据")[0]) > 0  # 王强 has no birth date and no phone
    assert column(view, "forms", "按台账填写") == ["可以"]
    assert column(view, "tasks", "进度报告") == ["周报 · 还没有报过"]
    assert column(view, "tasks", "是否逾期") == ["已逾期"]
    tasks = view.models["tasks"]
    assert tasks.data(tasks.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == "#b42318"
    assert column(view, "meetings", "是否已召开") == ["已召开"]

    blockers = view.blockers_label.text()
    assert "还缺" in blockers and "还没有办结" in blockers
    assert view.blockers_title.text().startswith(f"生成报送包之前还要处理 {len(view.blocker_lines())} 项")
    assert view.build_button.isEnabled()
    assert not view.preview_button.isEnabled() and not view.usb_button.isEnabled()  # nothing built yet
    assert not view.move_button.isEnabled()  # nothing selected


def test_moving_a_form_to_another_cycle_updates_both(qtbot, view, office, november):
    form_id, _, _ = november
    assert view.select_item(form_id)
    assert view.move_button.isEnabled()

    def to_december(dialog: CycleMoveDialog) -> None:
        dialog.choose("2026-12")  # not listed yet: typed
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    when_modal(to_december, kind=CycleMoveDialog)
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    assert view.key == "2026-11"  # the page stays on the cycle the clerk was looking at
    assert view.models["forms"].rows == [] and view.tabs.tabText(0) == "报表（0）"
    assert view.list_model.entries[0].subtitle == "报表 0 · 任务 1 · 会议 1"
    assert "已把“白沙镇外出务工人员摸底表”移到 2026年12月" in view.status_label.text()
    assert "本周期不需要生成报送包" in view.blockers_title.text()
    assert not view.build_button.isEnabled()

    december = view.list_model.entries[view.list_model.row_of("2026-12")]
    assert december.subtitle.startswith("报表 1 ·")
    view.select_cycle("2026-12")
    assert column(view, "forms", "报表") == [FORM_TITLE]
    assert column(view, "forms", "归入") == ["手动"]
    assert office.cycles.checklist("2026-12").forms[0].item_id == form_id

    view.select_item(form_id)  # and back to where its due date puts it
    qtbot.mouseClick(view.auto_button, Qt.MouseButton.LeftButton)
    assert "已按截止日期归入 2026年11月" in view.status_label.text()
    assert "2026-12" not in view.cycle_keys()  # empty again: December is no longer listed…
    assert view.key == "2026-11"  # …so the page shows the current cycle, where the form is back
    assert column(view, "forms", "归入") == ["按截止日期"]


def test_a_bad_cycle_name_says_how_to_write_it(qtbot, view, november):
    _, task_id, _ = november
    view.select_item(task_id)
    messages: list[str] = []

    def bad_key(dialog: CycleMoveDialog) -> None:
        dialog.choose("2026-13")
        when_modal(lambda box: (messages.append(box.text()), box.accept()))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    when_modal(bad_key, kind=CycleMoveDialog)
    assert view.move_selected() is None
    assert messages and "月度写 2026-11" in messages[0]
    assert column(view, "tasks", "任务") == [TASK_TITLE]  # still here


def test_a_named_cycle_is_created_and_selected(qtbot, view, office):
    def name_it(dialog: QInputDialog) -> None:
        dialog.setTextValue("2026-防汛专项")
        dialog.accept()

    when_modal(name_it, kind=QInputDialog)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.key == "2026-防汛专项"
    entry = view.list_model.entries[view.list_model.row_of("2026-防汛专项")]
    assert entry.title == "2026-防汛专项（专项）" and entry.badge == "无报表"
    assert "只含手动移入的事项" in view.info_label.text()
    assert "2026-防汛专项" in [c.cycle.key for c in office.cycles.list()]


def test_double_click_opens_the_item_in_the_registry(qtbot, window, view, november):
    _, _, meeting_id = november
    view.tabs.setCurrentIndex(2)
    table = view.tables["meetings"]
    rect = table.visualRect(view.models["meetings"].index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # Qt 6 wants the press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    registry = window.sections["registry"]
    assert window.pages.currentWidget() is registry
    assert registry.detail.item is not None and registry.detail.item.id == meeting_id


def test_progress_reports_show_beside_the_task(view, office, november):
    _, task_id, _ = november
    office.progress.add(task_id, "已排查 3 个村", "2026-11-10")
    office.progress.add(task_id, "全部村已排查，发现隐患 2 处")
    view.state.notify()
    assert column(view, "tasks", "进度报告") == ["周报 · 已报 2 次（最近 2026-11-25）"]
    tasks = view.models["tasks"]
    tip = tasks.data(tasks.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("2026-11-25：全部村已排查，发现隐患 2 处")


def test_a_long_list_of_blockers_is_cut_and_counted(qtbot, office, november):
    # A big office's month can have a hundred blockers: the box lays out the first ones and counts the rest.
    from ui.cycles.view import LISTED_BLOCKERS

    for number in range(LISTED_BLOCKERS + 5):
        office.registry.create(
            {
                "kind": "task",
                "title": f"关于报送第{number}项材料的通知",
                "department": "县人社局",
                "received": "2026-11-02",
                "due": "2026-11-25",
            }
        )
    main = MainWindow(AppState(office))
    qtbot.addWidget(main)
    view = main.go_to("cycles")
    qtbot.waitUntil(lambda: view.key == "2026-11")
    total = len(view.blocker_lines())
    lines = view.blockers_label.text().split("\n")
    assert total > LISTED_BLOCKERS + 5
    assert len(lines) == LISTED_BLOCKERS + 1
    assert lines[-1] == f"…… 另有 {total - LISTED_BLOCKERS} 项，见下面各报表和任务的状态"
    assert view.blockers_title.text().startswith(f"生成报送包之前还要处理 {total} 项")


# --- 已报送 ------------------------------------------------------------------------------------
DECEMBER = [  # 李娜's phone changed, 赵敏 first recorded (no birth date, no phone)
    [1, "李娜", LI, "1990-01-15", "荷花村", "13700137000", "否"],
    [2, "赵敏", ZHAO, "", "白沙村", "", "是"],
]


def built(view: CycleView, office) -> None:
    office.packages.build("2026-11")  # a real package, kept in the office's history folder
    view.state.notify()


def test_the_clerk_marks_a_built_package_as_submitted(qtbot, view, office, tmp_path):
    assert not view.package_bar.submit_button.isEnabled()  # nothing built yet
    built(view, office)
    assert view.package_bar.submit_button.isEnabled()
    qtbot.mouseClick(view.package_bar.submit_button, Qt.MouseButton.LeftButton)
    entry = view.list_model.entries[0]
    assert entry.badge == "已报送 v1 · 2026-11-25" and entry.tone == "good"
    assert view.blockers_title.text() == "已报送第 1 版（2026-11-25）"
    assert view.blockers_label.text().startswith("自第 1 版以来台账没有改动。")
    assert not view.package_bar.submit_button.isEnabled()  # this version is already marked

    office.ledger.import_file(write_return(tmp_path / "december.xlsx", DECEMBER), "县人社局")
    view.state.notify()
    text = view.blockers_label.text()
    assert text.startswith("自第 1 版以来：台账新增 1 行，1 个数据有改动。")
    assert "还缺" not in text and "还缺" not in " ".join(view.blocker_lines())  # never problems
    assert "还没有办结" in text  # the open task still is
    assert view.list_model.entries[0].badge == "已报送 v1 · 2026-11-25"


def test_a_rebuild_of_a_submitted_cycle_asks_first_with_the_difference(qtbot, view, office, tmp_path):
    built(view, office)
    office.submissions.submit("2026-11")
    office.ledger.import_file(write_return(tmp_path / "december.xlsx", DECEMBER), "县人社局")
    view.state.notify()
    asked: list[str] = []

    def answer(box: QMessageBox, yes: bool) -> None:
        asked.append(box.text())
        button = box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_modal(lambda box: answer(box, yes=False), kind=QMessageBox)
    qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    assert "自第 1 版以来：台账新增 1 行，1 个数据有改动。" in asked[0]
    assert "重新生成会得到第 2 版" in asked[0]
    assert len(office.packages.history("2026-11")) == 1  # 否: nothing built

    def build(dialog: PackageBuildDialog) -> None:
        dialog.confirm = lambda parent, text: True
        dialog.build()
        dialog.accept()

    def yes_then_build(box: QMessageBox) -> None:
        when_modal(build, kind=PackageBuildDialog)
        answer(box, yes=True)

    when_modal(yes_then_build, kind=QMessageBox)
    qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    assert [r.version for r in office.packages.history("2026-11")] == [2, 1]
    assert view.list_model.entries[0].badge == "已报送 v1 · 2026-11-25"  # until v2 goes out
    assert view.package_bar.submit_button.isEnabled()  # v2 can be marked


def test_writing_the_package_to_a_drive_marks_it_submitted(qtbot, view, office, tmp_path):
    built(view, office)
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    view.actions.usb_dialog = lambda path, parent: UsbCopyDialog(
        path, parent, drives=lambda: [Volume(str(stick), "KINGSTON", free=1024**3, total=1024**3)]
    )

    def write(usb: UsbCopyDialog) -> None:
        when_modal(lambda box: box.accept(), attempts=1000, kind=QMessageBox)
        usb.write()
        usb.accept()

    when_modal(write, kind=UsbCopyDialog)
    qtbot.mouseClick(view.usb_button, Qt.MouseButton.LeftButton)
    assert list(stick.glob("*.yibiao"))
    sent = office.cycles.submission("2026-11")
    assert (sent.version, sent.how) == (1, "drive")
    assert view.list_model.entries[0].badge == "已报送 v1 · 2026-11-25"
