"""Fill 填报单位 / 填报日期 / 填表人 / 审核人 / 负责人 into a template's meta and footer lines.

A value goes right after its label in the same cell ("填报单位（盖章）：白沙镇人民政府"),
replacing blanks or a date stub ("2026年    月    日") there; when the label stands alone in
an unmerged cell and the cell to its right is empty, the value goes into that cell instead.
Other meta keys are matched to labels literally (e.g. ``{"联系电话": "0736-1234567"}``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from openpyxl.cell.cell import MergedCell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.signers import FILLER, HEAD, REVIEWER

META_LABELS: dict[str, tuple[str, ...]] = {
    "填报单位": (
        "填报单位",
        "填表单位",
        "报送单位",
        "上报单位",
        "制表单位",
        "单位名称",
        "排查单位",
        "调查单位",
        "统计单位",
        "报表单位",
    ),
    "填报日期": (
        "填报日期",
        "填报时间",
        "填表日期",
        "填表时间",
        "报送日期",
        "报送时间",
        "上报日期",
        "上报时间",
        "制表日期",
        "制表时间",
        "统计日期",
        "排查时间",
        "调查时间",
        "日期",
    ),
    # The signers' keys are the roles the dialog and the PDF print; the template keeps its own wording.
    FILLER: (
        "填表人",
        "填报人",
        "制表人",
        "经办人",
        "登记人",
        "统计人",
        "录入人",
        "调查员",
        "调查人",
        "排查人",
    ),
    REVIEWER: ("审核人", "复核人", "核对人", "审核"),
    HEAD: ("负责人", "单位负责人", "村负责人", "主要负责人", "分管负责人", "分管领导", "单位领导"),
}

_LABEL = re.compile(r"([^\s:：]{1,20}?)\s*[:：]")
_BRACKETS = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_BLANK = re.compile(r"[\s_＿—\-－.·]*")
_DATE_STUB = re.compile(r"\s*(?:\d{4}|\s*)\s*年\s*(?:\d{1,2})?\s*月\s*(?:\d{1,2})?\s*日?\s*")


def normalize_label(label: str) -> str:
    """``填报单位（盖章）`` → ``填报单位``; spaces removed."""
    return re.sub(r"\s+", "", _BRACKETS.sub("", label))


def _resolve(meta: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Label → (meta key, value) for every label a meta key can stand for."""
    out: dict[str, tuple[str, str]] = {}
    for key, value in meta.items():
        if value is None or str(value) == "":
            continue
        norm = normalize_label(key)
        for label in META_LABELS.get(norm, ()) or (norm,):
            out.setdefault(label, (key, str(value)))
        out[norm] = (key, str(value))
    return out


def _is_stub(text: str) -> bool:
    return bool(
        _BLANK.fullmatch(text) or (_DATE_STUB.fullmatch(text) and re.search(r"月\s+日|年\s+月", text))
    )


def fill_text(text: str, labels: Mapping[str, tuple[str, str]]) -> tuple[str, list[str]]:
    """The cell text with meta values after their labels, and the meta keys used."""
    matches = list(_LABEL.finditer(text))
    if not matches:
        return text, []
    used: list[str] = []
    parts: list[str] = [text[: matches[0].start()]]
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        segment = text[m.end() : end]
        hit = labels.get(normalize_label(m.group(1)))
        parts.append(text[m.start() : m.end()])
        if hit is None or (not _is_stub(segment) and hit[1] in segment):
            parts.append(segment)
            continue
        used.append(hit[0])
        if i + 1 < len(matches):
            gap = segment[len(segment.rstrip()) :]
            parts.append(hit[1] + (gap if len(gap) >= 2 else "    "))
        else:
            parts.append(hit[1])
    return "".join(parts), used


def _fits(ws: Worksheet, col: int, text: str) -> bool:
    """Whether a label fits its own column (else it spills right, and the value must follow it)."""
    width = ws.column_dimensions[get_column_letter(col)].width or 8.43
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text.strip()) <= width


def fill_meta(ws: Worksheet, rows: Iterable[int], meta: Mapping[str, str], width: int) -> list[str]:
    """Write meta values into the label cells of ``rows``; returns the meta keys placed."""
    labels = _resolve(meta)
    if not labels:
        return []
    merged_anchors = {(m.min_row, m.min_col): m for m in ws.merged_cells.ranges}
    placed: list[str] = []
    for r in sorted(set(rows)):
        for c in range(1, max(width, ws.max_column) + 1):
            cell = ws._cells.get((r, c))
            if cell is None or isinstance(cell, MergedCell) or not isinstance(cell.value, str | CellRichText):
                continue
            text = str(cell.value)  # a rich-text label becomes plain text only if a value goes in
            matches = list(_LABEL.finditer(text))
            if len(matches) == 1 and not text[matches[0].end() :].strip():
                hit = labels.get(normalize_label(matches[0].group(1)))
                right = ws._cells.get((r, c + 1))
                merged = merged_anchors.get((r, c))
                lone = merged is None or merged.max_col == c
                empty_right = right is None or (
                    right.value in (None, "") and not isinstance(right, MergedCell)
                )
                if hit and lone and c < width and empty_right and _fits(ws, c, text):
                    ws.cell(row=r, column=c + 1, value=hit[1])
                    placed.append(hit[0])
                    continue
            new, used = fill_text(text, labels)
            if used:
                cell.value = new
                placed.extend(used)
    return list(dict.fromkeys(placed))
