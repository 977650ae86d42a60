"""The 台账 page's operations: an entity's facts with provenance, and settling a conflict.

A conflict is two rows of one return giving different values for one fact (the first row's value went
into the ledger). Resolving it records the clerk's choice as a 'resolution' record that becomes the
current value's source; the value it replaces goes to history, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.catalog.fields import Catalog
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from storage.ledger import HistoryRow, LedgerRepository
from storage.ledger_lookup import LedgerLookup
from storage.transaction import transaction


@dataclass(frozen=True)
class Resolution:
    """What resolving a conflict changed."""

    conflict_id: int
    entity_id: int
    field_id: str
    old: str | None
    new: str
    record_id: int

    @property
    def changed(self) -> bool:
        return self.old != self.new


def entity_facts(
    repo: LedgerRepository, lookup: LedgerLookup, catalog: Catalog, entity_id: int
) -> list[HistoryRow]:
    """The entity's current value of every field (with its source), in catalog order.

    A field the ledger holds only history for (its value was cleared) appears with its latest old value
    and ``current=False``.
    """
    order = {f.id: i for i, f in enumerate(catalog.fields)}
    facts = []
    for field_id in lookup.fields_of(entity_id):
        history = repo.history(entity_id, field_id)
        if history:
            facts.append(history[0])
    return sorted(facts, key=lambda h: (order.get(h.field_id, len(order)), h.field_id))


def resolve_conflict(
    repo: LedgerRepository,
    lookup: LedgerLookup,
    conflict_id: int,
    value: str,
    now: datetime,
    entered_by: str = "",
) -> Resolution:
    """Make `value` (one of the conflict's values) the current value, in one transaction."""
    conflict = lookup.conflict(conflict_id)
    if conflict is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到这条冲突记录（编号 {id}）。"), id=conflict_id)
    if conflict.status != "open":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "这条冲突已经处理过了，当前值为“{value}”。"),
            value=conflict.resolved_value or "",
        )
    chosen = next((v for v in conflict.values if v.get("value") == value), None)
    if chosen is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{value}”不是这条冲突中的任何一个值，请从列出的值中选择。"),
            field="value",
            value=value,
        )
    stamp = now.isoformat(timespec="seconds")
    entity_id, field_id = conflict.entity_id, conflict.field_id
    with transaction(repo.conn):
        old = repo.current([field_id], [entity_id]).get(entity_id, [None])[0]
        old_record = repo.record_ids([field_id], [entity_id]).get(entity_id, [None])[0]
        record_id = repo.next_id("ledger_records")
        repo.insert_records(
            [(record_id, entity_id, conflict.import_id, chosen.get("row"), "resolution", entered_by, stamp)]
        )
        repo.ensure_current_rows([entity_id])
        if old is not None:  # even an unchanged value keeps its import as history: the choice is on record
            repo.insert_history([(entity_id, field_id, old, old_record, record_id, stamp)])
        repo.update_current([(entity_id, field_id, value, record_id)])
        lookup.mark_resolved(conflict_id, value, stamp)
    return Resolution(conflict_id, entity_id, field_id, old, value, record_id)
