"""Stored ledger values → the cells a department's template expects, for filling it.

The template's example row (and its dropdown lists) show each column's style (1985.03.02, √/×);
``cell_writer`` turns a stored value into that style, converting units where the column's unit
differs from the catalog field's. ``derive`` works out age, birth date and gender from the ID
number when the ledger lacks them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl.utils.cell import range_boundaries

from desktop.catalog.fields import Catalog
from desktop.intake.normalize import normalize_header
from desktop.ledger.keys import birth_date_from_id, gender_from_id
from desktop.ledger.values import format_for_template, normalize_value, value_type
from exports.excel.reader import Workbook, WorkbookReadError, read_validations
from storage.forms import FormTemplate


class TextCell:
    """A value to be written as text even when it looks like a number (2021.10 must not become 2021.1).

    fill_template turns digit strings into numbers but writes any value that is not a str, number
    or date as its text.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return str(other) == self.text if isinstance(other, TextCell | str) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.text)


_KEEP_TEXT = frozenset({"date", "id_number", "credit_code", "code", "phone"})


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def derive(values: dict[str, str | None], today: date) -> None:
    """Birth date and gender from the ID number where missing; age always from the birth date when known."""
    id_number = values.get("person.id_number")
    birth: date | None = None
    if values.get("person.birth_date"):
        try:
            birth = date.fromisoformat(str(values["person.birth_date"]))
        except ValueError:
            birth = None
    if id_number and birth is None:
        try:
            birth = birth_date_from_id(id_number)
        except (ValueError, IndexError, TypeError):
            birth = None
    if birth is not None:
        if not values.get("person.birth_date"):
            values["person.birth_date"] = birth.isoformat()
        values["person.age"] = str(_age(birth, today))  # a stored age is as old as its return
    if id_number and not values.get("person.gender"):
        with contextlib.suppress(ValueError, IndexError, TypeError):
            values["person.gender"] = gender_from_id(id_number)


def cell_writer(catalog: Catalog, field_id: str, style: str, header: str) -> Callable[[str | None], object]:
    """A function writing one stored value of `field_id` into a column with this style and header."""
    field = catalog.get(field_id)
    kind = value_type(field) if field else "text"
    field_unit = normalize_header(field.name_zh).unit if field else ""
    column_unit = normalize_header(header.rsplit("/", 1)[-1]).unit

    def write(stored: str | None) -> object:
        if stored is None or stored == "":
            return None
        if field_unit and column_unit and field_unit != column_unit:
            # Stored in the catalog field's unit (村集体经济收入 in 万元); this column may want 元.
            converted = normalize_value(kind, f"{stored}{field_unit}", unit=column_unit)
            if converted.valid and converted.value:
                stored = converted.value
        value = format_for_template(kind, stored, style)
        if isinstance(value, str) and kind in _KEEP_TEXT and value[:1].isdigit():
            return TextCell(value)
        return value

    return write


def column_samples(src: Path, template: FormTemplate) -> dict[int, list]:
    """Column → the template's example-row value and dropdown options (what the department expects)."""
    samples: dict[int, list] = {}
    example = template.layout.get("example_row")
    if example:
        try:
            with Workbook(src) as workbook:
                rows = workbook.grid(template.sheet, max_rows=int(example)).rows
        except WorkbookReadError:
            rows = []
        if len(rows) >= int(example):
            for index, value in enumerate(rows[int(example) - 1], start=1):
                if value not in (None, ""):
                    samples.setdefault(index, []).append(value)
    for validation in read_validations(src, template.sheet):
        for part in validation.ranges.split():
            try:
                first, _, last, _ = range_boundaries(part)
            except ValueError:
                continue
            for col in range(first or 1, (last or first or 1) + 1):
                samples.setdefault(col, []).extend(validation.options)
    return samples
