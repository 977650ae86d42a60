"""Turning a return's rows into a plan: which entities, which facts are new, changed, invalid or in conflict.

Planning reads the ledger but writes nothing; the dry-run report is the plan's report, and committing
applies exactly that plan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.catalog import Catalog, Field
from desktop.intake.normalize import normalize_header
from desktop.ledger.entity_rules import KEY_FIELDS, LABEL_FIELDS, near_miss, normalize_key
from desktop.ledger.keys import birth_date_from_id, normalize_name, village_key
from desktop.ledger.report import ImportReport
from desktop.ledger.values import normalize_value, value_type
from exports.sheet_grid import col_letter
from storage.ledger import LedgerRepository


@dataclass
class PlannedEntity:
    """An entity the import touches: an existing one (id > 0) or a new one (id assigned at commit)."""

    id: int | None
    kind: str
    key: str | None
    raw_key: str
    key_status: str
    label: str = ""
    match: str | None = None
    values: dict[str, tuple[str, int]] = field(default_factory=dict)  # field → (value, excel row)
    rows: list[int] = field(default_factory=list)
    repaired_key: bool = False  # a flagged entity that this import gives its correct key


@dataclass
class ImportPlan:
    report: ImportReport
    kind: str
    fields: list[str]
    entities: list[PlannedEntity]
    changes: list[tuple[PlannedEntity, str, str | None, str, int]]  # entity, field, old, new, row
    conflicts: list[tuple[PlannedEntity, str, list[dict[str, Any]]]]


@dataclass
class _Row:
    excel_row: int
    values: dict[str, str]
    key: Any
    raw_key: str


class _Normalizer:
    """normalize_value with a cache: villages, genders and 是/否 repeat on every row."""

    def __init__(self) -> None:
        self.cache: dict[tuple[str, object], Any] = {}

    def __call__(self, field_id: str, value_kind: str, unit: str, raw: object):
        token = (field_id, raw if not isinstance(raw, float) else repr(raw))
        try:
            return self.cache[token]
        except KeyError:
            result = self.cache[token] = normalize_value(value_kind, raw, unit=unit or None)
            return result
        except TypeError:  # unhashable cell value
            return normalize_value(value_kind, raw, unit=unit or None)


def is_person_name(catalog_field: Field) -> bool:
    """Fields that hold someone's name: 王 珍 and 王珍 are the same value."""
    return catalog_field.type == "text" and (
        "姓名" in catalog_field.name_zh
        or catalog_field.id.endswith((".name", "_name", ".household_head", ".legal_rep"))
        and catalog_field.entity != "enterprise"
    )


def _is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def plan_import(
    rows: Iterable[tuple[int, list]],
    columns: list[tuple[int, str]],
    kind: str,
    catalog: Catalog,
    ledger: LedgerRepository,
    report: ImportReport,
) -> ImportPlan:
    """`columns` are (1-based column, field id) of the mapped columns; `rows` are (excel row, values)."""
    key_field = next((f for f in KEY_FIELDS[kind] if any(fid == f for _, fid in columns)), None)
    # Values are stored in the catalog field's own unit (村集体经济收入 in 万元), whatever the cell says.
    stored = [
        (col, fid, catalog.get(fid), normalize_header(catalog.get(fid).name_zh).unit)
        for col, fid in columns
        if catalog.get(fid) is not None and catalog.get(fid).entity == kind
    ]
    normalize = _Normalizer()
    name_fields = {fid for _, fid, f, _ in stored if is_person_name(f)}
    kinds = {fid: value_type(f) for _, fid, f, _ in stored}
    seen_rows: dict[tuple, int] = {}
    parsed: list[_Row] = []
    for excel_row, values in rows:
        report.rows += 1
        signature = tuple(values)
        if signature in seen_rows:
            report.duplicates.append([seen_rows[signature], excel_row])
            continue
        seen_rows[signature] = excel_row
        row_values: dict[str, str] = {}
        for col, field_id, _field, unit in stored:
            raw = values[col - 1] if col - 1 < len(values) else None
            if _is_blank(raw) or field_id == key_field:
                continue
            result = normalize(field_id, kinds[field_id], unit, raw)
            if result.value is None:
                continue
            if field_id in name_fields and result.valid:
                row_values[field_id] = normalize_name(result.value)
                continue
            if not result.valid:
                report.invalid.append(
                    {
                        "row": excel_row,
                        "column": col_letter(col),
                        "field": field_id,
                        "value": str(raw),
                        "reason": result.message_zh or result.reason,
                    }
                )
                continue
            row_values[field_id] = result.value
        raw_key, key = "", None
        if key_field is not None:
            key_col = next(col for col, fid in columns if fid == key_field)
            raw = values[key_col - 1] if key_col - 1 < len(values) else None
            key = normalize_key(kind, key_field, raw)
            raw_key = "" if _is_blank(raw) else (getattr(key, "cleaned", "") or str(raw).strip())
            if key.valid:
                row_values[key_field] = key.value
            elif raw_key:
                report.invalid.append(
                    {
                        "row": excel_row,
                        "column": col_letter(key_col),
                        "field": key_field,
                        "value": raw_key,
                        "reason": getattr(key, "message_zh", "") or key.reason,
                    }
                )
        parsed.append(_Row(excel_row, row_values, key, raw_key))
    resolver = _Resolver(kind, ledger, report)
    entities = resolver.resolve(parsed)
    plan = ImportPlan(report, kind, [fid for _, fid, _, _ in stored], entities, [], [])
    _compare_with_ledger(plan, ledger)
    return plan


