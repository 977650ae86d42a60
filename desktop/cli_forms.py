"""`yibiao forms …`: duplicate requests between forms, and filling a form from the ledger."""

from __future__ import annotations


def register(commands, json_parent) -> None:
    """Sub-commands are added here by the overlaps and fill work."""
