"""The package's 汇总.xlsx: a 目录 sheet listing every form, then one plain sheet per form.

The 目录 sheet names the office (乡镇, 统计用区划代码), the cycle, the version and the signers, then
lists 序号 / 部门 / 报表名称 / 行数, each title linking to its form's sheet. A form sheet starts with the
office's 乡镇 and 统计用区划代码 on every row (so the county can stack many townships' sheets) and has
one bold header row (the form's column labels, frozen and repeated on every printed page) and its
rows below, bordered. Columns holding ID numbers, phones or accounts are written as text cells (format
'@') so Excel and WPS keep every digit; in other columns plain numeric text becomes a number (digit
strings Excel would mangle — leading zeros, 11+ digits — stay text). Pages are A4 landscape, fitted to
one page wide, numbered in the footer.

The SpreadsheetML is written directly (cells through `exports.excel.row_xml`), each sheet streamed into the
zip as its rows are read: 20 forms × 5,000 rows take a few seconds and little memory, where openpyxl's
write-only mode needs several times as long. Each form's rows are read once.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.sax.saxutils import quoteattr

from openpyxl.utils import get_column_letter

from exports.excel.row_xml import ColumnSpec, cell_xml, escape_text
from exports.signers import SIGNER_ROLES

CONTENTS = "目录"
TOWNSHIP, AREA_CODE = "乡镇", "统计用区划代码"
MAX_SHEET_NAME = 31
_SHEET_FORBIDDEN = re.compile(r"[\x00-\x1f]")
# Characters Excel forbids in sheet names → their full-width twins, which read the same in Chinese.
_SHEET_FULLWIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "[]:*?/\\"})
_RESERVED_SHEETS = {"history"}  # Excel keeps "History" for change tracking
_SAMPLE_ROWS = 200
_MIN_WIDTH, _MAX_WIDTH = 6.0, 50.0
_CHUNK = 500

# cellXfs of styles.xml: 0 default, 1 header, 2 link, 3 data, 4 data as text ('@')
_HEAD, _LINK, _DATA, _TEXT = 1, 2, 3, 4
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_FONT = '<sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/>'
_BORDER = "".join(
    f'<{side} style="thin"><color auto="1"/></{side}>' for side in ("left", "right", "top", "bottom")
)
STYLES = (
    f'{_DECL}<styleSheet xmlns="{_MAIN}">'
    f'<fonts count="3"><font>{_FONT}</font><font><b/>{_FONT}</font>'
    f'<font><u/><color rgb="FF0563C1"/>{_FONT}</font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>'
    f'<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    f"<border>{_BORDER}<diagonal/></border></borders>"
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"'
    ' applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


class SummaryCancelled(Exception):
    """The user cancelled; the partly written file was removed."""


@dataclass(frozen=True)
class SheetColumn:
    """One column of a form's sheet: its header, the catalog field, whether values stay text."""

    label: str
    field_id: str = ""
    text: bool = False


@dataclass
class SummaryForm:
    """One form: where it comes from, its columns, and its rows (sequences in column order)."""

    department: str
    title: str
    columns: Sequence[SheetColumn]
    rows: Iterable[Sequence[object]]


@dataclass(frozen=True)
class SummaryOffice:
    """Whose package this is: named on the 目录 sheet, and the office's 乡镇 name and 12-digit
    统计用区划代码 lead every form sheet's rows, so the county can stack many townships' sheets."""

    name: str
    code: str
    cycle: str = ""
    version: int = 0
    signers: Mapping[str, str] = field(default_factory=dict)


@dataclass
class SummaryResult:
    path: Path
    sheets: list[tuple[str, str, int]] = field(default_factory=list)
    """(form title, sheet name, rows written) per form, in order."""


