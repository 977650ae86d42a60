"""Row parsing: a return's rows → the stored value of each mapped field, column by column.

Each distinct cell of a column is normalised once (a 50,000-row return repeats most of its values), exact
duplicate rows are dropped, and each row's key is checked. Nothing here reads or writes the ledger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import eq, itemgetter
from typing import Any

from desktop.catalog.fields import Field
from desktop.ledger.cells import EXCEL_ERRORS, NOTED_REASONS, PLACEHOLDERS
from desktop.ledger.entity_rules import normalize_key, plainly_valid_keys
from desktop.ledger.keys import KeyResult, names_are_normal, normalize_name, normalize_names
from desktop.ledger.report import ImportReport
from desktop.ledger.values import normalize_value, value_type
from exports.excel.sheet_grid import col_letter


@dataclass(slots=True)
class Row:
    excel_row: int
    values: Mapping[str, str]
    key: Any
    raw_key: str


@dataclass(slots=True)
class ParsedRows:
    """A return's rows after normalisation, column-wise.

    A row whose key was plainly valid as written (the usual 18-character ID number) is only a position
    in `keyed`, its key in `keys`: no row or key object is made for it unless resolving needs one.
    """

    columns: dict[str, Sequence]
    excel_rows: list[int]
    keys: list[str | None]  # each row's valid key, else None
    keyed: list[int]  # positions of the rows with a valid key, in order
    made: dict[int, Row]  # rows with a valid key that needed the full key rules, by position
    unkeyed: list[Row]  # rows without a valid key, in order

    def row(self, position: int) -> Row:
        row = self.made.get(position)
        if row is None:
            key = self.keys[position]
            row = Row(
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


_BLANK_CELL = (None, True, "")  # what _normalize_cell gives a blank cell


def _normalize_cell(value_kind: str, unit: str, raw: object, is_name: bool) -> tuple[str | None, bool, str]:
    """(stored value or None for blank, valid, reason for the clerk: why it is invalid, or for a valid
    cell that held more than its value, the note that keeps the rest)."""
    clean = _already_clean(value_kind, raw)
    if clean is not None:
        return (normalize_name(clean) if is_name else clean), True, ""
    result = normalize_value(value_kind, raw, unit=unit or None)
    if result.value is None:
        return None, True, ""
    if not result.valid:
        return result.value, False, result.message_zh or result.reason
    note = result.message_zh if result.reason in NOTED_REASONS else ""
    return (normalize_name(result.value) if is_name else result.value), True, note


def is_person_name(catalog_field: Field) -> bool:
    """Fields that hold someone's name: 王 珍 and 王珍 are the same value."""
    return catalog_field.type == "text" and (
        "姓名" in catalog_field.name_zh
        or catalog_field.id.endswith((".name", "_name", ".household_head", ".legal_rep"))
        and catalog_field.entity != "enterprise"
    )


def _is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _cell(excel_row: int, col: int, field_id: str, value: object, **more: object) -> dict[str, Any]:
    """A cell as the report lists it: an invalid one with its `reason`, a noted one with `stored` and `note`."""
    return {"row": excel_row, "column": col_letter(col), "field": field_id, "value": str(value), **more}


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


def parse_rows(
    rows: Iterable[tuple[int, list]],
    stored: list,
    key_field: str | None,
    key_col: int | None,
    kind: str,
    report: ImportReport,
) -> ParsedRows:
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
            notes = {position: cell[2] for position, cell in enumerate(cells) if cell[1] and cell[2]}
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
            noted = {raw: cell[2] for raw, cell in lookup.items() if cell[1] and cell[2]}
            notes = {p: noted[raw] for p, raw in enumerate(raw_column) if raw in noted} if noted else {}
        for position, reason in zip(bad_positions, reasons, strict=True):
            report.invalid.append(
                _cell(excel_rows[position], col, field_id, raw_column[position], reason=reason)
            )
        for position, note in notes.items():  # valid cells that held more than their value
            stored_value = columns[field_id][position]
            report.notes.append(
                _cell(
                    excel_rows[position], col, field_id, raw_column[position], stored=stored_value, note=note
                )
            )
    if key_field is None or key_col is None:
        unkeyed = [
            Row(excel_row, RowView(columns, position), None, "")
            for position, excel_row in enumerate(excel_rows)
        ]
        return ParsedRows(columns, excel_rows, [None] * len(tables), [], {}, unkeyed)
    raw_keys = by_column[key_col - 1] if key_col <= width else [None] * len(tables)
    key_values = plainly_valid_keys(kind, key_field, raw_keys)  # None: the full rules decide below
    columns[key_field] = key_values
    made: dict[int, Row] = {}
    unkeyed: list[Row] = []
    for position in [p for p, value in enumerate(key_values) if value is None]:
        raw = raw_keys[position]
        key = normalize_key(kind, key_field, raw)
        raw_key = "" if _is_blank(raw) else (getattr(key, "cleaned", "") or str(raw).strip())
        row = Row(excel_rows[position], RowView(columns, position), key, raw_key)
        if key.valid:
            key_values[position] = key.value
            made[position] = row
            continue
        if raw_key:
            report.invalid.append(
                _cell(
                    excel_rows[position],
                    key_col,
                    key_field,
                    raw_key,
                    reason=getattr(key, "message_zh", "") or key.reason,
                )
            )
        unkeyed.append(row)
    keyed = [p for p, value in enumerate(key_values) if value is not None]
    return ParsedRows(columns, excel_rows, key_values, keyed, made, unkeyed)
