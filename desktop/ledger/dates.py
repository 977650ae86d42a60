"""A date cell of a return → ISO text (``YYYY-MM-DD``, or ``YYYY-MM`` for a month): the ledger's front-end
over `desktop.dates`, which knows the shapes dates are written in.

Accepted: ``1985.03.02`` ``1985-3-2`` ``1985/3/2`` ``1985年3月2日`` ``19850302``, a month
(``1985.3`` ``1985年3月`` ``198503``), date/datetime objects, and Excel serial numbers (1900
date system). A calendar date that does not exist is invalid, never guessed into another.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from desktop.dates import (
    SERIAL_FIRST,
    SERIAL_LAST,
    date_to_excel_serial,
    excel_serial_in_text,
    excel_serial_to_date,
    read_date_text,
)
from desktop.ledger.cells import ValueResult, bad, ok, shown

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "SERIAL_FIRST",
    "SERIAL_LAST",
    "date_to_excel_serial",
    "excel_serial_to_date",
    "parse_date",
]

FIRST_YEAR, LAST_YEAR = 1900, 2100
"""Dates outside these years are typing mistakes in a township ledger."""


def _full(raw: object, year: int, month: int, day: int, reason: str = "ok", note: str = "") -> ValueResult:
    try:
        value = date(year, month, day)
    except ValueError:
        return bad(shown(raw), "date", f"日期“{shown(raw)}”无效：没有这一天")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return bad(shown(raw), "date_range", f"日期“{shown(raw)}”超出{FIRST_YEAR}—{LAST_YEAR}年")
    return ok(value.isoformat(), reason, note)


def _month(raw: object, year: int, month: int) -> ValueResult:
    if not 1 <= month <= 12:
        return bad(shown(raw), "date", f"日期“{shown(raw)}”无效：没有{month}月")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return bad(shown(raw), "date_range", f"日期“{shown(raw)}”超出{FIRST_YEAR}—{LAST_YEAR}年")
    return ok(f"{year:04d}-{month:02d}")


def _from_serial(raw: object, serial: float) -> ValueResult:
    day = excel_serial_to_date(serial)
    if day is None:
        return _not_a_date(raw)
    return ok(day.isoformat(), "excel_serial", f"已把Excel日期序号{shown(raw)}换算为{day.isoformat()}")


def _not_a_date(raw: object) -> ValueResult:
    return bad(shown(raw), "not_date", f"“{shown(raw)}”不是日期，请写成1985-03-02或1985.03.02")


def _year_only(raw: object) -> ValueResult:
    return bad(shown(raw), "year_only", f"“{shown(raw)}”只有年份，请补上月份")


def _from_number(raw: int | float) -> ValueResult:
    if isinstance(raw, float) and not math.isfinite(raw):
        return _not_a_date(raw)
    if float(raw).is_integer():
        n = int(raw)
        if 10_000_000 <= n <= 99_999_999:
            return _parse_text(raw, str(n))
        if 100_000 <= n <= 999_999:
            return _parse_text(raw, str(n))
        if FIRST_YEAR <= n <= LAST_YEAR:
            return _year_only(raw)
        return _from_serial(raw, n)
    if FIRST_YEAR <= raw <= LAST_YEAR + 1:
        # A month typed as 2016.08 is stored by Excel as the number 2016.08; 2016.10 loses its 0.
        year, _, frac = repr(raw).partition(".")
        if frac == "1":
            return bad(
                shown(raw),
                "ambiguous",
                f"“{raw!r}”可能是{year}年1月，也可能是{year}年10月（Excel去掉了末尾的0），请核对后以文本填写",
            )
        if len(frac) <= 2:
            return _month(raw, int(year), int(frac))
        return _not_a_date(raw)
    return _from_serial(raw, raw)


def _parse_text(raw: object, text: str) -> ValueResult:
    parts = read_date_text(text)
    if parts is not None and parts.day is not None:
        return _full(raw, parts.year, parts.month, parts.day)
    if parts is not None and parts.month is not None:
        return _month(raw, parts.year, parts.month)
    if parts is not None and FIRST_YEAR <= parts.year <= LAST_YEAR:
        return _year_only(raw)
    serial = excel_serial_in_text(text)
    if serial is not None:
        return _from_serial(raw, serial)
    return _not_a_date(raw)


def parse_date(raw: object) -> ValueResult:
    """A non-blank cell → ISO date text (or ``YYYY-MM``); invalid results keep the input as text."""
    if isinstance(raw, datetime):
        return _full(raw, raw.year, raw.month, raw.day)
    if isinstance(raw, date):
        return _full(raw, raw.year, raw.month, raw.day)
    if isinstance(raw, bool):
        return _not_a_date(raw)
    if isinstance(raw, int | float):
        return _from_number(raw)
    return _parse_text(raw, str(raw))
