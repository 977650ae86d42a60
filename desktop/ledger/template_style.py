"""Writing stored values back into a department's template, in the style its example row shows.

A style is a string: ``cell`` (a real date cell), a date pattern such as ``YYYY.MM.DD``,
``YYYY年M月D日``, ``YYYYMMDD`` or ``YYYY.MM`` (a month column), a yes/no pair such as ``是/否``,
``√/×`` or ``有/无``, or ``text`` (the stored text as is). '' means "no preference".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from desktop.ledger.dates import excel_serial_to_date, parse_date

DATE_CELL = "cell"
TEXT = "text"
YESNO_PAIRS = ("是/否", "√/×", "✓/✗", "✔/✘", "有/无", "Y/N", "1/0", "TRUE/FALSE")
_TOKENS = re.compile(r"YYYY|MM|M|DD|D")
_DAY_PART = re.compile(r"[-./]?D{1,2}日?$")
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")

_Y = r"(\d{4}|[Yy]{4}|[Xx*]{4})"
_M = r"(\d{1,2}|[Mm]{1,2}|[Xx*]{1,2})"
_D = r"(\d{1,2}|[Dd]{1,2}|[Xx*]{1,2})"
_SAMPLE_FULL = re.compile(rf"{_Y}([-./年]){_M}([-./月]){_D}(日?)")
_SAMPLE_MONTH = re.compile(rf"{_Y}([-./年]){_M}(月?)")
_SAMPLE_COMPACT = re.compile(r"(\d{8}|[Yy]{4}[Mm]{2}[Dd]{2})|(\d{6}|[Yy]{4}[Mm]{2})")


def _number(stored: str) -> int | float | str:
    try:
        number = Decimal(stored)
    except InvalidOperation:
        return stored
    return int(number) if number == number.to_integral_value() else float(number)


def _date(stored: str, style: str) -> object:
    match = _ISO.fullmatch(stored)
    if not match:
        return stored  # kept as typed because it was no valid date
    year, month, day = int(match[1]), int(match[2]), int(match[3]) if match[3] else None
    if style in ("", DATE_CELL):
        return date(year, month, day) if day else f"{year:04d}-{month:02d}"
    pattern = style if day else _DAY_PART.sub("", style)
    parts = {"YYYY": f"{year:04d}", "MM": f"{month:02d}", "M": str(month)}
    if day:
        parts |= {"DD": f"{day:02d}", "D": str(day)}
    return _TOKENS.sub(lambda m: parts.get(m[0], m[0]), pattern)


def format_for_template(field_type: str, stored: str | None, style: str = "") -> object:
    """A stored value → what to write into a template cell of this type and style.

    Dates become a ``date`` (style ``cell`` or '') or text in the style's pattern; yes/no becomes
    the style's pair (是/否 by default); numbers become int/float; IDs, codes and phones stay text.
    Values that were stored invalid (kept as typed) are written as they are.
    """
    if stored is None:
        return None
    if style == TEXT:
        return stored
    if field_type == "date":
        return _date(stored, style)
    if stored in ("是", "否") and style.count("/") == 1 and "YYYY" not in style:
        yes, _, no = style.partition("/")  # 是否 enums store 是/否 too
        return yes if stored == "是" else no
    if field_type in ("integer", "number", "decimal", "money", "area"):
        return _number(stored)
    return stored


def _date_style(sample: object) -> str | None:
    if isinstance(sample, datetime | date):
        return DATE_CELL
    if isinstance(sample, int | float) and not isinstance(sample, bool):
        return DATE_CELL if excel_serial_to_date(sample) else None
    if not isinstance(sample, str):
        return None
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", sample))
    placeholder = not any(c.isdigit() for c in text)
    if not placeholder and not parse_date(text).valid:
        return None
    if m := _SAMPLE_FULL.fullmatch(text):
        cjk = m[2] == "年"
        if cjk != (m[4] == "月") or cjk != bool(m[6]):
            return None
        return f"YYYY{m[2]}{_pad(m[3], 'M', cjk)}{m[4]}{_pad(m[5], 'D', cjk)}{m[6]}"
    if m := _SAMPLE_MONTH.fullmatch(text):
        cjk = m[2] == "年"
        if cjk != bool(m[4]):
            return None
        return f"YYYY{m[2]}{_pad(m[3], 'M', cjk)}{m[4]}"
    if m := _SAMPLE_COMPACT.fullmatch(text):
        return "YYYYMMDD" if m[1] else "YYYYMM"
    return None


def _pad(part: str, token: str, cjk: bool) -> str:
    """MM or M: a one-character part is unpadded; two digits ≥ 10 follow the convention of the style."""
    if len(part) == 1:
        return token
    if part.isdigit() and part[0] != "0" and cjk:
        return token  # 1985年12月25日 says nothing; 年月日 is usually written unpadded
    return token * 2


def _yesno_style(sample: object) -> str | None:
    if not isinstance(sample, str):
        return None
    words = {w.upper() for w in re.split(r"[/、|,，;；\s]+", sample.strip()) if w}
    for pair in YESNO_PAIRS:
        if words and words <= set(pair.upper().split("/")):
            return pair
    return None


def detect_style(samples: list) -> str:
    """Guess a column's style from its example-row (or sample) values; '' when they say nothing.

    Dates: ``cell`` for real date cells and Excel serials, else the pattern of the text
    (``1985.03.02`` → ``YYYY.MM.DD``, ``1985年3月2日`` → ``YYYY年M月D日``, ``YYYY-MM-DD``
    placeholders too). Yes/no: the pair the samples come from (``√`` → ``√/×``). The most common
    guess wins.
    """
    votes: Counter[str] = Counter()
    for sample in samples:
        if sample is None or isinstance(sample, bool):
            continue
        style = _date_style(sample) or _yesno_style(sample)
        if style:
            votes[style] += 1
    return votes.most_common(1)[0][0] if votes else ""
