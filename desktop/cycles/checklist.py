"""What a reporting cycle holds and what still blocks its submission package (plain results)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.cycles.keys import Cycle
from desktop.errors import Notice


@dataclass(frozen=True)
class FormCheck:
    """A form of the cycle: how many rows the ledger fills and how many cells are still missing."""

    item_id: int
    title: str
    department: str
    due: str | None
    status: str
    entity: str  # '' when no template was imported
    rows: int
    fields: int
    missing_cells: int  # cells with no value or a stale one (to fill before submitting)
    fillable: bool  # a template is stored, so the form can be filled from the ledger
    overdue: bool
    assigned_by_hand: bool = False


@dataclass(frozen=True)
class TaskCheck:
    item_id: int
    title: str
    department: str
    due: str | None
    status: str
    report_demand: str | None
    overdue: bool
    assigned_by_hand: bool = False
    progress_reports: int = 0  # 办理进展 recorded so far
    last_report_on: str | None = None
    last_report: str | None = None


@dataclass(frozen=True)
class MeetingCheck:
    item_id: int
    title: str
    department: str
    start: str | None
    place: str
    status: str
    held: bool  # the meeting's time has passed
    assigned_by_hand: bool = False


@dataclass(frozen=True)
class Submission:
    """The version of the cycle's package that went out, and when (已报送)."""

    version: int
    at: str  # ISO timestamp
    how: str = "clerk"  # drive: copied to a drive; clerk: marked by hand

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "at": self.at}


@dataclass(frozen=True)
class Changes:
    """What the ledger changed, for the submitted version's forms, since that version was built."""

    rows_added: int
    values_changed: int

    @property
    def any(self) -> bool:
        return bool(self.rows_added or self.values_changed)

    def to_dict(self) -> dict[str, int]:
        return {"rows_added": self.rows_added, "values_changed": self.values_changed}


@dataclass
class Checklist:
    """Everything a cycle holds. `blockers` are notices (translate with ``notice.translated(tr)``)."""

    cycle: Cycle
    forms: list[FormCheck] = field(default_factory=list)
    tasks: list[TaskCheck] = field(default_factory=list)
    meetings: list[MeetingCheck] = field(default_factory=list)
    blockers: list[Notice] = field(default_factory=list)
    submitted: Submission | None = None  # its ledger changes since are never blockers

    @property
    def ready(self) -> bool:
        return not self.blockers

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.forms if f.fillable)

    def to_dict(self, translate=None) -> dict[str, Any]:
        return {
            "cycle": self.cycle.to_dict(),
            "ready": self.ready,
            "forms": [asdict(f) for f in self.forms],
            "tasks": [asdict(t) for t in self.tasks],
            "meetings": [asdict(m) for m in self.meetings],
            "blockers": [b.translated(translate) if translate else str(b) for b in self.blockers],
            "submitted": self.submitted.to_dict() if self.submitted else None,
        }


@dataclass(frozen=True)
class CycleSummary:
    """One line of the cycle list."""

    cycle: Cycle
    forms: int
    tasks: int
    meetings: int
    open_items: int  # 待办 or 办理中
    blockers: int
    latest_version: int | None  # highest package version built, None when never built
    submitted: Submission | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.cycle.to_dict(),
            "forms": self.forms,
            "tasks": self.tasks,
            "meetings": self.meetings,
            "open_items": self.open_items,
            "blockers": self.blockers,
            "latest_version": self.latest_version,
            "submitted": self.submitted.to_dict() if self.submitted else None,
        }
