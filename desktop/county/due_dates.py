"""When a whitelisted form is due for a cycle, and whether the form belongs to that cycle at all.

The whitelist's ``frequency`` (频次) is one of 月 / 季 / 半年 / 年 / 一次性 (also accepted: 月报, 每月, 季报, 季度,
年报, 年度, 半年报, monthly …). A form belongs to a cycle when the cycle is of its frequency (a 季 form to
``2026-Q4``), or when the cycle is a month that closes the form's period (a 季 form to ``2026-12``, where the
township's items fall by their due date); one-off forms belong to no cycle by themselves, only when received.
It must also be valid then (``valid_from`` ≤ the cycle's end, ``valid_until`` ≥ its start).

The ``due_rule`` is counted from the day after the cycle ends. Accepted spellings (a blank rule: no deadline):

- ``cycle_end+5`` / ``+5`` / ``5天`` / ``周期结束后5天`` — five calendar days after the cycle's last day;
- ``cycle_end+5wd`` / ``5wd`` / ``5个工作日`` / ``周期结束后5个工作日`` — the fifth working day after it
  (the State Council calendar with the county's corrections, `desktop.dates.add_working_days`);
- ``次月5日`` / ``next_month:5`` — the 5th of the month after the cycle's end;
- ``2026-12-05`` — a fixed day.
A rule this module cannot read gives no deadline (the form is then never late) rather than a wrong one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from desktop.cycles.keys import Cycle
from desktop.dates import add_working_days

_FREQUENCIES = {
    "month": ("月", "月报", "每月", "月度", "monthly", "month"),
    "quarter": ("季", "季报", "每季", "季度", "quarterly", "quarter"),
    "half": ("半年", "半年报", "每半年", "half-year", "half"),
    "year": ("年", "年报", "每年", "年度", "yearly", "annual", "year"),
}
# the months that close each kind's period
_CLOSING_MONTHS = {"month": range(1, 13), "quarter": (3, 6, 9, 12), "half": (6, 12), "year": (12,)}

_DAYS = re.compile(r"^(?:cycle_end)?\+?(\d{1,3})(?:天|日|d)?$")
_WORKING = re.compile(r"^(?:cycle_end)?\+?(\d{1,3})(?:wd|个工作日|工作日)$")
_NEXT_MONTH = re.compile(r"^(?:次月|next_month:)(\d{1,2})(?:日)?$")
_FIXED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def frequency_kind(frequency: str) -> str | None:
    """month / quarter / half / year, or None (one-off or unknown)."""
    text = (frequency or "").strip().lower()
    for kind, names in _FREQUENCIES.items():
        if text in names:
            return kind
    return None


def applies(frequency: str, valid_from: str | None, valid_until: str | None, cycle: Cycle) -> bool:
    """Whether a whitelisted form with this frequency and validity is due in ``cycle``."""
    kind = frequency_kind(frequency)
    if kind is None or cycle.start is None or cycle.end is None:
        return False
    if valid_from and valid_from[:10] > cycle.end.isoformat():
        return False
    if valid_until and valid_until[:10] < cycle.start.isoformat():
        return False
    if cycle.kind == "month":
        return cycle.end.month in _CLOSING_MONTHS[kind]
    if cycle.kind == "quarter":
        return kind == "quarter" or (kind in ("half", "year") and cycle.end.month in _CLOSING_MONTHS[kind])
    return kind == "year" and cycle.kind == "year"


def due_date(rule: str, cycle: Cycle) -> date | None:
    """The last day a form is on time for ``cycle`` under ``rule``, or None (no deadline, or unreadable)."""
    text = re.sub(r"\s+", "", rule or "").lower()
    for prefix in ("周期结束后", "期末后", "截止"):
        text = text.removeprefix(prefix)
    text = text.removesuffix("前").removesuffix("内")
    if not text:
        return None
    if fixed := _FIXED.match(text):
        try:
            return date(int(fixed[1]), int(fixed[2]), int(fixed[3]))
        except ValueError:
            return None
    if cycle.end is None:
        return None
    if working := _WORKING.match(text):
        return add_working_days(cycle.end, int(working[1]))
    if days := _DAYS.match(text):
        return cycle.end + timedelta(days=int(days[1]))
    if month := _NEXT_MONTH.match(text):
        first = cycle.end + timedelta(days=1)
        day = min(int(month[1]), calendar.monthrange(first.year, first.month)[1])
        return date(first.year, first.month, max(day, 1))
    return None
