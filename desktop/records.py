"""The plain records the core hands to the window: the window names them from here, never from storage/.

They are storage's dataclasses (frozen or plain, no behaviour of their own); the core re-exports them so that
the window depends on the core alone and storage can change its modules without touching ui/.
"""

from __future__ import annotations

from storage.ledger import EntityRow, HistoryRow
from storage.ledger_lookup import ConflictRow
from storage.records import Attachment, Item, ItemFilter, ProgressReport

__all__ = [
    "Attachment",
    "ConflictRow",
    "EntityRow",
    "HistoryRow",
    "Item",
    "ItemFilter",
    "ProgressReport",
]
