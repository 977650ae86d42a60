"""Plain dataclasses the repositories return. No behaviour beyond conversion."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Department:
    id: int
    name: str
    short_name: str = ""
    active: bool = True
    sort_order: int = 0


@dataclass(frozen=True)
class Attachment:
    id: int
    item_id: int
    sha256: str
    original_name: str
    size: int
    added_at: str


@dataclass
class Item:
    """One registry entry: a task (工作任务), a meeting (会议) or a form (报表)."""

    id: int | None
    kind: str
    title: str
    department: str
    received: str
    doc_no: str = ""
    due: str | None = None
    urgency: str = "平件"
    confidentiality: str = "非密"
    status: str = "待办"
    assignee: str = ""
    notes: str = ""
    meeting_start: str | None = None
    meeting_end: str | None = None
    place: str = ""
    meeting_format: str | None = None
    principal_required: bool | None = None
    deputy_allowed: bool | None = None
    report_demand: str | None = None
    created_at: str = ""
    updated_at: str = ""
    archived_at: str | None = None
    department_short: str = ""
    cycle: str | None = None  # set by hand; None = the cycle of its due date
    attachments: list[Attachment] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ItemFilter:
    """What the registry list shows. Empty values mean "any"."""

    kind: str | None = None
    department: str | None = None
    status: str | None = None
    due_from: str | None = None
    due_to: str | None = None
    search: str = ""
    include_archived: bool = False
    only_open: bool = False


@dataclass(frozen=True)
class CycleRecord:
    """A cycle the office named or titled itself (periodic cycles exist without one)."""

    key: str
    kind: str
    title: str
    created_at: str


@dataclass(frozen=True)
class CycleDates:
    """What decides an item's cycle, without loading the whole item."""

    item_id: int
    kind: str
    status: str
    date: str  # due date, else received date (YYYY-MM-DD)
    cycle: str | None


@dataclass(frozen=True)
class PackageRecord:
    """One built version of a cycle's submission package."""

    id: int
    cycle: str
    version: int
    path: str
    sha256: str
    size: int
    fingerprint: str
    forms: int
    rows: int
    built_at: str
    built_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ProgressReport:
    """One dated 办理进展 entry of an item."""

    id: int
    item_id: int
    reported_on: str  # YYYY-MM-DD
    text: str
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
