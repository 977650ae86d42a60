"""Turning a return's rows into a plan: which entities, which facts are new, changed, invalid or in conflict.

Planning reads the ledger but writes nothing; the dry-run report is the plan's report, and committing
applies exactly that plan. The rows are parsed in `row_parsing`, matched to entities in `entity_matching`;
this module puts the two together and compares the result with the ledger.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from desktop.catalog.fields import Catalog
from desktop.intake.normalize import normalize_header
from desktop.ledger.entity_matching import EntityResolver, PlannedEntity
from desktop.ledger.entity_rules import KEY_FIELDS
from desktop.ledger.report import ImportReport
from desktop.ledger.row_parsing import RowView, is_person_name, parse_rows
from desktop.ledger.values import value_type
from desktop.ledger.village_groups import village_group
from storage.ledger import LedgerRepository

__all__ = ["ImportPlan", "PlannedEntity", "RowView", "is_person_name", "plan_import"]


@dataclass
class ImportPlan:
    report: ImportReport
    kind: str
    fields: list[str]
    entities: list[PlannedEntity]
    changes: list[tuple[PlannedEntity, str, str | None, str, int]]  # entity, field, old, new, row
    conflicts: list[tuple[PlannedEntity, str, list[dict[str, Any]]]]


def plan_import(
    rows: Iterable[tuple[int, list]],
    columns: list[tuple[int, str]],
    kind: str,
    catalog: Catalog,
    ledger: LedgerRepository,
    report: ImportReport,
    not_same: Collection[int] = (),
) -> ImportPlan:
    """`columns` are (1-based column, field id) of the mapped columns; `rows` are (excel row, values).

    `not_same` holds the Excel rows of matches made without a valid ID number (report.matched_without_key)
    that the clerk said are someone else: each of those rows gets an entity of its own instead.
    """
    key_field = next((f for f in KEY_FIELDS[kind] if any(fid == f for _, fid in columns)), None)
    key_col = next((col for col, fid in columns if fid == key_field), None)
    # Values are stored in the catalog field's own unit (村集体经济收入 in 万元), whatever the cell says.
    stored = [
        (col, fid, catalog.get(fid), normalize_header(catalog.get(fid).name_zh).unit)
        for col, fid in columns
        if catalog.get(fid) is not None and catalog.get(fid).entity == kind
    ]
    parsed = parse_rows(rows, stored, key_field, key_col, kind, report)
    resolver = EntityResolver(kind, ledger, report, frozenset(not_same))
    entities = resolver.resolve(parsed)
    plan = ImportPlan(report, kind, [fid for _, fid, _, _ in stored], entities, [], [])
    groups = {fid for _, fid, catalog_field, _ in stored if value_type(catalog_field) == "village_group"}
    _compare_with_ledger(plan, ledger, groups)
    return plan


def _count_present(columns: dict[str, list], rows: list[int]) -> int:
    """How many of these rows' cells hold a value, counted a column at a time (itemgetter runs in C)."""
    if len(rows) == 1:
        return sum(1 for column in columns.values() if column[rows[0]] is not None)
    lengths = set(map(len, columns.values()))
    if lengths == {len(rows)} and len(set(rows)) == len(rows):  # every row once: count whole columns
        known = getattr(columns, "blanks", {})
        return sum(
            len(column) - (known[f] if f in known else column.count(None)) for f, column in columns.items()
        )
    pick = itemgetter(*rows)
    return sum(len(rows) - picked.count(None) for picked in map(pick, columns.values()))


def _compare_with_ledger(plan: ImportPlan, ledger: LedgerRepository, groups: Collection[str] = ()) -> None:
    """New, unchanged and updated values against the ledger's current ones. A 村民小组 stored before
    groups had one form (六组, 6) is the same value as the 6组 read now: unchanged, not an update."""
    report = plan.report
    existing = [e for e in plan.entities if e.id is not None]
    current = ledger.current(plan.fields, [e.id for e in existing]) if existing else {}
    position = {f: i for i, f in enumerate(plan.fields)}
    report.entities_in_file = len(plan.entities)
    report.new_entities = sum(1 for e in plan.entities if e.id is None)
    single = [e.values for e in plan.entities if e.id is None and isinstance(e.values, RowView)]
    report.new_values += _count_present(single[0].columns, [v.index for v in single]) if single else 0
    for entity in plan.entities:
        if entity.id is None:  # a new entity: every value is new, written straight from entity.values
            if not isinstance(entity.values, RowView):
                report.new_values += len(entity.values)
            continue
        old_values = current.get(entity.id)
        for field_id, value in entity.values.items():
            row = entity.source_row(field_id)
            old = old_values[position[field_id]] if old_values is not None else None
            if old is None:
                report.new_values += 1
                plan.changes.append((entity, field_id, None, value, row))
            elif old == value or (field_id in groups and village_group(old) == value):
                report.unchanged += 1
            else:
                report.updated += 1
                plan.changes.append((entity, field_id, old, value, row))
                report.updates.append(
                    {"row": row, "label": entity.label, "field": field_id, "old": old, "new": value}
                )
    for conflict in report.conflicts:
        entity = conflict.pop("_entity")
        conflict["label"] = entity.label
        conflict["key"] = entity.key
        plan.conflicts.append((entity, conflict["field"], conflict["values"]))
