"""The office's field catalog (指标库): built-in fields, learned synonyms and custom fields."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from desktop.catalog.fields import Catalog, Field
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.intake.mapping import ColumnMatch, Suggestion
from desktop.intake.normalize import normalize_header
from desktop.intake.scoring import canon
from storage.catalog_store import CatalogStore, CustomFieldRecord
from storage.transaction import transaction

ENTITIES = ("person", "household", "village", "enterprise", "other")
FIELD_TYPES = (
    "text",
    "integer",
    "number",
    "money",
    "area",
    "date",
    "yesno",
    "enum",
    "phone",
    "id_number",
    "code",
)


NOT_A_FIELD_REASON = "not_a_field"
"""``ColumnMatch.reason`` of a column left unmapped because the clerk marked its header as not a field."""


def header_key(wording: str) -> str:
    """What two headers share when they are the same wording (spacing, brackets and notes aside)."""
    return canon(normalize_header(wording).key)


def drop_not_fields(columns: Iterable[ColumnMatch], keys: set[str]) -> list[int]:
    """Unmap the columns whose header was marked as not a field (reason ``not_a_field``); the field the
    program would have chosen heads the suggestions, for a clerk who changes their mind. The columns changed."""
    changed = []
    for match in columns:
        if keys and header_key(match.header) in keys:
            if match.field is not None:
                match.suggestions.insert(0, Suggestion(match.field, match.confidence))
            match.field, match.confidence, match.reason = None, 0.0, NOT_A_FIELD_REASON
            changed.append(match.col)
    return changed


class CatalogService:
    def __init__(self, store: CatalogStore, clock: Callable[[], datetime] = datetime.now) -> None:
        self.store = store
        self.clock = clock

    def catalog(self) -> Catalog:
        """The catalog as the mapper should see it now."""
        custom = [
            Field(r.id, r.entity, r.name_zh, r.name_en or r.name_zh, r.type, r.synonyms, custom=True)
            for r in self.store.custom_fields()
        ]
        return Catalog(learned=self.store.learned(), custom=custom)

    def learn(self, field_id: str, wording: str, department_id: int | None = None) -> bool:
        """Remember `wording` as a synonym of `field_id`. True when it was new."""
        wording = wording.strip()
        if not wording or field_id not in self.catalog():
            return False
        with transaction(self.store.conn):
            return self.store.add_synonym(
                field_id, wording, department_id, self.clock().isoformat(timespec="seconds")
            )

    def forget(self, field_id: str, wording: str) -> None:
        with transaction(self.store.conn):
            self.store.remove_synonym(field_id, wording)

    def mark_not_a_field(self, wording: str, department_id: int | None = None) -> bool:
        """Remember that a column headed `wording` is not a field for the department (the clerk left it
        unmapped on purpose), so the next template with that header does not suggest one. True when new."""
        wording = " ".join(wording.split())
        if not wording:
            return False
        with transaction(self.store.conn):
            return self.store.add_not_field(
                wording, department_id, self.clock().isoformat(timespec="seconds")
            )

    def unmark_not_a_field(self, wording: str, department_id: int | None = None) -> None:
        """The clerk chose a field for a header once marked as not a field: forget that decision."""
        key = header_key(wording)
        with transaction(self.store.conn):
            for known, dep in self.store.not_fields():
                if dep == department_id and header_key(known) == key:
                    self.store.remove_not_field(known, dep)

    def not_a_field_keys(self, department_id: int | None = None, any_department: bool = False) -> set[str]:
        """The header keys marked as not a field: the department's own and those marked without a
        department (every department's when `any_department`, e.g. while the sender is not known yet)."""
        return {
            header_key(wording)
            for wording, dep in self.store.not_fields()
            if any_department or dep is None or dep == department_id
        }

    def claim_custom_fields(self, field_ids: set[str], department_id: int) -> None:
        """Give custom fields made before the department was known (d0) to `department_id`."""
        with transaction(self.store.conn):
            self.store.claim_custom_fields(field_ids, department_id)

    def existing_field(self, name_zh: str, entity: str) -> Field | None:
        """The field of `entity` (or a 通用 one) already called `name_zh` in any of its wordings, which
        `add_custom_field` would return instead of making a new one; None when a new one would be made.
        Raises ValidationError for an empty name or an unknown entity, as `add_custom_field` does."""
        name_zh = " ".join(name_zh.split())
        if not name_zh:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写字段名称。"), field="name_zh")
        if entity not in ENTITIES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{value}”不是有效的对象类型。"), field="entity", value=entity
            )
        key = canon(normalize_header(name_zh).key)
        for field in self.catalog().for_entity(entity):
            if key and key in {canon(normalize_header(t).key) for t in field.terms}:
                return field
        return None

    def add_custom_field(
        self,
        name_zh: str,
        entity: str,
        department_id: int | None = None,
        field_type: str = "text",
        name_en: str = "",
    ) -> Field:
        """A field the built-in catalog lacks, e.g. one department's own column. Ids never change once made."""
        name_zh = " ".join(name_zh.split())
        existing = self.existing_field(name_zh, entity)
        if existing is not None:
            return existing
        if field_type not in FIELD_TYPES:
            field_type = "text"
        catalog = self.catalog()
        taken = set(f.id for f in catalog)
        base = f"custom.{entity}.d{department_id or 0}"
        number = 1 + sum(1 for f in taken if f.startswith(base + "_"))
        while f"{base}_{number}" in taken:
            number += 1
        record = CustomFieldRecord(
            f"{base}_{number}",
            entity,
            name_zh,
            name_en or name_zh,
            field_type,
            (),
            department_id,
            self.clock().isoformat(timespec="seconds"),
        )
        with transaction(self.store.conn):
            self.store.add_custom_field(record)
        return self.catalog().get(record.id)
