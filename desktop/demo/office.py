"""A demonstration township office (示范单位): three months of realistic incoming work.

Used by `yibiao --db PATH demo` and by screenshots and manual testing of the window. Every
item goes through RegistryService.create, so the demo obeys the same validation as a clerk.
Dates are laid out relative to `today` so the 今日 view always has something to show:
overdue items, items due within two working days, items due this week and meetings this week.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.dates import add_working_days, is_working_day, week_bounds
from desktop.demo.items import NOTES, ROWS, Row
from desktop.demo.ledger import fill_demo_ledger
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.office import Office
from storage.records import Item, ItemFilter
from storage.transaction import transaction

SEED = 9704  # fixed: the same `today` always gives the same office
PROFILE = ("乡镇", "白沙镇人民政府", "530699112000", "云溪县")
CLERKS = ("王建国", "李晓梅", "张磊", "刘芳", "陈志强", "赵敏")

MEETING_STARTS = (time(9, 0), time(9, 30), time(14, 30), time(15, 0))


# ---------------------------------------------------------------- dates


def _on_or_before(day: date) -> date:
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def _on_or_after(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def _working_days_before(day: date, count: int) -> date:
    for _ in range(count):
        day = _on_or_before(day - timedelta(days=1))
    return day


def _spread(k: int, n: int, first: int, last: int) -> int:
    """The k-th of n values spread evenly from `first` to `last`."""
    return first if n < 2 else first + round(k * (last - first) / (n - 1))


@dataclass
class Plan:
    row: Row
    received: date
    due: str | None
    status: str  # "done" is resolved per kind
    start: datetime | None = None
    minutes: int = 0


def _plan_item(row: Row, k: int, n: int, today: date, rng: random.Random) -> Plan:
    """Dates and status for the k-th of n rows with the same `when`."""
    open_status = "办理中" if rng.random() < 0.6 else "待办"
    if row.when in ("old", "archived"):
        back = _spread(k, n, 88, 24) if row.when == "old" else _spread(k, n, 86, 60)
        received = _on_or_before(today - timedelta(days=back))
        due = add_working_days(received, rng.randint(3, 12))
        due_text = _with_time(due, rng)  # drawn even when replaced, so the other items stay as they were
        return Plan(row, received, f"{received.isoformat()}T17:00" if row.same_day else due_text, "done")
    if row.when == "overdue":
        due = _working_days_before(today, 1 + 2 * k)
        return Plan(row, _working_days_before(due, rng.randint(4, 10)), due.isoformat(), open_status)
    if row.when == "soon":
        offset = (1, 2, 0)[k % 3] if is_working_day(today) else 1 + k % 2
        due = add_working_days(today, offset)
        received = _working_days_before(today, rng.randint(1, 8))
        return Plan(row, received, _with_time(due, rng) if offset else due.isoformat(), open_status)
    if row.when == "week":
        horizon = add_working_days(today, 2)
        days = [today + timedelta(days=i) for i in range(1, 8)]
        choices = [d for d in days if d > horizon and is_working_day(d)]
        received = _on_or_before(today - timedelta(days=rng.randint(0, 6)))
        return Plan(row, received, _with_time(choices[k % len(choices)], rng), "待办")
    if row.when == "later":
        due = _on_or_after(today + timedelta(days=10 + 6 * k + rng.randint(0, 4)))
        received = _on_or_before(today - timedelta(days=rng.randint(0, 30)))
        return Plan(
            row, received, due.isoformat(), "办理中" if received < today - timedelta(days=7) else "待办"
        )
    if row.when == "nodue":
        return Plan(row, _on_or_before(today - timedelta(days=rng.randint(0, 12))), None, open_status)
    return _plan_meeting(row, k, n, today, rng)


def _plan_meeting(row: Row, k: int, n: int, today: date, rng: random.Random) -> Plan:
    monday, sunday = week_bounds(today)
    if row.when == "past":
        day = _on_or_before(today - timedelta(days=_spread(k, n, 80, (today - monday).days + 1)))
        received = _working_days_before(day, rng.randint(2, 6))
    elif row.when == "this_week":
        # Upcoming weekdays first, then the ones already past; never today itself.
        weekdays = [monday + timedelta(days=i) for i in range(5)]
        ahead = [d for d in weekdays if d > today] + [d for d in reversed(weekdays) if d < today]
        day = ahead[k % len(ahead)]
        received = min(_on_or_before(today), _working_days_before(day, rng.randint(2, 4)))
    else:  # next
        day = _on_or_after(sunday + timedelta(days=1 + 4 * k + rng.randint(0, 2)))
        received = _on_or_before(today - timedelta(days=rng.randint(0, 3)))
    start = datetime.combine(day, rng.choice(MEETING_STARTS))
    status = "done" if day < today else "待办"
    return Plan(row, received, None, status, start, rng.choice((90, 120, 150, 180)))


def _with_time(day: date, rng: random.Random) -> str:
    """Most deadlines are a day; some notices say 'before 17:00' or 'before noon'."""
    roll = rng.random()
    if roll < 0.2:
        return f"{day.isoformat()}T17:00"
    if roll < 0.3:
        return f"{day.isoformat()}T12:00"
    return day.isoformat()


# ---------------------------------------------------------------- values


def _title(template: str, received: date) -> str:
    previous_month = received.month - 1 or 12
    quarter = ("第四季度", "第一季度", "第二季度", "第三季度")[(received.month - 1) // 3]
    season = "春季" if 3 <= received.month <= 5 else "夏季" if 6 <= received.month <= 8 else "秋冬季"
    return template.format(y=received.year, ny=received.year + 1, pm=previous_month, q=quarter, season=season)


def _number_documents(plans: list[Plan], rng: random.Random) -> dict[int, str]:
    """文号 per plan index, numbered upward through the year for each issuing code."""
    last: dict[tuple[str, int], int] = {}
    numbers: dict[int, str] = {}
    for index in sorted(range(len(plans)), key=lambda i: plans[i].received):
        plan = plans[index]
        if not plan.row.prefix:
            continue
        key = (plan.row.prefix, plan.received.year)
        number = max(last.get(key, 0) + 1, plan.received.timetuple().tm_yday // 4 + rng.randint(1, 6))
        last[key] = number
        numbers[index] = f"{plan.row.prefix}〔{plan.received.year}〕{number}号"
    return numbers


def _values(plan: Plan, doc_no: str, rng: random.Random) -> dict[str, Any]:
    row = plan.row
    status = plan.status
    if status == "done":
        status = "已报送" if row.kind == "form" else "已完成"
    just_in = status == "待办" and rng.random() < 0.3  # not yet handed to anyone
    pool = NOTES[row.fmt if row.kind == "meeting" else row.kind]
    notes = row.notes or (rng.choice(pool) if rng.random() < 0.5 else "")
    values: dict[str, Any] = {
        "kind": row.kind,
        "title": _title(row.title, plan.received),
        "department": row.department,
        "doc_no": doc_no,
        "received": plan.received.isoformat(),
        "due": plan.due,
        "urgency": row.urgency,
        "confidentiality": row.level,
        "status": status,
        "assignee": "" if just_in else rng.choice(CLERKS),
        "notes": notes,
    }
    if row.kind == "task":
        values["report_demand"] = row.demand
    if row.kind == "meeting" and plan.start:
        end = plan.start + timedelta(minutes=plan.minutes)
        values.update(
            meeting_start=plan.start.isoformat(timespec="minutes"),
            meeting_end=end.isoformat(timespec="minutes"),
            place=row.place,
            meeting_format=row.fmt,
            principal_required=row.principal,
            deputy_allowed=row.deputy,
        )
    return values


def _plans(today: date, rng: random.Random) -> list[Plan]:
    groups: dict[str, list[Row]] = {}
    for row in ROWS:
        groups.setdefault(row.when, []).append(row)
    plans = []
    for rows in groups.values():
        shuffled = rows[:]
        rng.shuffle(shuffled)  # so table order does not decide which item is oldest
        plans.extend(_plan_item(row, k, len(shuffled), today, rng) for k, row in enumerate(shuffled))
    return plans


# ---------------------------------------------------------------- entry point


def fill_demo(
    office: Office, today: date | None = None, name: str | None = None, code: str | None = None
) -> dict[str, Any]:
    """Fill an empty office with the demo township; on a non-empty one only report what is there.

    `name` and `code` make another township of the same county (杨柳乡人民政府, 530699113000): its own
    profile and titles, the same work otherwise.

    Returns a summary: office name, item and department counts, how many items were added, and
    what the 今日 view shows by the office's clock.
    """
    profile = _township_profile(name, code)
    place = profile[1].removesuffix("人民政府")
    if (current := office.profile.get()) is not None and current.office_type != "乡镇":
        raise ValidationError(OTHER_KIND, field="office_type", name=current.name)
    if office.registry.count(ItemFilter(include_archived=True)):
        return _summary(office, added=0)
    today = today or office.clock().date()
    rng = random.Random(SEED)
    plans = _plans(today, rng)
    numbers = _number_documents(plans, rng)
    entries = [(plan, _values(plan, numbers.get(i, ""), rng)) for i, plan in enumerate(plans)]
    progress_rng = random.Random(SEED + 1)  # its own stream, so the items and the ledger stay as they were
    entries.sort(
        key=lambda entry: (entry[1]["received"], entry[1]["title"])
    )  # registered in order of arrival
    with transaction(office.conn):
        office.profile.save(*profile)
        for plan, values in entries:
            saved = office.registry.create(values)
            _add_progress(office, saved.item, today, progress_rng)
            if plan.row.when == "archived":
                office.registry.archive(saved.item.id)
    ledger = fill_demo_ledger(office, today, rng, place=place)
    return _summary(office, added=len(entries) + ledger["forms"])


OTHER_KIND = QT_TRANSLATE_NOOP(
    "errors", "这个数据库已是“{name}”（县级单位），不能再生成乡镇示范数据。请换一个数据库文件。"
)
NAME_AND_CODE = QT_TRANSLATE_NOOP(
    "errors",
    "另建一个示范乡镇时请同时给出 --name 和 --code，例如 --name 杨柳乡人民政府 --code 530699113000。",
)


def _township_profile(name: str | None, code: str | None) -> tuple[str, str, str, str]:
    if not name and not code:
        return PROFILE
    if not (name and code):
        raise ValidationError(NAME_AND_CODE, field="name")
    return (PROFILE[0], name.strip(), code.strip(), PROFILE[3])


PROGRESS_STEPS = (
    "已召开专题会议部署，各村（社区）正在逐户摸排",
    "已完成 {done} 个村的排查，发现问题 {found} 处",
    "发现的问题已整改 {fixed} 处，其余限期在月底前整改完毕",
    "工作已全部完成，总结材料已按要求报送",
)


def _add_progress(office: Office, item: Item, today: date, rng: random.Random) -> None:
    """Tasks that report weekly or monthly and are under way or done get a few dated 办理进展."""
    if item.kind != "task" or item.report_demand not in ("日报", "周报", "月报") or item.status == "待办":
        return
    start = date.fromisoformat(item.received)
    end = min(today, date.fromisoformat(item.due[:10])) if item.due else today
    steps = 4 if item.status in ("已完成", "已归档") else rng.randint(1, 3)
    span = max((end - start).days, 1)
    for k in range(steps):
        day = start + timedelta(days=max(1, span * (k + 1) // steps))
        text = PROGRESS_STEPS[k if steps == 4 else min(k, 2)].format(
            done=rng.randint(3, 9), found=rng.randint(1, 6), fixed=rng.randint(1, 4)
        )
        office.progress.add(item.id, text, min(day, today).isoformat())


def _summary(office: Office, added: int) -> dict[str, Any]:
    items = office.registry.list(ItemFilter(include_archived=True), sort="received")
    profile = office.profile.get()
    today = office.registry.today()
    return {
        "office": profile.name if profile else "",
        "items": len(items),
        "departments": len({i.department for i in items}),
        "added": added,
        "archived": sum(1 for i in items if i.archived_at),
        "first_received": items[0].received if items else None,
        "last_received": items[-1].received if items else None,
        "overdue": len(today.overdue),
        "due_soon": len(today.due_soon),
        "meetings_this_week": len(today.meetings_this_week),
        # cycles whose 报送包 can be built now (`yibiao package build --cycle …`)
        "ready_cycles": [c.cycle.key for c in office.cycles.list() if c.forms and not c.blockers],
    }
