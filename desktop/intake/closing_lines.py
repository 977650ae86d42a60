"""Closing lines below a form's data that :mod:`desktop.intake.signoff` does not read on its own.

``填表人 张三    审核人 李四`` typed in one cell with spaces instead of colons, a blank for the stamp
(``单位（盖章）``, ``村委会（盖章）``), and a closing note (``本表由乡镇民政办汇总上报。``,
``以上情况属实。``) end the data just as ``审核人：王五`` does; none of them is a row of the form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop.intake.signoff import is_signoff_row

_SEAL = re.compile(r"\((?:印章|盖章|公章|签章|签字|签名|签字盖章|签字或盖章)\)[:：]?$")
_NOTE = re.compile(r"^(?:本表|此表|以上|上述|表中|填报说明|说明[:：])")
_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$|^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$|^年月日$")
FIRST_CHARS = frozenset("本此以上表说")
"""Characters a closing note can start with, beside the sign-off ones (cheap test first)."""


def _plain(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip() if isinstance(value, str) else ""


def is_closing_row(cells: Iterable[object]) -> bool:
    """True when the row holds only closing lines: sign-off words spaced out in a cell, stamp blanks,
    closing notes and the date they are signed on (at least one stamp blank, note or spaced sign-off)."""
    texts = [t for t in (_plain(c) for c in cells if c not in (None, "")) if t]
    if not texts or any(not isinstance(c, str) for c in cells if c not in (None, "")):
        return False
    closing = False
    for text in texts:
        compact = re.sub(r"\s+", "", text)
        if (
            _SEAL.search(compact)
            or _NOTE.match(compact)
            or len(text.split()) > 1
            and is_signoff_row(text.split())
        ):
            closing = True
        elif not (_DATE.match(compact) or is_signoff_row([text])):
            return False
    return closing