def display_width(text: str) -> int:
    """Column units a text needs: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def sheet_name(title: str, taken: set[str]) -> str:
    """An Excel-safe, unique sheet name for ``title`` (≤ 31 characters, none of ``[]:*?/\\``, no edge
    apostrophes, not "History"); adds its casefolded form to ``taken``."""
    base = _SHEET_FORBIDDEN.sub("", title.translate(_SHEET_FULLWIDTH)).strip().strip("'").strip() or "Sheet"
    base = base[:MAX_SHEET_NAME]
    candidate, n = base, 1
    while candidate.casefold() in taken or candidate.casefold() in _RESERVED_SHEETS:
        n += 1
        suffix = f"({n})"
        candidate = base[: MAX_SHEET_NAME - len(suffix)].rstrip("'") + suffix
    taken.add(candidate.casefold())
    return candidate


def _widths(columns: Sequence[SheetColumn], sample: list[Sequence[object]]) -> list[float]:
    widths = []
    for i, col in enumerate(columns):
        need = max((display_width(line) for line in col.label.splitlines()), default=0)
        for row in sample:
            if i < len(row) and row[i] is not None:
                need = max(need, display_width(str(row[i])))
        widths.append(min(_MAX_WIDTH, max(_MIN_WIDTH, need + 2.0)))
    return widths


def _quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _attr(value: str) -> str:
    """A quoted XML attribute value, characters XML forbids removed."""
    return quoteattr(_SHEET_FORBIDDEN.sub("", value).replace("\ufffe", "").replace("\uffff", ""))


def _text(ref: str, style: int, value: str) -> str:
    text = escape_text(value)
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _sheet_start(widths: Sequence[float], landscape: bool, header_row: int = 1) -> tuple[str, str]:
    """The worksheet XML before the rows and after them; frozen below ``header_row``."""
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w:.1f}" customWidth="1"/>' for i, w in enumerate(widths, start=1)
    )
    return (
        f'{_DECL}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        '<sheetViews><sheetView workbookViewId="0">'
        f'<pane ySplit="{header_row}" topLeftCell="A{header_row + 1}" activePane="bottomLeft" state="frozen"/>'
        f'<selection pane="bottomLeft" activeCell="A{header_row + 1}" sqref="A{header_row + 1}"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
    ), (
        '<printOptions horizontalCentered="1"/>'
        '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
        f'<pageSetup paperSize="9" orientation="{"landscape" if landscape else "portrait"}"'
        ' fitToWidth="1" fitToHeight="0"/>'
        "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>"
    )


def _header_row(labels: Sequence[str], r: int = 1) -> str:
    cells = "".join(
        _text(f"{get_column_letter(i)}{r}", _HEAD, label) for i, label in enumerate(labels, start=1)
    )
    return f'<row r="{r}">{cells}</row>'


def _lead_columns(office: SummaryOffice | None) -> list[tuple[SheetColumn, str]]:
    """The columns every form sheet starts with, and their value on every row: the office's 乡镇 and its
    统计用区划代码 (as text, so the 12 digits stay as written)."""
    if office is None:
        return []
    return [(SheetColumn(TOWNSHIP, text=True), office.name), (SheetColumn(AREA_CODE, text=True), office.code)]


def _write_form(
    out: IO[bytes], form: SummaryForm, cancelled: Callable[[], bool], office: SummaryOffice | None = None
) -> int:
    lead = _lead_columns(office)
    columns = [c for c, _value in lead] + list(form.columns)
    rows = iter(form.rows)
    sample = list(itertools.islice(rows, _SAMPLE_ROWS))
    values = [v for _c, v in lead]
    start, end = _sheet_start(_widths(columns, [values + list(r) for r in sample]), landscape=True)
    specs = [
        ColumnSpec(i, get_column_letter(i), c.field_id or None, _TEXT if c.text else _DATA, _TEXT, c.text)
        for i, c in enumerate(columns, start=1)
    ]
    # the same cells on every row, around the row number: ('<c r="A', '" s=… </c>')
    lead_xml = [
        _text(f"{get_column_letter(i)}\0", _TEXT, v).split("\0") for i, v in enumerate(values, start=1)
    ]
    specs = specs[len(lead) :]
    buf = [start, _header_row([c.label for c in columns])]
    count = 0
    for count, row in enumerate(itertools.chain(sample, rows), start=1):
        rs = str(count + 1)
        buf.append(f'<row r="{rs}">')
        for before, after in lead_xml:
            buf += (before, rs, after)
        for spec, value in zip(specs, row, strict=False):
            ref = spec.letter + rs
            if value is None or value == "":
                buf.append(f'<c r="{ref}" s="{spec.style}"/>')
            else:
                buf.append(cell_xml(ref, spec, value)[0])
        buf.append("</row>")
        if count % _CHUNK == 0:
            out.write("".join(buf).encode("utf-8"))
            buf.clear()
            if cancelled():
                raise SummaryCancelled()
    buf += ["</sheetData>", end]
    out.write("".join(buf).encode("utf-8"))
    return count


def _office_lines(office: SummaryOffice | None) -> list[tuple[str, str]]:
    """The 目录 sheet's opening lines: whose package, which cycle and version, who signs."""
    if office is None:
        return []
    lines = [(TOWNSHIP, office.name), (AREA_CODE, office.code)]
    if office.cycle:
        lines.append(("报送周期", office.cycle))
    if office.version:
        lines.append(("版本", f"第 {office.version} 版"))
    return lines + [(role, office.signers[role]) for role in SIGNER_ROLES if office.signers.get(role)]


