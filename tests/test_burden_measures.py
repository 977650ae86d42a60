"""The burden measures of a period (`office.burden.report`, `items_behind`): each number checked against an
SQL query over the registry written here, and the drill-down against the same query's ids."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from desktop.errors import ValidationError

START, END = date(2026, 9, 1), date(2026, 11, 30)
PERIOD = (START.isoformat(), END.isoformat())


def add(office, **values):
    return office.registry.create(values).item.id


@pytest.fixture
def filled(office):
    ids = {
        # Thursday before 中秋 (Friday 2026-09-25 is off), due Monday 09-28: one working day
        "survey": add(
            office,
            kind="task",
            title="关于开展2026年农村劳动力转移就业情况调查的通知",
            department="县人社局",
            received="2026-09-24",
            due="2026-09-28",
            report_demand="周报",
        ),
        # received Friday 10-09, meeting Monday 10-12; Saturday 10-10 is a 调休 working day: two working days
        "deploy": add(
            office,
            kind="meeting",
            title="关于召开农村劳动力转移就业调查工作部署会议的通知",
            department="县人社局",
            received="2026-10-09",
            meeting_start="2026-10-12T09:00",
            meeting_end="2026-10-12T11:30",
            principal_required=True,
        ),
        "same_day": add(
            office,
            kind="form",
            title="低保对象动态管理月报表",
            department="县民政局",
            received="2026-11-02",
            due="2026-11-02",
        ),
        "no_due": add(
            office, kind="task", title="关于做好冬季救助的通知", department="县民政局", received="2026-11-03"
        ),
        "daily": add(
            office,
            kind="task",
            title="关于开展困难群众走访慰问的通知",
            department="县民政局",
            received="2026-11-03",
            due="2026-11-20",
            report_demand="日报",
        ),
        "no_end": add(
            office,
            kind="meeting",
            title="关于召开冬季救助工作会议的通知",
            department="县民政局",
            received="2026-11-05",
            meeting_start="2026-11-06T14:00",
        ),
        "last_year": add(
            office, kind="task", title="去年的任务", department="县人社局", received="2025-10-01"
        ),
        "after": add(office, kind="task", title="下个月的任务", department="县人社局", received="2026-12-01"),
    }
    return ids


def sql(office, query: str, params=PERIOD):
    conn = sqlite3.connect(office.path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


IN_PERIOD = "substr(received, 1, 10) BETWEEN ? AND ?"


def test_items_by_kind_month_and_last_year(office, filled):
    report = office.burden.report(START, END)
    data = report.to_dict()
    by_kind = dict(sql(office, f"SELECT kind, COUNT(*) FROM items WHERE {IN_PERIOD} GROUP BY kind"))
    assert data["items"] == {**{k: by_kind.get(k, 0) for k in ("task", "meeting", "form")}, "total": 6}
    months = sql(
        office,
        f"SELECT substr(received, 1, 7), kind, COUNT(*) FROM items WHERE {IN_PERIOD} GROUP BY 1, 2",
    )
    for month, kind, n in months:
        assert data["items_by_month"][month][kind] == n
    assert list(data["items_by_month"]) == ["2026-09", "2026-10", "2026-11"]
    last = dict(
        sql(
            office,
            f"SELECT kind, COUNT(*) FROM items WHERE {IN_PERIOD} GROUP BY kind",
            ("2025-09-01", "2025-11-30"),
        )
    )
    assert data["last_year"]["items"]["task"] == last["task"] == 1
    assert data["last_year"]["by_month"]["2025-10"]["task"] == 1
    assert office.burden.items_behind("items", "meeting", START, END) == [
        r[0] for r in sql(office, f"SELECT id FROM items WHERE kind = 'meeting' AND {IN_PERIOD} ORDER BY id")
    ]
    assert office.burden.items_behind("last_year", None, START, END) == [filled["last_year"]]


def test_by_department_and_drill_down(office, filled):
    data = office.burden.report(START, END).to_dict()
    rows = sql(
        office,
        "SELECT departments.name, items.kind, COUNT(*) FROM items JOIN departments ON departments.id ="
        " items.department_id WHERE substr(items.received, 1, 10) BETWEEN ? AND ? GROUP BY 1, 2",
    )
    assert rows
    for department, kind, n in rows:
        assert data["by_department"][department][kind] == n
    name = office.registry.get(filled["daily"]).department
    ids = sql(
        office,
        "SELECT items.id FROM items JOIN departments ON departments.id = items.department_id"
        " WHERE departments.name = ? AND substr(items.received, 1, 10) BETWEEN ? AND ? ORDER BY items.id",
        (name, *PERIOD),
    )
    assert office.burden.items_behind("by_department", name, START, END) == [i for (i,) in ids]
    assert data["by_department"][name]["total"] == len(ids) == 4


def test_short_deadlines_follow_the_holiday_calendar(office, filled):
    """Working days counted by SQL over a calendar table made from chinesecalendar (holidays and 调休)."""
    import chinese_calendar

    conn = sqlite3.connect(office.path)
    conn.execute("CREATE TEMP TABLE workdays (day TEXT PRIMARY KEY)")
    day = date(2026, 8, 1)
    while day <= date(2026, 12, 31):
        if chinese_calendar.is_workday(day):
            conn.execute("INSERT INTO workdays VALUES (?)", (day.isoformat(),))
        day += timedelta(days=1)
    allowed = dict(
        conn.execute(
            "SELECT items.id, (SELECT COUNT(*) FROM workdays WHERE day > substr(items.received, 1, 10)"
            "   AND day <= substr(items.due, 1, 10))"
            f" FROM items WHERE due IS NOT NULL AND {IN_PERIOD}",
            PERIOD,
        ).fetchall()
    )
    conn.close()
    assert (
        allowed[filled["survey"]] == 1 and allowed[filled["deploy"]] == 2 and allowed[filled["same_day"]] == 0
    )
    data = office.burden.report(START, END).to_dict()["short_deadlines"]
    assert data["with_due"] == len(allowed)
    for band, limit in (("lt1", 1), ("lt3", 3), ("lt5", 5)):
        expected = sorted(i for i, n in allowed.items() if n < limit)
        assert data[band]["count"] == len(expected)
        assert data[band]["share"] == round(len(expected) / len(allowed), 4)
        assert office.burden.items_behind("short_deadlines", band, START, END) == expected


def test_meetings_hours_principal_and_repeat_of_a_document(office, filled):
    data = office.burden.report(START, END).to_dict()["meetings"]
    ((count, hours, principal, without_end),) = sql(
        office,
        "SELECT COUNT(*), SUM(CASE WHEN meeting_end IS NOT NULL THEN"
        " (julianday(meeting_end) - julianday(meeting_start)) * 24 ELSE 0 END),"
        " SUM(COALESCE(principal_required, 0)), SUM(meeting_end IS NULL)"
        f" FROM items WHERE kind = 'meeting' AND {IN_PERIOD}",
    )
    assert (
        (data["count"], data["hours"], data["principal_required"], data["without_end"])
        == (
            count,
            round(hours, 2),
            principal,
            without_end,
        )
        == (2, 2.5, 1, 1)
    )
    assert data["principal_required_share"] == 0.5
    # the deployment meeting repeats the survey task of the same bureau 15 days earlier; the winter relief
    # meeting the notice of two days before (冬季救助 in both titles once the usual words are out)
    assert data["repeat_of_document"] == 2
    assert data["repeat_pairs"] == [
        {"meeting": filled["deploy"], "document": filled["survey"]},
        {"meeting": filled["no_end"], "document": filled["no_due"]},
    ]
    assert office.burden.items_behind("meetings", "repeat_of_document", START, END) == [
        filled["deploy"],
        filled["no_end"],
    ]


def test_progress_demands_and_scores(office, filled):
    report = office.burden.report(START, END)
    data = report.to_dict()
    demands = dict(
        sql(
            office,
            f"SELECT report_demand, COUNT(*) FROM items WHERE kind = 'task' AND report_demand IS NOT NULL"
            f" AND {IN_PERIOD} GROUP BY 1",
        )
    )
    assert data["progress_demands"] == {
        "daily": demands.get("日报", 0),
        "weekly": demands.get("周报", 0),
        "monthly": demands.get("月报", 0),
    }
    scores = data["scores"]
    assert "2 × 报表" in scores["formula"] and "1 × 会议小时" in scores["formula"]
    top = scores["departments"][0]
    weights = scores["weights"]
    assert top["score"] == round(sum(weights[k] * v for k, v in top["components"].items()), 2)
    # 县人社局: 1 task, 2.5 meeting hours, 1 principal meeting, 2 short deadlines, 1 weekly demand
    ren_she = next(
        s
        for s in scores["departments"]
        if s["department"] == office.registry.get(filled["survey"]).department
    )
    assert ren_she["components"]["tasks"] == 1
    assert ren_she["score"] == 1 * 1 + 1 * 2.5 + 2 * 1 + 2 * 2 + 2 * 1
    assert [s["score"] for s in scores["departments"]] == sorted(
        (s["score"] for s in scores["departments"]), reverse=True
    )


def test_an_empty_period_and_a_wrong_one(office, filled):
    data = office.burden.report(date(2024, 1, 1), date(2024, 1, 31)).to_dict()
    assert data["items"]["total"] == 0 and data["short_deadlines"]["lt1"]["share"] == 0.0
    assert data["scores"]["departments"] == []
    with pytest.raises(ValidationError):
        office.burden.report(END, START)
    with pytest.raises(ValidationError):
        office.burden.items_behind("nonsense", None, START, END)


def test_the_countys_calendar_corrections_count(office, filled):
    """A day the county's configuration declares off shortens the time allowed."""
    from desktop.county.calendar import save_corrections
    from desktop.dates import set_calendar_corrections

    before = office.burden.report(START, END).to_dict()["short_deadlines"]
    try:
        save_corrections(office.settings, ["2026-09-28"], [])  # the Monday the survey task was due
        after = office.burden.report(START, END).to_dict()["short_deadlines"]
    finally:
        set_calendar_corrections()
    # received Thursday 09-24, due Monday 09-28: one working day, none once the Monday is off
    assert before["lt1"]["count"] + 1 == after["lt1"]["count"]
    assert office.burden.items_behind("short_deadlines", "lt1", START, END) == sorted([filled["same_day"]])
