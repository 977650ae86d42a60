"""The county's 减负统计 (`Office.county_burden`): every township's burden measures side by side, and the
county's own departments ranked by the load they send down.

Each township's package carries the measures of its cycle's period under the manifest key ``burden`` (written
by `desktop.burden.package_block`, docs/package-format.md §11); the county reads them from the manifests of
the current packages it imported (`storage.county_burden`). Nothing is recomputed: a township's row shows
exactly the figures of its own report (`yibiao burden report --from … --to …` over the same dates).

Departments: each township names the bureaus as its own list has them (人社局, 县人社局); a name is taken as
one of the county's departments by `DepartmentService.match` (short and former names, see
`desktop.registry.department_names`), and the figures of every township are summed. Names that are not the
county's (a city bureau, a typing variant nobody can tell) stay as written, marked ``county_own`` false.
The ranking is by the summed burden score (负担指数, `desktop.burden.scores`: a weighted sum, so the sum over
townships is the score of the summed components), then by items sent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.registry.departments import DepartmentService
from storage.county_burden import ReceivedMeasures, current_measures
from storage.county_reports import CountyReports

KINDS = ("task", "meeting", "form")
BANDS = ("lt1", "lt3", "lt5")
ENTRIES = ("requested", "from_ledger", "typed", "blank")


def _number(value: Any, *keys: str) -> float:
    """A count read from a measure that is a number, or an object holding it under one of ``keys``
    (``count`` by default), or a list (its length)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, Mapping):
        for key in (*keys, "count", "total"):
            if key in value:
                return _number(value[key])
        return 0
    if isinstance(value, list):
        return len(value)
    return 0


def _int(value: Any, *keys: str) -> int:
    return round(_number(value, *keys))


@dataclass(frozen=True)
class TownshipBurden:
    """One township's row: its current package and the measures it carried (``measured`` false: the package
    is older than the measures, or none was received — ``version`` None)."""

    code: str
    name: str
    version: int | None
    measured: bool
    period: tuple[str, str] | None = None
    items: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    off_whitelist: int = 0
    duplicate_requests: int = 0
    short_deadlines: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BANDS, 0))
    meetings: int = 0
    meeting_hours: float = 0.0
    principal_required: int = 0
    progress_demands: int = 0
    entries: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTRIES, 0))

    @property
    def total(self) -> int:
        return sum(self.items.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "version": self.version,
            "measured": self.measured,
            "period": {"start": self.period[0], "end": self.period[1]} if self.period else None,
            "items": {**self.items, "total": self.total},
            "forms": self.items["form"],
            "off_whitelist": self.off_whitelist,
            "duplicate_requests": self.duplicate_requests,
            "short_deadlines": dict(self.short_deadlines),
            "meetings": {
                "count": self.meetings,
                "hours": round(self.meeting_hours, 2),
                "principal_required": self.principal_required,
            },
            "progress_demands": self.progress_demands,
            "entries": dict(self.entries),
        }


@dataclass(frozen=True)
class DepartmentLoad:
    """One department's load summed over the townships that reported it."""

    name: str
    county_own: bool  # one of the county's departments (else a name as the townships wrote it)
    townships: int  # how many townships received something from it
    items: dict[str, int]
    score: float
    components: dict[str, float]
    written_as: tuple[str, ...]  # the names the townships used for it

    @property
    def total(self) -> int:
        return sum(self.items.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "department": self.name,
            "county_own": self.county_own,
            "townships": self.townships,
            "items": {**self.items, "total": self.total},
            "score": round(self.score, 2),
            "components": {k: round(v, 2) for k, v in self.components.items()},
            "written_as": list(self.written_as),
        }


@dataclass(frozen=True)
class CountyBurden:
    cycle: str
    townships: tuple[TownshipBurden, ...]
    departments: tuple[DepartmentLoad, ...]  # ranked, the heaviest first
    formula: str = ""

    @property
    def reporting(self) -> tuple[TownshipBurden, ...]:
        return tuple(t for t in self.townships if t.measured)

    def to_dict(self) -> dict[str, Any]:
        return {
            "cycle": self.cycle,
            "townships": [t.to_dict() for t in self.townships],
            "reporting": len(self.reporting),
            "departments": [d.to_dict() for d in self.departments],
            "formula": self.formula,
        }


def _entries(block: Mapping[str, Any], cells: Mapping[str, Any] | None) -> dict[str, int]:
    """requested / from_ledger / typed / blank: the measures' ``entries_*`` (the forms received in the period),
    else — a block without them — the package's own cell totals."""
    if f"entries_{ENTRIES[0]}" not in block and cells:
        return {k: _int(cells.get(k)) for k in ENTRIES}
    return {k: _int(block.get(f"entries_{k}")) for k in ENTRIES}


