"""村民小组 values → one stored form: the group's number in Arabic digits and 组 (``2组``).

Returns write a numbered group as ``2组``, ``02组``, ``2``, ``第二组``, ``六组``, ``第2村民小组`` or ``2 组``;
each is stored as ``2组``, so the same group compares equal whichever return it came from. A group
known by name (``下坝组``) or anything else is kept as typed.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = dict(zip("〇零一二三四五六七八九", (0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_NUMBERED = re.compile(r"第?([0-9]{1,3}|[〇零一二两三四五六七八九十百]{1,5})(?:村民小组|村民组|小组|组)?")
LAST_GROUP = 999
"""The highest group number taken as a number; a larger one is a typing mistake, kept as typed."""


def _chinese_number(text: str) -> int | None:
    """一 … 九十九 (十二, 二十, 二十一), 一百零一; None for anything else."""
    text = text.replace("两", "二")
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        high = _DIGITS.get(hundreds) if hundreds else 1
        low = _chinese_number(rest.lstrip("零〇")) if rest.strip("零〇") else 0
        return None if high is None or low is None else high * 100 + low
    if "十" in text:
        tens, _, ones = text.partition("十")
        high = _DIGITS.get(tens) if tens else 1
        low = _DIGITS.get(ones) if ones else 0
        return None if high is None or low is None else high * 10 + low
    if len(text) == 1:
        return _DIGITS.get(text)
    return None


def group_number(raw: object) -> int | None:
    """The number of a numbered group as written (2组, 第二组, 02, 2.0), else None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        number = int(raw) if float(raw).is_integer() else None
    else:
        text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(raw)))
        match = _NUMBERED.fullmatch(text)
        if match is None:
            return None
        digits = match[1]
        number = int(digits) if digits.isdigit() else _chinese_number(digits)
    return number if number is not None and 1 <= number <= LAST_GROUP else None


def village_group(raw: object) -> str | None:
    """``N组`` for a numbered group however written (2组, 第二组, 02, 4.0), else None (kept as typed)."""
    number = group_number(raw)
    return None if number is None else f"{number}组"
