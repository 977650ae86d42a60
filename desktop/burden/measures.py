"""The burden measures of a period (基层减负监测): `BurdenReport`, and the item ids behind every number.

Every figure is the size of a set of items received in the period (``received`` day within ``start`` …
``end``, archived items too), so each number can be opened to the items behind it with
``office.burden.items_behind(measure, key, start, end)``. The measures and their keys:

=====================  =====================================================================================
measure                key
=====================  =====================================================================================
``items``              ``task`` / ``meeting`` / ``form``; None: every item
``items_by_month``     ``2026-11`` (every kind) or ``2026-11/form``
``last_year``          as ``items``, over the same dates a year earlier
``by_department``      a department's name (as listed); ``县人社局/form`` for one kind
``scores``             a department's name (the items its score counts: all it sent)
``duplicate_requests`` None: forms asking again for what an earlier form asked (`OverlapService`: ≥ 80 % of
                       the form's data fields, or the same template); a department's name: its such forms
``off_whitelist``      None: forms 清单外 (`WhitelistService`); ``off_list`` / ``expired`` / ``not_yet_valid``
``short_deadlines``    ``lt1`` / ``lt3`` / ``lt5``: items allowed under 1 / 3 / 5 working days
                       (`desktop.burden.deadlines`); ``with_due``: every item with a deadline
``meetings``           None; ``principal_required``; ``repeat_of_document``; ``without_end``
                       (`desktop.burden.meetings`)
``progress_demands``   ``daily`` / ``weekly`` / ``monthly``: tasks demanding 日报 / 周报 / 月报; None: daily+weekly
``entries``            None: the forms whose requested cells are counted (a stored template the ledger fills)
=====================  =====================================================================================

Cells (``entries_requested`` = ``entries_from_ledger`` + ``entries_typed`` + ``entries_blank``) are counted as
the submission package counts them (`desktop.burden.cells`), over the forms received in the period.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.burden.cells import Cells
from desktop.burden.deadlines import BANDS, bands_of, working_days_allowed
from desktop.burden.meetings import REPEAT_WINDOW_DAYS, MeetingMeasures, meeting_hours
from desktop.burden.meetings import measure as measure_meetings
from desktop.burden.scores import FORMULA, WEIGHTS, DepartmentScore, ranked
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from storage.burden_queries import BurdenQueries, BurdenRow

KINDS = ("task", "meeting", "form")
DEMANDS = {"daily": "日报", "weekly": "周报", "monthly": "月报"}
MEASURES = (
    "items",
    "items_by_month",
    "last_year",
    "by_department",
    "scores",
    "duplicate_requests",
    "off_whitelist",
    "short_deadlines",
    "meetings",
    "progress_demands",
    "entries",
)

# (later form id, earlier form id, shared field count) of duplicate requests among all forms
PairSource = Callable[[], list[tuple[int, int, int]]]
# (item id, state) of the forms 清单外 received from … to; None when the office has no whitelist
OffListSource = Callable[[str, str], list[tuple[int, str]] | None]
# item id → its requested cells (None: not a form the ledger fills)
CellSource = Callable[[int], Cells | None]


def year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def months_of(start: date, end: date) -> list[str]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "统计期间的结束日 {end} 早于开始日 {start}，请重新选择。"),
            field="to",
            start=start.isoformat(),
            end=end.isoformat(),
        )


def _share(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0


@dataclass(frozen=True)
class BurdenReport:
    """The measures of one period; `to_dict()` is JSON-ready (the CLI's ``--json``, the package's ``burden``)."""

    start: date
    end: date
    items: dict[str, int]
    items_by_month: dict[str, dict[str, int]]
    last_year: dict[str, int]
    last_year_by_month: dict[str, dict[str, int]]
    by_department: dict[str, dict[str, float]]
    duplicate_requests: dict
    off_whitelist: dict
    short_deadlines: dict
    meetings: MeetingMeasures
    cells: Cells
    cell_forms: int
    progress_demands: dict[str, int]
    scores: tuple[DepartmentScore, ...]
    formula: str = FORMULA
    weights: dict[str, float] = field(default_factory=lambda: {k: w for k, (w, _) in WEIGHTS.items()})

    def to_dict(self) -> dict:
        return {
            "period": {"from": self.start.isoformat(), "to": self.end.isoformat()},
            "items": {**self.items, "total": sum(self.items.values())},
            "items_by_month": self.items_by_month,
            "last_year": {
                "from": year_earlier(self.start).isoformat(),
                "to": year_earlier(self.end).isoformat(),
                "items": {**self.last_year, "total": sum(self.last_year.values())},
                "by_month": self.last_year_by_month,
            },
            "by_department": self.by_department,
            "duplicate_requests": self.duplicate_requests,
            "off_whitelist": self.off_whitelist,
            "short_deadlines": self.short_deadlines,
            "meetings": self.meetings.to_dict(),
            "entries_requested": self.cells.requested,
            "entries_from_ledger": self.cells.from_ledger,
            "entries_typed": self.cells.typed,
            "entries_blank": self.cells.blank,
            "entries_forms": self.cell_forms,
            "progress_demands": self.progress_demands,
            "scores": {
                "formula": self.formula,
                "weights": self.weights,
                "departments": [s.to_dict() for s in self.scores],
            },
        }


class Measurer:
    """Builds the report and the sets behind it from the registry (and the overlaps, whitelist, cells)."""

    def __init__(self, queries: BurdenQueries, pairs: PairSource, off_list: OffListSource, cells: CellSource):
        self.queries = queries
        self.pairs = pairs
        self.off_list = off_list
        self.cells = cells

    # --- the sets ------------------------------------------------------------------------
    def sets(self, start: date, end: date, with_cells: bool = True) -> tuple[dict, dict]:
        """((measure, key) → item ids, extra figures) for the period."""
        check_period(start, end)
        first, last = start.isoformat(), end.isoformat()
        window = (start - timedelta(days=REPEAT_WINDOW_DAYS)).isoformat()
        around = self.queries.received(window, last)
        rows = [r for r in around if r.received[:10] >= first]
        behind: dict[tuple[str, str | None], list[int]] = {}

        def add(measure: str, key: str | None, item_id: int) -> None:
            behind.setdefault((measure, key), []).append(item_id)

        for month in months_of(start, end):
            behind[("items_by_month", month)] = []
        for row in rows:
            month = row.received[:7]
            for key in (None, row.kind):
                add("items", key, row.id)
            add("items_by_month", month, row.id)
            add("items_by_month", f"{month}/{row.kind}", row.id)
            add("by_department", row.department, row.id)
            add("by_department", f"{row.department}/{row.kind}", row.id)
            add("scores", row.department, row.id)
            allowed = working_days_allowed(row.received, row.due)
            if allowed is not None:
                add("short_deadlines", "with_due", row.id)
                for band in bands_of(allowed):
                    add("short_deadlines", band, row.id)
            if row.kind == "task":
                for key, demand in DEMANDS.items():
                    if row.report_demand == demand:
                        add("progress_demands", key, row.id)
                        if key != "monthly":
                            add("progress_demands", None, row.id)
        extra_last = year_rows(self.queries, start, end)
        for row in extra_last:
            for key in (None, row[1]):
                add("last_year", key, row[0])
        extra = self._meetings(rows, around, add)
        extra["last_year"] = extra_last
        ids = {r.id: r for r in rows}
        self._forms(first, last, ids, add, extra, with_cells)
        return behind, extra

    def _meetings(self, rows: list[BurdenRow], around: list[BurdenRow], add) -> dict:  # noqa: ANN001
        meetings = [r for r in rows if r.kind == "meeting"]
        measured = measure_meetings(meetings, around)
        for m in meetings:
            add("meetings", None, m.id)
            if m.principal_required:
                add("meetings", "principal_required", m.id)
        for meeting_id, _doc in measured.repeat_of_document:
            add("meetings", "repeat_of_document", meeting_id)
        hours: dict[str, float] = {}
        for m in meetings:
            h = meeting_hours(m)
            if h is None:
                add("meetings", "without_end", m.id)
            else:
                hours[m.department] = hours.get(m.department, 0.0) + h
        return {"meetings": measured, "meeting_hours": hours}

    def _forms(
        self, first: str, last: str, rows: dict[int, BurdenRow], add, extra: dict, with_cells: bool
    ) -> None:  # noqa: ANN001
        forms = [r for r in rows.values() if r.kind == "form"]
        in_period = {r.id for r in forms}
        pairs = [p for p in self.pairs() if p[0] in in_period] if forms else []
        for later, _earlier, _shared in pairs:
            add("duplicate_requests", None, later)
            add("duplicate_requests", rows[later].department, later)
        extra["pairs"] = pairs
        off = self.off_list(first, last)
        extra["whitelist"] = off is not None
        for item_id, state in off or ():
            if item_id in rows:
                add("off_whitelist", None, item_id)
                add("off_whitelist", state, item_id)
        total = Cells()
        for form in forms if with_cells else ():
            cells = self.cells(form.id)
            if cells is not None:
                add("entries", None, form.id)
                total = total + cells
        extra["cells"] = total
        extra["rows"] = rows

    # --- the report ----------------------------------------------------------------------
    def report(self, start: date, end: date) -> BurdenReport:
        behind, extra = self.sets(start, end)
        rows: dict[int, BurdenRow] = extra["rows"]

        def n(measure: str, key: str | None = None) -> int:
            return len(behind.get((measure, key), ()))

        months = months_of(start, end)
        by_month = {m: {k: n("items_by_month", f"{m}/{k}") for k in KINDS} for m in months}
        last = extra["last_year"]
        last_by_month = {
            months_before: {k: sum(1 for r in last if r[2] == months_before and r[1] == k) for k in KINDS}
            for months_before in months_of(year_earlier(start), year_earlier(end))
        }
        with_due = n("short_deadlines", "with_due")
        short = {"with_due": with_due}
        for band in BANDS:
            short[band] = {
                "count": n("short_deadlines", band),
                "share": _share(n("short_deadlines", band), with_due),
            }
        pairs = extra["pairs"]
        duplicates = {
            "count": len(pairs),
            "forms": len(set(behind.get(("duplicate_requests", None), ()))),
            "shared_fields": sum(p[2] for p in pairs),
            "pairs": [
                {
                    "later": a,
                    "earlier": b,
                    "department": rows[a].department,
                    "shared_fields": s,
                }
                for a, b, s in pairs
            ],
        }
        forms = n("items", "form")
        off = n("off_whitelist")
        off_whitelist = {
            "whitelist": extra["whitelist"],
            "count": off,
            "share": _share(off, forms),
            "off_list": n("off_whitelist", "off_list"),
            "expired": n("off_whitelist", "expired"),
            "not_yet_valid": n("off_whitelist", "not_yet_valid"),
        }
        demands = {key: n("progress_demands", key) for key in DEMANDS}
        departments = self._departments(behind, extra)
        scores = ranked({name: _components(name, behind, extra) for name in departments})
        return BurdenReport(
            start=start,
            end=end,
            items={k: n("items", k) for k in KINDS},
            items_by_month=by_month,
            last_year={k: n("last_year", k) for k in KINDS},
            last_year_by_month=last_by_month,
            by_department={s.department: {**departments[s.department], "score": s.score} for s in scores},
            duplicate_requests=duplicates,
            off_whitelist=off_whitelist,
            short_deadlines=short,
            meetings=extra["meetings"],
            cells=extra["cells"],
            cell_forms=n("entries"),
            progress_demands=demands,
            scores=tuple(scores),
        )

    def _departments(self, behind: dict, extra: dict) -> dict[str, dict[str, float]]:
        rows: dict[int, BurdenRow] = extra["rows"]
        off = set(behind.get(("off_whitelist", None), ()))
        short = set(behind.get(("short_deadlines", "lt3"), ()))
        principal = set(behind.get(("meetings", "principal_required"), ()))
        found: dict[str, dict[str, float]] = {}
        for row in rows.values():
            d = found.setdefault(
                row.department,
                {
                    "task": 0,
                    "meeting": 0,
                    "form": 0,
                    "total": 0,
                    "off_whitelist": 0,
                    "duplicate_requests": 0,
                    "short_deadlines": 0,
                    "meeting_hours": 0.0,
                    "principal_required": 0,
                    "progress_demands": 0,
                },
            )
            d[row.kind] += 1
            d["total"] += 1
            d["off_whitelist"] += row.id in off
            d["short_deadlines"] += row.id in short
            d["principal_required"] += row.id in principal
            d["progress_demands"] += row.kind == "task" and row.report_demand in ("日报", "周报")
        for name, d in found.items():
            d["duplicate_requests"] = len(behind.get(("duplicate_requests", name), ()))
            d["meeting_hours"] = round(extra["meeting_hours"].get(name, 0.0), 2)
        return found

    def items_behind(self, measure: str, key: str | None, start: date, end: date) -> list[int]:
        if measure not in MEASURES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "没有名为“{measure}”的减负统计项，可用：{measures}。"),
                field="measure",
                measure=measure,
                measures="、".join(MEASURES),
            )
        behind, _extra = self.sets(start, end, with_cells=measure == "entries")
        return sorted(set(behind.get((measure, key), ())))


def _components(name: str, behind: dict, extra: dict) -> dict[str, float]:
    rows: dict[int, BurdenRow] = extra["rows"]
    mine = [r for r in rows.values() if r.department == name]
    ids = {r.id for r in mine}

    def among(measure: str, key: str | None) -> int:
        return sum(1 for i in behind.get((measure, key), ()) if i in ids)

    return {
        "tasks": sum(1 for r in mine if r.kind == "task"),
        "forms": sum(1 for r in mine if r.kind == "form"),
        "off_whitelist": among("off_whitelist", None),
        "duplicate_requests": among("duplicate_requests", None),
        "meeting_hours": round(extra["meeting_hours"].get(name, 0.0), 2),
        "principal_required": among("meetings", "principal_required"),
        "short_deadlines": among("short_deadlines", "lt3"),
        "progress_demands": among("progress_demands", None),
    }


def year_rows(queries: BurdenQueries, start: date, end: date) -> list[tuple[int, str, str]]:
    """(id, kind, month) of the items received over the same dates a year earlier."""
    return queries.year_earlier(year_earlier(start).isoformat(), year_earlier(end).isoformat())
