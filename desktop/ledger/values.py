"""Cell values → the canonical text the ledger stores, by catalog field type.

``normalize_value(field_type, raw)`` dispatches on the type; everything comes back as text (ID
numbers and codes always so, never numbers). A value that cannot be made canonical is kept as
cleaned text with ``valid=False`` and a short Chinese message for the clerk.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Protocol

from desktop.ledger.cells import (
    BLANK,
    ValueResult,
    bad,
    clean_text,
    excel_error,
    is_blank,
    ok,
)
from desktop.ledger.dates import parse_date
from desktop.ledger.keys import normalize_code, normalize_credit_code, normalize_id_number
from desktop.ledger.numbers import NUMERIC_TYPES, parse_number
from desktop.ledger.phones import parse_phone
from desktop.ledger.template_style import detect_style, format_for_template
from desktop.ledger.village_groups import village_group

__all__ = [
    "VALUE_TYPES",
    "ValueResult",
    "detect_style",
    "format_for_template",
    "normalize_value",
    "value_type",
]

VALUE_TYPES = (
    "text",
    "code",
    "enum",
    "gender",
    "yesno",
    "date",
    "phone",
    "id_number",
    "credit_code",
    "village_group",
    *NUMERIC_TYPES,
)
"""Types normalize_value knows: the catalog's, plus ``gender`` and ``yesno`` for enum fields and
``village_group`` for the 村民小组 text field."""

TYPE_ALIASES = {"bool": "yesno", "boolean": "yesno", "yes_no": "yesno", "int": "integer", "float": "number"}

YES = frozenset({"是", "√", "✓", "✔", "☑", "Y", "YES", "有", "TRUE", "T", "1", "对", "是的"})
NO = frozenset({"否", "×", "✗", "✘", "☒", "N", "NO", "无", "FALSE", "F", "0", "不是", "没有", "错"})
_CHECK_MARKS = {"√": "是", "✓": "是", "✔": "是", "☑": "是", "×": "否", "✗": "否", "✘": "否", "☒": "否"}
GENDER = {
    "男": "男",
    "女": "女",
    "男性": "男",
    "女性": "女",
    "M": "男",
    "F": "女",
    "MALE": "男",
    "FEMALE": "女",
}
GENDER_CODES = {"1": "男", "2": "女"}
"""GB/T 2261.1 codes, as systems export them."""

_NONE_IS_BLANK = frozenset({"date", "phone", "id_number", "credit_code", "code"})


class FieldLike(Protocol):
    """What value_type needs of a catalog field (desktop.catalog.fields.Field fits)."""

    id: str
    type: str
    name_zh: str


def value_type(field: FieldLike | str) -> str:
    """The value type of a catalog field: its type, but ``gender`` for 性别 and ``yesno`` for 是否 enums,
    and ``village_group`` for 村民小组."""
    if isinstance(field, str):
        return TYPE_ALIASES.get(field, field)
    kind = TYPE_ALIASES.get(field.type, field.type)
    if kind == "text" and field.id.endswith(".village_group"):
        return "village_group"  # 2组, 二组, 第二组 and 2 are one group
    if kind == "enum":
        terms: Iterable[str] = (field.name_zh, *getattr(field, "synonyms", ()))
        if field.id.endswith(".gender") or field.name_zh == "性别":
            return "gender"
        if any("是否" in term for term in terms):
            return "yesno"
    return kind


def _text_of(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    if isinstance(raw, datetime) and raw.time() == datetime.min.time():
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    return clean_text(str(raw))


def _yesno(raw: object) -> ValueResult:
    if isinstance(raw, bool):
        return ok("是" if raw else "否")
    word = _text_of(raw).upper()
    if word in YES:
        return ok("是")
    if word in NO:
        return ok("否")
    return bad(_text_of(raw), "yesno", f"“{_text_of(raw)}”不是“是/否”")


def _gender(raw: object) -> ValueResult:
    word = _text_of(raw).upper()
    if word in GENDER or word in GENDER_CODES:
        return ok(GENDER.get(word) or GENDER_CODES[word])
    return bad(_text_of(raw), "gender", f"性别“{_text_of(raw)}”应为男或女")


def _enum(raw: object) -> ValueResult:
    text = _text_of(raw)
    # Unambiguous spellings only: √/× always mean 是/否, 男性/女性 always 男/女.
    return ok(_CHECK_MARKS.get(text) or {"男性": "男", "女性": "女"}.get(text) or text)


def _key(result, converted: bool = False) -> ValueResult:
    if result.valid:
        if converted:
            return ok(result.value, "from_15_digit", f"已把15位身份证号升为18位：{result.value}")
        return ok(result.value)
    return bad(result.cleaned, result.reason, result.message_zh)


def normalize_value(field_type: FieldLike | str, raw: object, *, unit: str | None = None) -> ValueResult:
    """One cell → :class:`ValueResult` for a field of this type (or this catalog field).

    ``field_type`` is a type name from :data:`VALUE_TYPES` (unknown types are text) or a catalog
    field, whose 性别/是否 enums then get gender/yes-no handling. ``unit`` is the column's unit
    for numbers (``万元``, ``（亩）``). Blank cells and placeholders (``/``, ``——``; and ``无``
    for dates, phones and keys) give a blank result, which is valid.
    """
    kind = value_type(field_type)
    if is_blank(raw, none_words=kind in _NONE_IS_BLANK):
        return BLANK
    if error := excel_error(raw):
        return error
    if kind == "date":
        return parse_date(raw)
    if kind == "yesno":
        return _yesno(raw)
    if kind == "gender":
        return _gender(raw)
    if kind == "phone":
        return parse_phone(raw)
    if kind == "id_number":
        result = normalize_id_number(raw)
        return _key(result, result.converted_from_15)
    if kind == "credit_code":
        return _key(normalize_credit_code(raw))
    if kind == "code":
        return _key(normalize_code(raw))
    if kind in NUMERIC_TYPES:
        return parse_number(kind, raw, unit)
    if kind == "enum":
        return _enum(raw)
    if kind == "village_group" and (group := village_group(raw)):
        return ok(group)
    text = _text_of(raw)
    return ok(text) if text else BLANK
