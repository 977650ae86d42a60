"""Phone numbers → digits only: ``13800138000`` for a mobile, ``08711234567`` for a landline.

Accepted: spaces, dashes, dots, ``+86``/``0086``/``86`` prefixes, ``(0871)1234567``, full-width
digits, and numeric cells (``13800138000.0``; a landline whose leading 0 Excel dropped). A cell with
two or more numbers (``13912345678/13812345678``, ``、`` ``，`` ``或`` or a space between) keeps the first
as the phone; the others come back in the result's note (reason ``more_numbers``) for the import report.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.ledger.cells import INVISIBLE, ValueResult, bad, ok, shown

MOBILE = re.compile(r"1[3-9][0-9]{9}")
LANDLINE = re.compile(r"0(?:[12][0-9][0-9]{8}|[3-9][0-9]{2}[0-9]{7,8})")
"""Area code (010, 02x: 3 digits with 8-digit numbers; others 4 digits with 7–8) + local number."""

_SEPARATORS = re.compile(r"[\s\-‐‑–—.()\[\]]")
_SEVERAL = re.compile(r"[/,;、，；|]|或")
_SPACED_MOBILE = re.compile(r"(?<![0-9])1[3-9](?:[\s\-]?[0-9]){9}(?![0-9])")


def _check(digits: str, raw: object, reason: str = "ok", note: str = "") -> ValueResult:
    text = shown(raw)
    if MOBILE.fullmatch(digits) or LANDLINE.fullmatch(digits):
        return ok(digits, reason, note)
    if len(digits) == 11 and digits.startswith("1"):
        return bad(text, "mobile", f"手机号“{text}”的号段不存在")
    if len(digits) in (7, 8) and digits[0] not in "01":
        return bad(text, "no_area_code", f"固定电话“{text}”缺少区号")
    if digits.startswith("1"):
        return bad(text, "length", f"手机号“{text}”应为11位，这里是{len(digits)}位")
    return bad(text, "not_phone", f"“{text}”不是有效的电话号码")


def _from_number(raw: int | float) -> ValueResult:
    if isinstance(raw, bool) or raw < 0 or (isinstance(raw, float) and not raw.is_integer()):
        return bad(shown(raw), "not_phone", f"“{shown(raw)}”不是有效的电话号码")
    digits = str(int(raw))
    if len(digits) == 13 and digits.startswith("86") and MOBILE.fullmatch(digits[2:]):
        return _check(digits[2:], raw)
    if digits[0] not in "01" and LANDLINE.fullmatch("0" + digits):
        # A number cell cannot start with 0, so Excel dropped the area code's.
        return _check("0" + digits, raw, "leading_zero", f"已补回区号前的0：0{digits}")
    return _check(digits, raw)


def parse_phone(raw: object) -> ValueResult:
    """A non-blank phone cell → canonical digits, or the reason it is no usable number."""
    if isinstance(raw, int | float):
        return _from_number(raw)
    text = unicodedata.normalize("NFKC", str(raw)).translate(INVISIBLE).strip()
    parts = _numbers_in(text)
    if len(parts) > 1:
        return _several(raw, parts)
    return _one(raw, text)


def _numbers_in(text: str) -> list[str]:
    """The numbers a cell holds: split at / 、 ， 或 …, or at spaces when each piece is a number of its own."""
    parts = [p for p in _SEVERAL.split(text) if sum(c.isdigit() for c in p) >= 7]
    if len(parts) == 1 and sum(c.isdigit() for c in text) > 13:  # longer than any one number
        spaced = [p for p in text.split() if sum(c.isdigit() for c in p) >= 7]
        mobiles = _SPACED_MOBILE.findall(text)
        parts = spaced if len(spaced) > 1 else mobiles if len(mobiles) > 1 else parts
    return parts


def _several(raw: object, parts: list[str]) -> ValueResult:
    first = _one(parts[0], parts[0])
    if not first.valid:
        return bad(shown(raw), "multiple", f"“{shown(raw)}”填了{len(parts)}个号码，第一个不是有效的电话号码")
    others = []
    for part in parts[1:]:
        other = _one(part, part)
        others.append(other.value if other.valid else shown(part.strip()))
    return ok(
        first.value,
        "more_numbers",
        f"“{shown(raw)}”填了{len(parts)}个号码：存第一个{first.value}，另记{'、'.join(others)}",
    )


def _one(raw: object, text: str) -> ValueResult:
    digits = _SEPARATORS.sub("", text)
    international = False
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix):
            digits, international = digits[len(prefix) :], True
            break
    if not digits.isascii() or not digits.isdigit():
        return bad(shown(raw), "not_phone", f"“{shown(raw)}”不是有效的电话号码")
    if international and not digits.startswith("0") and not MOBILE.fullmatch(digits):
        digits = "0" + digits  # +86 871 1234567, +86 10 …: the area code goes without its 0
    elif len(digits) == 13 and digits.startswith("86") and MOBILE.fullmatch(digits[2:]):
        digits = digits[2:]
    return _check(digits, raw)
