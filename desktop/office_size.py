"""Whether an office is big enough that the window should read its slow figures off the UI thread.

Measured on the generated office of benchmarks/load_office.py: from a few thousand items or some tens of
thousands of people in the ledger, a cycle list, the ledger's figures or a page of duplicate-request
badges take longer than a tenth of a second — long enough to freeze the window.
"""

from __future__ import annotations

from typing import Any

from storage.records import ItemFilter

BIG_OFFICE_ITEMS = 3_000
BIG_OFFICE_ENTITIES = 20_000


def is_big(office: Any) -> bool:
    """True from BIG_OFFICE_ITEMS items (archived ones included) or BIG_OFFICE_ENTITIES ledger entities."""
    if office.registry.count(ItemFilter(include_archived=True)) >= BIG_OFFICE_ITEMS:
        return True
    return sum(office.ledger.ledger.entity_counts().values()) >= BIG_OFFICE_ENTITIES
