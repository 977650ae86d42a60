"""Reporting cycles: keys, which items belong where, moving items by hand, and the checklist."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.cli.main import main as cli_main
from desktop.cycles import keys as cycle_keys
from desktop.errors import NotFoundError, ValidationError
from storage.records import Item
from tests.builders import ROWS, write_form, write_return

TASK = {"kind": "task", "title": "关于开展冬季根治欠薪专项行动的通知", "department": "县人社局"}


def add(office, **values) -> Item:
    return office.registry.create({**TASK, **values}).item


def keys_of(office, key: str) -> list[int]:
    return [item.id for item in office.cycles.items(key)]


@pytest.mark.parametrize(
    ("key", "kind", "title", "start", "end"),
    [
        ("2026-11", "month", "2026年11月", date(2026, 11, 1), date(2026, 11, 30)),
        ("2028-02", "month", "2028年2月", date(2028, 2, 1), date(2028, 2, 29)),
        ("2026-Q4", "quarter", "2026年第四季度", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026-Q1", "quarter", "2026年第一季度", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026", "year", "2026年度", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-防汛专项", "named", "2026-防汛专项", None, None),
    ],
)
def test_keys_stand_for_their_dates(key, kind, title, start, end):
    cycle = cycle_keys.parse(key)
    assert (cycle.kind, cycle.title, cycle.start, cycle.end) == (kind, title, start, end)


@pytest.mark.parametrize("bad", ["2026-13", "2026-Q5", "2026-1", "1999-01", "a/b", ""])
def test_malformed_keys_say_how_to_write_them(bad):
    with pytest.raises(ValidationError) as refused:
        cycle_keys.kind_of(bad)
    assert refused.value.field == "cycle"


def test_key_for_a_date_in_each_kind():
    assert cycle_keys.key_for("2026-11-30T17:00") == "2026-11"
    assert cycle_keys.key_for(date(2026, 11, 30), "quarter") == "2026-Q4"
    assert cycle_keys.key_for("2026-03-31", "quarter") == "2026-Q1"
    assert cycle_keys.key_for("2026-03-31", "year") == "2026"


def test_display_title_follows_the_interface_language():
    english = {"{year}年{month}月": "{month}/{year}", "{year}年第{quarter}季度": "Q{quarter} {year}"}

    def translate(context: str, text: str) -> str:
        return english.get(text, text)

    assert cycle_keys.display_title(cycle_keys.parse("2026-11"), translate) == "11/2026"
    assert cycle_keys.display_title(cycle_keys.parse("2026-Q4"), translate) == "Q4 2026"
    assert cycle_keys.display_title(cycle_keys.parse("2026-Q4"), lambda c, t: t) == "2026年第四季度"


def test_items_belong_to_the_cycle_of_their_due_date_else_received(office):
    due_nov = add(office, received="2026-10-28", due="2026-11-03")
    due_dec = add(office, received="2026-11-20", due="2026-12-01 17:00")
    no_due = add(office, received="2026-11-02")
    meeting = add(
        office,
        kind="meeting",
        title="关于召开防汛工作会议的通知",
        received="2026-11-20",
        meeting_start="2026-12-02 09:30",
    )
    assert keys_of(office, "2026-11") == [due_nov.id, no_due.id]
    assert keys_of(office, "2026-12") == [due_dec.id, meeting.id]
    assert keys_of(office, "2026-10") == []
    listed = {s.cycle.key: s for s in office.cycles.list()}
    assert (listed["2026-11"].tasks, listed["2026-12"].meetings, listed["2026-12"].tasks) == (2, 1, 1)
    assert office.cycles.current().key == "2026-11"  # the fixed clock: 2026-11-25


def test_an_item_moved_by_hand_leaves_its_automatic_cycle_and_can_go_back(office):
    item = add(office, received="2026-11-02", due="2026-11-10")
    office.cycles.assign(item.id, "2026-Q4")
    assert keys_of(office, "2026-11") == [] and keys_of(office, "2026-Q4") == [item.id]
    assert office.registry.get(item.id).cycle == "2026-Q4"
    office.cycles.assign(item.id, None)
    assert keys_of(office, "2026-11") == [item.id] and keys_of(office, "2026-Q4") == []


def test_named_cycles_must_exist_and_be_named(office):
    item = add(office, received="2026-11-02")
    with pytest.raises(NotFoundError):
        office.cycles.assign(item.id, "防汛专项")
    assert office.registry.get(item.id).cycle is None
    office.cycles.create_named("防汛专项", "2026年防汛专项")
    office.cycles.assign(item.id, "防汛专项")
    assert office.cycles.parse("防汛专项").title == "2026年防汛专项"
    assert keys_of(office, "防汛专项") == [item.id]
    with pytest.raises(ValidationError):
        office.cycles.create_named("防汛专项")
    with pytest.raises(ValidationError):
        office.cycles.create_named("2026-Q4")
    with pytest.raises(NotFoundError):
        office.cycles.assign(9999, "2026-11")


def test_quarterly_offices_get_quarterly_cycles(office):
    item = add(office, received="2026-11-02", due="2026-11-10")
    office.cycles.set_auto_kind("quarter")
    assert keys_of(office, "2026-Q4") == [item.id] and keys_of(office, "2026-11") == []
    assert office.cycles.current().key == "2026-Q4"
    with pytest.raises(ValidationError):
        office.cycles.set_auto_kind("week")


@pytest.fixture
def cycle_with_form(office, tmp_path):
    """November: one form filled from a three-person ledger, one open task, one meeting held."""
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    form = office.intake.register(
        write_form(tmp_path / "摸底表.xlsx"), {"department": "县乡村振兴局", "due": "2026-11-30"}
    )
    task = add(office, received="2026-11-02", due="2026-11-20")
    meeting = add(
        office,
        kind="meeting",
        title="关于召开防汛工作会议的通知",
        received="2026-11-02",
        meeting_start="2026-11-10 09:30",
    )
    return form.item.id, task.id, meeting.id


def test_checklist_lists_rows_missing_cells_and_blockers(office, cycle_with_form):
    form_id, task_id, meeting_id = cycle_with_form
    checklist = office.cycles.checklist("2026-11")
    (form,) = checklist.forms
    assert (form.item_id, form.fillable, form.entity, form.rows) == (form_id, True, "person", 3)
    assert form.missing_cells > 0  # 王强 has no birth date and no phone in the ledger
    (task,) = checklist.tasks
    assert (task.item_id, task.overdue) == (task_id, True)  # due 11-20, the clock says 11-25
    (meeting,) = checklist.meetings
    assert (meeting.item_id, meeting.held) == (meeting_id, True)
    reasons = " ".join(str(b) for b in checklist.blockers)
    assert "还缺" in reasons and "还没有办结" in reasons
    assert not checklist.ready


def test_checklist_is_ready_once_work_is_done_and_data_complete(office, cycle_with_form):
    form_id, task_id, _ = cycle_with_form
    office.registry.set_status(task_id, "已完成")
    office.cycles.assign(form_id, "2026-Q4")  # the form leaves: nothing left to fill
    checklist = office.cycles.checklist("2026-11")
    assert [str(b) for b in checklist.blockers] == ["本周期没有可以按台账填写的报表，不需要生成报送包。"]
    quarter = office.cycles.checklist("2026-Q4")
    assert [f.item_id for f in quarter.forms] == [form_id] and quarter.forms[0].assigned_by_hand


def test_an_unfillable_form_blocks_only_while_open(office):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    plain = add(
        office, kind="form", title="关于报送水毁工程修复进度表的通知", received="2026-11-02", due="2026-11-20"
    )
    assert any("没有导入部门模板" in str(b) for b in office.cycles.checklist("2026-11").blockers)
    office.registry.set_status(plain.id, "已报送")
    assert not any("没有导入部门模板" in str(b) for b in office.cycles.checklist("2026-11").blockers)


def test_without_an_office_profile_the_checklist_says_where_to_fill_it(office):
    add(office, received="2026-11-02")
    assert any("单位信息" in str(b) for b in office.cycles.checklist("2026-11").blockers)


def test_cli_lists_shows_assigns_and_adds(office, cycle_with_form, db_path, capsys):
    form_id, _, _ = cycle_with_form
    assert cli_main(["--db", str(db_path), "cycle", "list", "--json"]) == 0
    listed = {c["key"]: c for c in json.loads(capsys.readouterr().out)}
    assert listed["2026-11"]["forms"] == 1 and listed["2026-11"]["blockers"] >= 2
    assert cli_main(["--db", str(db_path), "cycle", "show", "2026-11", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["cycle"]["title"] == "2026年11月" and shown["forms"][0]["rows"] == 3
    assert shown["ready"] is False and shown["blockers"]
    assert cli_main(["--db", str(db_path), "cycle", "add", "防汛专项", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "named"
    assert cli_main(["--db", str(db_path), "cycle", "assign", str(form_id), "防汛专项", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"item_id": form_id, "cycle": "防汛专项", "by_hand": True}
    assert cli_main(["--db", str(db_path), "cycle", "assign", str(form_id), "auto"]) == 0
    assert "2026-11" in capsys.readouterr().out
    assert cli_main(["--db", str(db_path), "cycle", "show", "2026-13"]) == 1
    assert "2026-11" in capsys.readouterr().err  # the message shows the right spelling


def test_reuse_numbers_count_the_cycles_forms_only(office, cycle_with_form):
    form_id, _, _ = cycle_with_form
    numbers = office.cycles.reuse_numbers("2026-11")
    assert numbers.forms == 1 and numbers.requested > 0 and numbers.since == "2026-11-01"
    office.cycles.assign(form_id, "2026-Q4")
    assert office.cycles.reuse_numbers("2026-11").forms == 0
    assert office.cycles.reuse_numbers("2026-Q4").requested == numbers.requested


def test_progress_reports_show_in_the_checklist(office, cycle_with_form):
    _, task_id, _ = cycle_with_form
    office.progress.add(task_id, "已排查 3 个村", "2026-11-10")
    office.progress.add(task_id, "  全部村已排查，发现隐患 2 处  ")
    (task,) = office.cycles.checklist("2026-11").tasks
    assert (task.progress_reports, task.last_report_on, task.last_report) == (
        2,
        "2026-11-25",
        "全部村已排查，发现隐患 2 处",
    )
    assert [r.text for r in office.progress.of_item(task_id)][0] == "已排查 3 个村"


@pytest.mark.parametrize(
    ("text", "on", "field"),
    [
        ("", None, "text"),
        ("进展", "2026-12-01", "reported_on"),
        ("进展", "2026-10-01", "reported_on"),
        ("进展", "十一月", "reported_on"),
        ("字" * 2001, None, "text"),
    ],
)
def test_bad_progress_reports_are_refused_and_change_nothing(office, text, on, field):
    task = add(office, received="2026-11-02", due="2026-11-20")
    with pytest.raises(ValidationError) as refused:
        office.progress.add(task.id, text, on)
    assert refused.value.field == field
    assert office.progress.of_item(task.id) == []


def test_cli_records_and_lists_progress(office, db_path, capsys):
    task = add(office, received="2026-11-02", due="2026-11-20")
    assert (
        cli_main(["--db", str(db_path), "items", "progress", str(task.id), "--add", "已完成自查", "--json"])
        == 0
    )
    (report,) = json.loads(capsys.readouterr().out)
    assert (report["text"], report["reported_on"]) == (
        "已完成自查",
        date.today().isoformat(),
    )  # the CLI's own clock
    assert (
        cli_main(
            ["--db", str(db_path), "items", "progress", str(task.id), "--add", " ", "--on", "2026-11-03"]
        )
        == 1
    )
    assert cli_main(["--db", str(db_path), "items", "progress", "999"]) == 1
    purge_check = office.registry.archive(task.id).item
    office.registry.purge(purge_check.id, confirm=True)
    assert office.progress.of_item(task.id) == []  # reports go with their item
