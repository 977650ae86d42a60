"""How long a fact stays current: a phone number is re-checked yearly, income every reporting cycle.

A rule is a number of months, or ``"cycle"`` (the value must have been recorded in the current
reporting cycle, for now the calendar year). Fields without a rule never go stale. The office can
change rules through the ``freshness_months`` setting: ``{field id: months | "cycle" | null}``, where
null switches a default rule off.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from desktop.errors import QT_TRANSLATE_NOOP, ValidationError

CYCLE = "cycle"
SETTINGS_KEY = "freshness_months"

Rule = int | str

DEFAULT_RULES: dict[str, Rule] = {
    "person.phone": 12,
    "household.phone": 12,
    "enterprise.phone": 12,
    "person.monthly_income": CYCLE,
    "person.annual_income": CYCLE,
    "household.annual_income": CYCLE,
    "household.per_capita_income": CYCLE,
    "village.collective_income": CYCLE,
}


def check_rule(rule: object) -> Rule | None:
    """A rule as stored: a positive whole number of months, "cycle", or None (never stale)."""
    if rule is None or rule == CYCLE:
        return rule  # type: ignore[return-value]
    if isinstance(rule, int) and not isinstance(rule, bool) and 0 < rule <= 600:
        return rule
    if isinstance(rule, str) and rule.strip().isdigit() and 0 < int(rule) <= 600:
        return int(rule)
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "数据有效期“{rule}”无效：请填写 1–600 的月数，或 cycle（本报送周期）。"),
        field="freshness",
        rule=str(rule),
    )


def merged_rules(overrides: Mapping[str, object] | None) -> dict[str, Rule]:
    """The defaults with the office's own settings applied (unreadable entries are ignored)."""
    rules: dict[str, Rule] = dict(DEFAULT_RULES)
    for field_id, rule in (overrides or {}).items():
        try:
            checked = check_rule(rule)
        except ValidationError:
            continue
        if checked is None:
            rules.pop(field_id, None)
        else:
            rules[field_id] = checked
    return rules


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, clamped to the month's end (31 March − 1 month → 28/29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def cycle_start(now: datetime) -> date:
    """First day of the current reporting cycle (the calendar year until cycles are defined)."""
    return date(now.year, 1, 1)


def cutoff(rule: Rule, now: datetime) -> str:
    """ISO date: values recorded before it are stale (recorded_at text compares correctly with it)."""
    if rule == CYCLE:
        return cycle_start(now).isoformat()
    return months_before(now.date(), int(rule)).isoformat()


def cutoffs(
    field_ids: list[str] | tuple[str, ...], rules: Mapping[str, Rule], now: datetime
) -> dict[str, str]:
    """field id → cutoff date for the fields that have a rule."""
    return {f: cutoff(rules[f], now) for f in field_ids if f in rules}
