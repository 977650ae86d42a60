"""`yibiao county …` commands (see desktop/cli/county.py)."""

from __future__ import annotations


def register(sub, json_parent) -> None:
    """Adds this module's commands to the `county` group."""
