"""The burden figures (减负统计) of a cycle, one source for the package's report, the ledger page's banner
and `yibiao burden`: `BurdenService` (``office.burden``).

Built from the cycles and the duplicate-request badges; it reads nothing the services below it do not
already hand out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.cycles.checklist import Checklist
from desktop.cycles.service import CycleService
from desktop.forms.overlaps import BADGE_DUPLICATE, OverlapService
from desktop.ledger.coverage_types import ReuseNumbers


@dataclass(frozen=True)
class CycleBurden:
    """What the ledger saved the office in one cycle: forms received, forms asking again for what another
    form asks, and the cycle's reuse figures."""

    forms_received: int
    duplicate_requests: int
    reuse: ReuseNumbers


class BurdenService:
    def __init__(self, cycles: CycleService, overlaps: OverlapService) -> None:
        self.cycles = cycles
        self.overlaps = overlaps

    def reuse(self, cycle: str) -> ReuseNumbers:
        """The cycle's forms: facts requested in total against facts typed by hand since the cycle began."""
        return self.cycles.reuse_numbers(cycle)

    def of_checklist(self, checklist: Checklist, item_ids: Iterable[int]) -> CycleBurden:
        """The figures printed in the package's report; ``item_ids``: the forms that go into it."""
        badges = self.overlaps.duplicate_badges(list(item_ids))
        return CycleBurden(
            forms_received=len(checklist.forms),
            duplicate_requests=sum(1 for b in badges.values() if b == BADGE_DUPLICATE),
            reuse=self.reuse(checklist.cycle.key),
        )
