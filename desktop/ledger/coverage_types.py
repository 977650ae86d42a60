"""Plain results of the coverage service: cells the ledger holds, and the period's reuse figures."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class FieldCoverage:
    """One field over the entities in scope: cells holding a value, and those still fresh."""

    field_id: str
    filled: int
    fresh: int
    rule: int | str | None = None  # months, "cycle", or None (never stale)

    @property
    def stale(self) -> int:
        return self.filled - self.fresh


@dataclass(frozen=True)
class Coverage:
    """How much of a set of fields the ledger holds for the entities in scope.

    ``total`` = entities × fields; ``missing`` = cells with no value; ``stale`` = cells whose value
    is older than its field's freshness rule; ``to_fill`` = missing + stale.
    """

    kind: str
    entities: int
    fields: tuple[FieldCoverage, ...]

    @property
    def total(self) -> int:
        return self.entities * len(self.fields)

    @property
    def filled(self) -> int:
        return sum(f.filled for f in self.fields)

    @property
    def fresh(self) -> int:
        return sum(f.fresh for f in self.fields)

    @property
    def missing(self) -> int:
        return self.total - self.filled

    @property
    def stale(self) -> int:
        return self.filled - self.fresh

    @property
    def to_fill(self) -> int:
        return self.total - self.fresh

    def field(self, field_id: str) -> FieldCoverage:
        return next(f for f in self.fields if f.field_id == field_id)

    def incomplete(self) -> list[str]:
        """Fields with at least one missing or stale cell, in the order asked."""
        return [f.field_id for f in self.fields if f.fresh < self.entities]

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "entities": self.entities,
            "total": self.total,
            "filled": self.filled,
            "fresh": self.fresh,
            "missing": self.missing,
            "stale": self.stale,
            "fields": [asdict(f) for f in self.fields],
        }


@dataclass(frozen=True)
class ReuseNumbers:
    """A period's "collect once" figures: facts the forms asked for versus facts typed by hand.

    ``requested`` sums, over the forms, rows × data fields for the entities in scope (a fact asked
    by three forms counts three times: that is the work a clerk would have done without the ledger).
    ``typed`` counts facts entered by hand since the period began.
    """

    forms: int
    requested: int
    typed: int
    since: str

    @property
    def avoided(self) -> int:
        """Entries saved: facts asked for that nobody had to type."""
        return max(self.requested - self.typed, 0)

    @property
    def reuse_rate(self) -> float:
        return self.avoided / self.requested if self.requested else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "avoided": self.avoided, "reuse_rate": round(self.reuse_rate, 4)}
