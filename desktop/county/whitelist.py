"""The form whitelist (报表目录/准入清单) and 清单外: forms a township is asked for that the county never permitted.

The county keeps the list and sends it to every township in its configuration package; a township keeps
the copy. Each entry: 表号 (the key), 标题, 部门, 制表机关, 批准文号, 有效期 (from/until, ISO days, both
inclusive, either may be open), 频次 and a due rule, with the department's template (.xlsx) in the
office's file store. A macro-enabled template (.xlsm, or an .xlsx carrying a VBA project, from the clerk or in
a configuration package) is stored without its macros (exports/excel/macros.py), with a notice; one with
Excel 4.0 macro sheets is refused.

**频次** (stored as written here): ``月``, ``季``, ``半年``, ``年``, ``一次性``. A report covers one period
and belongs to one reporting cycle (`due_rules.period_of`): 月 → ``2026-11``, 季 → ``2026-Q4``,
年 → ``2026``, 半年 → the cycle of its last quarter (``2026-Q2`` or ``2026-Q4``); a one-off form covers its
有效期 and belongs to the month of its deadline.

**Due rule** (``whitelist_forms.due_rule``), a short text read by `due_rules.parse_due_rule` (and by
`desktop.county.due_dates`, the county's status, which reads the same spellings):

====================  =======================================  ========================
stored                meaning                                  written in a 报表目录 as
====================  =======================================  ========================
``cycle_end+5wd``     the 5th working day after the period     周期结束后5个工作日
``cycle_end+10d``     10 calendar days after the period ends   周期结束后10天
``cycle_end+0d``      the period's last day                    周期结束 / 期末
``next_month:10``     the 10th of the month after the period   次月10日前
``2026-12-20``        a fixed day (one-off forms)              —
(empty)               no deadline
====================  =======================================  ========================

Working days follow `desktop.dates.is_working_day` (the State Council calendar of chinesecalendar,
corrected by the county's calendar list). ``due_for(entry, cycle)`` gives a cycle's deadline; a form
submitted after it is late.

**清单外**: a registered form is on the list when it is linked to an entry (``items.whitelist_form``, set by
the configuration import), or its 表号 is its 文号 or in its title, or its title — years, months, quarters,
spaces and punctuation taken out — contains the entry's title and the departments are the same. It is
清单外 when no entry matches, or the entry's 有效期 had not begun or had ended on the day it was received.
An office without a whitelist marks nothing (it has not received one).
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.county.due_rules import (
    FREQUENCIES,
    Period,
    parse_due_rule,
    parse_frequency,
    period_of,
    period_of_cycle,
)
from desktop.cycles import keys as cycle_keys
from desktop.dates import parse_date
from desktop.errors import QT_TRANSLATE_NOOP, ExportMessageError, NotFoundError, Notice, ValidationError
from desktop.registry.departments import DepartmentService
from exports.excel.macros import strip_macros
from storage.blobs import BlobStore
from storage.open_databases import refuse_open_database
from storage.records import Item, ItemFilter
from storage.transaction import transaction
from storage.whitelist import WhitelistEntry, WhitelistRepository

__all__ = ["FREQUENCIES", "WhitelistEntry", "WhitelistService", "WhitelistStatus", "due_for"]

MACROS_REMOVED = QT_TRANSLATE_NOOP(
    "errors", "报表模板“{name}”带有宏：已去掉宏，另存为“{stored}”收下（原文件没有改动）。"
)
LISTED, OFF_LIST, EXPIRED, NOT_YET_VALID = "listed", "off_list", "expired", "not_yet_valid"
STATE_TEXT = {
    LISTED: QT_TRANSLATE_NOOP("vocab", "清单内"),
    OFF_LIST: QT_TRANSLATE_NOOP("vocab", "清单外：不在报表目录中"),
    EXPIRED: QT_TRANSLATE_NOOP("vocab", "清单外：已过有效期"),
    NOT_YET_VALID: QT_TRANSLATE_NOOP("vocab", "清单外：尚未生效"),
}
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024

_NOISE = re.compile(r"\d{2,4}年度?|\d{1,2}月份?|第?[一二三四1-4]季度|[上下]半年|\d{4}|[\s\W_]+", re.UNICODE)


def normalise_title(text: str) -> str:
    """A title without its dates, spaces and punctuation, for matching a monthly form to its entry."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text or ""))


def due_for(entry: WhitelistEntry, cycle: str) -> date | None:
    """The deadline of the entry's report in `cycle` (None: no report in that cycle, or no rule)."""
    if entry.frequency == "一次性":
        return one_off_due(entry)
    period = period_of_cycle(entry.frequency, cycle)
    return parse_due_rule(entry.due_rule).due(period.start, period.end) if period else None


def applies_to(entry: WhitelistEntry, cycle: str) -> bool:
    """Whether the entry asks for a report in `cycle` (its frequency has a period there within 有效期)."""
    if entry.frequency == "一次性":
        due = one_off_due(entry)
        return due is not None and period_of("月", due).cycle == cycle
    period = period_of_cycle(entry.frequency, cycle)
    return period is not None and _overlaps(entry, period)


