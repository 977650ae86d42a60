"""Masking personal numbers for the screen and for printouts: 511623********1234, 138****8000.

A clerk's screen is seen by visitors at the counter; ID numbers, phones and bank accounts are shown
masked unless the clerk asks for the full text. Masking works on the text as stored (canonical values
from the ledger) and tolerates anything else: a value that does not look like a number is left alone
when it is short, and masked in the middle otherwise.
"""

from __future__ import annotations

import re

MASK = "*"
_ID_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9]{14,17}[0-9Xx](?![0-9A-Za-z])")
_DIGIT_RUN = re.compile(r"[0-9][0-9 -]{5,}[0-9]")

# Field types (catalog `Field.type`) whose values are personal numbers.
SENSITIVE_TYPES = ("id_number", "phone")
# Field ids that hold account numbers though their type is a plain code.
SENSITIVE_SUFFIXES = ("bank_account", "card_no", "social_security_no")


def mask_middle(text: str, head: int, tail: int) -> str:
    """Keep `head` characters at the start and `tail` at the end, one star for each one hidden."""
    if len(text) <= head + tail:
        return text
    return text[:head] + MASK * (len(text) - head - tail) + text[len(text) - tail :]


def mask_id_number(text: str | None) -> str:
    """Citizen ID: region code and last four kept (511623********1234; 15 digits: 511623*****1234)."""
    value = (text or "").strip()
    if not value:
        return ""
    if len(value) >= 15:
        return mask_middle(value, 6, 4)
    if len(value) >= 8:  # a mistyped or partial number: still hide the birth date part
        return mask_middle(value, 3, 2)
    return MASK * len(value)


def mask_phone(text: str | None) -> str:
    """Mobile: 138****8000. Landline with area code: 0817-***4567. Short numbers: last two kept."""
    value = (text or "").strip()
    if not value:
        return ""
    digits = sum(ch.isdigit() for ch in value)
    if "-" in value[1:]:
        area, _, number = value.partition("-")
        return f"{area}-{mask_middle(number, 0, 4) if len(number) > 4 else number}"
    if digits >= 11:
        return mask_middle(value, 3, 4)
    if digits >= 7:
        return mask_middle(value, 0, 4)
    return mask_middle(value, 0, 2)


def mask_account(text: str | None) -> str:
    """Bank cards and similar account numbers: first four and last four kept."""
    value = (text or "").strip()
    if len(value) >= 12:
        return mask_middle(value, 4, 4)
    return mask_middle(value, 0, 4) if len(value) > 4 else value


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
