"""Phone numbers → digits only: ``13800138000`` for a mobile, ``08711234567`` for a landline.

Accepted: spaces, dashes, dots, ``+86``/``0086``/``86`` prefixes, ``(0871)1234567``, full-width
digits, and numeric cells (``13800138000.0``; a landline whose leading 0 Excel dropped).
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
    parts = [p for p in _SEVERAL.split(text) if sum(c.isdigit() for c in p) >= 7]
    if len(parts) > 1:
        return bad(shown(raw), "multiple", f"“{shown(raw)}”填了{len(parts)}个号码，一格只能填一个")
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
