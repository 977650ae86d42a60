"""Parsing the dates clerks type, and working-day arithmetic for deadlines."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from desktop.errors import QT_TRANSLATE_NOOP, ValidationError

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_DATETIME = re.compile(r"^\s*(.+?)(?:[T\s]+|日)(\d{1,2})[:：时](\d{2})分?\s*$")


def parse_date(text: str, field: str = "date") -> str:
    """'2026-3-2', '2026.03.02', '2026年3月2日', '20260302' → '2026-03-02'."""
    match = _DATE.match(text or "") or _COMPACT.match(text or "")
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "日期“{value}”无法识别，请按 YYYY-MM-DD 填写，例如 2026-11-27。"),
        field=field,
        value=text,
    )


def parse_due(text: str, field: str = "due") -> str:
    """A date, or a date with a time: '2026-11-30', '2026-11-30T17:00', '2026-11-30 17:00'."""
    match = _DATETIME.match(text or "")
    if match and ":" not in match[1] and "：" not in match[1]:
        day = parse_date(match[1] + ("日" if "年" in match[1] and not match[1].endswith("日") else ""), field)
        hour, minute = int(match[2]), int(match[3])
        if hour < 24 and minute < 60:
            return f"{day}T{hour:02d}:{minute:02d}"
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "时间“{value}”无法识别，请按 YYYY-MM-DD HH:MM 填写，例如 2026-11-30 17:00。"
            ),
            field=field,
            value=text,
        )
    return parse_date(text, field)


def due_datetime(due: str) -> datetime:
    """A deadline given as a bare date ends at the end of that day."""
    if "T" in due:
        return datetime.fromisoformat(due)
    return datetime.fromisoformat(due) + timedelta(hours=23, minutes=59, seconds=59)


# Corrections the county's configuration may bring (a holiday announced after this release, a local day
# off): they win over the calendar. Empty until something sets them.
_extra_holidays: set[date] = set()
_extra_working_days: set[date] = set()


def set_calendar_corrections(
    holidays: set[date] = frozenset(), working_days: set[date] = frozenset()
) -> None:
    """Days that are off, or worked, whatever the bundled calendar says (replaces earlier corrections)."""
    _extra_holidays.clear()
    _extra_holidays.update(holidays)
    _extra_working_days.clear()
    _extra_working_days.update(working_days)


@lru_cache(maxsize=4096)
def _calendar_working_day(day: date) -> bool:
    """The State Council calendar (public holidays, 调休 working weekends) for the years it has been
    published; weekends only for years the installed chinesecalendar release does not know yet."""
    import chinese_calendar  # loaded on first use: the command line starts without it

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


def is_working_day(day: date) -> bool:
    if day in _extra_holidays:
        return False
    if day in _extra_working_days:
        return True
    return _calendar_working_day(day)


def add_working_days(start: date, days: int) -> date:
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def week_bounds(today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)
