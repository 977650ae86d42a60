"""Numbers as clerks type them: ``1,234`` ``1234元`` ``1.5万元`` ``3人`` ``2.5亩`` ``（元）`` → canonical text.

Units in the value are checked against the column's unit (from its header, e.g. ``（万元）``) and
scaled into it: ``15000元`` in a 万元 column is ``1.5``. Money, area and counts are different
dimensions; a value in the wrong one is invalid rather than converted.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation, localcontext

from desktop.intake.normalize import canonical_unit
from desktop.ledger.cells import ValueResult, bad, nfkc_compact, ok, shown

NUMERIC_TYPES = ("integer", "number", "decimal", "money", "area")

_SCALE: dict[str, tuple[str, Decimal]] = {
    "元": ("money", Decimal(1)),
    "千元": ("money", Decimal(1000)),
    "万元": ("money", Decimal(10_000)),
    "亿元": ("money", Decimal(100_000_000)),
    "亩": ("area", Decimal(1)),
    "公顷": ("area", Decimal(15)),
    "㎡": ("area", Decimal("0.0015")),  # 1 亩 = 10000/15 ㎡
}
_BASE_UNIT = {"money": "元", "area": "亩"}
_EXTRA_UNITS = {
    "口": "人",
    "名": "人",
    "位": "人",
    "块": "元",
    "块钱": "元",
    "圆": "元",
    "平方": "㎡",
    "平": "㎡",
}
_MAGNITUDE = {"万": Decimal(10_000), "千": Decimal(1000), "亿": Decimal(100_000_000)}
_NUMBER = re.compile(r"([+-]?)(\d[\d,]*(?:\.\d*)?|\.\d+)((?:e[+-]?\d+)?)(.*)", re.I)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_BRACKETS = re.compile(r"[(\[【]([^()\[\]【】]*)[)\]】]")
NONE_AS_ZERO = frozenset({"无", "没有"})


def unit_of(text: str) -> str | None:
    """The canonical unit of a suffix such as ``万元`` ``亩`` ``人`` ``周岁``; '' for none, None if unknown."""
    if not text:
        return ""
    text = _EXTRA_UNITS.get(text, text)
    return canonical_unit(text) or None


def _dimension(unit: str) -> tuple[str, Decimal]:
    return _SCALE.get(unit, (unit, Decimal(1)))


def _from_float(raw: float) -> Decimal | None:
    if not math.isfinite(raw):
        return None
    number = Decimal(repr(raw))
    if number.as_tuple().exponent < -9:  # float noise such as 1234.5600000000001
        with localcontext() as ctx:
            ctx.prec = 60
            number = number.quantize(Decimal("1e-9"))
    return number


def _split(text: str) -> tuple[Decimal, str] | None:
    """(number with 万/千/亿 applied, unit suffix) of a text, or None when it is no number."""
    text = nfkc_compact(text).replace("−", "-").lstrip("¥").removeprefix("RMB")
    units = [m[1] for m in _BRACKETS.finditer(text)]
    text = _BRACKETS.sub("", text)
    match = _NUMBER.fullmatch(text)
    if not match or len(units) > 1 or (units and match[4]):
        return None
    digits = match[2]
    if "," in digits:
        if not _GROUPED.fullmatch(digits):
            return None
        digits = digits.replace(",", "")
    try:
        number = Decimal(match[1] + digits + match[3])
    except InvalidOperation:
        return None
    suffix = units[0] if units else match[4]
    if suffix[:1].isdigit() or suffix[:1] in (".", ",", "+", "-"):
        return None  # 1.2.3, 12-15: more numbers, not a unit
    if suffix[:1] in _MAGNITUDE and unit_of(suffix) is None and unit_of(suffix[1:]) is not None:
        number *= _MAGNITUDE[suffix[0]]
        suffix = suffix[1:]
    return number, suffix


def _plain(number: Decimal) -> str:
    if number == 0:
        return "0"
    return format(number.normalize(), "f")


def _money(number: Decimal) -> str:
    cents = number.quantize(Decimal("0.01"))
    return format(cents, "f") if cents == number else _plain(number)


def parse_number(field_type: str, raw: object, unit: str | None = None) -> ValueResult:
    """A non-blank cell of a numeric type → canonical text.

    ``integer``: whole, not negative. ``money``: at least two decimals, negative allowed (a loss).
    ``area``: not negative. ``number``/``decimal``: plain decimal text. ``unit`` is the column's
    unit (``元`` ``万元`` ``亩`` ``人`` or a header such as ``（万元）``); money defaults to 元 and
    area to 亩, so ``1.5万元`` is ``15000`` unless the column says otherwise.
    """
    text = shown(raw)
    if isinstance(raw, bool):
        return bad(text, "not_number", f"“{text}”不是数字")
    if isinstance(raw, str) and raw.strip() in NONE_AS_ZERO:
        return ok("0" if field_type != "money" else "0.00", "none_as_zero", f"“{raw.strip()}”按0计")
    if isinstance(raw, int):
        number, suffix = Decimal(raw), ""
    elif isinstance(raw, float):
        parsed = _from_float(raw)
        if parsed is None:
            return bad(text, "not_number", f"“{text}”不是数字")
        number, suffix = parsed, ""
    else:
        split = _split(unicodedata.normalize("NFC", str(raw)))
        if split is None:
            return bad(text, "not_number", f"“{text}”不是数字")
        number, suffix = split
    value_unit = unit_of(suffix)
    if value_unit is None:
        return bad(text, "unit", f"“{text}”的单位“{suffix}”无法识别")
    target = canonical_unit(nfkc_compact(unit).strip("()[]【】")) if unit else ""
    target = target or _BASE_UNIT.get(field_type, "")
    if value_unit:
        dim, scale = _dimension(value_unit)
        if target:
            target_dim, target_scale = _dimension(target)
        else:  # no unit on the column: money scales to 元, area to 亩, counts stay
            target_dim, target_scale = _dimension(_BASE_UNIT.get(dim, value_unit))
        if dim != target_dim or (value_unit == "%" and target != "%"):
            where = f"本栏单位是{target}" if target else "本栏没有标明单位"
            return bad(text, "unit", f"“{text}”的单位是{value_unit}，{where}")
        number = number * scale / target_scale
    return _typed(field_type, number, text)


def _typed(field_type: str, number: Decimal, text: str) -> ValueResult:
    if field_type == "integer":
        if number != number.to_integral_value():
            return bad(text, "not_integer", f"“{text}”应为整数")
        if number < 0:
            return bad(text, "negative", f"“{text}”不能为负数")
        return ok(str(int(number)))
    if field_type == "area" and number < 0:
        return bad(text, "negative", f"面积“{text}”不能为负数")
    if field_type == "money":
        return ok(_money(number))
    return ok(_plain(number))
