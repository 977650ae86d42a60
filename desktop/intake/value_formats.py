"""How a column asks for its values to be written, read from its header (and its example value).

Departments say it in the header: ``出生年月（格式：1980.01）``, ``出生日期（yyyy-mm-dd）``,
``出生日期（8位数字，如19800101）``, ``是否脱贫（是/否）``, ``是否低保（是打√）``, ``性别（1-男 2-女）``,
``收入（万元）``, ``面积（公顷，保留两位小数）``. :func:`read_format` turns that into a
:class:`ValueFormat` — plain data stored with the registered template's layout (``formats``: column →
dict) so a fill obeys it after a restart; a mapping stored before formats existed simply has none
and the fill reads the header again.

Date patterns use the tokens of :mod:`desktop.ledger.template_style` (``YYYY.MM``, ``YYYY-MM-DD``,
``YYYYMMDD``, ``YYYY年M月``); a yes/no pair is ``是/否``, ``√/×`` or ``√/`` (√ for yes, blank for no).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.intake.normalize import canonical_unit
from desktop.ledger.template_style import detect_style

_DATE_TEXT = re.compile(
    r"\d{4}[-./年]\d{1,2}(?:[-./月]\d{1,2}日?|月)?"
    r"|(?<!\d)\d{8}(?!\d)"
    r"|[Yy]{4}[-./年]?[Mm]{1,2}(?:[-./月]?[Dd]{1,2}日?|月)?"
    r"|[Xx*]{4}[-./年][Xx*]{1,2}(?:[-./月][Xx*]{1,2}日?|月)?"
)
_DIGITS_SAY = {"8": "YYYYMMDD", "八": "YYYYMMDD", "6": "YYYYMM", "六": "YYYYMM"}
_WORDS_SAY = (("年月日", "YYYY年M月D日"), ("年月", "YYYY年M月"))
_LEGEND_CODE_FIRST = re.compile(
    r"(?<![\d.])(\d{1,2}|[A-Z])\s*[-－—=:：.、．为是]\s*([一-鿿][一-鿿（）()]{0,15})"
)
_LEGEND_WORD_FIRST = re.compile(r"([一-鿿]{1,12}?)\s*(?:[-－—=:：为]|填写?|写|代码为?)\s*(\d{1,2})(?![\d.])")
_CHECK = "√✓✔☑"
_CROSS = "×✗✘☒"
_DECIMALS = re.compile(r"(?:保留|精确到)\s*([0-9一两二三四])\s*位小数|小数点后\s*([0-9一两二三四])\s*位")
_CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
DEFAULT_DECIMALS = {"万元": 4, "亿元": 8, "千元": 3, "元": 2, "亩": 2, "公顷": 4, "㎡": 2}
"""Rounding when a value is converted into this unit and the header names none: exact to the 元 and
to about a hundredth of a 亩."""


@dataclass(frozen=True)
class ValueFormat:
    """What one column asks for; every part optional ('' / () / None when the header says nothing)."""

    date: str = ""
    yesno: str = ""
    codes: tuple[tuple[str, str], ...] = ()  # (stored word, code written): (男, 1), (女, 2)
    unit: str = ""
    decimals: int | None = None
    digits: int | None = None  # 行政区划代码（6位）: how many digits a code is written with

    def __bool__(self) -> bool:
        return bool(
            self.date or self.yesno or self.codes or self.unit or self.decimals is not None or self.digits
        )

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.date:
            out["date"] = self.date
        if self.yesno:
            out["yesno"] = self.yesno
        if self.codes:
            out["codes"] = [[word, code] for word, code in self.codes]
        if self.unit:
            out["unit"] = self.unit
        if self.decimals is not None:
            out["decimals"] = self.decimals
        if self.digits:
            out["digits"] = self.digits
        return out

    @classmethod
    def from_dict(cls, data: object) -> ValueFormat:
        """The stored dict back (unknown keys and bad values are ignored: a format is only a preference)."""
        if not isinstance(data, dict):
            return cls()
        codes = tuple(
            (str(pair[0]), str(pair[1]))
            for pair in data.get("codes") or ()
            if isinstance(pair, list | tuple) and len(pair) == 2
        )
        decimals, digits = data.get("decimals"), data.get("digits")
        return cls(
            date=str(data.get("date") or ""),
            yesno=str(data.get("yesno") or ""),
            codes=codes,
            unit=str(data.get("unit") or ""),
            decimals=decimals if isinstance(decimals, int) and 0 <= decimals <= 10 else None,
            digits=digits if isinstance(digits, int) and 0 < digits <= 30 else None,
        )

    def code_for(self, stored: str) -> str | None:
        """The legend's code for a stored word (男 → 1; 是 → 1 in 1-是 0-否), None when it has none."""
        word = _plain(stored)
        for name, code in self.codes:
            if _plain(name) == word:
                return code
        for name, code in self.codes:  # 脱贫不稳定户 stored, legend says 脱贫不稳定
            plain = _plain(name)
            if len(plain) >= 2 and (plain in word or word in plain):
                return code
        return None

    def round(self, value: str) -> str:
        """A converted number rounded to the header's (or the unit's usual) decimals, without trailing zeros."""
        places = self.decimals if self.decimals is not None else DEFAULT_DECIMALS.get(self.unit)
        if places is None:
            return value
        try:
            number = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        except (InvalidOperation, ValueError):
            return value
        if self.decimals is not None:
            return f"{number:f}"
        text = f"{number:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text


