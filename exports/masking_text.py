"""Masking personal numbers in exported text: 110101********1234, 138****8000, 6222********1234.

The one masking rule: desktop/privacy/masking.py reuses these functions for the screen. `mask_sensitive` decides by
the value's shape, since an export knows only that a column holds "ID numbers / phones / bank accounts".
"""

from __future__ import annotations

MASK = "*"


def mask_middle(text: str, head: int, tail: int) -> str:
    """Keep `head` characters at the start and `tail` at the end, one star for each one hidden."""
    if len(text) <= head + tail:
        return text
    return text[:head] + MASK * (len(text) - head - tail) + text[len(text) - tail :]


def mask_id_number(text: str | None) -> str:
    """Citizen ID: region code and last four kept (110101********1234; 15 digits: 110101*****1234)."""
    value = (text or "").strip()
    if len(value) >= 15:
        return mask_middle(value, 6, 4)
    if len(value) >= 8:
        return mask_middle(value, 3, 2)
    return MASK * len(value)


def mask_phone(text: str | None) -> str:
    """Mobile: 138****8000. Landline with area code: 0817-***4567. Short numbers: last two kept."""
    value = (text or "").strip()
    if not value:
        return ""
    if "-" in value[1:]:
        area, _, number = value.partition("-")
        return f"{area}-{mask_middle(number, 0, 4) if len(number) > 4 else number}"
    digits = sum(ch.isdigit() for ch in value)
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


def _is_id_number(value: str) -> bool:
    return len(value) in (15, 18) and value[:-1].isdigit() and (value[-1].isdigit() or value[-1] in "Xx")


def mask_sensitive(text: str | None) -> str:
    """A cell of an ID / phone / account column, masked by what it looks like."""
    value = (text or "").strip()
    if not value:
        return ""
    if _is_id_number(value):
        return mask_id_number(value)
    compact = value.replace(" ", "").replace("-", "")
    if compact.startswith("1") and len(compact) == 11 and compact.isdigit():
        return mask_phone(compact)
    if "-" in value[1:] or len(compact) <= 11:
        return mask_phone(value)
    return mask_account(value)