def _demands(value: Any) -> int:
    """Tasks demanding daily or weekly progress reports (``{"daily", "weekly", "monthly"}``)."""
    if isinstance(value, Mapping) and ("daily" in value or "weekly" in value):
        return _int(value.get("daily")) + _int(value.get("weekly"))
    return _int(value)


def township_row(code: str, name: str, received: ReceivedMeasures | None) -> TownshipBurden:
    """A township's row from its current package's ``burden`` block."""
    if received is None:
        return TownshipBurden(code, name, None, False)
    block = received.burden
    if block is None:
        return TownshipBurden(code, received.office_name or name, received.version, False)
    items = block.get("items") or {}
    period = block.get("period") or {}
    meetings = block.get("meetings") or {}
    deadlines = block.get("short_deadlines") or {}
    return TownshipBurden(
        code=code,
        name=received.office_name or name,
        version=received.version,
        measured=True,
        period=(str(period.get("from", "")), str(period.get("to", ""))) if period else None,
        items={k: _int(items.get(k)) for k in KINDS},
        off_whitelist=_int(block.get("off_whitelist")),
        duplicate_requests=_int(block.get("duplicate_requests")),
        short_deadlines={b: _int(deadlines.get(b)) for b in BANDS},
        meetings=_int(meetings),
        meeting_hours=float(_number(meetings.get("hours") if isinstance(meetings, Mapping) else 0)),
        principal_required=_int(meetings.get("principal_required") if isinstance(meetings, Mapping) else 0),
        progress_demands=_demands(block.get("progress_demands")),
        entries=_entries(block, received.cells),
    )


def _named(rows: Any, key: str = "department") -> Iterable[tuple[str, Mapping[str, Any]]]:
    """(name, figures) of a per-department measure given as a list of objects or as an object by name."""
    if isinstance(rows, Mapping):
        for name, figures in rows.items():
            yield str(name), figures if isinstance(figures, Mapping) else {"total": figures}
    elif isinstance(rows, list):
        for row in rows:
            if isinstance(row, Mapping) and row.get(key, row.get("name")):
                yield str(row.get(key, row.get("name"))), row


def _scores(block: Mapping[str, Any]) -> Mapping[str, Any]:
    """The block's ``scores``: ``{"formula", "weights", "departments": [{"department", "score", "components"}]}``."""
    scores = block.get("scores")
    return scores if isinstance(scores, Mapping) else {}


class CountyBurdenService:
    def __init__(self, conn: sqlite3.Connection, departments: DepartmentService) -> None:
        self.conn = conn
        self.reports = CountyReports(conn)
        self.departments = departments

    def cycles(self) -> list[str]:
        """Every cycle some package was received for, newest first."""
        return self.reports.cycles()

    def compare(self, cycle: str) -> CountyBurden:
        """Every township of the county (and any other that sent a package) side by side for ``cycle``, and
        the departments ranked by the load they sent down, summed over the townships."""
        received = {r.office_code: r for r in current_measures(self.conn, cycle)}
        names = {t.code: t.name for t in self.reports.townships()}
        codes = sorted(set(names) | set(received))
        townships = tuple(township_row(c, names.get(c, c), received.get(c)) for c in codes)
        blocks = [r.burden for r in received.values() if r.burden is not None]
        formula = next((str(_scores(b).get("formula")) for b in blocks if _scores(b).get("formula")), "")
        return CountyBurden(cycle, townships, self._ranked(blocks), formula)

    def _county_name(self, written: str) -> tuple[str, bool]:
        found = self.departments.match(written).department
        return (found.name, True) if found is not None else (written, False)

    def _ranked(self, blocks: list[dict[str, Any]]) -> tuple[DepartmentLoad, ...]:
        loads: dict[str, dict[str, Any]] = {}

        def load(written: str) -> dict[str, Any]:
            name, own = self._county_name(written)
            entry = loads.setdefault(
                name,
                {
                    "own": own,
                    "townships": set(),
                    "items": dict.fromkeys(KINDS, 0),
                    "score": 0.0,
                    "components": {},
                    "written": set(),
                },
            )
            entry["written"].add(written)
            return entry

        for n, block in enumerate(blocks):
            for written, figures in _named(block.get("by_department")):
                entry = load(written)
                counts = {k: _int(figures.get(k)) for k in KINDS}
                if any(counts.values()):
                    entry["townships"].add(n)
                for k in KINDS:
                    entry["items"][k] += counts[k]
            for written, figures in _named(_scores(block).get("departments")):
                entry = load(written)
                entry["score"] += float(_number(figures.get("score")))
                for key, value in (figures.get("components") or {}).items():
                    entry["components"][key] = entry["components"].get(key, 0) + float(_number(value))
        ranked = [
            DepartmentLoad(
                name,
                e["own"],
                len(e["townships"]),
                e["items"],
                e["score"],
                e["components"],
                tuple(sorted(e["written"])),
            )
            for name, e in loads.items()
        ]
        ranked.sort(key=lambda d: (-d.score, -d.total, d.name))
        return tuple(ranked)