def one_off_due(entry: WhitelistEntry) -> date | None:
    start = date.fromisoformat(entry.valid_from) if entry.valid_from else None
    end = date.fromisoformat(entry.valid_until) if entry.valid_until else None
    rule = parse_due_rule(entry.due_rule)
    if rule.anchor == "date":
        return rule.on
    if rule.anchor and start and end:
        return rule.due(start, end)
    return end


def _overlaps(entry: WhitelistEntry, period: Period) -> bool:
    return (not entry.valid_from or entry.valid_from <= period.end.isoformat()) and (
        not entry.valid_until or entry.valid_until >= period.start.isoformat()
    )


@dataclass(frozen=True)
class WhitelistStatus:
    state: str  # LISTED, OFF_LIST, EXPIRED, NOT_YET_VALID
    entry: WhitelistEntry | None = None

    @property
    def off_list(self) -> bool:
        return self.state != LISTED

    @property
    def text(self) -> str:
        """Chinese; translate in the "vocab" context."""
        return STATE_TEXT[self.state]

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "off_list": self.off_list,
            "form_no": self.entry.form_no if self.entry else None,
        }


@dataclass(frozen=True)
class Report:
    """One report a whitelisted form asks for: its period, cycle and deadline."""

    entry: WhitelistEntry
    period: Period
    due: date | None


