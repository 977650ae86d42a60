"""Whether a whitelisted form is due in a cycle, and when: the whitelist's 频次 and due rule
(`desktop.county.due_rules`, the spellings the whitelist stores) applied to a cycle key.

A form belongs to a cycle when its frequency has a period reported in that cycle (`period_of_cycle`: a 月 form
in ``2026-11``, a 季 or 半年 form in ``2026-Q4``, a 年 form in ``2026``; a 一次性 form in none — it is listed
only when received) and it is valid during that period (``valid_from`` ≤ its end, ``valid_until`` ≥ its
start). The deadline is the rule applied to the period (or, for a form without one, to the cycle's dates). A
frequency or rule that cannot be read gives no period or no deadline — never a wrong one.
"""

from __future__ import annotations

from datetime import date

from desktop.county.due_rules import Period, parse_due_rule, parse_frequency, period_of_cycle
from desktop.cycles.keys import Cycle
from desktop.errors import ValidationError


def period(frequency: str, valid_from: str | None, valid_until: str | None, cycle: Cycle) -> Period | None:
    """The period a form of this frequency and validity reports on in ``cycle``, or None."""
    try:
        found = period_of_cycle(parse_frequency(frequency), cycle.key)
    except ValidationError:
        return None
    if found is None:
        return None
    if valid_from and valid_from[:10] > found.end.isoformat():
        return None
    if valid_until and valid_until[:10] < found.start.isoformat():
        return None
    return found


def applies(frequency: str, valid_from: str | None, valid_until: str | None, cycle: Cycle) -> bool:
    return period(frequency, valid_from, valid_until, cycle) is not None


def due_date(rule: str, cycle: Cycle, within: Period | None = None) -> date | None:
    """The last day a form is on time under ``rule`` for ``within`` (default: the cycle's dates)."""
    start, end = (within.start, within.end) if within is not None else (cycle.start, cycle.end)
    try:
        parsed = parse_due_rule(rule)
    except ValidationError:
        return None
    if parsed.anchor in ("end", "next") and end is None:
        return None
    return parsed.due(start, end)  # type: ignore[arg-type]
