"""The registry service: rules for registering and moving items, deadlines, filters, dates, 文号."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXED_NOW
from hypothesis import given
from hypothesis import strategies as st

from desktop.dates import add_working_days, due_datetime, is_working_day, parse_date, parse_due, week_bounds
from desktop.errors import NotFoundError, StorageError, ValidationError
from desktop.office import Office
from desktop.registry.docno import doc_no_warning, normalized_doc_no
from desktop.registry.service import deadline_state
from storage.records import Item, ItemFilter

TASK = {"kind": "task", "title": "关于开展冬季根治欠薪专项行动的通知", "department": "县人社局"}


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def add(office: Office, **values: Any) -> Item:
    return office.registry.create({**TASK, **values}).item


def messages(notices) -> str:
    return " ".join(str(n) for n in notices)


# ---------------------------------------------------------------- create and update


def test_create_defaults_and_department_short_name(office: Office):
    saved = office.registry.create(dict(TASK))
    item = saved.item
    assert item.id is not None and saved.notices == []
    assert item.department == "县人力资源和社会保障局"
    assert item.received == FIXED_NOW.date().isoformat()
    assert (item.status, item.urgency, item.confidentiality, item.due) == ("待办", "平件", "非密", None)
    assert item.created_at == item.updated_at == "2026-11-25T10:00:00"
    assert office.registry.get(item.id) == item


def test_create_cleans_values_and_accepts_aliases(office: Office):
    item = add(
        office,
        kind="工作任务",
        title="  关于开展   安全生产检查的通知 ",
        received="2026年11月2日",
        due="2026.11.30 17:00",
        urgency="urgent",
        status="doing",
        report_demand="weekly",
        place="会议室",  # meeting-only values are dropped for a task
        meeting_format="视频",
    )
    assert item.kind == "task"
    assert item.title == "关于开展 安全生产检查的通知"
    assert (item.received, item.due) == ("2026-11-02", "2026-11-30T17:00")
    assert (item.urgency, item.status, item.report_demand) == ("加急", "办理中", "周报")
    assert (item.place, item.meeting_format) == ("", None)


def test_form_has_no_report_demand(office: Office):
    item = add(office, kind="form", title="关于报送低保数据的通知", report_demand="月报")
    assert item.report_demand is None


@pytest.mark.parametrize(
    ("values", "field", "fragment"),
    [
        ({"department": "县外星局"}, "department", "县外星局"),
        ({"title": "   "}, "title", "标题"),
        ({"title": "长" * 301}, "title", "301"),
        ({"kind": "memo"}, "kind", "类别"),
        ({"status": "搁置"}, "status", "待办"),
        ({"urgency": "十万火急"}, "urgency", "特急"),
        ({"report_demand": "每小时"}, "report_demand", "周报"),
        ({"received": "2026-11-31"}, "received", "2026-11-31"),
        ({"due": "下周五"}, "due", "YYYY-MM-DD"),
        ({"due": "2026-11-30 25:00"}, "due", "HH:MM"),
        ({"received": "2026-11-20", "due": "2026-11-19"}, "due", "早于收文日期"),
        ({"confidentiality": "公开"}, "confidentiality", "非密"),
        ({"status": "已归档"}, "status", "已归档"),
    ],
)
def test_create_refuses_bad_values(office: Office, values: dict, field: str, fragment: str):
    with pytest.raises(ValidationError) as refused:
        office.registry.create({**TASK, **values})
    assert refused.value.field == field
    assert fragment in str(refused.value)
    assert office.registry.count(ItemFilter(include_archived=True)) == 0


@pytest.mark.parametrize(
    "values",
    [
        {"confidentiality": "机密"},
        {"confidentiality": "绝密"},
        {"title": "机密★1年 关于某事项的通知"},
        {"title": "【秘密】关于某事项的通知"},
        {"title": "秘密 关于某事项的通知"},
        {"notes": "原件标注 绝密★长期"},
        {"doc_no": "县委发〔2026〕3号（机密）"},
    ],
)
def test_classified_material_is_refused(office: Office, values: dict):
    with pytest.raises(ValidationError) as refused:
        office.registry.create({**TASK, **values})
    assert refused.value.field == "confidentiality"
    assert "涉密" in str(refused.value)
    assert office.registry.count() == 0


@pytest.mark.parametrize(
    "title", ["关于加强保密工作的通知", "关于开展保守国家秘密宣传教育的通知", "涉密人员离岗脱密期管理"]
)
def test_words_about_secrecy_are_not_markings(office: Office, title: str):
    assert add(office, title=title, confidentiality="内部").confidentiality == "内部"


def test_doc_no_of_unusual_shape_is_kept_with_a_notice(office: Office):
    loose = office.registry.create({**TASK, "doc_no": "县人社发[2026]057号"})
    assert loose.item.doc_no == "县人社发[2026]057号"
    assert "六角括号" in messages(loose.notices)
    odd = office.registry.create({**TASK, "doc_no": "人社字57号"})
    assert "GB/T 9704" in messages(odd.notices)
    proper = office.registry.create({**TASK, "doc_no": "县人社发〔2026〕58号"})
    assert proper.notices == []


def test_duplicate_doc_no_is_a_notice_not_an_error(office: Office):
    first = add(office, doc_no="县人社发〔2026〕57号")
    second = office.registry.create({**TASK, "kind": "form", "doc_no": "县人社发〔2026〕57号"})
    assert second.item.id != first.id
    text = messages(second.notices)
    assert "已登记过" in text and str(first.id) in text
    # Editing other fields of the second item does not repeat the notice; moving a 文号 onto a used one does.
    assert office.registry.update(second.item.id, {"notes": "同一文件，另有附表"}).notices == []
    third = add(office, doc_no="县人社发〔2026〕60号")
    moved = office.registry.update(third.id, {"doc_no": "县人社发〔2026〕57号"})
    assert f"{first.id}、{second.item.id}" in messages(moved.notices)


def test_meeting_due_defaults_to_start_and_end_must_follow(office: Office):
    meeting = {
        "kind": "meeting",
        "title": "关于召开全县秋冬季森林防火工作视频会议的通知",
        "department": "县应急局",
        "meeting_start": "2026-11-27 09:30",
        "meeting_end": "2026-11-27 11:30",
        "place": "镇政府视频会议室",
        "meeting_format": "video",
        "principal_required": "是",
        "deputy_allowed": "否",
    }
    item = office.registry.create(meeting).item
    assert item.due == item.meeting_start == "2026-11-27T09:30"
    assert item.meeting_format == "视频"
    assert (item.principal_required, item.deputy_allowed) == (True, False)
    replied = office.registry.create({**meeting, "due": "2026-11-26T12:00"}).item  # 回执 deadline set apart
    assert replied.due == "2026-11-26T12:00"
    with pytest.raises(ValidationError) as refused:
        office.registry.create({**meeting, "meeting_end": "2026-11-27 08:00"})
    assert refused.value.field == "meeting_end" and "早于开始时间" in str(refused.value)


def test_moving_a_meeting_moves_its_deadline(office: Office):
    item = office.registry.create(
        {
            "kind": "meeting",
            "title": "关于召开全县安全生产工作会议的通知",
            "department": "县政府办",
            "meeting_start": "2026-11-26T09:00",
            "meeting_end": "2026-11-26T11:00",
        }
    ).item
    moved = office.registry.update(
        item.id, {"meeting_start": "2026-12-01T09:00", "meeting_end": "2026-12-01T11:00"}
    )
    assert moved.item.due == "2026-12-01T09:00"
    assert deadline_state(moved.item, FIXED_NOW) is None
    # A separately set deadline stays where it was.
    office.registry.update(item.id, {"due": "2026-11-30"})
    again = office.registry.update(
        item.id, {"meeting_start": "2026-12-02T09:00", "meeting_end": "2026-12-02T10:00"}
    )
    assert again.item.due == "2026-11-30"


def test_meeting_before_received_is_refused_at_create_not_later(office: Office):
    with pytest.raises(ValidationError) as refused:
        office.registry.create(
            {
                "kind": "meeting",
                "title": "补登的会议",
                "department": "县政府办",
                "received": "2026-11-25",
                "meeting_start": "2026-11-24T09:00",
            }
        )
    assert refused.value.field == "due"
    held = office.registry.create(
        {
            "kind": "meeting",
            "title": "补登的会议",
            "department": "县政府办",
            "received": "2026-11-20",
            "meeting_start": "2026-11-24T09:00",
        }
    ).item
    assert office.registry.set_status(held.id, "已完成").item.status == "已完成"


def test_update_changes_only_given_fields(office: Office):
    clock = Clock(FIXED_NOW)
    office.registry.clock = clock
    item = add(office, doc_no="县人社发〔2026〕57号", due="2026-11-30", assignee="王建国", notes="原备注")
    clock.now = FIXED_NOW + timedelta(hours=2)
    updated = office.registry.update(item.id, {"assignee": "李晓梅", "department": "县民政局"}).item
    assert (updated.assignee, updated.department) == ("李晓梅", "县民政局")
    assert (updated.doc_no, updated.due, updated.notes, updated.received) == (
        "县人社发〔2026〕57号",
        "2026-11-30",
        "原备注",
        item.received,
    )
    assert updated.created_at == item.created_at
    assert updated.updated_at == "2026-11-25T12:00:00"
    cleared = office.registry.update(item.id, {"due": None}).item
    assert cleared.due is None
    with pytest.raises(ValidationError):
        office.registry.update(item.id, {"due": "2026-11-01"})  # before received
    assert office.registry.get(item.id).due is None


def test_unknown_id(office: Office):
    for action in (office.registry.get, office.registry.archive, office.registry.unarchive):
        with pytest.raises(NotFoundError, match="999"):
            action(999)
    with pytest.raises(NotFoundError):
        office.registry.update(999, {"notes": "x"})
    with pytest.raises(NotFoundError):
        office.registry.purge(999, confirm=True)


# ---------------------------------------------------------------- status, archive, purge


def test_status_moves_and_aliases(office: Office):
    item = add(office)
    assert office.registry.set_status(item.id, "办理中").item.status == "办理中"
    assert office.registry.set_status(item.id, "submitted").item.status == "已报送"
    assert office.registry.set_status(item.id, "todo").item.status == "待办"
    for bad in ("已归档", "archived"):
        with pytest.raises(ValidationError, match="归档"):
            office.registry.set_status(item.id, bad)
    assert office.registry.get(item.id).status == "待办"


def test_archive_and_unarchive(office: Office):
    item = add(office, status="办理中")
    archived = office.registry.archive(item.id).item
    assert archived.status == "已归档" and archived.archived_at == "2026-11-25T10:00:00"
    assert office.registry.archive(item.id).item == archived  # a second archive changes nothing
    assert office.registry.list() == []
    assert office.registry.count(ItemFilter(include_archived=True)) == 1
    with pytest.raises(ValidationError, match="取消归档"):
        office.registry.update(item.id, {"notes": "改不了"})
    restored = office.registry.unarchive(item.id).item
    assert (restored.status, restored.archived_at) == ("办理中", None)
    assert office.registry.unarchive(item.id).item == restored
    assert [i.id for i in office.registry.list()] == [item.id]


def test_purge_only_archived_and_only_confirmed(office: Office, tmp_path: Path):
    source = tmp_path / "通知.pdf"
    source.write_bytes(b"%PDF-1.4 demo")
    item = office.registry.create(dict(TASK), [source]).item
    assert len(item.attachments) == 1
    with pytest.raises(ValidationError, match="只有已归档"):
        office.registry.purge(item.id, confirm=True)
    office.registry.archive(item.id)
    with pytest.raises(ValidationError, match="--yes"):
        office.registry.purge(item.id)
    assert office.registry.get(item.id).archived_at
    office.registry.purge(item.id, confirm=True)
    with pytest.raises(NotFoundError):
        office.registry.get(item.id)
    assert office.conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 0
    assert source.read_bytes() == b"%PDF-1.4 demo"


def test_attachments_are_stored_once_and_listed(office: Office, tmp_path: Path):
    a, b = tmp_path / "附件1.xlsx", tmp_path / "附件1（副本）.xlsx"
    a.write_bytes(b"same bytes")
    b.write_bytes(b"same bytes")
    item = office.registry.create(dict(TASK), [a]).item
    other = office.registry.create(dict(TASK), [b]).item
    assert item.attachments[0].sha256 == other.attachments[0].sha256
    assert item.attachments[0].original_name == "附件1.xlsx"
    assert len([p for p in office.blobs.root.rglob("*") if p.is_file()]) == 1
    again = office.registry.attach(item.id, [a])  # the same file twice on one item is kept once
    assert len(again.item.attachments) == 1


def test_missing_attachment_leaves_no_item(office: Office, tmp_path: Path):
    with pytest.raises(StorageError, match="不存在.pdf"):
        office.registry.create(dict(TASK), [tmp_path / "不存在.pdf"])
    assert office.registry.count(ItemFilter(include_archived=True)) == 0


# ---------------------------------------------------------------- deadlines


def item_due(due: str | None, status: str = "待办", archived: bool = False) -> Item:
    return Item(
        1,
        "task",
        "t",
        "县民政局",
        "2026-11-01",
        due=due,
        status=status,
        archived_at="2026-11-20T00:00:00" if archived else None,
    )


WED = FIXED_NOW  # 2026-11-25 10:00
FRI = datetime(2026, 11, 27, 16, 0)
SAT = datetime(2026, 11, 28, 9, 0)


@pytest.mark.parametrize(
    ("now", "due", "state"),
    [
        (WED, "2026-11-24", "overdue"),
        (WED, "2026-11-25T09:59", "overdue"),
        (WED, "2026-11-25T10:01", "soon"),
        (WED, "2026-11-25", "soon"),  # a bare date lasts until the end of the day
        (WED, "2026-11-27", "soon"),  # Wednesday + 2 working days = Friday
        (WED, "2026-11-28", None),
        (WED, "2026-11-30", None),
        (FRI, "2026-11-27", "soon"),
        (FRI, "2026-11-27T12:00", "overdue"),
        (FRI, "2026-11-30", "soon"),
        (FRI, "2026-12-01", "soon"),  # the weekend does not count
        (FRI, "2026-12-02", None),
        (SAT, "2026-12-01", "soon"),
        (SAT, "2026-12-02", None),
        (SAT, "2026-11-27", "overdue"),
    ],
)
def test_deadline_state(now: datetime, due: str, state: str | None):
    assert deadline_state(item_due(due), now) == state


@pytest.mark.parametrize(
    "item",
    [
        item_due(None),
        item_due("2026-11-01", "已完成"),
        item_due("2026-11-01", "已报送"),
        item_due("2026-11-01", archived=True),
    ],
)
def test_no_deadline_state_for_closed_or_undated(item: Item):
    assert deadline_state(item, WED) is None


def test_today_summary(office: Office):
    late = add(office, title="逾期的任务", received="2026-11-02", due="2026-11-20", status="办理中")
    add(office, title="已办结的旧任务", received="2026-11-02", due="2026-11-20", status="已完成")
    soon = add(office, title="后天到期的报表", kind="form", due="2026-11-27")
    week = add(office, title="下周二到期的任务", due="2026-12-01T17:00")
    add(office, title="两周后到期", due="2026-12-09")
    meetings = {
        "2026-11-23T09:00": "周一的会议",
        "2026-11-29T15:00": "周日的会议",
        "2026-11-30T09:00": "下周一的会议",
        "2026-11-21T09:00": "上周六的会议",
    }
    ids = {}
    for start, title in meetings.items():
        ids[title] = office.registry.create(
            {
                "kind": "meeting",
                "title": title,
                "department": "县政府办",
                "received": "2026-11-20",
                "meeting_start": start,
            }
        ).item.id
    summary = office.registry.today()
    # Meetings already held are past, not overdue (issue 11, item 14).
    assert [i.id for i in summary.overdue] == [late.id]
    assert {deadline_state(office.registry.get(ids[t]), WED) for t in ("上周六的会议", "周一的会议")} == {
        "past"
    }
    assert [i.id for i in summary.due_soon] == [soon.id, week.id]
    assert [i.id for i in summary.meetings_this_week] == [ids["周一的会议"], ids["周日的会议"]]


# ---------------------------------------------------------------- filters


@pytest.fixture
def filled(office: Office) -> dict[str, int]:
    rows = {
        "医保": dict(
            TASK,
            title="关于开展2027年度城乡居民医保集中参保缴费工作的通知",
            department="县医保局",
            doc_no="县医保发〔2026〕31号",
            due="2026-11-30T17:00",
            status="办理中",
        ),
        "低收入": dict(
            TASK,
            kind="form",
            title="关于报送第三季度农村低收入人口动态监测数据的通知",
            department="县乡村振兴局",
            due="2026-11-27",
            notes="数据须与防返贫系统一致",
        ),
        "防火": dict(
            TASK,
            kind="meeting",
            title="关于召开全县秋冬季森林防火工作视频会议的通知",
            department="县应急局",
            meeting_start="2026-12-01T09:30",
        ),
        "欠薪": dict(TASK, due="2026-12-01", status="已完成", notes="100%_完成"),
        "养老": dict(TASK, title="关于做好城乡居民养老保险缴费工作的通知", received="2026-10-09"),
        "旧表": dict(
            TASK,
            kind="form",
            title="关于报送养老服务机构统计表的通知",
            department="县民政局",
            received="2026-09-01",
            due="2026-09-10",
            status="已报送",
        ),
    }
    ids = {key: office.registry.create(values).item.id for key, values in rows.items()}
    office.registry.archive(ids["旧表"])
    return ids


def ids_for(office: Office, **criteria: Any) -> set[int]:
    flt = office.registry.normalize_filter(ItemFilter(**criteria))
    return {i.id for i in office.registry.list(flt)}


def test_filter_by_kind_department_status(office: Office, filled: dict[str, int]):
    assert ids_for(office, kind="form") == {filled["低收入"]}
    assert ids_for(office, kind="会议") == {filled["防火"]}
    assert ids_for(office, department="县人社局") == {filled["欠薪"], filled["养老"]}
    assert ids_for(office, department="县人力资源和社会保障局", status="done") == {filled["欠薪"]}
    assert ids_for(office, kind="task", status="待办") == {filled["养老"]}
    assert ids_for(office, only_open=True, kind="task") == {filled["医保"], filled["养老"]}
    assert ids_for(office, department="县民政局") == set()
    assert ids_for(office, department="县民政局", include_archived=True) == {filled["旧表"]}
    assert ids_for(office, status="archived", include_archived=True) == {filled["旧表"]}


def test_filter_by_due_range_includes_times_on_the_last_day(office: Office, filled: dict[str, int]):
    assert ids_for(office, due_from="2026-11-27", due_to="2026-11-30") == {filled["低收入"], filled["医保"]}
    assert ids_for(office, due_to="2026.11.29") == {filled["低收入"]}
    assert ids_for(office, due_from="2026年12月1日") == {filled["防火"], filled["欠薪"]}
    assert ids_for(office, due_from="2026-12-01", due_to="2026-12-01") == {filled["防火"], filled["欠薪"]}
    assert ids_for(office, due_from="2026-12-02") == set()


def test_search_full_text_and_short_words(office: Office, filled: dict[str, int]):
    assert ids_for(office, search="参保缴费") == {filled["医保"]}
    assert ids_for(office, search="县医保发") == {filled["医保"]}  # 文号
    assert ids_for(office, search="防返贫系统") == {filled["低收入"]}  # notes
    assert ids_for(office, search="居民 缴费工作") == {filled["医保"], filled["养老"]}
    assert ids_for(office, search="养老") == {filled["养老"]}  # 2 characters: LIKE
    assert ids_for(office, search="养老", include_archived=True) == {filled["养老"], filled["旧表"]}
    assert ids_for(office, search="医保 森林") == set()
    assert ids_for(office, search="防火", kind="meeting") == {filled["防火"]}
    assert ids_for(office, search="%_") == {filled["欠薪"]}  # LIKE wildcards taken literally
    assert ids_for(office, search="%") == {filled["欠薪"]}
    assert ids_for(office, search='"参保 OR') == set()  # FTS syntax taken literally


def test_search_follows_edits(office: Office, filled: dict[str, int]):
    office.registry.update(filled["养老"], {"title": "关于做好被征地农民社会保障工作的通知"})
    assert ids_for(office, search="被征地农民") == {filled["养老"]}
    assert ids_for(office, search="养老保险") == set()


@pytest.mark.parametrize(
    ("criteria", "field"),
    [
        ({"department": "县外星局"}, "department"),
        ({"kind": "memo"}, "kind"),
        ({"status": "搁置"}, "status"),
        ({"due_from": "2026-13-01"}, "due_from"),
        ({"due_to": "昨天"}, "due_to"),
    ],
)
def test_filter_refuses_values_matching_nothing(office: Office, criteria: dict, field: str):
    with pytest.raises(ValidationError) as refused:
        office.registry.normalize_filter(ItemFilter(**criteria))
    assert refused.value.field == field


# ---------------------------------------------------------------- dates

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
any_date = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
SPELLINGS = (
    lambda d: f"{d.year}-{d.month}-{d.day}",
    lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    lambda d: f" {d.isoformat()} ",
    lambda d: d.isoformat().translate(FULL_WIDTH),  # typed with a Chinese input method
)


@given(any_date, st.sampled_from(SPELLINGS))
def test_parse_date_round_trips(day: date, spell):
    assert parse_date(spell(day)) == day.isoformat()


@given(any_date, st.integers(0, 23), st.integers(0, 59), st.sampled_from(["T", " ", "  "]))
def test_parse_due_with_time(day: date, hour: int, minute: int, sep: str):
    expected = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    assert parse_due(f"{day.isoformat()}{sep}{hour}:{minute:02d}") == expected
    assert parse_due(f"{day.year}年{day.month}月{day.day}日{hour}时{minute:02d}分") == expected
    assert parse_due(day.isoformat()) == day.isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "明天",
        "2026-11",
        "2026-02-30",
        "2026-13-01",
        "2026-00-10",
        "26-11-30",
        "20261301",
        "2026-11-30-1",
        "2026年11月",
        "11/30/2026",
        "2026-11-30 17:00",
    ],
)
def test_parse_date_refuses(text: str):
    with pytest.raises(ValidationError) as refused:
        parse_date(text, "received")
    assert refused.value.field == "received"


@given(st.text(max_size=20))
def test_parse_date_never_fails_otherwise(text: str):
    try:
        result = parse_date(text)
    except ValidationError:
        return
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", result)
    date.fromisoformat(result)


@given(any_date, st.integers(0, 30))
def test_add_working_days(start: date, days: int):
    end = add_working_days(start, days)
    between = [start + timedelta(days=n) for n in range(1, (end - start).days + 1)]
    assert sum(is_working_day(d) for d in between) == days
    assert days == 0 or is_working_day(end)


def test_due_datetime_and_week_bounds():
    assert due_datetime("2026-11-30") == datetime(2026, 11, 30, 23, 59, 59)
    assert due_datetime("2026-11-30T17:00") == datetime(2026, 11, 30, 17, 0)
    assert week_bounds(date(2026, 11, 25)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week_bounds(date(2026, 11, 29)) == (date(2026, 11, 23), date(2026, 11, 29))


# ---------------------------------------------------------------- 文号


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县人社发[2026]057号", "县人社发〔2026〕57号"),
        ("县人社发【2026】12号", "县人社发〔2026〕12号"),
        ("县人社发（2026）12号", "县人社发〔2026〕12号"),
        ("县人社发(2026)第3号", "县人社发〔2026〕3号"),
        ("县人社发〔2026〕012号", "县人社发〔2026〕12号"),
        ("  县人社发〔2026〕12号 ", "县人社发〔2026〕12号"),
        ("县人社发〔2026〕第12号", "县人社发〔2026〕第12号"),
        ("县政办明电〔2026〕9号", "县政办明电〔2026〕9号"),
        ("人社字57号", "人社字57号"),
        ("", ""),
    ],
)
def test_normalized_doc_no(text: str, expected: str):
    assert normalized_doc_no(text) == expected


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("县人社发〔2026〕12号", None),
        ("", None),
        ("县人社发[2026]12号", "六角括号"),
        ("县人社发〔2026〕012号", "六角括号"),
        ("县人社发〔2026〕0号", "〔2026〕12号"),
        ("县人社发2026年12号", "GB/T 9704"),
        ("第12号", "GB/T 9704"),
    ],
)
def test_doc_no_warning(text: str, hint: str | None):
    warning = doc_no_warning(text)
    assert warning is None if hint is None else hint in warning


@given(
    st.text(alphabet="县人社发民农卫健教财政办函明电通", min_size=2, max_size=6),
    st.integers(1900, 2099),
    st.integers(1, 9999),
    st.sampled_from(["[{y}]", "【{y}】", "（{y}）", "({y})", "〔{y}〕", "〔 {y} 〕"]),
    st.integers(0, 2),
)
def test_normalized_doc_no_is_always_standard(prefix: str, year: int, number: int, bracket: str, zeros: int):
    text = f"{prefix}{bracket.format(y=year)}{'0' * zeros}{number}号"
    normal = normalized_doc_no(text)
    assert normal == f"{prefix}〔{year}〕{number}号"
    assert doc_no_warning(normal) is None
    assert normalized_doc_no(normal) == normal


def test_working_days_follow_the_state_council_calendar():
    assert not is_working_day(date(2026, 10, 1))  # 国庆节, a Thursday
    assert is_working_day(date(2026, 10, 10))  # a Saturday worked in exchange (调休)
    assert not is_working_day(date(2026, 10, 7)) and is_working_day(date(2026, 10, 8))  # 1–7 October off
    # two working days from 30 September end on 9 October (weekends only would say 2 October)
    assert add_working_days(date(2026, 9, 30), 2) == date(2026, 10, 9)
    # a year the installed calendar does not know yet: weekends only
    assert is_working_day(date(2099, 1, 2)) and not is_working_day(date(2099, 1, 3))


def test_calendar_corrections_win_over_the_bundled_calendar():
    from desktop.dates import set_calendar_corrections

    try:
        set_calendar_corrections(holidays={date(2026, 11, 25)}, working_days={date(2026, 11, 28)})
        assert not is_working_day(date(2026, 11, 25)) and is_working_day(date(2026, 11, 28))
        assert add_working_days(date(2026, 11, 24), 1) == date(2026, 11, 26)
    finally:
        set_calendar_corrections()
    assert is_working_day(date(2026, 11, 25)) and not is_working_day(date(2026, 11, 28))
