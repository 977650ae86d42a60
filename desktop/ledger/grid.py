"""The single fill-in pass: rows are entities in scope, columns the facts the period's forms still miss.

The grid is read a page at a time (keyset paging on the entity id), so the window can show 100,000
people without loading them. Identity numbers are masked here, before anything reaches a widget.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.catalog.fields import Field
from desktop.ledger.coverage_types import Coverage
from desktop.privacy.masking import mask_key
from storage.ledger_coverage import CoverageRepository, Scope

PAGE_SIZE = 500


def shown_key(kind: str, key: str | None, raw_key: str) -> str:
    """The key column's text: ID numbers of people (and household heads) masked, other keys as they are."""
    return mask_key(kind, key or raw_key or "")


@dataclass
class GridRow:
    """One entity: current values of the grid's fields, which of them are stale, and when they were recorded."""

    entity_id: int
    label: str
    key_shown: str
    values: list[str | None]
    stale: list[bool]
    recorded_at: list[str | None]

    def missing(self, column: int) -> bool:
        return self.values[column] is None

    def needs_entry(self, column: int) -> bool:
        return self.values[column] is None or self.stale[column]


class MissingGrid:
    """What the fill-in pass shows; `summary` covers every data field of the forms, not only the columns."""

    def __init__(
        self,
        queries: CoverageRepository,
        kind: str,
        item_ids: tuple[int, ...],
        fields: list[Field],
        summary: Coverage,
        scope: Scope,
        fresh_since: Mapping[str, str],
        only_incomplete: bool = False,
    ) -> None:
        self.queries = queries
        self.kind = kind
        self.item_ids = item_ids
        self.fields = fields
        self.field_ids = [f.id for f in fields]
        self.summary = summary
        self.scope = scope
        self.fresh_since = dict(fresh_since)
        self.only_incomplete = only_incomplete
        self._row_count: int | None = None

    @property
    def required(self) -> int:
        """N: facts the forms need for the entities in scope (each fact once, however many forms ask)."""
        return self.summary.total

    @property
    def in_ledger(self) -> int:
        """M: of those, facts the ledger already holds and that are fresh."""
        return self.summary.fresh

    @property
    def to_enter(self) -> int:
        """K: facts still to be typed (missing or stale)."""
        return self.summary.to_fill

    @property
    def has_key_column(self) -> bool:
        return self.kind != "village"  # a village's key is its name

    def row_count(self) -> int:
        if self._row_count is None:
            if self.only_incomplete and not self.field_ids:
                self._row_count = 0
            elif self.only_incomplete:
                self._row_count = self.queries.count_entities(
                    self.kind, self.scope, self.field_ids, self.fresh_since
                )
            else:
                self._row_count = self.summary.entities
        return self._row_count

    def rows(self, after_id: int = 0, limit: int = PAGE_SIZE) -> list[GridRow]:
        """The next page of rows after entity `after_id`, in entity order (the order rows were first imported)."""
        lines = self.queries.grid_lines(
            self.kind, self.field_ids, self.scope, after_id, limit, self.fresh_since, self.only_incomplete
        )
        cut = [self.fresh_since.get(f) for f in self.field_ids]
        return [
            GridRow(
                line.entity_id,
                line.label,
                shown_key(self.kind, line.key, line.raw_key),
                line.values,
                [
                    value is not None and c is not None and (stamp or "") < c
                    for value, stamp, c in zip(line.values, line.recorded_at, cut, strict=True)
                ],
                line.recorded_at,
            )
            for line in lines
        ]
