"""Time allowed (办理时限): working days between the day an item arrived and the day it is due.

``working_days_allowed(received, due)`` counts the working days after the day received up to and including
the day due (`desktop.dates.is_working_day`: the State Council calendar with its 调休 working weekends,
corrected by the county's calendar list). An item due the day it arrived — "上午发下午要" — is allowed 0; one
received on Friday and due on Monday is allowed 1. An item without a deadline is not counted.

Bands (cumulative, as the issue asks): ``lt1`` under 1 working day, ``lt3`` under 3, ``lt5`` under 5.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.dates import is_working_day

BANDS = {"lt1": 1, "lt3": 3, "lt5": 5}


def working_days_allowed(received: str, due: str | None) -> int | None:
    """Working days from the day received to the day due (None without a deadline or a readable date)."""
    if not due:
        return None
    try:
        start, end = date.fromisoformat(received[:10]), date.fromisoformat(due[:10])
    except ValueError:
        return None
    days, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            days += 1
    return days


def bands_of(allowed: int) -> list[str]:
    """The bands an allowance falls in (0 → all three)."""
    return [band for band, limit in BANDS.items() if allowed < limit]
