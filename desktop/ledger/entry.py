"""Typing facts into the ledger by hand: checked like an import, one 'entry' record per fact, history kept.

A value that cannot be made canonical is refused (nothing is written) with the reason in the clerk's
words. ``save_many`` (a paste) is all-or-nothing: every cell is checked before anything is written.
``undo`` points a fact back at the value and record it had before, so freshness is not faked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.audit import record
from desktop.catalog.fields import Catalog, Field
from desktop.catalog.service import CatalogService
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from desktop.intake.normalize import normalize_header
from desktop.ledger.entity_rules import KEY_FIELDS, LABEL_FIELDS, is_ledger_fact, normalize_key
from desktop.ledger.keys import normalize_name
from desktop.ledger.planner import is_person_name
from desktop.ledger.values import normalize_value
from storage.ledger import EntityRow, LedgerRepository
from storage.ledger_coverage import CoverageRepository
from storage.transaction import transaction


@dataclass(frozen=True)
class EntrySaved:
    """One fact written: the new value, the value and record it replaced, and any repair made (e.g. 15→18 digits)."""

    entity_id: int
    field_id: str
    value: str | None
    old_value: str | None
    old_record_id: int | None
    record_id: int
    note: str = ""


@dataclass(frozen=True)
class _Checked:
    entity: EntityRow
    field: Field
    value: str | None
    note: str


class EntryService:
    def __init__(
        self,
        ledger: LedgerRepository,
        catalog: CatalogService,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.ledger = ledger
        self.catalog = catalog
        self.clock = clock
        self.queries = CoverageRepository(ledger)

    def check(self, entity_id: int, field_id: str, raw: object) -> str | None:
        """The value that would be stored for `raw` (None for a blank); raises ValidationError if refused."""
        return self._check(entity_id, field_id, raw).value

    def save(self, entity_id: int, field_id: str, raw: object, entered_by: str = "") -> EntrySaved:
        """Check and write one fact: an 'entry' record, the old value to history, the current value — one transaction."""
        checked = self._check(entity_id, field_id, raw)
        return self._write([checked], entered_by)[0]

    def save_many(self, cells: Iterable[tuple[int, str, object]], entered_by: str = "") -> list[EntrySaved]:
        """(entity id, field id, raw) cells, e.g. a paste: all are checked first, then all written, or none.

        The first refused cell raises ValidationError naming the person and the field; its position in
        `cells` is the exception's ``index``.
        """
        checked = []
        catalog = self.catalog.catalog()
        for index, (entity_id, field_id, raw) in enumerate(cells):
            try:
                checked.append(self._check(entity_id, field_id, raw, catalog))
            except ValidationError as exc:
                exc.index = index  # type: ignore[attr-defined]
                raise
        return self._write(checked, entered_by)

    def undo(self, saved: Sequence[EntrySaved]) -> None:
        """Put facts back to the value and record they had before these entries (one transaction).

        The undone value goes to history. Refused if a fact was changed again since (by an import,
        another entry): undo never overwrites someone else's later value.
        """
        now = self.clock().isoformat(timespec="seconds")
        repo = self.ledger
        with transaction(repo.conn):
            for entry in reversed(saved):
                current = repo.record_ids([entry.field_id], [entry.entity_id]).get(entry.entity_id, [None])[0]
                if current != entry.record_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "这项数据在录入后又被修改过，不能撤销。"), field="undo"
                    )
                undone = (entry.entity_id, entry.field_id, entry.value, entry.record_id, entry.old_record_id)
                repo.insert_history([(*undone, now)])
                repo.update_current([(entry.entity_id, entry.field_id, entry.old_value, entry.old_record_id)])
                self._after_write(repo.entity(entry.entity_id), entry.field_id, entry.old_value)
            record(
                repo.conn,
                "ledger-undo",
                {"values": len(saved), "fields": sorted({e.field_id for e in saved})},
            )

    # --- checking --------------------------------------------------------------------
    def _check(self, entity_id: int, field_id: str, raw: object, catalog: Catalog | None = None) -> _Checked:
        entity = self.ledger.entity(entity_id)
        if entity is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "台账中没有编号为 {id} 的对象。"), id=entity_id)
        field = (catalog or self.catalog.catalog()).get(field_id)
        if field is None or field.entity != entity.kind or not is_ledger_fact(field_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{field_id}”不是{name}可以录入的数据项。"),
                field=field_id,
                field_id=field_id,
                name=entity.label,
            )
        unit = normalize_header(field.name_zh).unit or None
        result = normalize_value(field, "" if raw is None else raw, unit=unit)
        if not result.valid:
            error = ValidationError(
                QT_TRANSLATE_NOOP("errors", "{name}的“{field_name}”没有保存：{message}"),
                field=field_id,
                name=entity.label or entity.raw_key,
                field_name=field.name_zh,
                message=result.message_zh or result.reason,
            )
            error.reason = result.reason  # type: ignore[attr-defined]
            raise error
        value = result.value
        if value is not None and is_person_name(field):
            value = normalize_name(value)
        if field_id == KEY_FIELDS[entity.kind][0]:
            self._check_key(entity, field, value)
        note = result.message_zh if result.reason not in ("ok", "blank") else ""
        return _Checked(entity, field, value, note)

    def _check_key(self, entity: EntityRow, field: Field, value: str | None) -> None:
        if value is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{field_name}”用来识别{name}，不能清空。"),
                field=field.id,
                field_name=field.name_zh,
                name=entity.label,
            )
        other = self.queries.entity_with_key(entity.kind, _key_of(entity.kind, field.id, value) or value)
        if other is not None and other != entity.id:
            owner = self.ledger.entity(other)
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{value}”已是{other}的{field_name}，不能再填给{name}。"),
                field=field.id,
                value=value,
                other=owner.label if owner else str(other),
                field_name=field.name_zh,
                name=entity.label,
            )

    # --- writing ---------------------------------------------------------------------
    def _write(self, cells: list[_Checked], entered_by: str) -> list[EntrySaved]:
        if not cells:
            return []
        repo = self.ledger
        now = self.clock().isoformat(timespec="seconds")
        field_ids = list(dict.fromkeys(c.field.id for c in cells))
        entity_ids = list(dict.fromkeys(c.entity.id for c in cells))
        position = {f: i for i, f in enumerate(field_ids)}
        saved: list[EntrySaved] = []
        with transaction(repo.conn):
            repo.ensure_slots(field_ids)
            repo.ensure_current_rows(entity_ids)
            values = repo.current(field_ids, entity_ids)
            records = repo.record_ids(field_ids, entity_ids)
            first = repo.next_id("ledger_records")
            repo.insert_records(
                (first + n, c.entity.id, None, None, "entry", entered_by, now) for n, c in enumerate(cells)
            )
            for n, cell in enumerate(cells):
                entity_id, field_id, record_id = cell.entity.id, cell.field.id, first + n
                old_value = values[entity_id][position[field_id]]
                old_record = records[entity_id][position[field_id]]
                if old_record is not None or old_value is not None:
                    repo.insert_history([(entity_id, field_id, old_value, old_record, record_id, now)])
                repo.update_current([(entity_id, field_id, cell.value, record_id)])
                # A second cell for the same fact (a paste onto a repeated row) replaces this one.
                values[entity_id][position[field_id]] = cell.value
                records[entity_id][position[field_id]] = record_id
                self._after_write(cell.entity, field_id, cell.value)
                saved.append(
                    EntrySaved(entity_id, field_id, cell.value, old_value, old_record, record_id, cell.note)
                )
            edited = {"values": len(saved), "entities": entity_ids[:100], "fields": field_ids[:100]}
            record(repo.conn, "ledger-edit", edited)  # ids only (the first 100 of a big paste), no values
        return saved

    def _after_write(self, entity: EntityRow | None, field_id: str, value: str | None) -> None:
        """Keep the entity's label and key in step with its name and key facts."""
        if entity is None or value is None:
            return
        if field_id == LABEL_FIELDS.get(entity.kind):
            self.ledger.update_entity_labels([(entity.id, value, None)])
        key = _key_of(entity.kind, field_id, value) if field_id == KEY_FIELDS[entity.kind][0] else None
        if key is not None and key != entity.key:
            self.ledger.set_key(entity.id, key)


def _key_of(kind: str, field_id: str, value: str) -> str | None:
    """The entity key a key fact gives (village names are folded the way imports fold them)."""
    result = normalize_key(kind, field_id, value)
    return result.value if result.valid else None
