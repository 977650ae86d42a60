"""Registration that forgives (issue 11, items 8–10 and 14): no silent loss of typing, an unknown 来文单位
added where it is typed, a second registration of the same document asked about first, a default deadline on
a working day, and a meeting that has gone by is past rather than overdue. Driven by keys and clicks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.dates import is_working_day
from desktop.office import Office
from desktop.registry.department_names import name_key
from desktop.registry.service import deadline_state
from tests.ui_helpers import type_text, when_modal
from ui.app_state import AppState
from ui.main_window import MainWindow
from ui.registry.item_dialog import ItemDialog
from ui.registry.model import DEADLINE_ROLE, OVERDUE_BACKGROUND

TITLE = "关于报送第四季度低收入人口监测数据的通知"


def open_dialog(qtbot, office, **kwargs) -> ItemDialog:
    dialog = ItemDialog(office.registry, [d.name for d in office.departments.list()], **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer(button_text: str, seen: list[str]) -> None:
    """Answer the next question box by the button the clerk reads, noting the question."""

    def click(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.buttons() if b.text() == button_text).click()

    when_modal(click, kind=QMessageBox)


def save(qtbot, dialog: ItemDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def fill(dialog: ItemDialog, title: str = TITLE, department: str = "县民政局", doc_no: str = "") -> None:
    type_text(dialog.title_edit, title)
    type_text(dialog.department_combo.lineEdit(), department)
    if doc_no:
        type_text(dialog.doc_no_edit, doc_no)


# ------------------------------------------------------------------ item 8: no silent loss of typing


def test_escape_on_an_empty_dialog_closes_without_a_question(qtbot, office):
    dialog = open_dialog(qtbot, office)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a question here would block the test: none may come
    assert not dialog.isVisible()


def test_escape_on_a_filled_dialog_asks_and_keeps_the_typing(qtbot, office):
    dialog = open_dialog(qtbot, office)
    fill(dialog)
    seen: list[str] = []
    answer("继续填写", seen)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert seen and "放弃" in seen[0]
    assert dialog.isVisible() and dialog.title_edit.text() == TITLE
    answer("放弃", seen)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and not dialog.isVisible()
    assert office.registry.count() == 0


def test_closing_an_edited_item_asks_but_an_unchanged_one_does_not(qtbot, office):
    item = office.registry.create({"kind": "task", "title": TITLE, "department": "县民政局"}).item
    dialog = open_dialog(qtbot, office, item=item)
    dialog.close()
    assert not dialog.isVisible()
    dialog = open_dialog(qtbot, office, item=item)
    type_text(dialog.notes_edit, "已电话联系")
    seen: list[str] = []
    answer("继续填写", seen)
    dialog.close()  # the window's close button
    assert seen and dialog.isVisible()


# ------------------------------------------------------------------ item 9: unknown 来文单位


def test_a_new_department_is_added_after_one_question(qtbot, office):
    dialog = open_dialog(qtbot, office)
    assert dialog.department_combo.lineEdit().placeholderText() == "选择或输入来文单位"
    fill(dialog, department="县数据局")
    assert "新的来文单位" in dialog.department_hint.text()
    seen: list[str] = []
    answer("添加", seen)
    save(qtbot, dialog)
    assert len(seen) == 1 and "县数据局" in seen[0]
    assert not dialog.isVisible() and dialog.saved is not None
    assert dialog.saved.item.department == "县数据局"
    assert "县数据局" in [d.name for d in office.departments.list()]


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("县卫健局", "县卫生健康委员会"),
        ("卫健局", "县卫生健康委员会"),
        ("县人力资源和社会保障局", "县人力资源和社会保障局"),
        ("人社局", "县人力资源和社会保障局"),
        ("扶贫办", "县乡村振兴局"),
        ("县医疗保障局", "县医疗保障局"),
        ("医保局", "县医疗保障局"),
        ("民政局", "县民政局"),
        ("县农业局", "县农业农村局"),
        ("国土局", "县自然资源局"),
        ("县安监局", "县应急管理局"),
        ("工商局", "县市场监督管理局"),
        ("市场监管局", "县市场监督管理局"),
        ("勐海县卫健局", "县卫生健康委员会"),
    ],
)
def test_short_and_former_names_match_a_listed_department(office, typed, listed):
    found = office.departments.match(typed)
    assert found.department is not None and found.department.name == listed, found
    saved = office.registry.create({"kind": "task", "title": "通知", "department": typed})
    assert saved.item.department == listed
    if typed != listed:  # the clerk is told which department it was taken as
        assert any(typed in str(n) and listed in str(n) for n in saved.notices), saved.notices


def test_a_short_name_matches_in_the_dialog_without_a_question(qtbot, office):
    dialog = open_dialog(qtbot, office)
    fill(dialog, department="县卫健局")
    assert dialog.department_hint.isVisible()  # said while typing, before saving
    assert "县卫生健康委员会" in dialog.department_hint.text()
    save(qtbot, dialog)  # a question would block here
    assert dialog.saved is not None and dialog.saved.item.department == "县卫生健康委员会"
    assert len(office.departments.list()) == 20  # nothing added


def test_another_level_or_two_candidates_is_not_guessed(office):
    assert office.departments.match("市卫健委").is_new  # the city's bureau is another sender
    office.departments.add("市卫生健康委员会", "市卫健委")
    assert office.departments.match("市卫健局").department.name == "市卫生健康委员会"
    unclear = office.departments.match("卫健局")
    assert unclear.department is None and len(unclear.candidates) == 2
    assert name_key("市场监管局").place == ""  # 市 of 市场 is not a place


def test_cli_matches_a_short_name_and_asks_for_the_flag_for_a_new_one(cli):
    matched = cli("items", "add", "--kind", "task", "--title", "通知", "--department", "县卫健局")
    assert matched.code == 0 and "县卫生健康委员会" in matched.out
    assert "“县卫健局”按列表中的“县卫生健康委员会”登记" in matched.out
    new = cli("items", "add", "--kind", "task", "--title", "通知", "--department", "县数据局")
    assert new.code == 1 and "--new-department" in new.err
    listed = cli("departments", "list", "--json")
    assert "县数据局" not in [d["name"] for d in listed.data]
    added = cli(
        "items", "add", "--kind", "task", "--title", "通知", "--department", "县数据局", "--new-department"
    )
    assert added.code == 0 and "已把“县数据局”添加为新的来文单位" in added.out
    assert "县数据局" in [d["name"] for d in cli("departments", "list", "--json").data]
    english = cli(
        "--lang", "en", "items", "add", "--kind", "task", "--title", "x", "--department", "县网信办"
    )
    assert english.code == 1 and english.err.startswith("Error: ") and "--new-department" in english.err


# ------------------------------------------------------------------ item 10: duplicates asked about first


@pytest.fixture
def earlier(office):
    return office.registry.create(
        {
            "kind": "task",
            "title": TITLE,
            "department": "县民政局",
            "doc_no": "县民发〔2026〕31号",
            "received": "2026-11-20",
        }
    ).item


@pytest.mark.parametrize("same", ["doc_no", "title"])
def test_a_second_registration_asks_and_can_go_back(qtbot, office, earlier, same):
    dialog = open_dialog(qtbot, office)
    if same == "doc_no":
        fill(dialog, title="关于报送低收入人口数据的补充通知", doc_no="县民发〔2026〕31号")
    else:
        fill(dialog)
    seen: list[str] = []
    answer("返回修改", seen)
    save(qtbot, dialog)
    assert len(seen) == 1 and f"编号 {earlier.id}" in seen[0] and TITLE in seen[0]
    assert dialog.isVisible() and office.registry.count() == 1
    answer("仍然登记", seen)
    save(qtbot, dialog)
    assert len(seen) == 2 and not dialog.isVisible() and office.registry.count() == 2


def test_open_the_earlier_registration_instead(qtbot, office, earlier):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    window.show()
    view = window.go_to("registry")
    seen: list[str] = []

    def register_again(dialog: ItemDialog) -> None:
        dialog.title_edit.setText(TITLE)
        dialog.department_combo.setCurrentText("县民政局")
        answer("打开原登记", seen)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(register_again, kind=ItemDialog)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)  # ＋ 登记
    assert seen and office.registry.count() == 1
    assert view.detail.item is not None and view.detail.item.id == earlier.id


def test_not_the_same_document(office, earlier):
    other_title = {"kind": "task", "title": "关于开展冬季送温暖活动的通知", "department": "县民政局"}
    assert office.registry.find_duplicates(other_title) == []
    months_later = {"kind": "task", "title": TITLE, "department": "县民政局", "received": "2027-03-01"}
    assert office.registry.find_duplicates(months_later) == []
    other_sender = {"kind": "task", "title": TITLE, "department": "县财政局", "received": "2026-11-21"}
    assert office.registry.find_duplicates(other_sender) == []


# ------------------------------------------------------------------ item 14: deadlines


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 25), date(2026, 11, 30)),  # Wednesday + 3 = Saturday → Monday
        (date(2026, 9, 28), date(2026, 10, 8)),  # + 3 = 1 October: the National Day holiday
        (date(2026, 11, 23), date(2026, 11, 26)),  # a working day stays
    ],
)
def test_the_default_deadline_is_a_working_day(qtbot, tmp_path, today, expected):
    with Office(
        tmp_path / "office.sqlite3", clock=lambda: datetime.combine(today, datetime.min.time())
    ) as office:
        dialog = open_dialog(qtbot, office)
        dialog.due_check.setChecked(True)
        shown = dialog.due_date.date().toPython()
        assert is_working_day(shown) and shown >= today + timedelta(days=3)
        assert all(not is_working_day(today + timedelta(days=n)) for n in range(3, (shown - today).days))
        assert shown == expected
        dialog.title_edit.setText(TITLE)
        dialog.department_combo.setCurrentText("县民政局")
        save(qtbot, dialog)
        assert dialog.saved is not None and dialog.saved.item.due == shown.isoformat()


def test_a_past_meeting_still_open_is_past_not_overdue(qtbot, office):
    meeting = office.registry.create(
        {
            "kind": "meeting",
            "title": "关于召开全县防汛工作会议的通知",
            "department": "县应急局",
            "received": "2026-11-20",
            "meeting_start": "2026-11-24T09:00",
        }
    ).item
    task = office.registry.create(
        {
            "kind": "task",
            "title": "逾期的任务",
            "department": "县民政局",
            "received": "2026-11-20",
            "due": "2026-11-24",
        }
    ).item
    assert meeting.status == "待办"
    assert deadline_state(meeting, office.clock()) == "past"
    assert [i.id for i in office.registry.today().overdue] == [task.id]
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    window.show()
    model = window.go_to("registry").model
    index = model.index(model.row_of(meeting.id), 1)
    assert model.data(index, DEADLINE_ROLE) == "past"
    brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert brush is None or brush.color() != OVERDUE_BACKGROUND
    assert "逾期" not in model.data(index, Qt.ItemDataRole.ToolTipRole)
    listed = [window.today.overdue.item(i).text() for i in range(window.today.overdue.count())]
    assert any("逾期的任务" in text for text in listed) and not any("防汛" in text for text in listed)


# ------------------------------------------------------------------ item 14: a date typed as clerks type it


@pytest.mark.parametrize("typed", ["20261204", "2026/12/4", "2026年12月4日"])
def test_a_deadline_typed_over_the_date_is_read_as_clerks_write_it(qtbot, office, typed):
    dialog = open_dialog(qtbot, office)
    fill(dialog)
    dialog.due_check.setChecked(True)
    box = dialog.due_date
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select the date, type over it
    type_text(box, typed)  # as key events: QTest.keyClicks types ASCII only
    save(qtbot, dialog)  # the click takes the focus: the typed text is read then
    assert dialog.saved is not None and dialog.saved.item.due == "2026-12-04"


def test_text_that_is_no_date_puts_the_date_back_and_says_so(qtbot, office):
    dialog = open_dialog(qtbot, office)
    box = dialog.received_edit
    before = box.date()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "2026139")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.date() == before and box.lineEdit().text() == before.toString("yyyy-MM-dd")
    assert "2026139" in box.toolTip()
