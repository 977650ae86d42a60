"""What a spreadsheet cell holds before it is a value: blanks, placeholders, Excel errors, widths.

Also the :class:`ValueResult` every value parser of the ledger returns, so the parsers for dates,
numbers and phones can live in their own small modules.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

# Zero-width characters and BOMs are invisible in Excel but break comparisons.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")

PLACEHOLDERS = frozenset(
    {"/", "／", "\\", "-", "--", "---", "—", "——", "－", "–", "N/A", "NA", "n/a", "null", "NULL", "None"}
)
"""What clerks type for "not applicable"; blank for every type except free text."""

NONE_WORDS = frozenset({"无", "暂无", "没有", "空"})
"""Words meaning "there is none": blank for keys, phones and dates (``无`` is 否 for yes/no)."""

EXCEL_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!"})


@dataclass(frozen=True)
class ValueResult:
    """One cell value made canonical.

    ``value`` is the text to store: canonical when ``valid``, otherwise the cleaned input so
    nothing the clerk typed is lost; None only for a blank cell. ``reason`` is ``'ok'``,
    ``'blank'``, a code naming a repair that was made (valid, e.g. ``'from_15_digit'``) or the
    problem (invalid, e.g. ``'date'``). ``message_zh`` explains a repair or problem to the clerk.
    """

    value: str | None
    valid: bool
    reason: str = "ok"
    message_zh: str = ""

    @property
    def blank(self) -> bool:
        """True when the cell held nothing (or only a placeholder such as ``/``)."""
        return self.value is None


BLANK = ValueResult(None, True, "blank")

NOTED_REASONS = frozenset({"more_numbers"})
"""Valid results whose cell held more than the stored value (a second phone number): the rest is in
``message_zh``, which the import report lists among its notes so nothing the clerk typed is lost."""


def ok(value: str, reason: str = "ok", message_zh: str = "") -> ValueResult:
    """A valid value, optionally with a note about the repair made."""
    return ValueResult(value, True, reason, message_zh)


def bad(value: str, reason: str, message_zh: str) -> ValueResult:
    """An invalid value, kept as cleaned text."""
    return ValueResult(value, False, reason, message_zh)


_WIDTH = {
    code: code - 0xFEE0
    for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for code in range(r[0], r[1] + 1)
}
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20})
_CLEAN = {**INVISIBLE, **_WIDTH}


def fold_width(text: str) -> str:
    """Full-width ASCII letters, digits and the ideographic space → ASCII; CJK punctuation stays."""
    return text.translate(_WIDTH)


def clean_text(text: str) -> str:
    """Visible text of a cell: NFC, invisibles dropped, width folded, whitespace runs → one space."""
    if text.isascii():  # the common case: skip normalisation; only trim and fold space runs
        text = text.strip()
        return _SPACES.sub(" ", text) if ("  " in text or not text.isprintable()) else text
    text = unicodedata.normalize("NFC", text).translate(_CLEAN)
    return _SPACES.sub(" ", text).strip()


def nfkc_compact(text: str) -> str:
    """NFKC with every whitespace and invisible character removed (for codes and numbers)."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text).translate(INVISIBLE))


def is_blank(raw: object, *, none_words: bool = False) -> bool:
    """None, empty or whitespace, a placeholder such as ``/`` or ``——``, or (optionally) ``无``."""
    if raw is None:
        return True
    if isinstance(raw, float) and math.isnan(raw):
        return True
    if not isinstance(raw, str):
        return False
    text = clean_text(raw)
    return not text or text in PLACEHOLDERS or (none_words and text in NONE_WORDS)


def excel_error(raw: object) -> ValueResult | None:
    """An invalid result when the cell holds an Excel error value such as ``#N/A``."""
    if isinstance(raw, str) and raw.strip().upper() in EXCEL_ERRORS:
        code = raw.strip().upper()
        return bad(code, "excel_error", f"单元格是Excel错误值{code}，请检查公式")
    return None


def shown(raw: object) -> str:
    """The input as a clerk would read it in a message."""
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return clean_text(str(raw)) if raw is not None else ""
