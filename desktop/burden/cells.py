"""Requested cells, each counted once: filled from the ledger, typed by hand (补录), or blank.

A form requests ``rows × data fields`` cells (序号 is not a fact). A cell the fill leaves empty is blank —
exactly the empty cells of the form's ``data/<item id>.csv``; a filled cell whose value was typed into
the ledger by hand is typed; every other filled cell came from the ledger (an imported return, a settled
conflict, or a value derived from the ID number). So ``requested = from_ledger + typed + blank`` always.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Cells:
    from_ledger: int = 0
    typed: int = 0
    blank: int = 0

    @property
    def requested(self) -> int:
        return self.from_ledger + self.typed + self.blank

    @property
    def filled(self) -> int:
        return self.from_ledger + self.typed

    def __add__(self, other: Cells) -> Cells:
        return Cells(self.from_ledger + other.from_ledger, self.typed + other.typed, self.blank + other.blank)

    def to_dict(self) -> dict[str, int]:
        """The manifest's ``"cells"`` object."""
        return {
            "requested": self.requested,
            "from_ledger": self.from_ledger,
            "typed": self.typed,
            "blank": self.blank,
        }


def total(cells: Iterable[Cells]) -> Cells:
    return sum(cells, Cells())


def is_blank(value: object) -> bool:
    """Empty in the data CSV (None and "" are written as an empty field)."""
    return value is None or value == ""


def count_rows(
    rows: Iterable[Mapping[str, object]], fields: Sequence[str], typed: Sequence[int]
) -> tuple[int, Cells]:
    """(rows, cells) of a form's rows as the fill produced them; ``typed``: per field, the ledger's values
    typed by hand among them (`storage.ledger_typed`)."""
    count = 0
    filled = [0] * len(fields)
    for row in rows:
        count += 1
        for i, f in enumerate(fields):
            if not is_blank(row.get(f)):
                filled[i] += 1
    by_hand = sum(min(t, n) for t, n in zip(typed, filled, strict=True))
    done = sum(filled)
    return count, Cells(from_ledger=done - by_hand, typed=by_hand, blank=count * len(fields) - done)
