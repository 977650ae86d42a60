"""What an import found: the dry-run report the clerk reads before committing."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class ImportReport:
    file: str
    sheet: str
    entity: str
    rows: int = 0
    new_entities: int = 0
    updated: int = 0
    unchanged: int = 0
    new_values: int = 0
    duplicates: list[list[int]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    invalid: list[dict[str, Any]] = field(default_factory=list)
    flagged_keys: list[dict[str, Any]] = field(default_factory=list)
    matched_without_key: list[dict[str, Any]] = field(default_factory=list)  # to confirm: same person?
    not_same: list[int] = field(default_factory=list)  # rows of those matches kept as someone else
    updates: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)  # valid cells that held more (a 2nd phone)
    entities_in_file: int = 0
    dry_run: bool = True
    import_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
