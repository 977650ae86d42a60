"""The burden measures a township's submission package carries for the county: manifest key ``burden``.

The block is the township's own report of the cycle's period — `BurdenService.report(start, end).to_dict()`
with ``start``/``end`` the cycle's first and last day — so the county shows exactly what the township's
``yibiao burden report --from START --to END`` says. What the county does not need is left out: the lists
behind the numbers (the item ids of duplicate pairs and of meetings repeating a document: drill-down stays
at the township). Nothing in the measures is personal — they are counts, shares, hours, department names,
dates and the score's formula — which `personal_keys` checks before the block is written.

A named (专项) cycle has no dates, so its package carries no block; the key is optional in the manifest
(docs/package-format.md §11), and an older package without it still verifies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.cycles.keys import Cycle

BLOCK_VERSION = 1
DRILL_DOWN = frozenset({"pairs", "repeat_pairs"})
"""Keys of the report whose values list items (ids) rather than count them: not sent."""
_PERSONAL = ("id_number", "phone", "signer", "person", "people", "name_of", "clerk")


def strip_drill_down(value: Any) -> Any:
    """The report without the lists of items behind its numbers (every level)."""
    if isinstance(value, Mapping):
        return {k: strip_drill_down(v) for k, v in value.items() if k not in DRILL_DOWN}
    if isinstance(value, list):
        return [strip_drill_down(v) for v in value]
    return value


def personal_keys(value: Any, where: str = "burden") -> list[str]:
    """Where the block holds a key that names personal data (none should): the tests apply it, so a measure
    added later cannot carry a name or a number into the county's hands unnoticed."""
    found: list[str] = []
    if isinstance(value, Mapping):
        for k, v in value.items():
            if any(word in str(k).lower() for word in _PERSONAL):
                found.append(f"{where}.{k}")
            found += personal_keys(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += personal_keys(v, f"{where}[{i}]")
    return found


def package_measures(burden: Any, cycle: Cycle) -> dict[str, Any] | None:
    """The manifest's ``burden`` block of ``cycle`` (None for a cycle without dates)."""
    if cycle.start is None or cycle.end is None:
        return None
    block = strip_drill_down(burden.report(cycle.start, cycle.end).to_dict())
    block["block_version"] = BLOCK_VERSION
    block["cycle"] = cycle.key
    return block
