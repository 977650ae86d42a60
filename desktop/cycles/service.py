"""Reporting cycles (报送周期): which forms, tasks and meetings belong to which cycle, and the checklist.

Every item belongs to exactly one cycle: the one the clerk chose by hand, or else the periodic cycle
of the office's automatic kind (monthly unless set otherwise) that its due date falls in (the
received date when there is no due date). Named (专项) cycles hold only what was put into them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from desktop.cycles import keys as cycle_keys
from desktop.cycles.checklist import (
    Checklist,
    CycleSummary,
    FormCheck,
    MeetingCheck,
    Submission,
    TaskCheck,
)
from desktop.cycles.keys import Cycle
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, Notice, ValidationError
from desktop.ledger.coverage import Coverage, CoverageService
from desktop.ledger.coverage_types import ReuseNumbers
from desktop.profile import ProfileService
from desktop.registry.progress import ProgressService
from desktop.registry.service import RegistryService, deadline_state
from desktop.registry.vocab import OPEN_STATUSES
from storage.cycles import CycleRepository, SubmissionRecord
from storage.forms import FormRepository
from storage.items import ItemRepository
from storage.packages import PackageRepository
from storage.records import CycleDates, Item
from storage.settings import SettingsRepository
from storage.transaction import transaction

AUTO_KIND_SETTING = "cycles.auto_kind"


class CycleService:
    def __init__(
        self,
        cycles: CycleRepository,
        items: ItemRepository,
        forms: FormRepository,
        packages: PackageRepository,
        registry: RegistryService,
        coverage: CoverageService,
        profile: ProfileService,
        settings: SettingsRepository,
        progress: ProgressService,
        clock: Callable[[], datetime],
    ) -> None:
        self.repo = cycles
        self.items_repo = items
        self.forms = forms
        self.packages = packages
        self.registry = registry
        self.coverage = coverage
        self.profile = profile
        self.settings = settings
        self.progress = progress
        self.clock = clock

    # --- which cycles exist ------------------------------------------------------------
    @property
    def auto_kind(self) -> str:
        kind = self.settings.get(AUTO_KIND_SETTING, "month")
        return kind if kind in cycle_keys.PERIODIC_KINDS else "month"

    def set_auto_kind(self, kind: str) -> None:
        if kind not in cycle_keys.PERIODIC_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "自动归入的周期只能是月度、季度或年度。"), field="auto_kind"
            )
        self.settings.set(AUTO_KIND_SETTING, kind)

    def parse(self, key: str) -> Cycle:
        """The cycle for a key; a named cycle must have been created first."""
        key = key.strip()
        if cycle_keys.kind_of(key) != "named":
            return cycle_keys.parse(key)
        record = self.repo.get(key)
        if record is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "没有名为“{key}”的专项报送周期。请先新建，或检查名称。"), key=key
            )
        return cycle_keys.parse(key, record.title)

    def current(self) -> Cycle:
        return cycle_keys.parse(cycle_keys.key_for(self.clock().date(), self.auto_kind))

    def create_named(self, name: str, title: str = "") -> Cycle:
        name = name.strip()
        if cycle_keys.kind_of(name) != "named":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{key}”是月度、季度或年度周期，不用新建；专项周期请起一个名字，例如 2026-防汛专项。",
                ),
                field="cycle",
                key=name,
            )
        if self.repo.get(name) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "专项周期“{key}”已经有了。"), field="cycle", key=name
            )
        with transaction(self.repo.conn):
            self.repo.add(name, "named", title.strip(), self.clock().isoformat(timespec="seconds"))
        return self.parse(name)

    def cycle_key_of(self, row: CycleDates | Item) -> str:
        if row.cycle:
            return row.cycle
        day = row.date if isinstance(row, CycleDates) else (row.due or row.received)[:10]
        return cycle_keys.key_for(day, self.auto_kind)

    def list(self) -> list[CycleSummary]:
        """Every cycle that holds an item, every named cycle and the current one, newest first."""
        rows = self.items_repo.cycle_dates()
        members: dict[str, list[CycleDates]] = {}
        for row in rows:
            members.setdefault(self.cycle_key_of(row), []).append(row)
        keys = set(members) | {r.key for r in self.repo.all()} | {self.current().key}
        latest = self.packages.latest_versions()
        sent = self.repo.submissions()
        forms = self._form_facts([r.item_id for r in rows if r.kind == "form"])  # every cycle's, in one pass
        summaries = []
        for key in keys:
            try:
                cycle = self.parse(key)
            except (ValidationError, NotFoundError):
                cycle = cycle_keys.Cycle(key, "named", key)  # assigned by hand to a cycle since removed
            own = members.get(key, [])
            summaries.append(
                CycleSummary(
                    cycle=cycle,
                    forms=sum(r.kind == "form" for r in own),
                    tasks=sum(r.kind == "task" for r in own),
                    meetings=sum(r.kind == "meeting" for r in own),
                    open_items=sum(r.status in OPEN_STATUSES for r in own),
                    blockers=len(self._checklist(cycle, [r.item_id for r in own], forms, sent).blockers),
                    latest_version=latest.get(key),
                    submitted=_submission(sent.get(key)),
                )
            )
        summaries.sort(key=lambda s: cycle_keys.sort_key(s.cycle), reverse=True)
        return summaries

    # --- membership ----------------------------------------------------------------------
    def _members(self, key: str) -> list[CycleDates]:
        return [r for r in self.items_repo.cycle_dates() if self.cycle_key_of(r) == key]

    def item_ids(self, key: str) -> list[int]:
        return [r.item_id for r in self._members(key)]

    def items(self, key: str) -> list[Item]:
        """The cycle's items (archived ones included), by due date."""
        cycle = self.parse(key)
        return self.items_repo.by_ids(self.item_ids(cycle.key))

    def assign(self, item_id: int, key: str | None) -> Item:
        """Put an item into a cycle by hand; None (or '') puts it back by its due date."""
        self.registry.get(item_id)  # NotFoundError for an unknown id
        target = self.parse(key).key if key else None
        with transaction(self.items_repo.conn):
            self.items_repo.update(
                item_id, {"cycle": target, "updated_at": self.clock().isoformat(timespec="seconds")}
            )
        return self.registry.get(item_id)

    def reuse_numbers(self, key: str) -> ReuseNumbers:
        """The cycle's forms: facts requested in total against facts typed by hand since the cycle began."""
        cycle = self.parse(key)
        forms = [
            r.item_id
            for r in self._members(cycle.key)
            if r.kind == "form" and self.forms.get(r.item_id) is not None
        ]
        since = cycle.start.isoformat() if cycle.start else None
        return self.coverage.reuse_numbers(forms, since=since)

    # --- the checklist -----------------------------------------------------------------
    def checklist(self, key: str) -> Checklist:
        cycle = self.parse(key)
        return self._checklist(cycle, self.item_ids(cycle.key))

    def submission(self, key: str) -> Submission | None:
        """The version of the cycle's package that went out (已报送), None while none has."""
        return _submission(self.repo.submission(self.parse(key).key))

    def _checklist(
        self,
        cycle: Cycle,
        ids: list[int],
        forms: dict[int, Coverage] | None = None,
        sent: Mapping[str, SubmissionRecord] | None = None,
    ) -> Checklist:
        """`forms`: the templated forms' coverage (`_form_facts`) when already measured for several cycles;
        `sent`: every cycle's submission, when already read."""
        now = self.clock()
        record = sent.get(cycle.key) if sent is not None else self.repo.submission(cycle.key)
        result = Checklist(cycle, submitted=_submission(record))
        items = self.items_repo.by_ids(ids)
        if forms is None:
            forms = self._form_facts([i.id for i in items if i.kind == "form"])
        reports = self.progress.latest([i.id for i in items if i.kind == "task"])
        for item in items:
            by_hand = bool(item.cycle)
            overdue = deadline_state(item, now) == "overdue"
            if item.kind == "form":
                result.forms.append(self._form_check(item, overdue, by_hand, forms.get(item.id)))
            elif item.kind == "task":
                count, last = reports.get(item.id, (0, None))
                result.tasks.append(
                    TaskCheck(
                        item.id,
                        item.title,
                        item.department,
                        item.due,
                        item.status,
                        item.report_demand,
                        overdue,
                        by_hand,
                        progress_reports=count,
                        last_report_on=last.reported_on if last else None,
                        last_report=last.text if last else None,
                    )
                )
            else:
                start = item.meeting_start or item.due
                held = bool(start) and start <= now.isoformat(timespec="minutes")
                result.meetings.append(
                    MeetingCheck(
                        item.id, item.title, item.department, start, item.place, item.status, held, by_hand
                    )
                )
        result.blockers = self._blockers(result)
        return result

    def _form_facts(self, item_ids: list[int]) -> dict[int, Coverage]:
        """Ledger coverage (its kind is the template's entity) of each of these forms that has a stored
        template: one scan of the ledger per entity kind for all of them, not one per form."""
        return self.coverage.forms_coverage(i for i in item_ids if self.forms.get(i) is not None)

    def _form_check(self, item: Item, overdue: bool, by_hand: bool, coverage: Coverage | None) -> FormCheck:
        """One row of the checklist; a form without a stored template cannot be filled from the ledger."""
        kind, rows, fields, to_fill = (
            (coverage.kind, coverage.entities, len(coverage.fields), coverage.to_fill)
            if coverage
            else ("", 0, 0, 0)
        )
        return FormCheck(
            item.id,
            item.title,
            item.department,
            item.due,
            item.status,
            kind,
            rows,
            fields,
            to_fill,
            coverage is not None,
            overdue,
            by_hand,
        )

    def _blockers(self, checklist: Checklist) -> list[Notice]:
        blockers: list[Notice] = []
        if self.profile.get() is None:
            blockers.append(
                Notice(
                    QT_TRANSLATE_NOOP(
                        "errors", "还没有填写单位信息：请到“设置 → 单位信息”填写单位名称和统计用区划代码。"
                    )
                )
            )
        if not any(form.fillable for form in checklist.forms):
            blockers.append(
                Notice(QT_TRANSLATE_NOOP("errors", "本周期没有可以按台账填写的报表，不需要生成报送包。"))
            )
        for form in checklist.forms:
            if not form.fillable:
                # Without a template the program cannot fill it; one handled outside (已报送) is no blocker.
                if form.status not in OPEN_STATUSES:
                    continue
                blockers.append(
                    Notice(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "报表“{title}”没有导入部门模板，无法按台账填写：请用“导入报表模板”登记它的 Excel 模板。",
                        ),
                        {"title": form.title},
                    )
                )
            elif checklist.submitted is not None:
                # Sent: what the ledger learnt since is shown as changes since that version, never as work.
                continue
            elif form.rows == 0:
                blockers.append(
                    Notice(
                        QT_TRANSLATE_NOOP(
                            "errors", "报表“{title}”在台账里还没有数据：请先把已填好的表格导入台账。"
                        ),
                        {"title": form.title},
                    )
                )
            elif form.missing_cells:
                blockers.append(
                    Notice(
                        QT_TRANSLATE_NOOP(
                            "errors", "报表“{title}”还缺 {missing} 个数据：请在“台账 → 补录”里补齐。"
                        ),
                        {"title": form.title, "missing": form.missing_cells},
                    )
                )
        for task in checklist.tasks:
            if task.status in OPEN_STATUSES:
                blockers.append(
                    Notice(
                        QT_TRANSLATE_NOOP("errors", "任务“{title}”还没有办结（{status}）。"),
                        {"title": task.title, "status": task.status},
                    )
                )
        return blockers


def _submission(record: SubmissionRecord | None) -> Submission | None:
    return Submission(record.version, record.submitted_at, record.how) if record else None
