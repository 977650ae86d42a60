"""Stored ledger values → the cells a department's template expects, for filling it.

The column's header says how to write its values where it does (:mod:`desktop.intake.value_formats`:
出生年月（格式：1980.01）, 性别（1-男 2-女）, 是否脱贫（是打√）, 收入（万元）); otherwise the template's
example row (and its dropdown lists) show each column's style (1985.03.02, √/×). ``cell_writer``
turns a stored value into that, converting units where the column's unit differs from the one the
ledger stores in (rounded to the header's decimals, or exact to the 元). ``derive`` works out age,
birth date and gender from the ID number when the ledger lacks them; ``office_values`` gives the
office's own area (市, 县, 乡镇, 区划代码) from its profile.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl.utils.cell import range_boundaries

from desktop.catalog.fields import Catalog
from desktop.intake.normalize import normalize_header
from desktop.intake.value_formats import ValueFormat
from desktop.ledger.keys import birth_date_from_id, gender_from_id
from desktop.ledger.values import format_for_template, normalize_value, value_type
from desktop.profile import OfficeProfile
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


_BASE_UNIT = {"money": "元", "area": "亩"}
"""The unit the ledger stores a field in when its catalog name names none (parse_number's default)."""


def cell_writer(
    catalog: Catalog, field_id: str, style: str, header: str, fmt: ValueFormat | None = None
) -> Callable[[str | None], object]:
    """A function writing one stored value of `field_id` into a column with this style, header and format.

    The header's format (`fmt`) wins over the example row's `style`: a date pattern, a yes/no pair,
    a code legend, a unit and its decimals.
    """
    fmt = fmt or ValueFormat()
    field = catalog.get(field_id)
    kind = value_type(field) if field else "text"
    field_unit = (normalize_header(field.name_zh).unit if field else "") or _BASE_UNIT.get(kind, "")
    column_unit = fmt.unit or normalize_header(header.rsplit("/", 1)[-1]).unit
    rounding = dataclasses.replace(fmt, unit=column_unit)
    if kind == "date" and fmt.date:
        style = fmt.date
    elif kind in ("yesno", "enum") and fmt.yesno:
        style = fmt.yesno

    def write(stored: str | None) -> object:
        if stored is None or stored == "":
            return None
        if field_id == "meta.area_code" and fmt.digits in (6, 9) and len(stored) == 12:
            return TextCell(stored[: fmt.digits])  # 行政区划代码（6位）: the county's part of the 12 digits
        if fmt.codes and (code := fmt.code_for(stored)) is not None:
            return int(code) if code.isdigit() and not code.startswith("0") else TextCell(code)
        converted_any = False
        if field_unit and column_unit and field_unit != column_unit:
            # Stored in the catalog field's unit (村集体经济收入 in 万元, income in 元); this column may want another.
            converted = normalize_value(kind, f"{stored}{field_unit}", unit=column_unit)
            if converted.valid and converted.value:
                stored, converted_any = converted.value, True
        if converted_any or fmt.decimals is not None:
            stored = rounding.round(stored)
        value = format_for_template(kind, stored, style)
        if value == "" and stored in ("是", "否"):
            return None  # 是打√: a 否 is left blank
        if isinstance(value, str) and kind in _KEEP_TEXT and value[:1].isdigit():
            return TextCell(value)
        return value

    return write


OFFICE_FIELDS = ("meta.city", "meta.county", "meta.township", "meta.area_code")
"""The office's own area: the same on every row, from the office profile."""
_OFFICE_SUFFIX = re.compile(r"(?:人民政府|政府|党委|办事处|党工委|便民服务中心|人民代表大会|人大)+$")


def township_name(profile: OfficeProfile) -> str:
    """白沙镇人民政府 → 白沙镇, 城关街道办事处 → 城关街道; '' for a county office."""
    if profile.office_type != "乡镇":
        return ""
    name = _OFFICE_SUFFIX.sub("", profile.name.strip())
    if profile.county and name.startswith(profile.county) and len(name) > len(profile.county):
        name = name[len(profile.county) :]  # 云溪县白沙镇 → 白沙镇
    return name


def office_values(profile: OfficeProfile | None) -> dict[str, str]:
    """meta.city / meta.county / meta.township / meta.area_code for every row, as far as the profile tells."""
    if profile is None:
        return {}
    values = {
        "meta.city": profile.city.strip(),
        "meta.county": profile.county.strip(),
        "meta.township": township_name(profile),
        "meta.area_code": profile.admin_code.strip(),
    }
    return {k: v for k, v in values.items() if v}


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
