"""The incoming-work registry (收文登记): register, edit, move through statuses, archive, purge."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.dates import add_working_days, due_datetime, is_working_day, parse_date, week_bounds
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, Notice, ValidationError
from desktop.registry import vocab
from desktop.registry.departments import DepartmentService
from desktop.registry.rules import choice, clean_item
from storage.blobs import BlobStore
from storage.items import ItemRepository
from storage.records import Item, ItemFilter
from storage.transaction import transaction

SOON_WORKING_DAYS = 2
UPCOMING_DAYS = 7
# A new item's deadline when the clerk sets one without choosing: three days on, moved to a working day.
DEFAULT_DUE_DAYS = 3
# The same title from the same department within this many days of receipt is probably the same document
# registered twice (a reminder usually comes weeks later, with a new 文号).
DUPLICATE_DAYS = 30
ADDED_DEPARTMENT = QT_TRANSLATE_NOOP("errors", "已把“{name}”添加为新的来文单位。")


@dataclass
class Saved:
    """What a write changed: the item as stored now, and warnings worth showing."""

    item: Item
    notices: list[Notice] = field(default_factory=list)


@dataclass(frozen=True)
class TodaySummary:
    overdue: list[Item]
    due_soon: list[Item]  # open items due within the next UPCOMING_DAYS days
    meetings_this_week: list[Item]


def deadline_state(item: Item, now: datetime) -> str | None:
    """'overdue', 'soon' (within 2 working days) or None, for open items with a deadline; 'past' for a
    meeting whose time has gone by while it is still open (it was held or missed, it cannot be late)."""
    if not item.due or item.status not in vocab.OPEN_STATUSES or item.archived_at:
        return None
    deadline = due_datetime(item.due)
    if deadline < now:
        return "past" if item.kind == "meeting" else "overdue"
    if deadline.date() <= add_working_days(now.date(), SOON_WORKING_DAYS):
        return "soon"
    return None


class RegistryService:
    def __init__(
        self,
        items: ItemRepository,
        departments: DepartmentService,
        blobs: BlobStore,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.items = items
        self.departments = departments
        self.blobs = blobs
        self.clock = clock

    @property
    def conn(self):
        return self.items.conn

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def attachment_path(self, sha256: str) -> Path:
        """Where the original of an attachment is kept (read-only; the window opens or copies it)."""
        return self.blobs.path_of(sha256)

    def get(self, item_id: int) -> Item:
        item = self.items.get(item_id)
        if item is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的登记事项。"), id=item_id)
        return item

    def list(
        self,
        flt: ItemFilter | None = None,
        sort: str = "due",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Item]:
        return self.items.list(flt or ItemFilter(), sort, descending, limit, offset)

    def normalize_filter(self, flt: ItemFilter) -> ItemFilter:
        """Accept aliases and short names in a filter as typed; raise on values that match nothing."""
        return replace(
            flt,
            kind=choice(flt.kind, tuple(vocab.KINDS), vocab.KIND_ALIASES, "kind") if flt.kind else None,
            status=choice(flt.status, vocab.STATUSES, vocab.STATUS_ALIASES, "status") if flt.status else None,
            department=self.departments.resolve(flt.department).name if flt.department else None,
            due_from=parse_date(flt.due_from, "due_from") if flt.due_from else None,
            due_to=parse_date(flt.due_to, "due_to") if flt.due_to else None,
        )

    def count(self, flt: ItemFilter | None = None) -> int:
        return self.items.count(flt or ItemFilter())

    def default_due(self) -> date:
        """The deadline a new item starts with: DEFAULT_DUE_DAYS on, or the next working day after that when
        it falls on a weekend or a public holiday."""
        day = self.clock().date() + timedelta(days=DEFAULT_DUE_DAYS)
        while not is_working_day(day):
            day += timedelta(days=1)
        return day

    def find_duplicates(self, values: dict[str, Any], exclude_id: int | None = None) -> list[Item]:
        """Items that look like the one about to be registered: the same 文号, or the same title from the same
        department received within DUPLICATE_DAYS days. Earliest first; none when the values are incomplete."""
        found: dict[int, Item] = {}
        doc_no = str(values.get("doc_no") or "").strip()
        if doc_no:
            for item_id in self.items.find_by_doc_no(doc_no, exclude_id):
                found[item_id] = self.get(item_id)
        title = " ".join(str(values.get("title") or "").split())
        department = self.departments.match(str(values.get("department") or "")).department
        if title and department is not None:
            try:
                received = date.fromisoformat(parse_date(str(values.get("received") or self.clock().date())))
            except (ValidationError, ValueError):
                received = self.clock().date()
            same = ItemFilter(department=department.name, search=title, include_archived=True)
            for item in self.items.list(same, "id", False, 50, 0):
                near = abs((date.fromisoformat(item.received[:10]) - received).days) <= DUPLICATE_DAYS
                if item.id != exclude_id and " ".join(item.title.split()) == title and near:
                    found.setdefault(item.id, item)
        return sorted(found.values(), key=lambda i: i.id)

    def _duplicate_doc_no(self, doc_no: str, exclude_id: int | None) -> list[Notice]:
        if not doc_no:
            return []
        others = self.items.find_by_doc_no(doc_no, exclude_id)
        if not others:
            return []
        return [
            Notice(
                QT_TRANSLATE_NOOP("errors", "文号“{doc_no}”已登记过（事项编号 {ids}），请确认是否重复收文。"),
                {"doc_no": doc_no, "ids": tuple(str(i) for i in others)},
            )
        ]

    def create(
        self, values: dict[str, Any], attachments: Iterable[Path] = (), new_department: bool = False
    ) -> Saved:
        """Register a new item; files are copied unmodified into the store and attached. With
        `new_department`, a 来文单位 that is not on the list (nor a short or former name of one) is added to
        it in the same transaction."""
        typed = str(values.get("department") or "")
        if new_department and typed.strip() and self.departments.match(typed).is_new:
            with transaction(self.conn):
                added = self.departments.add(" ".join(typed.split()))
                saved = self.create(values, attachments)
            saved.notices.insert(0, Notice(ADDED_DEPARTMENT, {"name": added.name}))
            return saved
        cleaned, notices = clean_item(values, today=self.clock().date().isoformat())
        if cleaned["status"] == vocab.ARCHIVED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "新登记的事项不能直接设为“已归档”。"), field="status"
            )
        department, matched = self.departments.resolve_typed(cleaned.pop("department"))
        notices += matched + self._duplicate_doc_no(cleaned["doc_no"], None)
        files = [Path(p) for p in attachments]
        stored = [(self.blobs.put(path), path.name) for path in files]  # copy files before touching the DB
        now = self._now()
        with transaction(self.conn):
            item_id = self.items.insert(cleaned, department.id, now)
            for (sha, size), name in stored:
                self.items.add_attachment(item_id, sha, name, size, now)
        return Saved(self.get(item_id), notices)

    def update(self, item_id: int, values: dict[str, Any]) -> Saved:
        current = self.get(item_id)
        if current.archived_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "事项 {id} 已归档，不能修改。如需修改，请先取消归档。"),
                field="status",
                id=item_id,
            )
        if values.get("status") in (vocab.ARCHIVED, "archived"):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "请使用“归档”操作归档事项。"), field="status")
        cleaned, notices = clean_item(values, current.to_dict(), today=current.received)
        department, matched = self.departments.resolve_typed(cleaned.pop("department"))
        notices += matched
        if cleaned["doc_no"] != current.doc_no:
            notices += self._duplicate_doc_no(cleaned["doc_no"], item_id)
        cleaned["updated_at"] = self._now()
        with transaction(self.conn):
            self.items.update(item_id, cleaned, department.id)
        return Saved(self.get(item_id), notices)

    def set_status(self, item_id: int, status: str) -> Saved:
        return self.update(item_id, {"status": status})

    def attach(self, item_id: int, paths: Iterable[Path]) -> Saved:
        self.get(item_id)
        stored = [(self.blobs.put(Path(p)), Path(p).name) for p in paths]
        now = self._now()
        with transaction(self.conn):
            for (sha, size), name in stored:
                self.items.add_attachment(item_id, sha, name, size, now)
        return Saved(self.get(item_id))

    def archive(self, item_id: int) -> Saved:
        item = self.get(item_id)
        if item.archived_at:
            return Saved(item)
        now = self._now()
        with transaction(self.conn):
            self.items.update(
                item_id,
                {
                    "status": vocab.ARCHIVED,
                    "status_before_archive": item.status,
                    "archived_at": now,
                    "updated_at": now,
                },
            )
        return Saved(self.get(item_id))

    def unarchive(self, item_id: int) -> Saved:
        item = self.get(item_id)
        if not item.archived_at:
            return Saved(item)
        previous = self.items.status_before_archive(item_id) or "已完成"
        with transaction(self.conn):
            self.items.update(
                item_id,
                {
                    "status": previous,
                    "status_before_archive": None,
                    "archived_at": None,
                    "updated_at": self._now(),
                },
            )
        return Saved(self.get(item_id))

    def purge(self, item_id: int, confirm: bool = False) -> None:
        """Delete an archived item for good. Only archived items, only with explicit confirmation."""
        item = self.get(item_id)
        if not item.archived_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "只有已归档的事项才能彻底删除。请先归档事项 {id}。"),
                field="status",
                id=item_id,
            )
        if not confirm:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "彻底删除不可恢复，请确认后再执行（命令行加 --yes）。"),
                field="confirm",
            )
        with transaction(self.conn):
            self.items.delete(item_id)

    def today(self) -> TodaySummary:
        """Overdue items, items due in the next 7 days, and meetings this week."""
        now = self.clock()
        monday, sunday = week_bounds(now.date())
        open_items = self.items.list(ItemFilter(only_open=True), sort="due")
        overdue = [i for i in open_items if deadline_state(i, now) == "overdue"]
        overdue_ids = {i.id for i in overdue}  # a set of ids: `i not in overdue` compared whole items
        horizon = (now.date() + timedelta(days=UPCOMING_DAYS)).isoformat()
        upcoming = [
            i
            for i in open_items
            if i.due and i.id not in overdue_ids and i.kind != "meeting" and i.due[:10] <= horizon
        ]
        meetings = [
            i
            for i in self.items.list(ItemFilter(kind="meeting"), sort="due")
            if (i.meeting_start or i.due or "")[:10] >= monday.isoformat()
            and (i.meeting_start or i.due or "")[:10] <= sunday.isoformat()
        ]
        return TodaySummary(overdue, upcoming, meetings)