class _Resolver:
    """Finds each row's entity: by key, by name + birth date + village, or by a one-digit ID typo."""

    def __init__(self, kind: str, ledger: LedgerRepository, report: ImportReport) -> None:
        self.kind = kind
        self.ledger = ledger
        self.report = report
        self.by_key: dict[str, PlannedEntity] = {}
        self.by_match: dict[str, PlannedEntity] = {}
        self.by_raw: dict[str, PlannedEntity] = {}
        self.key_index = ledger.key_index(kind)
        self.match_index = ledger.match_index(kind)
        self._labels: dict[int, str] | None = None
        self._flagged: list[tuple[int, str, str]] | None = None
        self.conflicts: dict[tuple[int, str], dict[str, Any]] = {}
        self.villages: dict[str, str] = {}

    def labels(self) -> dict[int, str]:
        if self._labels is None:
            self._labels = self.ledger.labels(self.kind)
        return self._labels

    def _existing(self, entity_id: int, key: str | None) -> PlannedEntity:
        return PlannedEntity(
            entity_id, self.kind, key, "", "valid" if key else "invalid", self.labels().get(entity_id, "")
        )

    def resolve(self, parsed: list[_Row]) -> list[PlannedEntity]:
        label_field = LABEL_FIELDS[self.kind]
        keyed = [r for r in parsed if r.key is not None and r.key.valid]
        unkeyed = [r for r in parsed if r.key is None or not r.key.valid]
        for row in keyed:  # rows with a good key first, so typo rows can find them
            entity = self.by_key.get(row.key.value)
            if entity is None:
                existing = self.key_index.get(row.key.value)
                entity = (
                    self._existing(existing, row.key.value)
                    if existing
                    else self._flagged_twin(row, label_field)
                    or PlannedEntity(None, self.kind, row.key.value, "", "valid")
                )
                self.by_key[row.key.value] = entity
            self._attach(entity, row, label_field)
        for row in unkeyed:
            entity, how = self._match(row, label_field)
            if entity is None:
                status = "invalid" if row.raw_key else "missing"
                entity = self.by_raw.get(row.raw_key) if row.raw_key else None
                if entity is None:
                    entity = PlannedEntity(None, self.kind, None, row.raw_key, status)
                    if row.raw_key:
                        self.by_raw[row.raw_key] = entity
                self.report.flagged_keys.append(
                    {
                        "row": row.excel_row,
                        "value": row.raw_key,
                        "reason": "invalid" if row.raw_key else "missing",
                    }
                )
            else:
                self.report.matched_without_key.append(
                    {"row": row.excel_row, "label": entity.label, "key": entity.key, "how": how}
                )
            self._attach(entity, row, label_field)
        entities = list(self.by_key.values()) + [e for e in self.by_match.values() if e.key is None]
        entities += [e for e in self.by_raw.values() if e not in entities]
        return _unique(entities)

    def _flagged_twin(self, row: _Row, label_field: str) -> PlannedEntity | None:
        """An entity kept earlier with a mistyped key that this row's correct key and name identify."""
        name = self._label(row.values.get(label_field))
        if not name:
            return None
        if self._flagged is None:
            self._flagged = self.ledger.flagged(self.kind)
        for entity_id, raw_key, label in self._flagged:
            if label == name and near_miss(raw_key, row.key.value):
                self.report.matched_without_key.append(
                    {
                        "row": row.excel_row,
                        "label": name,
                        "key": row.key.value,
                        "how": "key_corrected",
                        "earlier_key": raw_key,
                    }
                )
                entity = PlannedEntity(
                    entity_id, self.kind, row.key.value, raw_key, "valid", label, repaired_key=True
                )
                return entity
        return None

    def _label(self, name: str | None) -> str:
        return name or ""  # name fields were normalised with the row's values

    def _attach(self, entity: PlannedEntity, row: _Row, label_field: str) -> None:
        entity.rows.append(row.excel_row)
        name = self._label(row.values.get(label_field))
        if name and not entity.label:
            entity.label = name
        if self.kind == "person":
            key = self._person_match(row)
            if key:
                entity.match = entity.match or key
                self.by_match.setdefault(key, entity)
        for field_id, value in row.values.items():
            if field_id in entity.values:
                first_value, first_row = entity.values[field_id]
                if first_value != value:
                    self._conflict(entity, field_id, (first_value, first_row), (value, row.excel_row))
                continue
            entity.values[field_id] = (value, row.excel_row)

    def _conflict(self, entity, field_id, first, other) -> None:
        conflict = self.conflicts.get((id(entity), field_id))
        if conflict is None:
            conflict = {"_entity": entity, "field": field_id, "values": [{"value": first[0], "row": first[1]}]}
            self.conflicts[(id(entity), field_id)] = conflict
            self.report.conflicts.append(conflict)
        if other[0] not in [v["value"] for v in conflict["values"]]:
            conflict["values"].append({"value": other[0], "row": other[1]})

    def _person_match(self, row: _Row) -> str | None:
        name, village = row.values.get("person.name"), row.values.get("person.village")
        if not (name and village):
            return None
        birth = row.values.get("person.birth_date")
        if not birth and row.key is not None and row.raw_key:
            try:
                birth = birth_date_from_id(row.key.value or row.raw_key).isoformat()
            except (ValueError, TypeError, AttributeError):
                birth = None
        if not birth or len(birth) != 10:
            return None
        place = self.villages.get(village)
        if place is None:
            place = self.villages[village] = village_key(village)
        return f"{name}|{birth}|{place}"  # the values are normalised already: same text as keys.key_text

    def _match(self, row: _Row, label_field: str) -> tuple[PlannedEntity | None, str]:
        if self.kind == "person":
            key = self._person_match(row)
            if key:
                if key in self.by_match:
                    return self.by_match[key], "name_birth_village"
                if key in self.match_index:
                    entity = self._existing(self.match_index[key], None)
                    self.by_match[key] = entity
                    return entity, "name_birth_village"
        name = self._label(row.values.get(label_field))
        compact = row.raw_key
        if not (name and compact):
            return None, ""
        for key, entity in self.by_key.items():
            if entity.label == name and near_miss(compact, key):
                return entity, "key_typo"
        for key, entity_id in self.key_index.items():
            if near_miss(compact, key) and self.labels().get(entity_id) == name:
                entity = self.by_key.setdefault(key, self._existing(entity_id, key))
                return entity, "key_typo"
        return None, ""


def _unique(entities: list[PlannedEntity]) -> list[PlannedEntity]:
    seen: set[int] = set()
    out = []
    for entity in entities:
        if id(entity) not in seen:
            seen.add(id(entity))
            out.append(entity)
    return out


def _compare_with_ledger(plan: ImportPlan, ledger: LedgerRepository) -> None:
    report = plan.report
    existing = [e for e in plan.entities if e.id is not None]
    current = ledger.current(plan.fields, [e.id for e in existing]) if existing else {}
    position = {f: i for i, f in enumerate(plan.fields)}
    report.entities_in_file = len(plan.entities)
    report.new_entities = sum(1 for e in plan.entities if e.id is None)
    for entity in plan.entities:
        old_values = current.get(entity.id) if entity.id is not None else None
        for field_id, (value, row) in entity.values.items():
            old = old_values[position[field_id]] if old_values is not None else None
            if old is None:
                report.new_values += 1
                plan.changes.append((entity, field_id, None, value, row))
            elif old == value:
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
