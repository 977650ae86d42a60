"""Sign-off lines below a form's data: footers, never data rows.

Township returns end with who filled, checked and answers for the sheet, written many ways:
``审核人：王五`` in one cell, ``审核人`` | ``王五`` across two, ``填表人:`` with an ASCII colon,
``审核人员：``, ``联系电话：`` | ``138…``, ``填报日期：2026年12月1日``, several of them on one row,
anywhere on the row. A row made only of such labels and the values after them is a sign-off line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Who signs (填表人, 审核人员, 单位负责人, 分管领导 …), how to reach them (联系电话) and when (填报日期).
_ROLE = (
    r"(?:(?:填报|报送)?单位|村委会|村|乡镇|部门)?(?:主要|分管|主管)?"
    r"(?:(?:填表|制表|填报|审核|复核|审批|审签|核查|核实|经办|统计|调查|排查|登记|报送)(?:人员|人|员|日期|时间)?"
    r"|负责人|领导|联系人|联系电话|联系方式|电话|手机|签字|签名|盖章|日期)"
)
_MARK = r"\((?:签字|签名|签章|盖章|签字盖章)\)"  # 审核人（签字）
_LABEL = re.compile(rf"{_ROLE}(?:{_MARK})?")
_ENTRY = re.compile(rf"{_ROLE}(?:{_MARK})?:(.*)")  # a label and what follows its colon
_MARK_ONLY = re.compile(rf"{_MARK}|\((?:公章|单位盖章)\)")
_SPACE = re.compile(r"\s+")

FIRST_CHARS = frozenset("填报单村乡部主分制审复核经统调排登负领联电手签盖日")
"""The characters a sign-off line can start with: a cheap test before the patterns."""


def _compact(text: str) -> str:
    # Full-width colons and brackets as ASCII, spaces gone: 审 核 人 ： is 审核人:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def is_signoff_row(cells: Iterable[object]) -> bool:
    """True when the row's non-blank cells are sign-off labels, each maybe followed by its value.

    A value (a name, a number, a date) is only accepted right after a label that waits for one
    (``审核人`` or ``审核人：``); anything else on the row makes it a data row.
    """
    seen = waiting = False
    for cell in cells:
        if cell is None or cell == "":
            continue
        text = _compact(cell) if isinstance(cell, str) else str(cell)
        if not text:
            continue
        if isinstance(cell, str) and text[0] in FIRST_CHARS:
            entry = _ENTRY.fullmatch(text)
            if entry is not None:
                seen, waiting = True, not entry[1]
                continue
            if _LABEL.fullmatch(text):
                seen = waiting = True
                continue
        if _MARK_ONLY.fullmatch(text):
            continue
        if not waiting:
            return False
        waiting = False
    return seen
