"""Meetings (会议) among the items received: how many, how long, how many want the principal leader, and
which deploy work a document already covered.

- **hours**: ``meeting_end − meeting_start`` of each meeting that has both (a meeting without an end time is
  counted in ``without_end`` and adds no hours; over 24 h is taken as a typing slip and adds none either).
- **principal_required**: meetings that require the principal leader (主要负责人) in person.
- **repeat_of_document**: a meeting whose department sent a document (a task or a form) within the 30 days
  before the meeting notice arrived, with a similar title: the two titles, with the words every notice uses
  (关于, 召开, 会议, 通知, 部署, 推进 …), dates and punctuation taken out, score at least
  ``SIMILAR_AT`` by `rapidfuzz.fuzz.partial_ratio` (the shorter title found, nearly, inside the longer).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from storage.burden_queries import BurdenRow

REPEAT_WINDOW_DAYS = 30
SIMILAR_AT = 75.0
MIN_CORE = 4  # shorter cores ("防汛") match too much to be evidence

_FILLER = re.compile(
    r"关于|召开|举行|举办|参加|出席|组织|开展|进一步|做好|切实|全面|全县|全镇|全乡|全市|"
    r"专题|工作|会议|视频|现场|调度|部署|推进|动员|培训|座谈|的通知|通知|方案|实施|印发|的|"
    r"\d{2,4}年度?|\d{1,2}月份?|\d{1,2}日|第?[一二三四1-4]季度|[上下]半年|\d+|[\s\W_]+",
    re.UNICODE,
)


def title_core(title: str) -> str:
    """What a notice is about: its title without the words every notice uses, dates and punctuation."""
    return _FILLER.sub("", unicodedata.normalize("NFKC", title or ""))


def similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz  # loaded on first use

    core_a, core_b = title_core(a), title_core(b)
    if len(core_a) < MIN_CORE or len(core_b) < MIN_CORE:
        return False
    return fuzz.partial_ratio(core_a, core_b) >= SIMILAR_AT


def meeting_hours(row: BurdenRow) -> float | None:
    """Hours of a meeting with a start and an end, else None."""
    if not row.meeting_start or not row.meeting_end:
        return None
    try:
        hours = (
            datetime.fromisoformat(row.meeting_end) - datetime.fromisoformat(row.meeting_start)
        ).total_seconds()
    except ValueError:
        return None
    hours /= 3600
    return hours if 0 < hours <= 24 else None


@dataclass(frozen=True)
class MeetingMeasures:
    count: int
    hours: float
    without_end: int
    principal_required: int
    repeat_of_document: tuple[tuple[int, int], ...]  # (meeting id, the earlier document's id)

    @property
    def principal_share(self) -> float:
        return round(self.principal_required / self.count, 4) if self.count else 0.0

    def to_dict(self) -> dict:
        return {
            "count": self.count,
            "hours": round(self.hours, 2),
            "without_end": self.without_end,
            "principal_required": self.principal_required,
            "principal_required_share": self.principal_share,
            "repeat_of_document": len(self.repeat_of_document),
            "repeat_pairs": [{"meeting": m, "document": d} for m, d in self.repeat_of_document],
        }


def repeats(meetings: Iterable[BurdenRow], documents: Sequence[BurdenRow]) -> list[tuple[int, int]]:
    """(meeting, document) for each meeting repeating a document of its department received within the
    30 days before it (the latest such document)."""
    by_department: dict[str, list[BurdenRow]] = {}
    for doc in documents:
        if doc.kind != "meeting":
            by_department.setdefault(doc.department, []).append(doc)
    found = []
    for meeting in meetings:
        try:
            day = date.fromisoformat(meeting.received[:10])
        except ValueError:
            continue
        first = (day - timedelta(days=REPEAT_WINDOW_DAYS)).isoformat()
        candidates = [
            d
            for d in by_department.get(meeting.department, ())
            if first <= d.received[:10] <= day.isoformat() and d.id != meeting.id
        ]
        for doc in sorted(candidates, key=lambda d: (d.received[:10], d.id), reverse=True):
            if similar(meeting.title, doc.title):
                found.append((meeting.id, doc.id))
                break
    return found


def measure(meetings: Sequence[BurdenRow], documents: Sequence[BurdenRow]) -> MeetingMeasures:
    """``documents``: every item received from 30 days before the period to its end (the candidates)."""
    hours = [meeting_hours(m) for m in meetings]
    return MeetingMeasures(
        count=len(meetings),
        hours=sum(h for h in hours if h is not None),
        without_end=sum(1 for h in hours if h is None),
        principal_required=sum(1 for m in meetings if m.principal_required),
        repeat_of_document=tuple(repeats(meetings, documents)),
    )
