"""The demo office: enough realistic data, laid out around today, the same every time."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import FIXED_NOW

from desktop.dates import add_working_days, week_bounds
from desktop.demo.office import fill_demo
from desktop.office import Office
from desktop.registry.docno import doc_no_warning
from desktop.registry.service import deadline_state
from storage.records import Item, ItemFilter


def all_items(office: Office) -> list[Item]:
    return office.registry.list(ItemFilter(include_archived=True), sort="id")


@pytest.fixture
def demo(office: Office) -> tuple[Office, dict]:
    return office, fill_demo(office)


def test_summary_and_profile(demo):
    office, summary = demo
    items = all_items(office)
    assert summary["office"] == "白沙镇人民政府"
    assert summary["items"] == len(items) >= 60
    assert summary["added"] == len(items)
    assert summary["departments"] == len({i.department for i in items}) >= 8
    profile = office.profile.get()
    assert profile is not None
    assert (profile.office_type, profile.county) == ("乡镇", "云溪县")
    assert profile.admin_code[6:9] != "000" and profile.admin_code.endswith("000")


def test_items_span_three_months_before_today(demo):
    office, _ = demo
    received = sorted(date.fromisoformat(i.received) for i in all_items(office))
    today = FIXED_NOW.date()
    assert received[-1] <= today
    assert today - timedelta(days=92) <= received[0] <= today - timedelta(days=75)
    months = Counter((d.year, d.month) for d in received)
    assert len(months) >= 3  # spread, not bunched in the last weeks
    for item in all_items(office):
        assert item.due is None or item.due[:10] >= item.received, item


def test_mix_of_kinds_urgencies_and_doc_numbers(demo):
    office, _ = demo
    items = all_items(office)
    kinds = Counter(i.kind for i in items)
    share = {k: kinds[k] / len(items) for k in kinds}
    assert 0.38 <= share["task"] <= 0.52
    assert 0.18 <= share["meeting"] <= 0.32
    assert 0.22 <= share["form"] <= 0.38
    urgencies = Counter(i.urgency for i in items)
    assert urgencies["平件"] > len(items) / 2
    assert urgencies["加急"] >= 3 and 1 <= urgencies["特急"] <= urgencies["加急"]
    with_doc_no = [i.doc_no for i in items if i.doc_no]
    assert 0 < len(items) - len(with_doc_no) <= 6  # a few notices come without a 文号
    assert all(doc_no_warning(d) is None for d in with_doc_no)
    assert len(set(with_doc_no)) == len(with_doc_no)
    assert len({i.assignee for i in items if i.assignee}) >= 4
    assert sum(1 for i in items if i.notes) >= 15
    assert all(i.report_demand for i in items if i.kind == "task")


def test_meetings_have_their_details(demo):
    office, _ = demo
    meetings = [i for i in all_items(office) if i.kind == "meeting"]
    assert meetings
    for m in meetings:
        assert m.meeting_start and m.meeting_end and m.place, m
        assert m.meeting_start < m.meeting_end
        assert m.due == m.meeting_start
        assert m.meeting_format in ("现场", "视频")
        assert m.principal_required is not None and m.deputy_allowed is not None
    assert {m.meeting_format for m in meetings} == {"现场", "视频"}
    assert any(m.principal_required and not m.deputy_allowed for m in meetings)


def test_statuses_follow_dates(demo):
    office, _ = demo
    items = all_items(office)
    today = FIXED_NOW.date().isoformat()
    archived = [i for i in items if i.archived_at]
    assert 1 <= len(archived) <= 5
    assert all(i.status == "已归档" for i in archived)
    old = [i for i in items if i.received < (FIXED_NOW.date() - timedelta(days=45)).isoformat()]
    done = [i for i in old if i.status in ("已完成", "已报送", "已归档")]
    assert len(done) >= 0.8 * len(old)
    assert all(i.status == "已报送" for i in items if i.kind == "form" and i.status in ("已完成", "已报送"))
    recent_open = [i for i in items if i.status in ("待办", "办理中")]
    assert len(recent_open) >= 15
    assert all(
        i.due is None or i.due >= (FIXED_NOW.date() - timedelta(days=20)).isoformat() for i in recent_open
    )
    # Meetings already held are done; meetings still to come are open.
    for m in (i for i in items if i.kind == "meeting" and not i.archived_at):
        assert (m.status == "已完成") == (m.meeting_start[:10] < today), m


def test_today_view_has_something_in_every_group(demo):
    office, summary = demo
    now = office.registry.clock()
    assert now == FIXED_NOW
    states = Counter(deadline_state(i, now) for i in all_items(office))
    assert states["overdue"] >= 3
    assert states["soon"] >= 3
    horizon = add_working_days(now.date(), 2).isoformat()
    week_end = (now.date() + timedelta(days=7)).isoformat()
    open_items = [i for i in all_items(office) if i.due and i.status in ("待办", "办理中")]
    later_this_week = [i for i in open_items if horizon < i.due[:10] <= week_end]
    assert len(later_this_week) >= 2
    today = office.registry.today()
    assert len(today.overdue) == states["overdue"] == summary["overdue"]
    assert 2 <= len(today.meetings_this_week) <= 4
    monday, sunday = week_bounds(now.date())
    for m in today.meetings_this_week:
        assert monday.isoformat() <= m.meeting_start[:10] <= sunday.isoformat()
    assert len(today.due_soon) >= states["soon"]


@pytest.mark.parametrize("day", [date(2026, 11, 23) + timedelta(days=n) for n in range(7)])
def test_every_weekday_gives_a_useful_today_view(tmp_path: Path, day: date):
    now = datetime.combine(day, datetime.min.time()).replace(hour=10)
    with Office(tmp_path / "demo.sqlite3", clock=lambda: now) as office:
        fill_demo(office)
        states = Counter(deadline_state(i, now) for i in all_items(office))
        assert states["overdue"] >= 3 and states["soon"] >= 3
        assert 2 <= len(office.registry.today().meetings_this_week) <= 4
        assert max(i.received for i in all_items(office)) <= day.isoformat()


def _content(office: Office) -> list[tuple]:
    skip = {"id", "created_at", "updated_at", "archived_at", "attachments"}
    return [tuple(v for k, v in i.to_dict().items() if k not in skip) for i in all_items(office)]


def test_deterministic_for_a_given_today(tmp_path: Path):
    contents = []
    for name in ("a", "b"):
        with Office(tmp_path / f"{name}.sqlite3", clock=lambda: FIXED_NOW) as office:
            fill_demo(office)
            contents.append(_content(office))
    assert contents[0] == contents[1]
    with Office(tmp_path / "c.sqlite3", clock=lambda: FIXED_NOW) as office:
        fill_demo(office, today=FIXED_NOW.date() - timedelta(days=30))
        assert _content(office) != contents[0]
        assert (
            max(i.received for i in all_items(office)) <= (FIXED_NOW.date() - timedelta(days=30)).isoformat()
        )


def test_idempotent(demo):
    office, first = demo
    before = _content(office)
    again = fill_demo(office)
    assert again["added"] == 0
    assert again["items"] == first["items"]
    assert _content(office) == before


def test_does_not_touch_an_office_with_items(office: Office):
    office.profile.save("乡镇", "河口乡人民政府", "530699201000", "云溪县")
    office.registry.create({"kind": "task", "title": "已有的事项", "department": "县民政局"})
    summary = fill_demo(office)
    assert summary["added"] == 0 and summary["items"] == 1
    assert summary["office"] == "河口乡人民政府"
    assert office.profile.get().name == "河口乡人民政府"


def test_demo_ledger_holds_a_population_and_this_months_forms_overlap(tmp_path):
    from datetime import date, datetime

    from desktop.demo.office import fill_demo
    from desktop.office import Office

    today = date(2026, 11, 25)
    office = Office(tmp_path / "demo.sqlite3", clock=lambda: datetime(2026, 11, 25, 10, 0))
    fill_demo(office, today)
    stats = office.ledger.stats()
    assert stats["entities"]["person"] == 320 and stats["invalid_keys"] == 0
    pairs = office.overlaps.all_pairs()
    assert any(pair["duplicate"] for pair in pairs)  # two bureaus asking for the same migrant-worker facts
    forms = office.intake.with_templates([i.id for i in office.registry.list()])
    assert len(forms) == 5  # this month's three, and the complete earlier cycle's two
    coverage = office.coverage.form_coverage(forms[0])
    assert coverage.entities == 320 and coverage.filled > 0
    office.close()


def test_demo_holds_one_complete_cycle_that_builds_a_package(tmp_path):
    import io
    import zipfile

    import openpyxl

    from exports.package.verify import verify_package

    with Office(tmp_path / "demo.sqlite3", clock=lambda: FIXED_NOW) as office:
        summary = fill_demo(office)
        assert summary["ready_cycles"] == ["2026-10"]  # the month before the fixed clock's; this one is open
        checklist = office.cycles.checklist("2026-10")
        assert checklist.ready and len([f for f in checklist.forms if f.fillable]) == 2
        assert not office.cycles.checklist("2026-11").ready  # open items, deliberately
        result = office.packages.build("2026-10", tmp_path / "out")
        assert (result.version, result.forms, result.rows) == (1, 2, 640)
        assert verify_package(result.path).ok
        names = zipfile.ZipFile(result.path).namelist()
        assert sum(n.startswith("forms/") for n in names) == 2 and "report.pdf" in names
        # every filled workbook opens in openpyxl and holds the ledger's ID numbers, as text
        held = {
            row["person.id_number"]
            for row in office.filler.rows(next(f.item_id for f in checklist.forms if f.fillable))
        }
        assert len(held) == 320
        with zipfile.ZipFile(result.path) as zf:
            for name in (n for n in names if n.endswith(".xlsx")):
                wb = openpyxl.load_workbook(io.BytesIO(zf.read(name)))
                if name.startswith("forms/"):
                    ws = wb.active
                    ids = {c.value for row in ws.iter_rows() for c in row if c.value in held}
                    assert ids == held, name
                    assert all(isinstance(i, str) for i in ids)


@pytest.mark.parametrize("day", [date(2026, 12, 1), date(2026, 12, 15), date(2027, 1, 4)])
def test_a_complete_cycle_whatever_the_day(tmp_path: Path, day: date):
    now = datetime.combine(day, datetime.min.time()).replace(hour=10)
    with Office(tmp_path / "demo.sqlite3", clock=lambda: now) as office:
        ready = fill_demo(office)["ready_cycles"]
        assert len(ready) == 1 and ready[0] < f"{day:%Y-%m}"
        assert office.cycles.checklist(ready[0]).ready
