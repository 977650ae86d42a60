"""Which column identifies a row's entity, and how rows without a usable key find theirs."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.ledger.keys import (
    normalize_code,
    normalize_credit_code,
    normalize_id_number,
    plainly_valid_id_numbers,
    village_key,
)

# The field that keys each entity kind, in order of preference.
KEY_FIELDS = {
    "person": ("person.id_number",),
    "household": ("household.household_no", "household.head_id_number"),
    "village": ("village.name",),
    "enterprise": ("enterprise.credit_code",),
}
LABEL_FIELDS = {
    "person": "person.name",
    "household": "household.head_name",
    "village": "village.name",
    "enterprise": "enterprise.name",
}
LEDGER_KINDS = tuple(KEY_FIELDS)


def is_ledger_fact(field_id: str) -> bool:
    """序号 and 备注 belong to one form, not to the person: they are never stored as facts."""
    return not field_id.startswith("meta.") and not field_id.endswith(".remarks")


def normalize_key(kind: str, field_id: str, raw: object):
    """The KeyResult (value, valid, reason, cleaned) of the key column of `kind`."""
    if field_id.endswith("id_number"):
        return normalize_id_number(raw)
    if field_id == "enterprise.credit_code":
        return normalize_credit_code(raw)
    return normalize_code(village_key(str(raw)) if kind == "village" and raw is not None else raw)


def plainly_valid_keys(kind: str, field_id: str, raws: Sequence[object]) -> list[str | None]:
    """The key of each cell that is valid exactly as written, found quickly; None for every other cell
    (blank, invalid, or needing normalize_key's full rules). Only ID numbers have such a quick test."""
    if field_id.endswith("id_number"):
        return plainly_valid_id_numbers(raws)
    return [None] * len(raws)


def near_miss(a: str, b: str) -> bool:
    """True when two keys of equal length differ by one character or one swap of neighbours."""
    if len(a) != len(b) or a == b:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diffs) == 1:
        return True
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and a[diffs[0]] == b[diffs[1]]
        and a[diffs[1]] == b[diffs[0]]
    )
