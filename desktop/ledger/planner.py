"""Turning a return's rows into a plan: which entities, which facts are new, changed, invalid or in conflict.

Planning reads the ledger but writes nothing; the dry-run report is the plan's report, and committing
applies exactly that plan.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import eq, itemgetter
from typing import Any

from desktop.catalog.fields import Catalog, Field
from desktop.intake.normalize import normalize_header
from desktop.ledger.cells import EXCEL_ERRORS, PLACEHOLDERS
from desktop.ledger.entity_rules import KEY_FIELDS, LABEL_FIELDS, near_miss, normalize_key, plainly_valid_keys
from desktop.ledger.keys import (
    KeyResult,
    birth_date_from_id,
    names_are_normal,
    normalize_name,
    normalize_names,
    village_key,
)
from desktop.ledger.report import ImportReport
from desktop.ledger.values import normalize_value, value_type
from exports.excel.sheet_grid import col_letter
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


@dataclass
class ImportPlan:
    report: ImportReport
    kind: str
    fields: list[str]
    entities: list[PlannedEntity]
    changes: list[tuple[PlannedEntity, str, str | None, str, int]]  # entity, field, old, new, row
    conflicts: list[tuple[PlannedEntity, str, list[dict[str, Any]]]]


@dataclass(slots=True)
class _Row:
    excel_row: int
    values: Mapping[str, str]
    key: Any
    raw_key: str


@dataclass(slots=True)
class _Parsed:
    """A return's rows after normalisation, column-wise.

    A row whose key was plainly valid as written (the usual 18-character ID number) is only a position
    in `keyed`, its key in `keys`: no row or key object is made for it unless resolving needs one.
    """

    columns: dict[str, Sequence]
    excel_rows: list[int]
    keys: list[str | None]  # each row's valid key, else None
    keyed: list[int]  # positions of the rows with a valid key, in order
    made: dict[int, _Row]  # rows with a valid key that needed the full key rules, by position
    unkeyed: list[_Row]  # rows without a valid key, in order

    def row(self, position: int) -> _Row:
        row = self.made.get(position)
        if row is None:
            key = self.keys[position]
            row = _Row(
                self.excel_rows[position],
                RowView(self.columns, position),
                KeyResult(key, True, "ok", key),
                key,
            )
        return row


_MOBILE = re.compile(r"1[3-9]\d{9}")
_FULL_WIDTH = re.compile(r"[\uff00-\uffef]")
_PLAIN_CODE = re.compile(r"[0-9A-Za-z]+")


def _already_clean(value_kind: str, raw: object) -> str | None:
    """The cell itself when it is already in stored form; None when it needs the full rules.

    Most cells of a big return are plain (张伟, 13800138000, 6228…): answering them here keeps a
    50,000-row import close to the time it takes to read the file.
    """
    if raw.__class__ is str:
        if raw in PLACEHOLDERS or not raw.isprintable() or raw.strip() != raw or "  " in raw:
            return None
        if value_kind == "text":
            return raw if not _FULL_WIDTH.search(raw) and raw not in EXCEL_ERRORS else None
        if value_kind == "code":
            return raw if _PLAIN_CODE.fullmatch(raw) else None
        if value_kind == "phone":
            return raw if _MOBILE.fullmatch(raw) else None
        return None
    if value_kind == "phone" and raw.__class__ in (int, float) and 13000000000 <= raw < 20000000000:
        number = int(raw)
        return str(number) if number == raw and _MOBILE.fullmatch(str(number)) else None
    return None


_SPACE_AT_EDGE_OR_DOUBLE = re.compile(r"^ | $|  ", re.MULTILINE)
_WHOLE = {
    "code": re.compile(r"[0-9A-Za-z]+(?:\n[0-9A-Za-z]+)*"),
    "phone": re.compile(r"1[3-9]\d{9}(?:\n1[3-9]\d{9})*"),
}


def _clean_strings(value_kind: str, strings: set[str] | list[str]) -> set[str]:
    """The strings that _already_clean passes unchanged, tested a whole column's distinct values at once."""
    candidates = strings if isinstance(strings, set) else set(strings)  # read, never changed
    if "" in candidates:
        candidates = candidates - {""}
    if not candidates:
        return set()
    # First the whole column in a few C-level calls: when every string passes, only the placeholders
    # and Excel errors are left to take out. Strings are joined with a newline, which no clean string
    # holds (a newline is not printable, and the code and phone patterns exclude it), so no test below
    # can match across two strings.
    if value_kind == "text":
        if "".join(candidates).isprintable():  # now the only whitespace left is the plain space
            joined = "\n".join(candidates)
            if not _SPACE_AT_EDGE_OR_DOUBLE.search(joined) and not _FULL_WIDTH.search(joined):
                return _without(candidates, PLACEHOLDERS, EXCEL_ERRORS)
    elif value_kind in _WHOLE:
        joined = "\n".join(candidates)
        if joined.count("\n") == len(candidates) - 1 and _WHOLE[value_kind].fullmatch(joined):
            return _without(candidates, PLACEHOLDERS)
    if value_kind == "text":
        search = _FULL_WIDTH.search
        return {
            raw
            for raw in strings
            if raw
            and raw.isprintable()
            and raw.strip() == raw
            and "  " not in raw
            and raw not in PLACEHOLDERS
            and raw not in EXCEL_ERRORS
            and not search(raw)
        }
    pattern = {"code": _PLAIN_CODE, "phone": _MOBILE}.get(value_kind)
    if pattern is None:
        return set()
    # Letters and digits only: printable, nothing to strip, no double space.
    return {raw for raw in strings if pattern.fullmatch(raw) and raw not in PLACEHOLDERS}


