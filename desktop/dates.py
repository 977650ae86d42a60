"""Dates: the one reader of the shapes dates are written in, the registry's date inputs, and working days.

`read_date_text` and `excel_serial_in_text` know every shape a clerk or a workbook writes a date in
(2026-12-04, 2026/12/4, 2026.12.04, 2026年12月4日, 20261204, a month such as 2026.12 or 202612, a time after
the day, an Excel serial such as 46360); each contract is a thin front-end over them: `parse_date` and
`parse_due` here for what a clerk types into the registry, `desktop.ledger.dates.parse_date` for a cell of
a return (months, serials and plausible years allowed, a reason instead of an exception).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from desktop.errors import QT_TRANSLATE_NOOP, ValidationError

_SPACE = re.compile(r"\s+")
# A time of day after the day: after T, a space or 日/号 (2026-11-30T17:00, 2026-11-30 17:00:00, 2026年11月30日17时00分).
_WITH_TIME = re.compile(r"(.+?)(?:T|\s+|(?<=[日号]))(\d{1,2})[:时](\d{2})(?:分|:\d{2}(?:\.\d+)?)?")
_FULL = re.compile(r"(\d{4})([-/.年])(\d{1,2})([-/.月])(\d{1,2})[日号]?\.?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MONTH = re.compile(r"(\d{4})[-/.年](\d{1,2})月?\.?")
_MONTH_COMPACT = re.compile(r"(\d{4})(\d{2})")
_YEAR = re.compile(r"(\d{4})年?")
_SERIAL_TEXT = re.compile(r"\d{4,5}(?:\.\d+)?")

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 0 once Excel's fictitious 1900-02-29 is counted
SERIAL_FIRST = (date(1910, 1, 1) - _EXCEL_EPOCH).days
SERIAL_LAST = (date(2099, 12, 31) - _EXCEL_EPOCH).days
"""Plausible Excel serials: 1910–2099. Smaller numbers are years, counts or typos, not dates."""


@dataclass(frozen=True, slots=True)
class DateParts:
    """What a written date names, not yet checked against the calendar (2026-02-30 reads as 2026, 2, 30)."""

    year: int
    month: int | None = None  # None: a year alone
    day: int | None = None  # None: a month (or a year)
    time: tuple[int, int] | None = None  # (hour, minute) written after the day, not yet checked


def _plain(text: str) -> str:
    # Full-width digits and signs (typed with a Chinese input method) as ASCII, the ideographic space as a space.
    return unicodedata.normalize("NFKC", text).strip()


def read_date_text(text: str) -> DateParts | None:
    """The year, month, day (and time) a date is written as, whatever its shape; None when it is no date shape.

    Spaces inside the date do not matter (2026 年 12 月 4 日); 年 goes with 月 (2026年12-4 is no date).
    """
    text = _plain(text)
    time = None
    if ":" in text or "时" in text:
        match = _WITH_TIME.fullmatch(text)
        if match is None:
            return None
        text, time = match[1], (int(match[2]), int(match[3]))
    text = _SPACE.sub("", text)
    if m := _FULL.fullmatch(text):
        return DateParts(int(m[1]), int(m[3]), int(m[5]), time) if (m[2] == "年") == (m[4] == "月") else None
    if m := _COMPACT.fullmatch(text):
        return DateParts(int(m[1]), int(m[2]), int(m[3]), time)
    if time is not None:  # a time follows a day, never a month or a year
        return None
    if m := _MONTH.fullmatch(text) or _MONTH_COMPACT.fullmatch(text):
        return DateParts(int(m[1]), int(m[2]))
    if m := _YEAR.fullmatch(text):
        return DateParts(int(m[1]))
    return None


def excel_serial_in_text(text: str) -> float | None:
    """The number when the text is written as an Excel serial (31108, 31108.75), else None."""
    text = _SPACE.sub("", _plain(text))
    return float(text) if _SERIAL_TEXT.fullmatch(text) else None


def excel_serial_to_date(serial: float) -> date | None:
    """The date of an Excel serial (1900 system) in the plausible range, else None."""
    if not SERIAL_FIRST <= serial < SERIAL_LAST + 1:
        return None
    return _EXCEL_EPOCH + timedelta(days=math.floor(serial))


def date_to_excel_serial(day: date) -> int:
    """The Excel serial (1900 system) of a date after 1900-02-28."""
    return (day - _EXCEL_EPOCH).days


def _typed_day(text: str, field: str, parts: DateParts | None) -> date:
    if parts is not None and parts.day is not None:
        try:
            return date(parts.year, parts.month, parts.day)
        except ValueError:
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "日期“{value}”无法识别，请按 YYYY-MM-DD 填写，例如 2026-11-27。"),
        field=field,
        value=text,
    )


def parse_date(text: str, field: str = "date") -> str:
    """A day a clerk typed → ISO: '2026-3-2', '2026.03.02', '2026年3月2日', '20260302' → '2026-03-02'.

    A month, a year, a time of day or an Excel serial is refused (a registry date is a whole day).
    """
    parts = read_date_text(text or "")
    return _typed_day(text, field, parts if parts is None or parts.time is None else None).isoformat()


def parse_due(text: str, field: str = "due") -> str:
    """A date, or a date with a time: '2026-11-30', '2026-11-30T17:00', '2026-11-30 17:00', '20261130 17:00'."""
    parts = read_date_text(text or "")
    if parts is None or parts.time is None:
        return parse_date(text, field)
    day = _typed_day(text, field, parts)
    hour, minute = parts.time
    if hour < 24 and minute < 60:
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "时间“{value}”无法识别，请按 YYYY-MM-DD HH:MM 填写，例如 2026-11-30 17:00。"
        ),
        field=field,
        value=text,
    )


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
