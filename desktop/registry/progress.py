"""办理进展: dated progress reports on registry items (what a 周报/月报 task asks the township to send)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.dates import parse_date
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.registry.service import RegistryService
from storage.progress import ProgressRepository
from storage.records import ProgressReport
from storage.transaction import transaction

MAX_LENGTH = 2000


class ProgressService:
    def __init__(
        self, repo: ProgressRepository, registry: RegistryService, clock: Callable[[], datetime]
    ) -> None:
        self.repo = repo
        self.registry = registry
        self.clock = clock

    def add(self, item_id: int, text: str, reported_on: str | None = None) -> ProgressReport:
        """Record a progress report; the date defaults to today and may not lie in the future."""
        item = self.registry.get(item_id)  # NotFoundError for an unknown id
        text = (text or "").strip()
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "请写明办理进展，例如“已完成 3 个村的排查，发现隐患 2 处”。"),
                field="text",
            )
        if len(text) > MAX_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "办理进展最多 {limit} 个字，现在有 {length} 个字。"),
                field="text",
                limit=MAX_LENGTH,
                length=len(text),
            )
        today = self.clock().date().isoformat()
        day = parse_date(reported_on, "reported_on") if reported_on else today
        if day > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "进展日期 {day} 晚于今天，请填写已经报送或办理的日期。"),
                field="reported_on",
                day=day,
            )
        if day < item.received:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "进展日期 {day} 早于收文日期 {received}，请检查日期。"),
                field="reported_on",
                day=day,
                received=item.received,
            )
        with transaction(self.repo.conn):
            return self.repo.add(item_id, day, text, self.clock().isoformat(timespec="seconds"))

    def of_item(self, item_id: int) -> list[ProgressReport]:
        return self.repo.of_item(item_id)

    def latest(self, item_ids: list[int]) -> dict[int, tuple[int, ProgressReport]]:
        return self.repo.latest(item_ids)