def _without(strings: set[str], *excluded: frozenset[str] | set[str]) -> set[str]:
    """`strings` minus `excluded`; the same set, not a copy, when it holds none of them (the usual case:
    a column of 50,000 names is not copied twice to take out placeholders it does not contain)."""
    if all(strings.isdisjoint(words) for words in excluded):
        return strings
    return strings.difference(*excluded)


def _clean_phone_numbers(values: set) -> dict:
    """Mobile numbers Excel stored as numbers, each with the text _already_clean gives it."""
    # A whole number from 13000000000 up to 19999999999 is written as 11 digits starting 13 to 19: the
    # mobile pattern 1[3-9] + 9 digits, without testing each text against it.
    numbers = [raw for raw in values if raw.__class__ in (int, float) and 13000000000 <= raw < 20000000000]
    whole = list(map(int, numbers))
    # Only whole numbers (15000000000.0 yes, 15000000000.5 no), each tested and written in C.
    return dict(compress(zip(numbers, map(str, whole), strict=True), map(eq, whole, numbers)))


def _normalize_cell(value_kind: str, unit: str, raw: object, is_name: bool) -> tuple[str | None, bool, str]:
    """(stored value or None for blank, valid, reason for the clerk)."""
    clean = _already_clean(value_kind, raw)
    if clean is not None:
        return (normalize_name(clean) if is_name else clean), True, ""
    result = normalize_value(value_kind, raw, unit=unit or None)
    if result.value is None:
        return None, True, ""
    if not result.valid:
        return result.value, False, result.message_zh or result.reason
    return (normalize_name(result.value) if is_name else result.value), True, ""


def is_person_name(catalog_field: Field) -> bool:
    """Fields that hold someone's name: 王 珍 and 王珍 are the same value."""
    return catalog_field.type == "text" and (
        "姓名" in catalog_field.name_zh
        or catalog_field.id.endswith((".name", "_name", ".household_head", ".legal_rep"))
        and catalog_field.entity != "enterprise"
    )


def _is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _cache_key(raw: object) -> object:
    # 1, 1.0 and True are equal as dict keys but may read differently (TRUE vs 1): keep types apart.
    return raw if raw.__class__ is str else (raw.__class__, raw)


def _invalid_cell(excel_row: int, col: int, field_id: str, value: object, reason: str) -> dict[str, Any]:
    return {
        "row": excel_row,
        "column": col_letter(col),
        "field": field_id,
        "value": str(value),
        "reason": reason,
    }


class _Columns(dict):
    """field id → a column of stored values (None: blank or invalid), one cell per parsed row; `blanks`
    holds the number of None cells of the columns where parsing counted them already."""

    __slots__ = ("blanks",)

    def __init__(self) -> None:
        super().__init__()
        self.blanks: dict[str, int] = {}


