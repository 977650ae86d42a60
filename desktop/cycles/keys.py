"""Reporting-cycle keys: ``2026-11`` (month), ``2026-Q4`` (quarter), ``2026`` (year) or a name.

A periodic key stands for its calendar dates; a named (ad-hoc, 专项) cycle has no dates and holds only
what the clerk put into it. Titles here are the Chinese ones printed on packages; the window shows
`display_title`, which goes through translation.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from exports.package.safe_names import cycle_kind

PERIODIC_KINDS = ("month", "quarter", "year")  # the kinds an item can fall into by its date
KINDS = (*PERIODIC_KINDS, "named")
QUARTER_NAMES = ("一", "二", "三", "四")

_TITLES = {
    "month": QT_TRANSLATE_NOOP("cycles", "{year}年{month}月"),
    "quarter": QT_TRANSLATE_NOOP("cycles", "{year}年第{quarter}季度"),
    "year": QT_TRANSLATE_NOOP("cycles", "{year}年度"),
}
KIND_LABELS = {
    "month": QT_TRANSLATE_NOOP("cycles", "月度"),
    "quarter": QT_TRANSLATE_NOOP("cycles", "季度"),
    "year": QT_TRANSLATE_NOOP("cycles", "年度"),
    "named": QT_TRANSLATE_NOOP("cycles", "专项"),
}


@dataclass(frozen=True)
class Cycle:
    key: str
    kind: str  # one of KINDS
    title: str  # Chinese, as printed on the package
    start: date | None = None
    end: date | None = None  # inclusive

    def to_dict(self) -> dict[str, str | None]:
        return {
            "key": self.key,
            "kind": self.kind,
            "title": self.title,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


def kind_of(key: str) -> str:
    """The kind of a cycle key; ValidationError naming the right spelling otherwise."""
    key = key.strip() if isinstance(key, str) else key
    try:
        kind = cycle_kind(key)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "报送周期“{key}”写法不对：月度写 2026-11，季度写 2026-Q4，年度写 2026；"
                "专项周期用汉字、字母、数字和短横线起名，最多 40 个字。",
            ),
            field="cycle",
            key=key,
        ) from None
    year = int(key[:4]) if kind != "named" else 0
    if kind != "named" and not 2000 <= year <= 2099:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "报送周期“{key}”的年份应在 2000 到 2099 之间。"),
            field="cycle",
            key=key,
        )
    return kind


def parse(key: str, named_title: str = "") -> Cycle:
    """The cycle a key stands for (dates and Chinese title)."""
    key = key.strip()
    kind = kind_of(key)
    if kind == "named":
        return Cycle(key, kind, named_title or key)
    year = int(key[:4])
    if kind == "year":
        return Cycle(key, kind, _TITLES["year"].format(year=year), date(year, 1, 1), date(year, 12, 31))
    if kind == "quarter":
        quarter = int(key[-1])
        first = 3 * quarter - 2
        end = date(year, first + 2, calendar.monthrange(year, first + 2)[1])
        title = _TITLES["quarter"].format(year=year, quarter=QUARTER_NAMES[quarter - 1])
        return Cycle(key, kind, title, date(year, first, 1), end)
    month = int(key[5:7])
    end = date(year, month, calendar.monthrange(year, month)[1])
    return Cycle(key, kind, _TITLES["month"].format(year=year, month=month), date(year, month, 1), end)


def key_for(day: str | date, kind: str = "month") -> str:
    """The periodic cycle of ``kind`` a date falls in."""
    text = day.isoformat() if isinstance(day, date) else day
    year, month = text[:4], int(text[5:7])
    if kind == "year":
        return year
    if kind == "quarter":
        return f"{year}-Q{(month - 1) // 3 + 1}"
    return f"{year}-{month:02d}"


def display_title(cycle: Cycle, translate: Callable[[str, str], str]) -> str:
    """The cycle's title in the interface language (a named cycle keeps its own name)."""
    if cycle.kind == "named":
        return cycle.title
    year = cycle.key[:4]
    template = translate("cycles", _TITLES[cycle.kind])
    if cycle.kind == "year":
        return template.format(year=year)
    if cycle.kind == "quarter":
        quarter = int(cycle.key[-1])
        number = QUARTER_NAMES[quarter - 1] if template == _TITLES["quarter"] else str(quarter)
        return template.format(year=year, quarter=number)
    return template.format(year=year, month=int(cycle.key[5:7]))


def sort_key(cycle: Cycle) -> tuple[str, int]:
    """Newest first when sorted descending: by end date, a year after its quarters and months."""
    span = {"month": 0, "quarter": 1, "year": 2, "named": 3}[cycle.kind]
    return ((cycle.end or date.min).isoformat(), span)
