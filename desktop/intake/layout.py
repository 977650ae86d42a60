"""Read a form sheet as a clerk does: title, preamble, header, example row, data, footer.

:func:`detect_layout` works on one :class:`~exports.excel.sheet_grid.SheetGrid`;
:func:`choose_form_sheet` picks the sheet that holds the form in a workbook (skipping
填表说明 sheets, hidden dropdown-list sheets and empty sheets). The resulting
:class:`FormLayout` keeps every row position needed to write data back into the
department's own template later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.intake.closing_lines import is_closing_row
from desktop.intake.example_row import is_example_row
from desktop.intake.header_band import column_levels, find_header_band, table_width
from desktop.intake.normalize import normalize_header, squash
from desktop.intake.rows import (
    ATTACHMENT_RE,
    DATE_BLANK_RE,
    is_footer_text,
    is_meta_text,
    is_numberish,
    is_placeholder_text,
    is_total_text,
    nfkc,
    row_anchors,
)
from desktop.intake.signoff import is_signoff_row
from exports.excel.sheet_grid import SheetGrid, col_letter

_ATTACH_PREFIX = re.compile(r"^(?:附件|附表)[0-9一二三四五六七八九十]*[:：]?\s*")


@dataclass(frozen=True)
class LayoutColumn:
    """One header column: 1-based position, flattened header and its levels top-down."""

    col: int
    header: str
    levels: tuple[str, ...]
    required: bool = False

    @property
    def letter(self) -> str:
        return col_letter(self.col)


@dataclass
class FormLayout:
    """Where everything sits on the form sheet. Rows and columns are 1-based (Excel)."""

    sheet: str
    title: str
    header_rows: tuple[int, int]
    columns: list[LayoutColumn]
    data_start_row: int
    example_row: int | None = None
    title_rows: list[int] = field(default_factory=list)
    preamble_rows: list[int] = field(default_factory=list)
    meta_rows: list[int] = field(default_factory=list)
    meta_texts: list[str] = field(default_factory=list)
    header_annotation_rows: list[int] = field(default_factory=list)
    total_rows: list[int] = field(default_factory=list)
    footer_rows: list[int] = field(default_factory=list)
    section_rows: list[int] = field(default_factory=list)
    placeholder_rows: list[int] = field(default_factory=list)
    prefilled_rows: list[int] = field(default_factory=list)
    data_end_row: int | None = None
    n_cols: int = 0
    header_merges: list[str] = field(default_factory=list)

    @property
    def header_depth(self) -> int:
        return self.header_rows[1] - self.header_rows[0] + 1


def title_from_filename(name: str) -> str:
    """``01_农户表.xls`` → ``农户表`` (leading numbering and extension removed)."""
    stem = Path(name).stem
    return re.sub(r"^\s*[0-9]{1,3}\s*[_\-.、．\s]\s*", "", stem).strip() or stem


_BRACKETED_DATE = re.compile(r"^[(\[【].*(?:[0-9]{4}|年|月|日|单位|盖章).*[)\]】]$")
_SEAL_BLANK = re.compile(r"\((?:印章|盖章|公章|签章|签字|签名|签字盖章)\):?$")
"""培训机构（印章）: a blank for the stamp, not a title."""
_DATE_ONLY = re.compile(
    r"^(?:截至|截止|数据截至|统计截至|统计时间|时间)?[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?度?$"
)


def _preamble_kind(text: str) -> str:
    """``attachment`` (附件3), ``meta`` (填报单位：…, dates, units) or ``text``."""
    t = squash(text)
    n = nfkc(t)
    if ATTACHMENT_RE.match(t):
        return "attachment"
    if _ATTACH_PREFIX.match(t) and len(_ATTACH_PREFIX.sub("", t)) >= 4:
        return "text"  # 附件1：白沙镇……花名册 is the title
    if re.match(r"^[^:]{1,12}:", n) or is_meta_text(text) and len(t) < 16:
        return "meta"
    if DATE_BLANK_RE.search(text) or _BRACKETED_DATE.match(n) or _DATE_ONLY.match(n):
        return "meta"
    if re.match(r"^(?:截至|截止|数据截至)", t) or _SEAL_BLANK.search(n):
        return "meta"
    return "text"


def _classify_preamble(
    grid: SheetGrid, first_header: int
) -> tuple[list[int], list[int], list[int], list[str], list[str]]:
    """Rows above the header: title rows, 附件 lines and meta lines (with their texts).

    A row is a title row when it holds exactly one plain text (other cells on it may be
    meta such as ``单位：元``); two or more plain texts make it a meta line.
    """
    titles: list[int] = []
    preamble: list[int] = []
    meta: list[int] = []
    title_texts: list[str] = []
    meta_texts: list[str] = []
    for r in range(first_header):
        anchors = row_anchors(grid, r)
        if not anchors:
            continue
        kinds = [_preamble_kind(a.text) for a in anchors]
        plain = [
            a.text for a, k in zip(anchors, kinds, strict=True) if k == "text" and not is_numberish(a.text)
        ]
        if len(plain) == 1:
            titles.append(r)
            title_texts.append(_ATTACH_PREFIX.sub("", plain[0]).strip())
            meta_texts.extend(a.text for a, k in zip(anchors, kinds, strict=True) if k == "meta")
        elif not plain and all(k == "attachment" for k in kinds):
            preamble.append(r)
        elif plain or any(k == "meta" for k in kinds):
            meta.append(r)
            meta_texts.extend(a.text for a in anchors)
    return titles, preamble, meta, title_texts, meta_texts


def _classify_body(grid: SheetGrid, start: int, width: int, lay: FormLayout) -> None:
    footer_from: int | None = None
    for r in range(start, grid.n_rows):
        anchors = row_anchors(grid, r)
        if not anchors:
            continue
        texts = [a.text for a in anchors]
        if footer_from is None and (
            is_footer_text(texts[0])
            or all(is_footer_text(t) or is_meta_text(t) for t in texts)
            or is_signoff_row(texts)
            or is_closing_row(texts)
        ):
            footer_from = r
        if footer_from is not None:
            lay.footer_rows.append(r + 1)
        elif any(is_total_text(a.text) for a in anchors if a.col <= 3):
            lay.total_rows.append(r + 1)
        elif all(is_placeholder_text(t) for t in texts):
            lay.placeholder_rows.append(r + 1)
        elif len(anchors) == 1 and (
            anchors[0].span >= max(2, width // 2)
            or (
                width > 3
                and not is_numberish(texts[0])
                and anchors[0].col <= 1
                and len(squash(texts[0])) >= 2
                and re.match(r"^(?:[一二三四五六七八九十]+[、.]|第.+[组片])", squash(texts[0]))
            )
        ):
            lay.section_rows.append(r + 1)
        else:
            lay.prefilled_rows.append(r + 1)
    stops = [x for x in (lay.total_rows + lay.footer_rows) if x >= lay.data_start_row]
    if stops and min(stops) > lay.data_start_row:
        lay.data_end_row = min(stops) - 1


def detect_layout(grid: SheetGrid, file_name: str = "") -> FormLayout | None:
    """The layout of one form sheet, or None when no header can be found."""
    width = table_width(grid)
    if width == 0:
        return None
    band = find_header_band(grid, width)
    if band is None:
        return None
    levels = column_levels(grid, band)
    columns = [
        LayoutColumn(col=i + 1, header="/".join(lv), levels=lv, required=normalize_header(lv[-1]).required)
        for i, lv in enumerate(levels)
        if lv
    ]
    if not columns:
        return None
    titles, preamble, meta, title_texts, meta_texts = _classify_preamble(grid, band.first)
    title = " ".join(title_texts) if title_texts else title_from_filename(file_name or grid.name)
    after = band.last + 1
    example = after if is_example_row(grid, after) else None
    lay = FormLayout(
        sheet=grid.name,
        title=title,
        header_rows=(band.first + 1, band.last + 1),
        columns=columns,
        data_start_row=(example + 2) if example is not None else after + 1,
        example_row=None if example is None else example + 1,
        title_rows=[r + 1 for r in titles],
        preamble_rows=[r + 1 for r in preamble],
        meta_rows=[r + 1 for r in meta],
        meta_texts=meta_texts,
        header_annotation_rows=[r + 1 for r in band.annotation_rows],
        n_cols=max(c.col for c in columns),
        header_merges=[m.to_a1() for m in grid.merged if band.first <= m.first_row <= band.last],
    )
    _classify_body(grid, lay.data_start_row - 1, width, lay)
    return lay