class RowView(Mapping):
    """One row's normalised values, read from the parsed columns without building a dict per row."""

    __slots__ = ("columns", "index")

    def __init__(self, columns: dict[str, list], index: int) -> None:
        self.columns = columns
        self.index = index

    def __getitem__(self, field_id: str) -> str:
        value = self.columns[field_id][self.index]
        if value is None:
            raise KeyError(field_id)
        return value

    def get(self, field_id: str, default=None):
        column = self.columns.get(field_id)
        value = column[self.index] if column is not None else None
        return default if value is None else value

    def __iter__(self):
        index = self.index
        return (f for f, column in self.columns.items() if column[index] is not None)

    def __len__(self) -> int:
        index = self.index
        return sum(1 for column in self.columns.values() if column[index] is not None)

    def in_order(self, field_ids: list[str]) -> list[str | None]:
        index, columns = self.index, self.columns
        return [columns[f][index] if f in columns else None for f in field_ids]


def _plain_names(names: set[str]) -> bool:
    """True when every name is non-empty and its own normal form (plain Chinese or Latin letters)."""
    return "" not in names and names_are_normal(names)


def _all_keys_differ(tables: list[Sequence], key_col: int | None) -> bool:
    """True when no two rows hold equal cells in the key column (the usual return: one ID per row)."""
    if key_col is None or not tables or min(map(len, tables)) < key_col:
        return False
    keys = list(map(itemgetter(key_col - 1), tables))
    return len(set(keys)) == len(keys)


def _drop_duplicates(
    excel_rows: list[int], tables: list[tuple], duplicates: list[list[int]]
) -> tuple[list[int], list[tuple]]:
    """The rows that do not repeat an earlier row cell for cell; each repeat goes to `duplicates`."""
    seen: dict[tuple, int] = {}
    kept_rows: list[int] = []
    kept: list[tuple] = []
    for excel_row, signature in zip(excel_rows, tables, strict=True):
        first = seen.get(signature)
        if first is not None:
            duplicates.append([first, excel_row])
            continue
        seen[signature] = excel_row
        kept_rows.append(excel_row)
        kept.append(signature)
    return kept_rows, kept


