"""The ledger (台账): one current record per person, household, village and enterprise.

This package's value layer is pure (no Qt, no SQL): ``keys`` makes entity keys canonical,
``values`` makes every other cell canonical text and formats it back for a template.
"""

from __future__ import annotations

from desktop.ledger.cells import ValueResult
from desktop.ledger.keys import (
    IdResult,
    KeyResult,
    birth_date_from_id,
    gender_from_id,
    household_key,
    key_text,
    normalize_code,
    normalize_credit_code,
    normalize_id_number,
    normalize_name,
    person_match_key,
    village_key,
)
from desktop.ledger.values import VALUE_TYPES, detect_style, format_for_template, normalize_value, value_type

__all__ = [
    "VALUE_TYPES",
    "IdResult",
    "KeyResult",
    "ValueResult",
    "birth_date_from_id",
    "detect_style",
    "format_for_template",
    "gender_from_id",
    "household_key",
    "key_text",
    "normalize_code",
    "normalize_credit_code",
    "normalize_id_number",
    "normalize_name",
    "normalize_value",
    "person_match_key",
    "value_type",
    "village_key",
]
