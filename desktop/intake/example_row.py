"""Is the row under the header an example? Marked ones say so (示例, 例：); unmarked ones show it.

Import templates often put one row of illustrative values right under a one-row header — 张三 | 男 |
138…, an ID number 123456789012345000, an address 某某县XX镇 — or a row of code legends (1-男 2-女,
填写全名, 格式：2024-01-01, 是/否). Such a row tells the clerk how to fill the form; it is not a person.

Two kinds of evidence:

* a legend row: most of its cells are instructions or code legends (never data, even in a return);
* made-up values: a placeholder name, a digit run such as 12345678 or 13800138000, XX/某某 in a place,
  a label with a running number (居民导入-1). Three make the row an example anywhere; two when no other
  row of the sheet holds data (a template, where it is the only filled row).
"""

from __future__ import annotations

import re

from desktop.intake.normalize import squash
from desktop.intake.rows import (
    Anchor,
    is_example_text,
    is_footer_text,
    is_legend_text,
    is_numberish,
    is_placeholder_text,
    is_total_text,
    nfkc,
    row_anchors,
)
from desktop.intake.signoff import is_signoff_row
from exports.excel.sheet_grid import SheetGrid

_EXAMPLE_WORD = re.compile(r"示例|样例|范例|举例|此行为例|例行")
PLACEHOLDER_NAMES = frozenset(
    [
        "张三",
        "李四",
        "王五",
        "赵六",
        "钱七",
        "孙七",
        "张某",
        "李某",
        "王某",
        "赵某",
        "张某某",
        "李某某",
        "王某某",
        "某某",
        "某某某",
        "XXX",
        "xxx",
        "XX",
        "xx",
        "×××",
        "××",
        "测试",
        "测试人员",
        "test",
    ]
)
_PLACEHOLDER_PLACE = re.compile(
    r"(?:XX|xx|××|某某|\*\*)(?:省|市|县|区|乡|镇|街道|村|社区|组|路|街|号|小区|公司|单位)|\d{3}\*{4}\d{4}"
)
_MADE_UP_DIGITS = re.compile(r"12345678|23456789|87654321|13800138000|(\d)\1{7}")
_NUMBERED_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{2,8}[-_]\d{1,3}$|^(?:测试|示例|样例)[\u4e00-\u9fff]{0,4}\d{1,3}$"
)
_CHOICES = re.compile(r"^[^/／\s]{1,4}(?:[/／][^/／\s]{1,4}){1,5}$")  # 是/否, 男/女, 有/无
MAX_SCAN = 200
"""Rows looked at below the example candidate to tell a template from a filled return."""


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfkc(squash(str(value)))


def is_made_up(value: object) -> bool:
    """A value no real row holds: a placeholder name, a made-up digit run, XX/某某 in a place."""
    t = _text(value)
    if not t or "{" in t or is_placeholder_text(t):
        return False  # ${khxx.khmc} is where a program fills data
    if t in PLACEHOLDER_NAMES or t.upper() in PLACEHOLDER_NAMES:
        return True
    digits = re.sub(r"[\s\-]", "", t)
    if digits.isdigit() and len(digits) >= 8 and _MADE_UP_DIGITS.search(digits):
        return True
    if _NUMBERED_LABEL.match(t):
        return True  # 居民导入-1, 测试1: a label with a running number, nobody's name
    return len(t) <= 40 and bool(_PLACEHOLDER_PLACE.search(t))


def _is_made_up_id(value: object) -> bool:
    """An 18-character ID number with a digit run (123456789012345000): never a real one, since a real
    one holds a birth date from its 7th digit on; it counts twice."""
    t = _text(value)
    return len(t) == 18 and t[:17].isdigit() and bool(_MADE_UP_DIGITS.search(t))


def _legend_cell(text: str) -> bool:
    return is_legend_text(text) or bool(_CHOICES.match(squash(text)))


def is_legend_row(anchors: list[Anchor]) -> bool:
    """Most cells are code legends or fill-in instructions (1-男 2-女, 填写全名, 是/否)."""
    if len(anchors) < 2:
        return False
    legends = sum(_legend_cell(a.text) for a in anchors)
    strong = sum(is_legend_text(a.text) for a in anchors)
    return strong >= 1 and legends >= 2 and legends * 2 >= len(anchors)


def is_marked_example(anchors: list[Anchor]) -> bool:
    """示例/例/样例 in a leading cell, or 示例 written anywhere on the row."""
    return any(is_example_text(a.text) for a in anchors[:2] if a.col <= 2) or any(
        _EXAMPLE_WORD.search(squash(a.text)) for a in anchors
    )


def _holds_data(grid: SheetGrid, row: int) -> bool:
    anchors = row_anchors(grid, row)
    if len(anchors) < 2:
        return False  # blank, a pre-numbered line (1 | | |) or a one-cell note
    texts = [a.text for a in anchors]
    if all(is_numberish(t) for t in texts[1:]) and is_numberish(texts[0]) and len(anchors) < 3:
        return False
    if any(is_total_text(t) for t in texts[:2]) or is_footer_text(texts[0]) or is_signoff_row(texts):
        return False
    return not all(is_placeholder_text(t) for t in texts)


def is_example_row(grid: SheetGrid, row: int) -> bool:
    """True when 0-based ``row`` (right under the header) is an example, marked or not.

    Unmarked: three made-up values make it an example anywhere (张三 | 13800138000 | XX县XX镇; an ID
    number such as 123456789012345000 counts two); two on a sheet where no other row holds data (a
    template: 居民导入-1 | 19012345678). One is not enough: a
    return's only row may well give 13800138000 as a phone beside an ID number with a typo in it.
    """
    anchors = row_anchors(grid, row)
    if not anchors:
        return False
    if is_marked_example(anchors) or is_legend_row(anchors):
        return True
    made_up = sum(is_made_up(a.text) + _is_made_up_id(a.text) for a in anchors)
    if made_up >= 3:
        return True
    if made_up < 2:
        return False
    last = min(grid.n_rows, row + 1 + MAX_SCAN)
    return not any(_holds_data(grid, r) for r in range(row + 1, last))
