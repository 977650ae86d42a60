"""Calendar corrections the county's configuration carries: days off or worked whatever chinesecalendar says
(a holiday announced after this release, a local day off). Kept in the office's settings and put in force
when the office opens (`desktop.dates.set_calendar_corrections`)."""

from __future__ import annotations

from datetime import date

from desktop.dates import parse_date, set_calendar_corrections
from storage.settings import SettingsRepository

CALENDAR_SETTING = "calendar.corrections"  # {"holidays": [ISO days], "working_days": [ISO days]}


def saved_corrections(settings: SettingsRepository) -> tuple[list[str], list[str]]:
    value = settings.get(CALENDAR_SETTING)
    if not isinstance(value, dict):
        return [], []
    return list(value.get("holidays") or []), list(value.get("working_days") or [])


def apply_saved_corrections(settings: SettingsRepository) -> None:
    """Put the office's corrections in force (none: the bundled calendar alone)."""
    holidays, working = saved_corrections(settings)
    try:
        set_calendar_corrections(
            {date.fromisoformat(d) for d in holidays}, {date.fromisoformat(d) for d in working}
        )
    except (TypeError, ValueError):
        set_calendar_corrections()


def save_corrections(settings: SettingsRepository, holidays: list[str], working_days: list[str]) -> None:
    """Replace the corrections (typed days are read like any registry date) and put them in force."""
    holidays = sorted({parse_date(d, "holiday") for d in holidays})
    working = sorted({parse_date(d, "working_day") for d in working_days})
    settings.set(CALENDAR_SETTING, {"holidays": holidays, "working_days": working})
    apply_saved_corrections(settings)
