"""County-wide duplicate requests: which departments' forms ask the townships for the same facts.

From the forms received for a cycle (each form once, whichever townships sent it — `desktop.county.form_keys`; its data fields the union
of what they sent, without 序号 and 备注 as in `desktop.forms.overlaps.data_fields`): for every pair of
departments the catalog fields both ask for, and the form pairs behind them; for every department how many
of its fields another department asks too. Pairs are ranked by shared fields, most first. A form pair whose
shared fields make up `DUPLICATE_AT` of either form is a duplicate request, as in the township's 报表 page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

from desktop.county.form_keys import FormKeys
from desktop.forms.overlaps import DUPLICATE_AT, data_fields
from storage.county_reports import CountyReports

if TYPE_CHECKING:
    from desktop.catalog.service import CatalogService


@dataclass
class CountyForm:
    department: str
    title: str
    form_no: str
    fields: tuple[str, ...]
    townships: int
    rows: int

    def to_dict(self) -> dict[str, object]:
        return {
            "department": self.department,
            "title": self.title,
            "form_no": self.form_no,
            "fields": list(self.fields),
            "townships": self.townships,
            "rows": self.rows,
        }


@dataclass(frozen=True)
class FormPair:
    first: CountyForm
    second: CountyForm
    shared: tuple[str, ...]

    @property
    def containment(self) -> float:
        """The larger share of one form's fields that the other also asks for."""
        return max(len(self.shared) / max(1, len(f.fields)) for f in (self.first, self.second))

    @property
    def duplicate(self) -> bool:
        return self.containment >= DUPLICATE_AT

    def to_dict(self) -> dict[str, object]:
        return {
            "first": self.first.title,
            "first_department": self.first.department,
            "second": self.second.title,
            "second_department": self.second.department,
            "shared": list(self.shared),
            "containment": round(self.containment, 3),
            "duplicate": self.duplicate,
        }


@dataclass
class DepartmentPair:
    first: str
    second: str
    shared: tuple[str, ...]
    shared_names: list[str]
    forms: list[FormPair] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "first": self.first,
            "second": self.second,
            "shared": list(self.shared),
            "shared_names": self.shared_names,
            "forms": [f.to_dict() for f in self.forms],
        }


@dataclass(frozen=True)
class DepartmentLoad:
    department: str
    forms: int
    fields: int
    asked_elsewhere: int  # of its fields, how many another department asks too

    def to_dict(self) -> dict[str, object]:
        return {
            "department": self.department,
            "forms": self.forms,
            "fields": self.fields,
            "asked_elsewhere": self.asked_elsewhere,
        }


@dataclass
class CountyOverlaps:
    cycle: str
    forms: list[CountyForm] = field(default_factory=list)
    pairs: list[DepartmentPair] = field(default_factory=list)
    departments: list[DepartmentLoad] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "cycle": self.cycle,
            "forms": [f.to_dict() for f in self.forms],
            "department_pairs": [p.to_dict() for p in self.pairs],
            "departments": [d.to_dict() for d in self.departments],
            "duplicate_form_pairs": sum(1 for p in self.pairs for f in p.forms if f.duplicate),
        }


class CountyOverlapService:
    def __init__(self, reports: CountyReports, catalog: Callable[[], CatalogService]) -> None:
        self.reports = reports
        self._catalog = catalog

    def overlaps(self, cycle: str) -> CountyOverlaps:
        from desktop.cycles.keys import parse

        key = parse(cycle).key
        forms = self._forms(key)
        names = self._names()
        result = CountyOverlaps(key, forms)
        by_department: dict[str, list[CountyForm]] = {}
        for form in forms:
            by_department.setdefault(form.department, []).append(form)
        asked: dict[str, set[str]] = {
            d: {f for form in fs for f in form.fields} for d, fs in by_department.items()
        }
        for a, b in combinations(sorted(by_department), 2):
            shared = asked[a] & asked[b]
            if not shared:
                continue
            order = [f for form in by_department[a] for f in form.fields if f in shared]
            ordered = tuple(dict.fromkeys(order))
            pair = DepartmentPair(a, b, ordered, [names.get(f, f) for f in ordered])
            for fa in by_department[a]:
                for fb in by_department[b]:
                    common = tuple(f for f in fa.fields if f in set(fb.fields))
                    if common:
                        pair.forms.append(FormPair(fa, fb, common))
            pair.forms.sort(key=lambda p: (-len(p.shared), p.first.title, p.second.title))
            result.pairs.append(pair)
        result.pairs.sort(key=lambda p: (-len(p.shared), p.first, p.second))
        for department, fs in sorted(by_department.items()):
            others = set().union(*(asked[d] for d in asked if d != department))
            mine = asked[department]
            result.departments.append(DepartmentLoad(department, len(fs), len(mine), len(mine & others)))
        return result

    def _forms(self, cycle: str) -> list[CountyForm]:
        keys = FormKeys(self.reports.whitelist())
        forms: dict[str, CountyForm] = {}
        offices: dict[str, set[str]] = {}
        for received in self.reports.forms(cycle):
            found = keys.identify(
                received.department, received.title, received.whitelist_form, received.office_name
            )
            fields = data_fields(received.field_ids)
            form = forms.get(found.key)
            if form is None:
                form = forms[found.key] = CountyForm(
                    received.department, found.title, found.form_no, fields, 0, 0
                )
            else:
                form.fields = tuple(dict.fromkeys(form.fields + fields))
            offices.setdefault(found.key, set()).add(received.office_code)
            form.townships = len(offices[found.key])
            form.rows += received.rows
        return sorted(forms.values(), key=lambda f: (f.department, f.title))

    def _names(self) -> dict[str, str]:
        return {f.id: f.name_zh for f in self._catalog().catalog()}
