"""The county's completeness matrix and county-wide duplicate requests, from received packages."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.county.due_dates import applies, due_date
from desktop.cycles.keys import parse
from tests.county_received import FormSpec, Received

PERSON = ("person.name", "person.id_number", "person.phone")
ROSTER = FormSpec(
    "县人社局", "务工人员登记表", ("meta.seq", *PERSON, "person.remarks"), [["1", "张三", "x", "1"]]
)
HEALTH = FormSpec(
    "县医保局", "参保情况表", ("person.name", "person.id_number", "person.insured"), [["李四", "y", "是"]] * 3
)


@pytest.fixture
def received(office) -> Received:
    r = Received(office.conn)
    r.township("530624100000", "白沙镇")
    r.township("530624101000", "青山乡")
    r.township("530624102000", "河口镇")
    r.whitelist("人社001", "务工人员登记表", "县人社局", due_rule="cycle_end+5d")
    r.whitelist("医保002", "参保情况表", "县医保局", frequency="季", due_rule="cycle_end+5wd")
    r.whitelist("民政003", "低保名册", "县民政局", frequency="年", due_rule="next_month:10")
    return r


def test_due_rules_and_frequencies() -> None:
    october, q4 = parse("2026-10"), parse("2026-Q4")
    assert due_date("cycle_end+5d", october) == due_date("周期结束后5天", october) == date(2026, 11, 5)
    # 2026-11-01 is a Sunday: the fifth working day after 10-31 is Friday 11-06
    assert due_date("周期结束后5个工作日", october) == due_date("cycle_end+5wd", october) == date(2026, 11, 6)
    assert due_date("次月10日前", october) == due_date("next_month:10", october) == date(2026, 11, 10)
    assert due_date("2026-11-20", october) == date(2026, 11, 20)
    assert due_date("", october) is None and due_date("尽快", october) is None
    assert applies("月", None, None, october) and not applies("季", None, None, october)
    assert (
        applies("季", None, None, q4)
        and applies("半年", None, None, q4)
        and not applies("年", None, None, q4)
    )
    assert applies("年报", None, None, parse("2026")) and not applies("一次性", None, None, october)
    assert not applies("月", None, "2026-09-30", october) and not applies("月", "2026-11-01", None, october)


def test_matrix_on_time_late_missing_and_off_whitelist(office, received, cli) -> None:
    received.package("530624100000", "白沙镇", "2026-10", [ROSTER], imported_at="2026-11-04T16:00:00")
    late = FormSpec(ROSTER.department, ROSTER.title, ROSTER.field_ids, ROSTER.rows * 4)
    extra = FormSpec("县应急局", "隐患排查表", ("place.name",), [["白沙村"]])
    received.package("530624101000", "青山乡", "2026-10", [late, extra], imported_at="2026-11-07T09:00:00")

    matrix = office.county_out.status.status("2026-10")
    keys = [f.key for f in matrix.forms]
    assert keys == ["人社001", "县应急局/隐患排查表"]  # the quarterly and yearly forms are not due in October
    assert matrix.forms[0].due == date(2026, 11, 5)
    by_code = {t.code: t for t in matrix.townships}
    assert [c.state for c in by_code["530624100000"].cells] == ["on_time", "missing"]
    assert [c.state for c in by_code["530624101000"].cells] == ["late", "received"]
    assert [c.rows for c in by_code["530624101000"].cells] == [4, 1]
    assert [c.state for c in by_code["530624102000"].cells] == ["missing", "missing"]
    assert by_code["530624102000"].version is None
    totals = matrix.totals()
    assert (totals["on_time"], totals["late"], totals["missing"], totals["rows"]) == (1, 1, 3, 6)

    result = cli("county", "status", "--cycle", "2026-10", "--json")
    assert result.code == 0, result.err
    data = result.data
    assert data["totals"]["reporting"] == 2
    qs = next(t for t in data["townships"] if t["name"] == "青山乡")
    assert qs["cells"]["人社001"] == {
        "state": "late",
        "rows": 4,
        "submitted": "2026-11-07T09:00:00",
        "created": "2026-11-07T09:00:00",
        "version": 1,
    }
    assert data["forms"][1]["whitelisted"] is False
    text = cli("county", "status", "--cycle", "2026-10")
    assert "逾期(4)" in text.out and "河口镇" in text.out


def test_newer_version_keeps_first_arrival_and_pending_before_due(office, received) -> None:
    code, name = "530624100000", "白沙镇"
    received.package(code, name, "2026-11", [ROSTER], imported_at="2026-11-20T10:00:00")
    bigger = FormSpec(ROSTER.department, ROSTER.title, ROSTER.field_ids, ROSTER.rows * 7)
    received.package(code, name, "2026-11", [bigger], version=2, imported_at="2026-12-09T10:00:00")
    matrix = office.county_out.status.status("2026-11")  # the office's clock says 2026-11-25
    cells = {t.code: t.cells[0] for t in matrix.townships}
    assert cells[code].state == "on_time" and cells[code].rows == 7 and cells[code].version == 2
    assert cells["530624101000"].state == "pending"  # due 2026-12-05, not yet missing


def test_mistyped_cycle_is_refused(cli, received) -> None:
    result = cli("county", "status", "--cycle", "2026-13", "--json")
    assert result.code == 1 and "写法不对" in result.err
    result = cli("county", "status", "--cycle", "防汛专项", "--json")
    assert result.code == 1 and "防汛专项" in result.err and not result.out


def test_a_form_is_known_by_its_plain_title(office, received) -> None:
    # a township's title names itself and the period; its bureau may go by a short name
    named = FormSpec("人社局", "青山乡2026年10月务工人员登记表", ROSTER.field_ids, ROSTER.rows)
    received.package("530624101000", "青山乡人民政府", "2026-10", [named])
    other = FormSpec("县应急局", "白沙镇（2026年10月）隐患排查表", ("place.name",), [["白沙村"]])
    same = FormSpec("县应急局", "河口镇2026年10月隐患排查表", ("place.name",), [["青山村"]])
    received.package("530624100000", "白沙镇人民政府", "2026-10", [other])
    received.package("530624102000", "河口镇", "2026-10", [same])
    matrix = office.county_out.status.status("2026-10")
    assert [(f.key, f.title) for f in matrix.forms] == [
        ("人社001", "务工人员登记表"),
        ("县应急局/隐患排查表", "隐患排查表"),
    ]
    states = {t.code: [c.state for c in t.cells] for t in matrix.townships}
    assert (
        states["530624101000"][0] == "late"
        and states["530624100000"][1] == states["530624102000"][1] == "received"
    )


def test_departments_overlapping_most(office, received, cli) -> None:
    civil = FormSpec(
        "县民政局", "低保名册", ("person.name", "person.id_number", "person.phone", "person.address"), []
    )
    fire = FormSpec("县应急局", "隐患排查表", ("place.name",), [["白沙村"]])
    received.package("530624100000", "白沙镇", "2026-10", [ROSTER, HEALTH, civil, fire])
    received.package("530624101000", "青山乡", "2026-10", [ROSTER])
    result = office.county_out.overlaps.overlaps("2026-10")
    pairs = [(p.first, p.second, len(p.shared)) for p in result.pairs]
    assert pairs == [("县人社局", "县民政局", 3), ("县人社局", "县医保局", 2), ("县医保局", "县民政局", 2)]
    top = result.pairs[0]
    assert top.shared_names[:2] == ["姓名", "公民身份号码"] or "姓名" in top.shared_names
    assert top.forms[0].duplicate  # all three of the roster's facts are in the 低保名册
    roster = next(f for f in result.forms if f.title == "务工人员登记表")
    assert roster.townships == 2 and roster.fields == PERSON  # no 序号, no 备注
    loads = {d.department: d for d in result.departments}
    assert loads["县应急局"].asked_elsewhere == 0 and loads["县民政局"].asked_elsewhere == 3
    data = cli("county", "overlaps", "--cycle", "2026-10", "--json").data
    assert data["department_pairs"][0]["first"] == "县人社局"
    assert data["duplicate_form_pairs"] >= 1
