"""The form whitelist (报表目录): entries, due rules, and 清单外 for registered forms."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from desktop.county.due_rules import describe_due_rule, parse_due_rule, period_of, period_of_cycle
from desktop.county.whitelist import applies_to, due_for
from desktop.errors import ValidationError
from storage.records import ItemFilter


def _template(path):
    wb = Workbook()
    wb.active.append(["序号", "姓名", "公民身份号码"])
    wb.save(path)
    return path


ENTRY = {
    "form_no": "人社统1表",
    "title": "农村劳动力务工就业信息登记表",
    "department": "县人社局",
    "issuer": "云溪县人力资源和社会保障局",
    "approval_no": "云人社〔2026〕3号",
    "valid_from": "2026-01-01",
    "valid_until": "2026-12-31",
    "frequency": "月报",
    "due_rule": "周期结束后5个工作日",
}


def test_due_rules_read_both_ways_and_count_working_days() -> None:
    assert parse_due_rule("周期结束后5个工作日").text() == "cycle_end+5wd"
    assert parse_due_rule("次月10日前").text() == "next_month:10"
    assert parse_due_rule("cycle_end+10d").text() == "cycle_end+10d"
    assert parse_due_rule("期末").text() == "cycle_end+0d"
    assert parse_due_rule("date:2026-12-20").text() == "2026-12-20"
    assert parse_due_rule("").text() == ""
    assert describe_due_rule("cycle_end+5wd") == "周期结束后5个工作日"
    # September 2026: the 30th is a Wednesday, 1–7 October is the National Day holiday (8th and 9th worked).
    sept = period_of("月", date(2026, 9, 15))
    assert parse_due_rule("cycle_end+2wd").due(sept.start, sept.end) == date(2026, 10, 9)
    assert parse_due_rule("cycle_end+2d").due(sept.start, sept.end) == date(2026, 10, 2)
    with pytest.raises(ValidationError, match="无法识别"):
        parse_due_rule("尽快")
    assert period_of("半年", date(2026, 8, 1)).cycle == "2026-Q4"
    assert period_of_cycle("季", "2026-Q4").start == date(2026, 10, 1)
    assert period_of_cycle("季", "2026-11") is None


def test_entries_are_validated_with_clear_messages(office, tmp_path) -> None:
    wl = office.whitelist
    entry = wl.save(ENTRY, _template(tmp_path / "务工登记表.xlsx"))
    assert entry.department == "县人力资源和社会保障局" and entry.frequency == "月"
    assert entry.due_rule == "cycle_end+5wd" and office.blobs.path_of(entry.template_sha).is_file()
    assert due_for(entry, "2026-11") == date(2026, 12, 7)
    assert (
        applies_to(entry, "2026-11") and not applies_to(entry, "2027-01") and not applies_to(entry, "2026-Q4")
    )
    updated = wl.save({"form_no": "人社统1表", "frequency": "季度"})
    assert updated.frequency == "季" and updated.template_sha == entry.template_sha
    for bad, words in (
        ({**ENTRY, "form_no": " "}, "表号"),
        ({**ENTRY, "valid_until": "2025-01-01"}, "早于"),
        ({**ENTRY, "frequency": "偶尔"}, "频次"),
        ({**ENTRY, "department": "县宇航局"}, "不在列表中"),
    ):
        with pytest.raises(ValidationError, match=words):
            wl.save(bad)
    with pytest.raises(ValidationError, match=".xlsx"):
        wl.save(ENTRY, tmp_path.joinpath("a.xls").write_bytes(b"x") and tmp_path / "a.xls")
    assert [e.frequency for e in wl.list()] == ["季"]


def test_off_whitelist_forms(office) -> None:
    wl = office.whitelist

    def form(title: str, department: str, received: str, doc_no: str = ""):
        values = {"kind": "form", "title": title, "department": department, "received": received}
        return office.registry.create({**values, "doc_no": doc_no}).item

    unlisted = form("白沙镇2026年11月农村劳动力务工就业信息登记表", "县人社局", "2026-11-02")
    assert wl.status(unlisted) is None and wl.off_whitelist_items() == []  # no whitelist yet: nothing marked
    wl.save(ENTRY)
    assert wl.status(unlisted).state == "listed"  # title without dates and the place contains the entry's
    other_dept = form("农村劳动力务工就业信息登记表", "县民政局", "2026-11-03")
    by_no = form("务工统计", "县民政局", "2026-11-04", doc_no="人社统1表")
    late = form("2027年1月农村劳动力务工就业信息登记表", "县人社局", "2027-01-05")
    stray = form("白沙镇秸秆禁烧巡查情况统计表", "县应急局", "2026-11-05")
    task = office.registry.create({"kind": "task", "title": "整改", "department": "县人社局"}).item
    assert wl.status(by_no).state == "listed" and wl.status(task) is None
    assert wl.status(late).state == "expired" and wl.status(late).off_list
    off = {item.id: status.state for item, status in wl.off_whitelist_items("2026-11-01", "2026-11-30")}
    assert off == {other_dept.id: "off_list", stray.id: "off_list"}
    assert len(wl.off_whitelist_items()) == 3
    assert {item.id for item, _ in wl.off_whitelist_items("2026-11")} == set(off)
    assert len(office.registry.list(ItemFilter(kind="form"))) == 5


def test_stored_rules_give_the_county_status_the_same_deadline() -> None:
    """desktop.county.due_dates (the county's completeness matrix) reads the rules this module stores."""
    due_dates = pytest.importorskip("desktop.county.due_dates")
    from desktop.cycles.keys import parse

    for written in ("周期结束后5个工作日", "周期结束后10天", "期末", "次月10日前", "2026-12-20"):
        rule = parse_due_rule(written)
        cycle = parse("2026-11")
        assert due_dates.due_date(rule.text(), cycle) == rule.due(cycle.start, cycle.end), written


def test_calendar_corrections_are_in_force_whenever_the_office_opens(db_path) -> None:
    from desktop.county.calendar import save_corrections
    from desktop.dates import is_working_day, set_calendar_corrections
    from desktop.office import Office

    try:
        with Office(db_path) as office:
            save_corrections(
                office.settings, ["2031-03-05"], ["2031-03-08"]
            )  # a Wednesday off, a Saturday worked
        set_calendar_corrections()
        assert is_working_day(date(2031, 3, 5))
        with Office(db_path):
            assert not is_working_day(date(2031, 3, 5)) and is_working_day(date(2031, 3, 8))
        with pytest.raises(ValidationError, match="无法识别"), Office(db_path) as office:
            save_corrections(office.settings, ["明天"], [])
    finally:
        set_calendar_corrections()