class WhitelistService:
    def __init__(
        self,
        repo: WhitelistRepository,
        departments: DepartmentService,
        blobs: BlobStore,
        items: Callable[[ItemFilter], list[Item]],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.repo = repo
        self.departments = departments
        self.blobs = blobs
        self.items = items  # RegistryService.list
        self.clock = clock

    # --- the list ------------------------------------------------------------------------
    def list(self) -> list[WhitelistEntry]:
        return self.repo.all()

    def get(self, form_no: str) -> WhitelistEntry:
        entry = self.repo.get((form_no or "").strip())
        if entry is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "报表目录中没有表号“{form_no}”。"), form_no=form_no
            )
        return entry

    def validate(self, values: Mapping[str, Any], existing: WhitelistEntry | None = None) -> WhitelistEntry:
        """An entry from typed values (missing keys keep `existing`'s); ValidationError naming the problem."""
        base = existing.to_dict() if existing else {}
        merged = {**base, **{k: v for k, v in values.items() if v is not None}}

        def text(key: str) -> str:
            return " ".join(str(merged.get(key) or "").split())

        form_no, title = text("form_no"), text("title")
        if not form_no:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写表号。"), field="form_no")
        if len(form_no) > 40:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "表号“{form_no}”太长（最多 40 个字）。"),
                field="form_no",
                form_no=form_no,
            )
        if not title:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写报表标题。"), field="title")
        department = self.departments.resolve(text("department")).name
        valid_from = parse_date(text("valid_from"), "valid_from") if text("valid_from") else None
        valid_until = parse_date(text("valid_until"), "valid_until") if text("valid_until") else None
        if valid_from and valid_until and valid_until < valid_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "有效期的截止日 {until} 早于起始日 {start}。"),
                field="valid_until",
                start=valid_from,
                until=valid_until,
            )
        frequency = parse_frequency(text("frequency") or "月")
        due_rule = parse_due_rule(text("due_rule")).text()
        return WhitelistEntry(
            form_no,
            title,
            department,
            text("issuer"),
            text("approval_no"),
            valid_from,
            valid_until,
            frequency,
            due_rule,
            merged.get("template_sha"),
            merged.get("template_name"),
            self.clock().isoformat(timespec="seconds"),
        )

    def save(
        self,
        values: Mapping[str, Any],
        template: Path | str | None = None,
        notices: list[Notice] | None = None,
    ) -> WhitelistEntry:
        """Add an entry or update the one with the same 表号; `template` (an .xlsx, or an .xlsm kept without its
        macros — said in `notices`) is kept in the file store."""
        existing = self.repo.get(" ".join(str(values.get("form_no") or "").split()))
        entry = self.validate(values, existing)
        if template is not None:
            entry = replace(entry, **self._store_template(Path(template), notices))
        with transaction(self.repo.conn):
            self.repo.save(entry)
        return entry

    def save_with_template_bytes(
        self, entry: WhitelistEntry, name: str, content: bytes, notices: list[Notice] | None = None
    ) -> WhitelistEntry:
        """Store an entry whose template arrived as bytes (the configuration import); caller's transaction."""
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / name
            path.write_bytes(content)
            stored = replace(entry, **self._store_template(path, notices))
        self.repo.save(stored)
        return stored

    def _store_template(self, path: Path, notices: list[Notice] | None = None) -> dict[str, Any]:
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "报表模板“{name}”不是 .xlsx 文件：报表目录只收 .xlsx 模板，请另存为 .xlsx 后再添加。",
                ),
                field="template",
                name=path.name,
            )
        if path.is_file() and path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "报表模板“{name}”超过 50 MB，不像一张空白模板。"),
                field="template",
                name=path.name,
            )
        refuse_open_database(path)  # read as a file below: never an open database
        stripped = self._without_macros(path)
        if stripped is None:
            sha, _size = self.blobs.put(path)
            return {"template_sha": sha, "template_name": path.name}
        # The clerk's file stays as it is; the store keeps a copy without the macros, named .xlsx.
        stored_name = path.stem + ".xlsx"
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / stored_name
            copy.write_bytes(stripped)
            sha, _size = self.blobs.put(copy)
        if notices is not None:
            notices.append(Notice(MACROS_REMOVED, {"name": path.name, "stored": stored_name}))
        return {"template_sha": sha, "template_name": stored_name}

    @staticmethod
    def _without_macros(path: Path) -> bytes | None:
        """The template's bytes without macros, or None when it has none (stored as it is)."""
        try:
            data = path.read_bytes()
            stripped = strip_macros(data, path.name)
        except OSError:
            return None  # unreadable: the file store's copy says so in its own words
        except ExportMessageError as refused:  # Excel 4.0 macro sheets, a zip bomb
            raise ValidationError(refused.template, field="template", **refused.params) from refused
        return stripped.data if stripped.had_macros else None

    def template_path(self, entry: WhitelistEntry) -> Path | None:
        return self.blobs.path_of(entry.template_sha) if entry.template_sha else None

    def remove(self, form_no: str) -> None:
        entry = self.get(form_no)
        with transaction(self.repo.conn):
            self.repo.delete(entry.form_no)

    # --- reports asked for ---------------------------------------------------------------
    def reports_open(self, entry: WhitelistEntry, today: date) -> list[Report]:
        """The report of an entry a township should have in its registry on `today`: the current period's
        (within 有效期), or a one-off form's while it is valid. Earlier periods were asked for the old way
        (and may be submitted already), so they are left alone."""
        if entry.frequency == "一次性":
            due = one_off_due(entry)
            if (entry.valid_until and entry.valid_until < today.isoformat()) or (due and due < today):
                return []
            start = date.fromisoformat(entry.valid_from) if entry.valid_from else today
            end = due or today
            return [Report(entry, Period(start, max(start, end), period_of("月", end).cycle), due)]
        period = period_of(entry.frequency, today)
        if not _overlaps(entry, period):
            return []
        return [Report(entry, period, parse_due_rule(entry.due_rule).due(period.start, period.end))]

    # --- 清单外 ---------------------------------------------------------------------------
    def status(self, item: Item) -> WhitelistStatus | None:
        """Whether a registered form is on the whitelist; None for tasks and meetings, and in an office
        that has no whitelist."""
        entries = self.repo.all()
        if item.kind != "form" or not entries:
            return None
        return self._status(item, entries, self.repo.item_link(item.id), self._department_names(entries))

    def off_whitelist_items(
        self, date_from: str | None = None, date_to: str | None = None
    ) -> list[tuple[Item, WhitelistStatus]]:
        """Forms received from `date_from` to `date_to` (ISO days, inclusive; archived ones too) that are
        清单外, with why. Empty when the office has no whitelist. A cycle key alone (``2026-11``, ``2026-Q4``)
        stands for its dates."""
        if date_from and date_to is None and len(date_from) != 10:
            cycle = cycle_keys.parse(date_from)
            date_from = cycle.start.isoformat() if cycle.start else None
            date_to = cycle.end.isoformat() if cycle.end else None
        entries = self.repo.all()
        if not entries:
            return []
        forms = [
            i
            for i in self.items(ItemFilter(kind="form", include_archived=True))
            if (not date_from or i.received >= date_from) and (not date_to or i.received[:10] <= date_to)
        ]
        links = self.repo.item_links([i.id for i in forms])
        names = self._department_names(entries)
        found = []
        for item in forms:
            status = self._status(item, entries, links.get(item.id), names)
            if status.off_list:
                found.append((item, status))
        return found

    def _department_names(self, entries: list[WhitelistEntry]) -> dict[str, str]:
        """Each entry's department as this office lists it (a short or former name resolved)."""
        names = {}
        for entry in entries:
            found = self.departments.match(entry.department).department
            names[entry.department] = found.name if found else entry.department
        return names

    def _status(
        self, item: Item, entries: list[WhitelistEntry], link: str | None, names: dict[str, str]
    ) -> WhitelistStatus:
        entry = next((e for e in entries if e.form_no == link), None) if link else None
        if entry is None:
            entry = next((e for e in entries if _names_form_no(item, e.form_no)), None)
        if entry is None:
            title = normalise_title(item.title)
            entry = next(
                (
                    e
                    for e in entries
                    if names[e.department] == item.department
                    and (key := normalise_title(e.title))
                    and key in title
                ),
                None,
            )
        if entry is None:
            return WhitelistStatus(OFF_LIST)
        day = item.received[:10]
        if entry.valid_until and day > entry.valid_until:
            return WhitelistStatus(EXPIRED, entry)
        if entry.valid_from and day < entry.valid_from:
            return WhitelistStatus(NOT_YET_VALID, entry)
        return WhitelistStatus(LISTED, entry)


def _names_form_no(item: Item, form_no: str) -> bool:
    if (item.doc_no or "").strip() == form_no:
        return True
    return len(form_no) >= 3 and form_no in (item.title or "")
