"""Frequencies (频次), the periods a whitelisted form reports on, and due rules (报送时限) — see
`desktop.county.whitelist` for the format. Pure functions on dates; working days from `desktop.dates`
(the State Council calendar of chinesecalendar plus the county's corrections).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.dates import add_working_days
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError

FREQUENCIES = ("月", "季", "半年", "年", "一次性")
_FREQUENCY_WORDS = {
    "月": ("月", "月报", "月度", "每月", "按月"),
    "季": ("季", "季报", "季度", "每季", "每季度", "按季"),
    "半年": ("半年", "半年报", "半年度", "每半年"),
    "年": ("年", "年报", "年度", "每年", "按年"),
    "一次性": ("一次性", "一次", "不定期", "专项", "临时"),
}

_RULE = re.compile(
    r"(?:cycle_end|end)\+(\d{1,3})(wd|d)?|(?:cycle_)?end|(?:next_month|next):(\d{1,2})|(?:date:)?(\d{4}-\d{2}-\d{2})"
)
_ZH_AFTER = re.compile(
    r"(?:周期|期末|报告期)?(?:结束|截止)?后?(\d{1,3})(个工作日|工作日|天|日|个自然日|自然日)(?:内|前)?"
)
_ZH_NEXT = re.compile(r"次月(\d{1,2})[日号](?:前|之前)?")
_ZH_END = re.compile(r"(?:周期|报告期)?(?:结束|期末)(?:前|当日|当天)?")

BAD_FREQUENCY = QT_TRANSLATE_NOOP("errors", "频次“{value}”无法识别：请填 月、季、半年、年 或 一次性。")
BAD_RULE = QT_TRANSLATE_NOOP(
    "errors",
    "报送时限“{value}”无法识别：请写成 周期结束后5个工作日（cycle_end+5wd）、周期结束后10天（cycle_end+10d）、"
    "次月10日前（next_month:10）、周期结束（cycle_end+0d）或某一天（2026-12-20）。",
)


def parse_frequency(text: str) -> str:
    """One of FREQUENCIES for what a clerk or a 报表目录 writes (月报, 季度, 每半年 …)."""
    word = "".join(unicodedata.normalize("NFKC", text or "").split())
    for frequency, words in _FREQUENCY_WORDS.items():
        if word in words:
            return frequency
    raise ValidationError(BAD_FREQUENCY, field="frequency", value=text)


@dataclass(frozen=True)
class DueRule:
    anchor: str  # "end" | "next" (day of the month after the period) | "date" | "" (no deadline)
    days: int = 0  # after the anchor; for "next" the day of the month
    working: bool = False
    on: date | None = None  # for "date"

    def text(self) -> str:
        """The stored form."""
        if self.anchor == "":
            return ""
        if self.anchor == "date":
            return self.on.isoformat()
        if self.anchor == "next":
            return f"next_month:{self.days}"
        return f"cycle_end+{self.days}{'wd' if self.working else 'd'}"

    def due(self, start: date, end: date) -> date | None:
        """The deadline for a period from `start` to `end` (inclusive)."""
        if self.anchor == "":
            return None
        if self.anchor == "date":
            return self.on
        if self.anchor == "next":
            year, month = (end.year + 1, 1) if end.month == 12 else (end.year, end.month + 1)
            return date(year, month, min(self.days, calendar.monthrange(year, month)[1]))
        if self.working:
            return add_working_days(end, self.days)
        return end + timedelta(days=self.days)


def parse_due_rule(text: str) -> DueRule:
    """A due rule from its stored form (end+5wd, next:10, …) or the Chinese a 报表目录 writes it in
    (周期结束后5个工作日, 次月10日前, 周期结束后10天, 期末); empty text is no deadline."""
    raw = "".join(unicodedata.normalize("NFKC", text or "").split())
    if not raw:
        return DueRule("")
    if m := _RULE.fullmatch(raw):
        if m[3]:
            if 1 <= int(m[3]) <= 31:
                return DueRule("next", int(m[3]))
        elif m[4]:
            try:
                return DueRule("date", on=date.fromisoformat(m[4]))
            except ValueError:
                pass
        else:
            return DueRule("end", int(m[1] or 0), m[2] == "wd")
        raise ValidationError(BAD_RULE, field="due_rule", value=text)
    if m := _ZH_NEXT.fullmatch(raw):
        if 1 <= int(m[1]) <= 31:
            return DueRule("next", int(m[1]))
    elif m := _ZH_AFTER.fullmatch(raw):
        return DueRule("end", int(m[1]), "工作日" in m[2])
    elif _ZH_END.fullmatch(raw):
        return DueRule("end")
    raise ValidationError(BAD_RULE, field="due_rule", value=text)


def describe_due_rule(rule: str) -> str:
    """The Chinese a clerk reads for a stored rule (empty for none)."""
    parsed = parse_due_rule(rule)
    if parsed.anchor == "date":
        return f"{parsed.on.isoformat()}前"
    if parsed.anchor == "next":
        return f"次月{parsed.days}日前"
    if parsed.anchor == "":
        return ""
    if not parsed.days:
        return "周期结束"
    return f"周期结束后{parsed.days}{'个工作日' if parsed.working else '天'}"


@dataclass(frozen=True)
class Period:
    """What one report of a form covers, and the reporting cycle it belongs to."""

    start: date
    end: date
    cycle: str


def period_of(frequency: str, day: date) -> Period:
    """The period of `frequency` that `day` falls in. A half-year belongs to the cycle of its last
    quarter (2026-Q2, 2026-Q4); a one-off form to the month of `day`."""
    year, month = day.year, day.month
    if frequency == "年":
        return Period(date(year, 1, 1), date(year, 12, 31), f"{year}")
    if frequency in ("季", "半年"):
        months = 3 if frequency == "季" else 6
        first = (month - 1) // months * months + 1
        last = first + months - 1
        end = date(year, last, calendar.monthrange(year, last)[1])
        return Period(date(year, first, 1), end, f"{year}-Q{last // 3}")
    start = date(year, month, 1)
    end = date(year, month, calendar.monthrange(year, month)[1])
    return Period(start, end, f"{year}-{month:02d}")


def previous_period(frequency: str, period: Period) -> Period:
    return period_of(frequency, period.start - timedelta(days=1))


def period_of_cycle(frequency: str, cycle: str) -> Period | None:
    """The period of `frequency` whose cycle is `cycle` (a key such as 2026-11, 2026-Q4, 2026), or None
    when a form of this frequency has no report in that cycle."""
    if frequency == "一次性":
        return None
    if re.fullmatch(r"\d{4}-\d{2}", cycle):
        day = date(int(cycle[:4]), int(cycle[5:]), 1)
    elif re.fullmatch(r"\d{4}-Q[1-4]", cycle):
        day = date(int(cycle[:4]), 3 * int(cycle[-1]), 1)
    elif re.fullmatch(r"\d{4}", cycle):
        day = date(int(cycle), 12, 1)
    else:
        return None
    period = period_of(frequency, day)
    return period if period.cycle == cycle else None