def contents_header_row(office: SummaryOffice | None) -> int:
    """The 目录 sheet's table header row: below the office lines and a blank row."""
    lines = _office_lines(office)
    return len(lines) + 2 if lines else 1


def _contents_sheet(
    form_list: list[SummaryForm], sheets: list[tuple[str, str, int]], office: SummaryOffice | None
) -> str:
    head = contents_header_row(office)
    start, end = _sheet_start([16, 24, 50, 10], landscape=False, header_row=head)
    rows = [
        f'<row r="{r}">{_text(f"A{r}", _HEAD, label)}{_text(f"B{r}", 0, value)}</row>'
        for r, (label, value) in enumerate(_office_lines(office), start=1)
    ]
    rows.append(_header_row(["序号", "部门", "报表名称", "行数"], head))
    links = []
    for n, ((title, name, count), form) in enumerate(zip(sheets, form_list, strict=True), start=1):
        r = n + head
        rows.append(
            f'<row r="{r}"><c r="A{r}" s="{_DATA}"><v>{n}</v></c>{_text(f"B{r}", _DATA, form.department)}'
            f'{_text(f"C{r}", _LINK, title)}<c r="D{r}" s="{_DATA}"><v>{count}</v></c></row>'
        )
        location = _attr(f"{_quote_sheet(name)}!A1")
        links.append(f'<hyperlink ref="C{r}" location={location} display={_attr(title)}/>')
    hyperlinks = f"<hyperlinks>{''.join(links)}</hyperlinks>" if links else ""
    return start + "".join(rows) + "</sheetData>" + hyperlinks + end


def _workbook_parts(names: list[str], contents_head: int = 1) -> dict[str, str]:
    sheets = "".join(
        f'<sheet name={_attr(n)} sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, start=1)
    )
    heads = [contents_head] + [1] * (len(names) - 1)
    titles = "".join(
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
        f"{escape_text(_quote_sheet(n))}!${h}:${h}</definedName>"
        for i, (n, h) in enumerate(zip(names, heads, strict=True))
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(names) + 1)
    )
    styles_id = len(names) + 1
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(names) + 1)
    )
    return {
        "[Content_Types].xml": (
            f'{_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml"'
            ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml"'
            ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": (
            f'{_DECL}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'{_DECL}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
            f"<sheets>{sheets}</sheets><definedNames>{titles}</definedNames></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{_DECL}<Relationships xmlns="{_PKG_REL}">{rels}'
            f'<Relationship Id="rId{styles_id}" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/styles.xml": STYLES,
    }


def write_summary_workbook(
    forms: Iterable[SummaryForm],
    out: Path | str,
    *,
    office: SummaryOffice | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SummaryResult:
    """Write 汇总.xlsx to ``out``. With ``office``, the 目录 sheet opens with the office, code, cycle,
    version and signers, and every form sheet starts with 乡镇 and 统计用区划代码 columns.
    ``progress(forms_done, forms_total)``; raises `SummaryCancelled` (removing the partial file) when
    ``is_cancelled()`` turns true."""
    out_path = Path(out)
    form_list = list(forms)
    cancelled = is_cancelled or (lambda: False)
    taken = {CONTENTS.casefold()}
    names = [sheet_name(f.title, taken) for f in form_list]
    result = SummaryResult(out_path)
    try:
        with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for index, (form, name) in enumerate(zip(form_list, names, strict=True)):
                with zf.open(f"xl/worksheets/sheet{index + 2}.xml", "w", force_zip64=True) as member:
                    count = _write_form(member, form, cancelled, office)
                result.sheets.append((form.title, name, count))
                if progress is not None:
                    progress(index + 1, len(form_list))
            zf.writestr("xl/worksheets/sheet1.xml", _contents_sheet(form_list, result.sheets, office))
            for part, text in _workbook_parts([CONTENTS, *names], contents_header_row(office)).items():
                zf.writestr(part, text)
        if cancelled():
            raise SummaryCancelled()
    except BaseException:
        out_path.unlink(missing_ok=True)
        raise
    return result
