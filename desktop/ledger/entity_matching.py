"""Entity matching: which ledger entity each parsed row is.

By key first (the usual row: an ID number met for the first time), then by name + birth date + village,
then by a one-digit typo of a known key with the same name. Matches made without a valid key are listed
for the clerk to confirm; reads the ledger, writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.ledger.entity_rules import LABEL_FIELDS, near_miss
from desktop.ledger.keys import birth_date_from_id, village_key
from desktop.ledger.report import ImportReport
from desktop.ledger.row_parsing import ParsedRows, Row, RowView
from storage.ledger import LedgerRepository


@dataclass(slots=True)
class PlannedEntity:
    """An entity the import touches: an existing one (id > 0) or a new one (id assigned at commit)."""

    id: int | None
    kind: str
    key: str | None
    raw_key: str
    key_status: str
    label: str = ""
    match: str | None = None
    values: Mapping[str, str] = field(default_factory=dict)  # field → value (a RowView until rows merge)
    rows: list[int] = field(default_factory=list)
    sources: dict[str, int] | None = None  # field → Excel row, kept only once a second row merges in
    repaired_key: bool = False  # a flagged entity that this import gives its correct key

    def source_row(self, field_id: str) -> int | None:
        if self.sources is not None and field_id in self.sources:
            return self.sources[field_id]
        return self.rows[0] if self.rows else None


class EntityResolver:
    """Finds each row's entity: by key, by name + birth date + village, or by a one-digit ID typo."""

    def __init__(
        self,
        kind: str,
        ledger: LedgerRepository,
        report: ImportReport,
        not_same: frozenset[int] = frozenset(),
    ) -> None:
        self.kind = kind
        self.not_same = not_same
        self.ledger = ledger
        self.report = report
        self.by_key: dict[str, PlannedEntity] = {}
        self.by_match: dict[str, PlannedEntity] = {}
        self.by_raw: dict[str, PlannedEntity] = {}
        self.unmatched: list[PlannedEntity] = []  # entities of rows without a valid key that matched no one
        self.key_index = ledger.key_index(kind)
        self.match_index = ledger.match_index(kind)
        self._labels: dict[int, str] | None = None
        self._flagged: list[tuple[int, str, str]] | None = None
        self._keys_by_id: dict[int, str] | None = None
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

    def resolve(self, parsed: ParsedRows) -> list[PlannedEntity]:
        label_field = LABEL_FIELDS[self.kind]
        # Every row reads the same parsed columns: look the few fields needed here up once, not per row.
        columns = parsed.columns
        blank = [None] * len(parsed.excel_rows)
        self._labels_col = columns.get(label_field) or blank
        self._names_col = columns.get("person.name") or blank
        self._villages_col = columns.get("person.village") or blank
        self._births_col = columns.get("person.birth_date") or blank
        if self._flagged is None:
            self._flagged = self.ledger.flagged(self.kind)
        by_key, key_index, by_match, kind = self.by_key, self.key_index, self.by_match, self.kind
        labels, person, no_twins = self._labels_col, kind == "person", not self._flagged
        keys, excel_rows = parsed.keys, parsed.excel_rows
        matches = self._match_keys(parsed.keyed, keys) if person else [None] * len(parsed.keyed)
        for position, match in zip(
            parsed.keyed, matches, strict=True
        ):  # good keys first: typo rows find them
            key = keys[position]
            entity = by_key.get(key)
            if entity is None:
                existing = key_index.get(key)
                if existing is None and no_twins:
                    # The usual row: a key met for the first time, in this file and in the ledger. What
                    # _attach would do to a new entity, done while making it.
                    by_key[key] = entity = PlannedEntity(
                        None,
                        kind,
                        key,
                        "",
                        "valid",
                        labels[position] or "",
                        match,
                        RowView(columns, position),
                        [excel_rows[position]],
                    )
                    if match:
                        by_match.setdefault(match, entity)
                    continue
                row = parsed.row(position)
                entity = (
                    self._existing(existing, key)
                    if existing
                    else self._flagged_twin(row, label_field) or PlannedEntity(None, kind, key, "", "valid")
                )
                by_key[key] = entity
            else:
                row = parsed.row(position)
            self._attach(entity, row, label_field)
        for row in parsed.unkeyed:
            entity, how = self._match(row, label_field)
            matched = entity is not None
            same = matched and row.excel_row not in self.not_same
            if matched:
                self._to_confirm(row, entity, how, same)
            if not same:
                status = "invalid" if row.raw_key else "missing"
                entity = self.by_raw.get(row.raw_key) if row.raw_key else None
                if entity is None:
                    entity = PlannedEntity(None, self.kind, None, row.raw_key, status)
                    self.unmatched.append(entity)
                    if row.raw_key:
                        self.by_raw[row.raw_key] = entity
                self.report.flagged_keys.append(
                    {
                        "row": row.excel_row,
                        "value": row.raw_key,
                        "reason": "invalid" if row.raw_key else "missing",
                    }
                )
            self._attach(entity, row, label_field, matchable=same or not matched)
        # Each entity of by_key has a key and is there once; the others have none and may be both in
        # by_match and among the unmatched (no key, no match: still kept).
        keyless = _unique([e for e in self.by_match.values() if e.key is None] + self.unmatched)
        entities = [*self.by_key.values(), *keyless]
        if self.not_same:  # a match the clerk turned down may have left its entity without any row
            entities = [e for e in entities if e.rows]
        return entities

    def _key_of(self, entity_id: int | None) -> str | None:
        """The ledger's key of an existing entity (one matched by name keeps key None in the plan)."""
        if entity_id is None:
            return None
        if self._keys_by_id is None:
            self._keys_by_id = {entity: key for key, entity in self.key_index.items()}
        return self._keys_by_id.get(entity_id)

    def _to_confirm(self, row: Row, entity: PlannedEntity, how: str, same: bool, **extra: Any) -> None:
        """A match made without a valid ID number, listed for the clerk; `same` is False once turned down."""
        self.report.matched_without_key.append(
            {
                "row": row.excel_row,
                "label": entity.label,
                "key": entity.key or self._key_of(entity.id),
                "how": how,
                "entity_id": entity.id,  # an entity already in the ledger, or None: one met earlier in this file
                "entity_row": entity.rows[0] if entity.rows else None,  # its first row in this file
                "same": same,
                **extra,
            }
        )
        if not same:
            self.report.not_same.append(row.excel_row)

    def _flagged_twin(self, row: Row, label_field: str) -> PlannedEntity | None:
        """An entity kept earlier with a mistyped key that this row's correct key and name identify."""
        if self._flagged is None:
            self._flagged = self.ledger.flagged(self.kind)
        if not self._flagged:
            return None
        name = self._label(self._labels_col[row.values.index])
        if not name:
            return None
        for entity_id, raw_key, label in self._flagged:
            if label == name and near_miss(raw_key, row.key.value):
                entity = PlannedEntity(
                    entity_id, self.kind, row.key.value, raw_key, "valid", label, repaired_key=True
                )
                same = row.excel_row not in self.not_same
                self._to_confirm(row, entity, "key_corrected", same, earlier_key=raw_key)
                return entity if same else None
        return None

    def _label(self, name: str | None) -> str:
        return name or ""  # name fields were normalised with the row's values

    def _attach(self, entity: PlannedEntity, row: Row, label_field: str, matchable: bool = True) -> None:
        """`matchable` False: a row the clerk said is not the person it matched, whose name, birth date and
        village therefore must not make it (or later rows) match anyone."""
        entity.rows.append(row.excel_row)
        name = self._label(self._labels_col[row.values.index])
        if name and not entity.label:
            entity.label = name
        if self.kind == "person" and matchable:
            key = self._person_match(row)
            if key:
                entity.match = entity.match or key
                self.by_match.setdefault(key, entity)
        if not entity.values and entity.sources is None:
            entity.values = row.values  # the usual case, one row per entity: no copying
            return
        if entity.sources is None:
            first_row = entity.rows[0]
            entity.values = dict(entity.values.items())
            entity.sources = dict.fromkeys(entity.values, first_row)
        for field_id, value in row.values.items():
            if field_id in entity.values:
                first_value = entity.values[field_id]
                if first_value != value:
                    first = (first_value, entity.sources[field_id])
                    self._conflict(entity, field_id, first, (value, row.excel_row))
                continue
            entity.values[field_id] = value
            entity.sources[field_id] = row.excel_row

    def _conflict(self, entity, field_id, first, other) -> None:
        conflict = self.conflicts.get((id(entity), field_id))
        if conflict is None:
            conflict = {
                "_entity": entity,
                "field": field_id,
                "values": [{"value": first[0], "row": first[1]}],
            }
            self.conflicts[(id(entity), field_id)] = conflict
            self.report.conflicts.append(conflict)
        if other[0] not in [v["value"] for v in conflict["values"]]:
            conflict["values"].append({"value": other[0], "row": other[1]})

    def _person_match(self, row: Row) -> str | None:
        id_text = (row.key.value or row.raw_key) if row.key is not None and row.raw_key else None
        return self._match_key(row.values.index, id_text)

    def _match_keys(self, positions: list[int], keys: list[str | None]) -> list[str | None]:
        """_match_key of the rows at `positions` (their ID numbers in `keys`), the usual row in one expression."""
        names, villages, births, places = self._names_col, self._villages_col, self._births_col, self.villages
        for village in set(villages).difference(places):
            if village:
                places[village] = village_key(village)
        return [
            f"{names[p]}|{births[p]}|{places[villages[p]]}"
            if names[p] and villages[p] and births[p] and len(births[p]) == 10
            else self._match_key(p, keys[p])
            for p in positions
        ]

    def _match_key(self, index: int, id_text: str | None) -> str | None:
        """name|birth date|village of the row at `index`; the birth date from `id_text` when not filled in."""
        name, village = self._names_col[index], self._villages_col[index]
        if not (name and village):
            return None
        birth = self._births_col[index]
        if not birth and id_text:
            try:
                birth = birth_date_from_id(id_text).isoformat()
            except (ValueError, TypeError, AttributeError):
                birth = None
        if not birth or len(birth) != 10:
            return None
        place = self.villages.get(village)
        if place is None:
            place = self.villages[village] = village_key(village)
        return f"{name}|{birth}|{place}"  # the values are normalised already: same text as keys.key_text

    def _match(self, row: Row, label_field: str) -> tuple[PlannedEntity | None, str]:
        if self.kind == "person":
            key = self._person_match(row)
            if key:
                if key in self.by_match:
                    return self.by_match[key], "name_birth_village"
                if key in self.match_index:
                    entity = self._existing(self.match_index[key], None)
                    self.by_match[key] = entity
                    return entity, "name_birth_village"
        name = self._label(self._labels_col[row.values.index])
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
    """Each entity once, where it first appears (a dict keeps the first position of a repeated key)."""
    return list({id(entity): entity for entity in entities}.values())
