"""Completeness and timeliness of a cycle at the county: townships × forms (on time, late, missing, rows).

Townships are the county's list plus any office a package came from; forms are the whitelisted forms due in
the cycle (`desktop.county.due_dates.applies`) plus every form actually received. A received form is known by
its 表号 when the township linked it to the whitelist, else by a whitelist entry of the same department and
title, else by department and title (`desktop.county.form_keys`: a title's township and period are dropped first). A form counts as submitted when the package holding it was imported
(``imported_at``: the county cannot know when a drive left the township; the package's own ``created`` is
shown beside it); a newer version keeps the first import time of the form, so a correction sent later does not
turn an on-time form late. Due dates come from the whitelist's due rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.county.due_dates import due_date, period
from desktop.county.form_keys import FormKeys
from desktop.cycles.keys import parse
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError
from storage.county_reports import CountyReports, ReceivedForm
from storage.whitelist import WhitelistEntry

ON_TIME, LATE, MISSING, PENDING, RECEIVED = "on_time", "late", "missing", "pending", "received"
"""Cell states: submitted by the due day / after it / not submitted and past due (or with no due day) /
not submitted, due day still ahead / submitted, the form has no due day."""


@dataclass(frozen=True)
class FormColumn:
    key: str  # 表号, or "部门/表名" for a form not on the whitelist
    title: str
    department: str
    form_no: str = ""  # empty: not on the whitelist (清单外)
    due: date | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "title": self.title,
            "department": self.department,
            "form_no": self.form_no,
            "whitelisted": bool(self.form_no),
            "due": self.due.isoformat() if self.due else None,
        }


@dataclass(frozen=True)
class Cell:
    state: str
    rows: int = 0
    submitted: str | None = None  # import time (ISO), first version that held the form
    created: str | None = None  # the package's own build time
    version: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "state": self.state,
            "rows": self.rows,
            "submitted": self.submitted,
            "created": self.created,
            "version": self.version,
        }


@dataclass
class TownshipStatus:
    code: str
    name: str
    cells: list[Cell]  # one per form column, in order
    version: int | None = None  # of the current package; None: nothing received

    def count(self, state: str) -> int:
        return sum(1 for c in self.cells if c.state == state)


@dataclass
class StatusMatrix:
    cycle: str
    as_of: str
    forms: list[FormColumn] = field(default_factory=list)
    townships: list[TownshipStatus] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        cells = [c for t in self.townships for c in t.cells]
        return {
            "townships": len(self.townships),
            "reporting": sum(1 for t in self.townships if t.version is not None),
            "forms": len(self.forms),
            ON_TIME: sum(1 for c in cells if c.state == ON_TIME),
            LATE: sum(1 for c in cells if c.state == LATE),
            MISSING: sum(1 for c in cells if c.state == MISSING),
            PENDING: sum(1 for c in cells if c.state == PENDING),
            RECEIVED: sum(1 for c in cells if c.state == RECEIVED),
            "rows": sum(c.rows for c in cells),
        }

    def to_dict(self) -> dict[str, object]:
        return {
            "cycle": self.cycle,
            "as_of": self.as_of,
            "forms": [f.to_dict() for f in self.forms],
            "townships": [
                {
                    "code": t.code,
                    "name": t.name,
                    "version": t.version,
                    "cells": {f.key: c.to_dict() for f, c in zip(self.forms, t.cells, strict=True)},
                    ON_TIME: t.count(ON_TIME),
                    LATE: t.count(LATE),
                    MISSING: t.count(MISSING),
                }
                for t in self.townships
            ],
            "totals": self.totals(),
        }

    def late_or_missing(self) -> list[tuple[TownshipStatus, FormColumn, Cell]]:
        """Every late or missing cell, township by township (for the PDF's list)."""
        return [
            (t, f, c)
            for t in self.townships
            for f, c in zip(self.forms, t.cells, strict=True)
            if c.state in (LATE, MISSING)
        ]


class CountyStatusService:
    def __init__(self, reports: CountyReports, clock: Callable[[], datetime] = datetime.now) -> None:
        self.reports = reports
        self.clock = clock

    def cycles(self) -> list[str]:
        return self.reports.cycles()

    def status(self, cycle_key: str) -> StatusMatrix:
        """The matrix for one cycle (raises ValidationError for a mistyped cycle key)."""
        cycle = parse(cycle_key)
        if cycle.kind == "named" and cycle.key not in self.reports.cycles():
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "还没有收到专项周期“{cycle}”的数据包；请检查周期名称。"),
                cycle=cycle.key,
            )
        today = self.clock().date()
        whitelist = self.reports.whitelist()
        keys = FormKeys(whitelist)
        columns: dict[str, FormColumn] = {}
        for entry in whitelist:
            if period(entry.frequency, entry.valid_from, entry.valid_until, cycle) is not None:
                columns[entry.form_no] = _column(entry, cycle)
        received: dict[tuple[str, str], ReceivedForm] = {}
        for form in self.reports.forms(cycle.key):
            found = keys.identify(form.department, form.title, form.whitelist_form, form.office_name)
            if found.key not in columns:
                entry = keys.by_no.get(found.form_no)
                columns[found.key] = (
                    _column(entry, cycle)
                    if entry is not None
                    else FormColumn(found.key, found.title, form.department, found.form_no)
                )
            received.setdefault((form.office_code, found.key), form)
        first = self._first_received(cycle.key, keys)
        packages = {p.office_code: p for p in self.reports.packages(cycle.key)}
        offices = {t.code: t.name for t in self.reports.townships()}
        for code, package in packages.items():
            offices.setdefault(code, package.office_name)
        forms = sorted(columns.values(), key=lambda c: (c.department, c.form_no == "", c.key))
        matrix = StatusMatrix(cycle.key, today.isoformat(), forms)
        for code, name in sorted(offices.items()):
            cells = [_cell(received.get((code, f.key)), first.get((code, f.key)), f, today) for f in forms]
            package = packages.get(code)
            matrix.townships.append(TownshipStatus(code, name, cells, package.version if package else None))
        return matrix

    def _first_received(self, cycle: str, keys: FormKeys) -> dict[tuple[str, str], str]:
        """(office, form key) → the first import time of any version holding that form."""
        out: dict[tuple[str, str], str] = {}
        for office, name, department, title, form_no, imported_at in self.reports.form_history(cycle):
            key = keys.identify(department, title, form_no, name).key
            if (office, key) not in out or imported_at < out[(office, key)]:
                out[(office, key)] = imported_at
        return out


def _column(entry: WhitelistEntry, cycle) -> FormColumn:
    within = period(entry.frequency, entry.valid_from, entry.valid_until, cycle)
    due = due_date(entry.due_rule, cycle, within)
    return FormColumn(entry.form_no, entry.title, entry.department, entry.form_no, due)


def _cell(form: ReceivedForm | None, first: str | None, column: FormColumn, today: date) -> Cell:
    if form is None:
        state = PENDING if column.due is not None and today <= column.due else MISSING
        return Cell(state)
    submitted = first or form.imported_at
    on_time = column.due is not None and submitted[:10] <= column.due.isoformat()
    state = RECEIVED if column.due is None else ON_TIME if on_time else LATE
    return Cell(state, form.rows, submitted, form.created, form.version)
