"""The package's 汇总.xlsx: a 目录 sheet listing every form, then one plain sheet per form.

The 目录 sheet has 序号 / 部门 / 报表名称 / 行数, each title linking to its form's sheet. A form sheet
has one bold header row (the form's column labels, frozen and repeated on every printed page) and its
rows below. Columns holding ID numbers, phones or accounts are written as text cells (format '@') so
Excel and WPS keep every digit; in other columns plain numeric text becomes a number. Pages are A4
landscape, fitted to one page wide.

Written with openpyxl's write-only mode: rows stream to temporary files, so 20 forms × 5,000 rows
stay small in memory. Each form's rows are read once, from whatever iterable the caller gives.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.properties import PageSetupProperties

CONTENTS = "目录"
MAX_SHEET_NAME = 31
_SHEET_FORBIDDEN = re.compile(r"[\x00-\x1f]")
# Characters Excel forbids in sheet names → their full-width twins, which read the same in Chinese.
_SHEET_FULLWIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "[]:*?/\\"})
_RESERVED_SHEETS = {"history"}  # Excel keeps "History" for change tracking
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]+)?")
_SAMPLE_ROWS = 200
_MIN_WIDTH, _MAX_WIDTH = 6.0, 50.0
_PROGRESS_EVERY = 500

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FONT = Font(name="宋体", size=11, bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
_HEAD_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LINK_FONT = Font(name="宋体", size=11, color="0563C1", underline="single")


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


def _cell_value(value: object, text: bool) -> object:
    if value is None:
        return None
    if text:
        return str(value)
    if isinstance(value, str):
        s = value.strip()
        if _NUMBER.fullmatch(s):
            return float(s) if "." in s else int(s)
    return value


def _widths(columns: Sequence[SheetColumn], sample: list[Sequence[object]]) -> list[float]:
    widths = []
    for i, col in enumerate(columns):
        need = max((display_width(line) for line in col.label.splitlines()), default=0)
        for row in sample:
            if i < len(row) and row[i] is not None:
                need = max(need, display_width(str(row[i])))
        widths.append(min(_MAX_WIDTH, max(_MIN_WIDTH, need + 2.0)))
    return widths


def _setup_print(ws, n_cols: int, header_rows: str | None) -> None:  # noqa: ANN001 - write-only sheet
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    if header_rows:
        ws.print_title_rows = header_rows
        ws.freeze_panes = "A2"


def _header(ws, labels: Sequence[str]) -> list[WriteOnlyCell]:  # noqa: ANN001
    cells = []
    for label in labels:
        cell = WriteOnlyCell(ws, value=label)
        cell.font, cell.fill, cell.alignment, cell.border = _HEAD_FONT, _HEAD_FILL, _HEAD_ALIGN, _BOX
        cells.append(cell)
    return cells


def write_summary_workbook(
    forms: Iterable[SummaryForm],
    out: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SummaryResult:
    """Write 汇总.xlsx to ``out``. ``progress(forms_done, forms_total)``; raises `SummaryCancelled`
    (removing the partial file) when ``is_cancelled()`` turns true."""
    out_path = Path(out)
    form_list = list(forms)
    cancelled = is_cancelled or (lambda: False)
    wb = Workbook(write_only=True)
    contents = wb.create_sheet(CONTENTS)
    contents_labels = ["序号", "部门", "报表名称", "行数"]
    for letter, width in zip("ABCD", (6, 24, 50, 10), strict=True):
        contents.column_dimensions[letter].width = width
    _setup_print(contents, 4, "1:1")
    contents.page_setup.orientation = "portrait"
    taken = {CONTENTS.casefold()}
    result = SummaryResult(out_path)
    try:
        for index, form in enumerate(form_list):
            name = sheet_name(form.title, taken)
            result.sheets.append((form.title, name, _write_form(wb, name, form, cancelled)))
            if progress is not None:
                progress(index + 1, len(form_list))
        contents.append(_header(contents, contents_labels))
        for n, ((title, name, count), form) in enumerate(zip(result.sheets, form_list, strict=True), start=1):
            link = WriteOnlyCell(contents, value=title)
            quoted = name.replace("'", "''")
            link.hyperlink = Hyperlink(ref="", location=f"'{quoted}'!A1", display=title)
            link.font = _LINK_FONT
            contents.append([n, form.department, link, count])
        if cancelled():
            raise SummaryCancelled()
        wb.save(out_path)
    except BaseException:
        _discard(wb)
        out_path.unlink(missing_ok=True)
        raise
    return result


def _discard(wb: Workbook) -> None:
    """Close the half-written sheets and delete their temporary files (they would leak otherwise)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # noqa: BLE001, S110 - cleaning up after the real error, which is re-raised
            pass
        if writer is not None:
            writer.cleanup()


def _write_form(wb: Workbook, name: str, form: SummaryForm, cancelled: Callable[[], bool]) -> int:
    ws = wb.create_sheet(name)
    columns = list(form.columns)
    rows = iter(form.rows)
    sample = list(itertools.islice(rows, _SAMPLE_ROWS))
    for i, width in enumerate(_widths(columns, sample), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    _setup_print(ws, len(columns), "1:1")
    ws.append(_header(ws, [c.label for c in columns]))
    text_cols = [i for i, c in enumerate(columns) if c.text]
    n_cols, count = len(columns), 0
    for row in itertools.chain(sample, rows):
        values = [_cell_value(v, False) for v in itertools.islice(row, n_cols)]
        for i in text_cols:
            if i < len(values) and values[i] is not None:
                cell = WriteOnlyCell(ws, value=str(row[i]))
                cell.number_format = "@"
                values[i] = cell
        ws.append(values)
        count += 1
        if count % _PROGRESS_EVERY == 0 and cancelled():
            raise SummaryCancelled()
    return count
