"""Row-level cues used by layout detection: what kind of line a clerk sees at a glance."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.intake.normalize import is_numeric_text, squash
from exports.excel.sheet_grid import SheetGrid

EXAMPLE_RE = re.compile(
    r"^(?:示例|样例|举例|范例|填写示例|填表示例|填报示例|例子|例)[0-9一二三]?(?:[:：].*)?$"
)
ATTACHMENT_RE = re.compile(r"^(?:附件|附表|附)[0-9一二三四五六七八九十]*[:：]?$")
TOTAL_RE = re.compile(r"^(?:合计|总计|小计|共计|累计|全镇合计|全乡合计|总合计)[:：]?$")
FOOTER_RE = re.compile(
    r"^(?:填表人|制表人|填报人|填报单位负责人|审核人|审核|复核人|负责人|单位负责人|主要负责人|经办人|统计人|"
    r"调查员|调查人|排查人|登记人|核查人|制表|填表|联系人|联系电话|填报日期|填表日期|报送日期|日期|"
    r"注|备注|说明|填表说明|附注|盖章|单位盖章|村负责人|村委会负责人|签字|签名)\s*[:：（(]"
)
META_LABEL_RE = re.compile(
    r"^(?:填报单位|报送单位|填表单位|统计单位|单位|金额单位|计量单位|乡镇|乡（镇）|村|填报日期|填报时间|填表日期|"
    r"统计时间|统计时点|调查时点|截止|截至|日期|时间|所属|编制单位)"
)
DATE_BLANK_RE = re.compile(r"年\s*\S{0,2}\s+月\s*\S{0,2}\s+日|年\s{2,}月|\s{2,}月\s{2,}日")
PLACEHOLDER_RE = re.compile(r"^(?:\$\{[^}]*\}|#\{[^}]*\}|\{\{[^}]*\}\}|N|n|X|×|/|—|-|\.\.\.)$")
LEGEND_RE = re.compile(r"[0-9A-Za-z][.、:：=＝\-]\s*[^\s0-9]{1,8}.*[0-9A-Za-z][.、:：=＝\-]\s*[^\s0-9]")
INSTRUCTION_WORDS = ("填写", "格式", "如：", "如:", "选填", "必填", "下拉", "选择", "YYYY", "yyyy", "请按")


@dataclass(frozen=True)
class Anchor:
    """A visible cell starting in a row: its 0-based column, column span and text."""

    col: int
    span: int
    text: str
    height: int = 1


def row_anchors(grid: SheetGrid, row: int) -> list[Anchor]:
    """Non-blank cells whose top-left corner is in ``row`` (merged cells counted once)."""
    out: list[Anchor] = []
    if row >= grid.n_rows:
        return out
    for c, v in enumerate(grid.rows[row]):
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        m = grid.merge_at(row, c)
        if m is not None and (m.first_row != row or m.first_col != c):
            continue
        span = m.width if m else 1
        height = m.height if m else 1
        out.append(Anchor(c, span, grid.text(row, c), height))
    return out


def nfkc(text: str) -> str:
    """NFKC-normalised text (full-width colons and brackets become ASCII)."""
    return unicodedata.normalize("NFKC", text)


def is_meta_text(text: str) -> bool:
    """``填报单位：…``, ``单位：元``, ``2026年  月  日`` and similar preamble lines."""
    t = text.strip()
    if ":" in nfkc(t) or "：" in t:
        return True
    if DATE_BLANK_RE.search(t):
        return True
    return bool(META_LABEL_RE.match(squash(t)) and len(squash(t)) <= 30 and ":" in nfkc(t))


def is_example_text(text: str) -> bool:
    """``示例`` / ``例`` / ``样例：`` markers of a sample row."""
    return bool(EXAMPLE_RE.match(squash(text)))


def is_footer_text(text: str) -> bool:
    """``填表人：`` / ``审核人：`` / ``注：`` lines below the data."""
    return bool(FOOTER_RE.match(nfkc(text.strip()).replace(" ", "")))


def is_total_text(text: str) -> bool:
    """``合计`` / ``总计`` / ``小计`` (spaces inside allowed)."""
    return bool(TOTAL_RE.match(squash(text)))


def is_placeholder_text(text: str) -> bool:
    """Template markers where a program fills data: ``${x}``, ``N``."""
    return bool(PLACEHOLDER_RE.match(text.strip()))


def is_legend_text(text: str) -> bool:
    """Code legends and fill-in instructions: ``1.男 2.女``, ``格式：2024-01-01``."""
    t = text.strip()
    return bool(LEGEND_RE.search(t)) or any(w in t for w in INSTRUCTION_WORDS)


def is_numberish(text: str) -> bool:
    """Numbers, score standards (``1-5``) and percentages."""
    return is_numeric_text(text)