def _parse_rows(
    rows: Iterable[tuple[int, list]],
    stored: list,
    key_field: str | None,
    key_col: int | None,
    kind: str,
    report: ImportReport,
) -> _Parsed:
    """Drop exact duplicate rows, then normalise column by column: each distinct value once."""
    read = list(rows)
    report.rows += len(read)
    excel_rows: list[int] = list(map(itemgetter(0), read))
    tables: list[Sequence] = list(map(itemgetter(1), read))
    del read
    if not _all_keys_differ(tables, key_col):  # rows whose keys all differ cannot repeat each other
        signatures = list(map(tuple, tables))  # a row's signature: all its cells
        if len(set(signatures)) != len(signatures):  # one C-level pass; the usual return repeats no row
            excel_rows, tables = _drop_duplicates(excel_rows, signatures, report.duplicates)
    width = max(map(len, tables), default=0)
    if len(set(map(len, tables))) > 1:
        tables = [v if len(v) == width else (*v, *[None] * (width - len(v))) for v in tables]
    by_column = list(zip(*tables, strict=True))  # one C-level transpose, not a Python pass per column
    columns = _Columns()
    for col, field_id, catalog_field, unit in stored:
        if field_id == key_field or col > width:
            continue
        value_kind, is_name = value_type(catalog_field), is_person_name(catalog_field)
        raw_column = by_column[col - 1]
        distinct = set(raw_column)
        types = set(map(type, distinct))
        if bool not in types and (True in distinct or False in distinct):  # a 1 or 0 may hide a TRUE
            types = set(map(type, raw_column))
        if bool in types:  # True == 1 as a dict key: keep types apart
            cells = [
                _BLANK_CELL if _is_blank(x) else _normalize_cell(value_kind, unit, x, is_name)
                for x in raw_column
            ]
            columns[field_id] = [cell[0] if cell[1] else None for cell in cells]
            bad_positions = [position for position, cell in enumerate(cells) if not cell[1]]
            reasons = [cells[position][2] for position in bad_positions]
        else:
            had_none = None in distinct
            distinct.discard(None)
            only_text = types <= {str, type(None)}
            letters = is_name and value_kind == "text" and only_text and _plain_names(distinct)
            if letters:  # letters only: printable, no space, no full-width form — clean text already
                clean = _without(distinct, PLACEHOLDERS, EXCEL_ERRORS)
            else:
                clean = _clean_strings(
                    value_kind, distinct if only_text else [r for r in distinct if r.__class__ is str]
                )
            if only_text and len(clean) == len(distinct) and (not is_name or letters):
                # Every cell is blank (None) or already in stored form: the column is stored as read.
                columns[field_id] = raw_column
                # Its blanks counted now, while it is known whether there are any: counting them later
                # would read 50,000 separate strings rather than a few shared ones.
                columns.blanks[field_id] = raw_column.count(None) if had_none else 0
                continue
            numbers = _clean_phone_numbers(distinct) if value_kind == "phone" and not only_text else {}
            lookup = {
                raw: _normalize_cell(value_kind, unit, raw, is_name)
                for raw in distinct.difference(clean, numbers)
                if not _is_blank(raw)
            }
            stored_values = normalize_names(clean) if is_name else dict(zip(clean, clean, strict=True))
            stored_values.update(numbers)
            stored_values.update((raw, cell[0]) for raw, cell in lookup.items() if cell[1])
            columns[field_id] = list(map(stored_values.get, raw_column))  # blank and invalid cells: None
            bad = {raw: cell[2] for raw, cell in lookup.items() if not cell[1]}
            bad_positions = [position for position, raw in enumerate(raw_column) if raw in bad] if bad else []
            reasons = [bad[raw_column[position]] for position in bad_positions]
        for position, reason in zip(bad_positions, reasons, strict=True):
            report.invalid.append(
                _invalid_cell(excel_rows[position], col, field_id, raw_column[position], reason)
            )
    if key_field is None or key_col is None:
        unkeyed = [
            _Row(excel_row, RowView(columns, position), None, "")
            for position, excel_row in enumerate(excel_rows)
        ]
        return _Parsed(columns, excel_rows, [None] * len(tables), [], {}, unkeyed)
    raw_keys = by_column[key_col - 1] if key_col <= width else [None] * len(tables)
    key_values = plainly_valid_keys(kind, key_field, raw_keys)  # None: the full rules decide below
    columns[key_field] = key_values
    made: dict[int, _Row] = {}
    unkeyed: list[_Row] = []
    for position in [p for p, value in enumerate(key_values) if value is None]:
        raw = raw_keys[position]
        key = normalize_key(kind, key_field, raw)
        raw_key = "" if _is_blank(raw) else (getattr(key, "cleaned", "") or str(raw).strip())
        row = _Row(excel_rows[position], RowView(columns, position), key, raw_key)
        if key.valid:
            key_values[position] = key.value
            made[position] = row
            continue
        if raw_key:
            report.invalid.append(
                _invalid_cell(
                    excel_rows[position],
                    key_col,
                    key_field,
                    raw_key,
                    getattr(key, "message_zh", "") or key.reason,
                )
            )
        unkeyed.append(row)
    keyed = [p for p, value in enumerate(key_values) if value is not None]
    return _Parsed(columns, excel_rows, key_values, keyed, made, unkeyed)


_BLANK_CELL = (None, True, "")


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
    parsed = _parse_rows(rows, stored, key_field, key_col, kind, report)
    resolver = _Resolver(kind, ledger, report, frozenset(not_same))
    entities = resolver.resolve(parsed)
    plan = ImportPlan(report, kind, [fid for _, fid, _, _ in stored], entities, [], [])
    _compare_with_ledger(plan, ledger)
    return plan


class _Resolver:
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

    def resolve(self, parsed: _Parsed) -> list[PlannedEntity]:
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

    def _to_confirm(self, row: _Row, entity: PlannedEntity, how: str, same: bool, **extra: Any) -> None:
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

    def _flagged_twin(self, row: _Row, label_field: str) -> PlannedEntity | None:
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

    def _attach(self, entity: PlannedEntity, row: _Row, label_field: str, matchable: bool = True) -> None:
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

    def _person_match(self, row: _Row) -> str | None:
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


def _compare_with_ledger(plan: ImportPlan, ledger: LedgerRepository) -> None:
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
