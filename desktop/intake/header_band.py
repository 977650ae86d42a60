"""Find the header block of a form sheet and flatten it into one text per column.

The header is the first band of rows whose cells are mostly short, non-numeric text
spread across the table (not a title, not a ``填报单位：`` line). It extends down as far
as its vertical merges reach, and further wherever a group header (a cell merged across
several columns) still waits for its sub-headers below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.intake.normalize import MAX_HEADER_CHARS, squash
from desktop.intake.rows import (
    Anchor,
    is_example_text,
    is_meta_text,
    is_numberish,
    is_placeholder_text,
    is_total_text,
    nfkc,
    row_anchors,
)
from exports.excel.sheet_grid import SheetGrid

SCAN_ROWS = 60


@dataclass(frozen=True)
class HeaderBand:
    """0-based first/last header rows, rows inside it that hold no header text, and width."""

    first: int
    last: int
    annotation_rows: tuple[int, ...]
    width: int


GAP_COLS = 3
"""Blank columns that separate the table from stray cells (hidden markers far right)."""


def table_width(grid: SheetGrid, rows: int = SCAN_ROWS) -> int:
    """Columns used by the table at the top of the sheet (cells and merges).

    Cells cut off from the table by :data:`GAP_COLS` or more blank columns — a hidden
    marker in column IV, a note far to the right — do not widen it.
    """
    used: dict[int, int] = {}
    for r in range(min(grid.n_rows, rows)):
        for c, v in enumerate(grid.rows[r]):
            if v is not None and not (isinstance(v, str) and not v.strip()):
                used[c] = used.get(c, 0) + 1
    for m in grid.merged:
        if m.first_row < rows and m.width < 200 and grid.text(m.first_row, m.first_col):
            for c in range(m.first_col, m.last_col + 1):
                used[c] = used.get(c, 0) + 1
    if not used:
        return 0
    blocks: list[list[int]] = []
    for c in sorted(used):
        if blocks and c - blocks[-1][-1] <= GAP_COLS:
            blocks[-1].append(c)
        else:
            blocks.append([c])
    main = max(blocks, key=lambda b: (sum(used[c] for c in b), -b[0]))
    return main[-1] + 1


def _looks_like_header_row(anchors: list[Anchor], width: int) -> bool:
    if not anchors:
        return False
    texts = [a for a in anchors if not is_numberish(a.text)]
    if width > 1 and len(texts) < 2:
        return False
    if sum(is_meta_text(a.text) for a in anchors) * 2 >= len(anchors):
        return False
    if len(texts) * 2 < len(anchors) or any(is_example_text(a.text) for a in anchors[:2]):
        return False
    if sum(is_placeholder_text(a.text) for a in anchors) * 2 >= len(anchors):
        return False
    coverage = sum(a.span for a in anchors)
    return coverage >= 0.5 * width or len(anchors) >= max(2, 0.4 * width)


_META_LABEL = re.compile(
    r"^(?:填报单位|填表单位|报送单位|单位|乡镇|乡\(镇\)|镇|村|村委会|社区|组|日期|填报日期|填表日期|时间|年度|月份|"
    r"填报人|填表人|联系电话|负责人)$"
)
_PLACE_VALUE = re.compile(r"^\S{1,8}(?:省|市|县|区|乡|镇|街道|村|社区)$")


def find_header_start(grid: SheetGrid, width: int) -> int | None:
    """First row that reads as a header row, or None.

    A label–value line (``乡镇 | 白沙镇 | 村 | (blank) | 日期 | (blank)``) can look like a
    header; it is skipped when it has blank gaps between its cells and names places or
    meta labels.
    """
    best, best_n = None, 0
    for r in range(min(grid.n_rows, SCAN_ROWS)):
        anchors = row_anchors(grid, r)
        if _looks_like_header_row(anchors, width) and not _label_value_line(grid, r, anchors):
            return r
        n = sum(1 for a in anchors if not is_numberish(a.text) and not is_meta_text(a.text))
        if n > best_n:
            best, best_n = r, n
    return best


def _label_value_line(grid: SheetGrid, row: int, anchors: list[Anchor]) -> bool:
    covered: set[int] = set()
    for a in anchors:
        covered.update(range(a.col, a.col + a.span))
    gaps = [
        c
        for c in range(anchors[0].col, anchors[-1].col + 1)
        if c not in covered and not ((m := grid.merge_at(row, c)) is not None and m.first_row < row)
    ]
    if not gaps:
        return False
    texts = [nfkc(squash(a.text)) for a in anchors]
    labels = sum(1 for t in texts if _META_LABEL.match(t))
    values = sum(1 for t in texts if _PLACE_VALUE.match(t) and not _META_LABEL.match(t))
    return len(anchors) <= 8 and labels >= 1 and values >= 1 and (labels + values) * 2 >= len(anchors)


def _bottom_groups(grid: SheetGrid, first: int, last: int) -> list[tuple[int, int]]:
    """Column spans of group cells whose bottom is row ``last``.

    A group is a cell merged across several columns, or the same label repeated in
    adjacent cells (forms typed without merging).
    """
    spans = []
    for r in range(first, last + 1):
        for a in row_anchors(grid, r):
            if a.span > 1 and r + a.height - 1 == last:
                spans.append((a.col, a.col + a.span - 1))
    anchors = [a for a in row_anchors(grid, last) if a.span == 1 and a.height == 1]
    i = 0
    while i < len(anchors):
        j = i
        while (
            j + 1 < len(anchors)
            and anchors[j + 1].col == anchors[j].col + 1
            and anchors[j + 1].text == anchors[i].text
        ):
            j += 1
        if j > i:
            spans.append((anchors[i].col, anchors[j].col))
        i = j + 1
    return spans


def _unmerged_groups(grid: SheetGrid, first: int, last: int, width: int) -> list[tuple[int, int]]:
    """Without merges: a header cell followed by blank cells on its row is a group."""
    anchors = row_anchors(grid, last)
    spans = []
    for i, a in enumerate(anchors):
        nxt = anchors[i + 1].col if i + 1 < len(anchors) else width
        if nxt - a.col > 1 and all(
            not any(grid.text(r, c) for r in range(first, last)) for c in range(a.col + 1, nxt)
        ):
            spans.append((a.col, nxt - 1))
    return spans


def _is_child_row(grid: SheetGrid, row: int, spans: list[tuple[int, int]], merged: bool) -> bool:
    anchors = row_anchors(grid, row)
    if not anchors or any(is_example_text(a.text) or is_total_text(a.text) for a in anchors):
        return False
    inside = [a for a in anchors if any(lo <= a.col <= hi for lo, hi in spans)]
    if not inside:
        return False
    if merged:
        return any(not is_placeholder_text(a.text) for a in inside)
    # no merges to go by: every cell must sit under a group and read as a header word
    return (
        len(inside) == len(anchors)
        and len(inside) >= 2
        and all(
            not is_numberish(a.text) and not is_placeholder_text(a.text) and len(squash(a.text)) <= 20
            for a in inside
        )
    )


def _is_annotation_row(grid: SheetGrid, row: int, width: int) -> bool:
    """A column-number row (1 2 3 … / 甲 乙 丙) right under the header."""
    anchors = row_anchors(grid, row)
    if len(anchors) < 3 or any(is_total_text(a.text) or is_example_text(a.text) for a in anchors):
        return False
    texts = [squash(a.text) for a in anchors]
    if (
        all(re.fullmatch(r"[甲乙丙丁戊己庚辛壬癸]|[0-9]{1,3}", t) for t in texts)
        and len(anchors) >= 0.6 * width
    ):
        nums = [int(t) for t in texts if t.isdigit()]
        return nums == sorted(nums) and len(set(nums)) == len(nums)
    return False  # a code-legend row is the form's example row (see example_row.py)


def find_header_band(grid: SheetGrid, width: int | None = None) -> HeaderBand | None:
    """Locate the header block; None when the sheet has no recognisable header."""
    width = width or table_width(grid)
    first = find_header_start(grid, width)
    if first is None:
        return None
    has_merges = any(m.first_row >= first and m.first_row < first + 8 for m in grid.merged)
    last = first
    for m in grid.merged:
        if m.first_row == first and m.first_col < width and m.height <= 10:
            last = max(last, m.last_row)
    for _ in range(8):
        spans = _bottom_groups(grid, first, last)
        if not has_merges:
            spans += _unmerged_groups(grid, first, last, width)
        nxt = last + 1
        if not spans or not _is_child_row(grid, nxt, spans, has_merges):
            break
        last = nxt
        for m in grid.merged:
            if m.first_row == nxt and m.height <= 10:
                last = max(last, m.last_row)
    annotations = [r for r in range(first, last + 1) if _numeric_only(grid, r)]
    # numeric-only rows count as header text only when real header text lies below them
    text_rows = [r for r in range(first, last + 1) if r not in annotations and row_anchors(grid, r)]
    bottom_text = max(text_rows) if text_rows else first
    annotations = [r for r in annotations if r > bottom_text]
    while len(annotations) < 3 and _is_annotation_row(grid, last + 1, width):
        last += 1
        annotations.append(last)
    return HeaderBand(first, last, tuple(annotations), width)


def _numeric_only(grid: SheetGrid, row: int) -> bool:
    anchors = row_anchors(grid, row)
    return bool(anchors) and all(is_numberish(a.text) for a in anchors)


def column_levels(grid: SheetGrid, band: HeaderBand) -> list[tuple[str, ...]]:
    """Header texts of each column from the top level down (merged cells counted once)."""
    out: list[tuple[str, ...]] = []
    for c in range(band.width):
        levels: list[str] = []
        for r in range(band.first, band.last + 1):
            if r in band.annotation_rows:
                continue
            m = grid.merge_at(r, c)
            if m is not None:
                if m.first_row != r:
                    continue
                t = grid.text(m.first_row, m.first_col)
            else:
                t = grid.text(r, c)
            t = t[:MAX_HEADER_CHARS]  # a header is a title, not a document (see normalize.py)
            if t and not (levels and squash(levels[-1]) == squash(t)):
                levels.append(t)
        out.append(tuple(levels))
    while out and not out[-1]:
        out.pop()
    return out
