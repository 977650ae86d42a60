"""Masking personal numbers for the screen and for printouts: 511623********1234, 138****8000.

A clerk's screen is seen by visitors at the counter; ID numbers, phones and bank accounts are shown
masked unless the clerk asks for the full text. Masking works on the text as stored (canonical values
from the ledger) and tolerates anything else: a value that does not look like a number is left alone
when it is short, and masked in the middle otherwise.
"""

from __future__ import annotations

import re

# One masking rule for screen and print: the exports module holds it, the UI reuses it.
from exports.masking_text import (  # noqa: F401
    MASK,
    mask_account,
    mask_id_number,
    mask_middle,
    mask_phone,
    mask_sensitive,
)

_ID_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9]{14,17}[0-9Xx](?![0-9A-Za-z])")
_DIGIT_RUN = re.compile(r"[0-9][0-9 -]{5,}[0-9]")
# A personal number inside any text, found by its shape alone: an ID number, a mobile, a landline with its
# area code, a bank card (grouped by fours or not). Amounts, dates and counts do not have these shapes.
_PERSONAL_RUN = re.compile(
    r"(?<![0-9A-Za-z.])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}"
    r"|[0-9]{12,19}|[0-9]{4}(?: [0-9]{4}){2,3}(?: [0-9]{1,3})?"
    r"|[0-9]\.[0-9]{6,}[eE]\+?1[1-9])(?![0-9A-Za-z.])"  # last: a long number Excel stored as a float
)

# Field types (catalog `Field.type`) whose values are personal numbers.
SENSITIVE_TYPES = ("id_number", "phone")
# Field ids that hold account numbers though their type is a plain code.
SENSITIVE_SUFFIXES = ("bank_account", "card_no", "social_security_no")


def looks_like_id_number(text: str | None) -> bool:
    value = (text or "").strip().upper()
    return len(value) in (15, 18) and value[:-1].isdigit() and (value[-1].isdigit() or value[-1] == "X")


def is_sensitive(field_id: str, field_type: str | None) -> bool:
    """Whether a field's values are masked on screen."""
    return field_type in SENSITIVE_TYPES or field_id.endswith(SENSITIVE_SUFFIXES)


def mask_value(field_id: str, field_type: str | None, value: str | None) -> str:
    """A ledger value as shown while masking is on; values of other fields pass unchanged."""
    if value is None:
        return ""
    if field_type == "id_number" or field_id.endswith("id_number"):
        return mask_id_number(value)
    if field_type == "phone" or field_id.endswith("phone"):
        return mask_phone(value)
    if field_id.endswith(SENSITIVE_SUFFIXES):
        return mask_account(value)
    return value


def mask_key(kind: str, key: str | None) -> str:
    """An entity's key as shown while masking is on: ID numbers (persons, some households) are masked;
    village names and enterprise credit codes are public and stay as they are."""
    if not key:
        return ""
    if kind == "person" or looks_like_id_number(key):
        return mask_id_number(key)
    return key


def mask_in_text(field_id: str, field_type: str | None, text: str | None, raw: str | None = None) -> str:
    """A message about a value (“5116231977…校验码不符”) with the personal numbers in it masked.

    `raw`, the value as written, is masked wherever it appears; other long digit runs are masked by the
    field's kind. Messages about fields that are not sensitive pass unchanged.
    """
    message = text or ""
    if not is_sensitive(field_id, field_type):
        return message
    if raw and len(raw.strip()) >= 4:
        message = message.replace(raw.strip(), mask_value(field_id, field_type, raw.strip()))
    message = _ID_RUN.sub(lambda m: mask_id_number(m.group()), message)
    return _DIGIT_RUN.sub(lambda m: mask_value(field_id, field_type, m.group()), message)


def mask_personal_numbers(text: str | None) -> str:
    """Any text (a cell of a sheet nobody mapped yet) with the ID numbers, phones and bank accounts in it
    masked, each found by its shape and masked by the one rule (`mask_sensitive`)."""
    return _PERSONAL_RUN.sub(lambda m: mask_sensitive(m.group()), text or "")