def _plain(text: str) -> str:
    return re.sub(r"[\s（）()]+", "", unicodedata.normalize("NFKC", text or ""))


def _date_format(text: str) -> str:
    for match in _DATE_TEXT.finditer(text):
        style = detect_style([match.group(0)])
        if style.startswith("YYYY"):
            return style
    says_date = any(word in text for word in ("日期", "年月", "出生", "格式"))
    if says_date and (m := re.search(r"(?<!\d)([0-9八六])\s*位(?:数字|数)?", text)):
        return _DIGITS_SAY.get(m.group(1), "")
    note = "".join(re.findall(r"[(（]([^()（）]*)[)）]", text)) + "".join(
        re.findall(r"格式[:：]?(\S*)", text)
    )
    for words, style in _WORDS_SAY:
        if words in note:
            return style
    return ""


def _yesno_format(text: str) -> str:
    has_check = any(c in text for c in _CHECK)
    has_cross = any(c in text for c in _CROSS)
    if has_check:
        check = next(c for c in _CHECK if c in text)
        cross = next((c for c in _CROSS if c in text), "")
        return f"{check}/{cross}" if has_cross else f"{check}/"
    if re.search(r"是\s*[/／、或|]\s*否|填\s*[“\"]?是[”\"]?\s*或\s*[“\"]?否", text):
        return "是/否"
    if re.search(r"有\s*[/／、或|]\s*无", text):
        return "有/无"
    if re.search(r"(?<![A-Za-z])Y\s*[/／、或|]\s*N(?![A-Za-z])", text):
        return "Y/N"
    return ""


def _legend(text: str) -> tuple[tuple[str, str], ...]:
    for pattern, code_first in ((_LEGEND_CODE_FIRST, True), (_LEGEND_WORD_FIRST, False)):
        pairs = [
            (m.group(2), m.group(1)) if code_first else (m.group(1), m.group(2))
            for m in pattern.finditer(text)
        ]
        codes = [code for _, code in pairs]
        if len(pairs) >= 2 and len(set(codes)) == len(codes):
            return tuple((word.strip("（）()"), code) for word, code in pairs)
    return ()


def _decimals(text: str) -> int | None:
    if m := _DECIMALS.search(text):
        digit = m.group(1) or m.group(2)
        return int(digit) if digit.isdigit() else _CN_DIGITS[digit]
    if "取整" in text or "整数" in text:
        return 0
    return None


def _unit(text: str) -> str:
    for content in re.findall(r"[(（]([^()（）]*)[)）]", text):
        for part in re.split(r"[,，;；、\s]+", content):
            if unit := canonical_unit(part):
                return unit
    if m := re.search(r"单位[:：]\s*([^\s,，;；)）]+)", text):
        return canonical_unit(m.group(1))
    return ""


def read_format(header: str, example: object = None) -> ValueFormat:
    """What a header cell (the column's own, lowest level) and its example value ask for."""
    text = unicodedata.normalize("NFKC", str(header or "")).replace("\u3000", " ")
    sample = unicodedata.normalize("NFKC", example).strip() if isinstance(example, str) else ""
    if isinstance(example, str):
        shown = detect_style([sample]) if sample and len(sample) <= 20 else ""  # 1980.01, √, 是
    else:
        shown = ""  # a real date cell, a number: the cell's own type says it, not a pattern
    date = _date_format(text) or (shown if shown.startswith("YYYY") else "")
    yesno = _yesno_format(text) or (shown if "/" in shown and not shown.startswith("YYYY") else "")
    codes = _legend(text) or _legend(sample)
    if codes and yesno and {w for w, _ in codes} <= {"是", "否"}:
        yesno = ""  # 1-是 0-否 is a code legend
    digits = re.search(r"(?<!\d)(\d{1,2})\s*位(?:数字|数|代码|编码)?(?!小数)", text) if not date else None
    return ValueFormat(
        date=date,
        yesno=yesno,
        codes=codes,
        unit=_unit(text),
        decimals=_decimals(text),
        digits=int(digits.group(1)) if digits else None,
    )
