"""The office's field catalog (指标库): built-in fields, learned synonyms and custom fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.catalog.fields import Catalog, Field
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
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
