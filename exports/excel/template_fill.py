"""Fill a department's own Excel template with data rows: ``fill_template``.

The template keeps its title, meta lines, merged header, column widths, row heights, print
settings, validation lists, other sheets and footers; the example row is removed, blank or
pre-numbered rows are replaced by the data (the template's number of lines is kept when
there are fewer data rows), and everything below the data (合计, 填表人/审核人 lines, notes)
moves down with its merged ranges. A 合计 row gets ``SUM`` formulas (with cached values)
in the mapped columns that hold only numbers. .xls templates are rebuilt as .xlsx first
(:mod:`exports.excel.xls_convert`); the output is always .xlsx.

How: the template is loaded once with openpyxl (small), reshaped around an empty gap
(:mod:`exports.excel.sheet_reshape`) and saved to memory; the data rows are then streamed as XML
straight into that gap (:mod:`exports.excel.row_xml`, :mod:`exports.excel.xlsx_splice`). This avoids
openpyxl's per-cell cost, so 20,000 rows take about as long as writing them as bare XML.
"""

from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter

from exports.excel.fill_layout import FillLayout, RowPlan, plan_rows
from exports.excel.fill_styles import DataStyle, build_data_style
from exports.excel.meta_labels import fill_meta
from exports.excel.row_xml import ColumnSpec, SumTracker, render_rows
from exports.excel.sheet_reshape import reshape_sheet
from exports.excel.xlsx_splice import write_spliced
from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError

SEQ_FIELD = "meta.seq"
TEMPLATE_EXTENSIONS = (".xlsx", ".xlsm", ".xls")
# Numeric columns that are not amounts: never summed in a 合计 row.
_NO_SUM = re.compile(r"(?:^|_)(?:age|phone|no|number|code|account|date|year|seq|id|tel)$")


class TemplateFillError(ExportMessageError):
    """Bad input for a fill; ``reason`` is a stable code, the message a translatable sentence naming the
    problem (``message`` its Chinese text)."""

    def __init__(self, reason: str, template: str, **params: object) -> None:
        super().__init__(template, **params)
        self.reason = reason


class FillCancelled(Exception):
    """The user cancelled the fill; no output file was left behind."""


@dataclass
class FillResult:
    """What was written: where, how many rows, and what was placed or changed."""

    path: Path
    rows_written: int
    data_first_row: int
    data_last_row: int
    footer_first_row: int | None
    meta_placed: list[str] = field(default_factory=list)
    meta_unplaced: list[str] = field(default_factory=list)
    sum_columns: list[int] = field(default_factory=list)
    style_source: str = ""
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _check_paths(src: Path, out: Path) -> None:
    if not src.is_file():
        raise TemplateFillError(
            "template_missing",
            QT_TRANSLATE_NOOP("errors", "找不到模板文件“{path}”，请确认文件没有被移动或删除。"),
            path=str(src),
        )
    if src.suffix.lower() not in TEMPLATE_EXTENSIONS:
        raise TemplateFillError(
            "template_type",
            QT_TRANSLATE_NOOP(
                "errors", "模板“{name}”不是 Excel 表格（只支持 .xlsx、.xlsm、.xls），无法填写。"
            ),
            name=src.name,
        )
    folder = out.parent
    if not folder.is_dir():
        raise TemplateFillError(
            "out_folder_missing",
            QT_TRANSLATE_NOOP("errors", "保存位置“{folder}”不存在，请选择其他文件夹。"),
            folder=str(folder),
        )
    if not os.access(folder, os.W_OK):
        raise TemplateFillError(
            "out_folder_readonly",
            QT_TRANSLATE_NOOP("errors", "没有权限在文件夹“{folder}”中保存文件，请选择其他位置。"),
            folder=str(folder),
        )
    if out.is_dir():
        raise TemplateFillError(
            "out_is_folder",
            QT_TRANSLATE_NOOP("errors", "“{path}”是一个文件夹，请给输出文件起一个文件名。"),
            path=str(out),
        )


def _check_columns(columns: Mapping[int, str], width: int, src: Path) -> dict[int, str]:
    cols: dict[int, str] = {}
    for key, fid in columns.items():
        try:
            col = int(key)
        except (TypeError, ValueError):
            raise TemplateFillError(
                "bad_column",
                QT_TRANSLATE_NOOP("errors", "列号“{key}”不是数字，无法填写模板“{name}”。"),
                key=str(key),
                name=src.name,
            ) from None
        if not 1 <= col <= width:
            raise TemplateFillError(
                "column_out_of_table",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "第 {column} 列超出了模板“{name}”的表格范围（表格共 {width} 列），请重新核对列的对应关系。",
                ),
                column=col,
                name=src.name,
                width=width,
            )
        if fid:
            cols[col] = str(fid)
    return cols


def _load(src: Path, lay: FillLayout) -> tuple[openpyxl.Workbook, list[str]]:
    try:
        if src.suffix.lower() == ".xls":
            from exports.excel.xls_convert import xls_to_workbook

            wb, notes = xls_to_workbook(src, lay)
        else:
            # rich_text keeps red * in headers; keep_links=False: a link to another workbook (possibly on
            # a network share Excel would reach out to when the form is opened) is never carried out
            wb, notes = openpyxl.load_workbook(src, rich_text=True, keep_links=False), []
            notes += _drop_external_formulas(wb)
    except Exception as exc:  # corrupt, encrypted, renamed files raise many types
        raise TemplateFillError(
            "template_unreadable",
            QT_TRANSLATE_NOOP("errors", "模板文件“{name}”无法打开（{error}），可能已损坏或设置了密码。"),
            name=src.name,
            error=type(exc).__name__,
        ) from exc
    if lay.sheet not in wb.sheetnames:
        raise TemplateFillError(
            "sheet_missing",
            QT_TRANSLATE_NOOP(
                "errors", "模板“{name}”中找不到工作表“{sheet}”，模板可能已被修改，请重新导入。"
            ),
            name=src.name,
            sheet=lay.sheet,
        )
    for other in wb.worksheets:  # open on the form; two selected tabs would group the sheets
        view = getattr(other, "sheet_view", None)
        if view is not None:
            view.tabSelected = other.title == lay.sheet
    wb.active = wb.sheetnames.index(lay.sheet)
    return wb, notes


_EXTERNAL_REF = re.compile(r"\[\d+\]")  # [1]Sheet1!A1: a cell of the workbook behind external link 1


def _drop_external_formulas(wb: openpyxl.Workbook) -> list[str]:
    """Empty the formulas that read another workbook: their links were not kept (see `_load`)."""
    dropped = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.startswith("=") and _EXTERNAL_REF.search(value):
                    cell.value = None
                    dropped += 1
    return [f"模板中 {dropped} 个引用其他工作簿的公式已去掉（外部链接不随表格带出）"] if dropped else []


def _total_cells(ws, lay: FillLayout, plan: RowPlan, columns: Mapping[int, str]) -> dict[int, list[int]]:
    """Put SUM placeholders into empty 合计 cells of summable columns; col → output rows."""
    out: dict[int, list[int]] = {}
    if plan.n_rows == 0:
        return out
    for tr in lay.total_rows:
        nr = plan.new_row(tr)
        if nr is None or plan.tail_start is None or tr < plan.tail_start:
            continue
        for col, fid in columns.items():
            if fid == SEQ_FIELD or _NO_SUM.search(fid.rsplit(".", 1)[-1]):
                continue
            cell = ws._cells.get((nr, col))
            if isinstance(cell, MergedCell) or (cell is not None and cell.value not in (None, "")):
                continue
            letter = get_column_letter(col)
            ws.cell(row=nr, column=col).value = f"=SUM({letter}{plan.data_first}:{letter}{plan.data_last})"
            out.setdefault(col, []).append(nr)
    return out


def _finish_totals(tail: str, totals: dict[int, list[int]], tracker: SumTracker) -> str:
    """Give each SUM its cached value, or drop it when the column held text."""
    numeric = tracker.numeric_columns()
    for col, out_rows in totals.items():
        letter = get_column_letter(col)
        for r in out_rows:
            start = tail.find(f'<c r="{letter}{r}"')
            if start < 0:
                continue
            end = tail.find("</c>", start) + len("</c>")
            if col in numeric:
                total = round(numeric[col], 10)
                value = int(total) if total.is_integer() and abs(total) < 1e15 else total
                cell = re.sub(r"<v\s*/>", f"<v>{value}</v>", tail[start:end], count=1)
            else:
                cell = tail[start : tail.find(">", start)].rstrip(" /") + " />"
            tail = tail[:start] + cell + tail[end:]
    return tail


def _specs(
    style: DataStyle, columns: Mapping[int, str], width: int, totals: Mapping[int, list[int]]
) -> list[ColumnSpec]:
    return [
        ColumnSpec(
            col=c,
            letter=get_column_letter(c),
            field=columns.get(c),
            style=style.style_ids[c],
            text_style=style.text_style_ids[c],
            force_text=c in style.text_columns,
            seq=columns.get(c) == SEQ_FIELD,
            track_sum=c in totals,
            formula=None if c in columns else style.formulas.get(c),
            date_cell=c in style.date_columns,
        )
        for c in range(1, width + 1)
    ]


@dataclass
class PreparedSheet:
    """A form sheet reshaped around the gap its rows go into, with what the splice needs."""

    lay: FillLayout
    data: Sequence[Mapping[str, object]]
    cols: dict[int, str]
    width: int
    plan: RowPlan
    style: DataStyle
    totals: dict[int, list[int]]
    last_row: int
    max_col: int
    max_row: int
    placed: list[str]


def prepare_sheet(
    wb: openpyxl.Workbook,
    lay: FillLayout,
    columns: Mapping[int, str],
    data: Sequence[Mapping[str, object]],
    meta: Mapping[str, str] | None,
    src: Path,
    *,
    pad_blank_rows: bool = True,
) -> PreparedSheet:
    """Fill the meta labels of ``lay.sheet`` in ``wb``, register its data styles and reshape it around an
    empty gap for ``len(data)`` rows (the workbook is saved afterwards and the rows spliced in)."""
    ws = wb[lay.sheet]
    width = lay.n_cols or ws.max_column
    cols = _check_columns(columns, width, src)
    plan = plan_rows(lay, len(data), ws.max_row, pad_blank_rows=pad_blank_rows)
    meta_rows = [r for r in range(1, lay.header_rows[0])]
    if plan.tail_start is not None:
        meta_rows += list(range(plan.tail_start, ws.max_row + 1))
    placed = fill_meta(ws, meta_rows, meta or {}, width)
    style = build_data_style(ws, lay, plan, width)
    last_row = max(ws.max_row + plan.shift if plan.tail_start else 0, plan.data_last, plan.data_first - 1)
    reshape_sheet(ws, lay, plan, width, last_row)
    totals = _total_cells(ws, lay, plan, cols)
    wb.calculation.fullCalcOnLoad = True
    return PreparedSheet(
        lay, data, cols, width, plan, style, totals, last_row, ws.max_column, ws.max_row, placed
    )


def splice_rows(
    skeleton: bytes,
    sheet: PreparedSheet,
    out: io.BufferedIOBase | str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> SumTracker:
    """Write ``skeleton`` to ``out`` with the sheet's rows streamed into its gap; returns the sums seen."""
    plan, style, width, totals = sheet.plan, sheet.style, sheet.width, sheet.totals
    tracker = SumTracker()
    total = plan.n_data

    def tick(done: int) -> None:
        if progress is not None:
            progress(min(done, total), total)
        if cancelled():
            raise FillCancelled()

    height = f' ht="{style.row_height:g}" customHeight="1"' if style.row_height else ""
    rows_xml = render_rows(
        sheet.data,
        _specs(style, sheet.cols, width, totals),
        plan.data_first,
        plan.n_data,
        height,
        tracker,
        tick,
    )
    merges = [
        f"{get_column_letter(a)}{r}:{get_column_letter(b)}{r}"
        for r in range(plan.data_first, plan.data_last + 1)
        for a, b in style.row_merges
    ]
    tick(0)
    write_spliced(
        skeleton,
        sheet.lay.sheet,
        (plan.data_first, plan.data_last),
        f"A1:{get_column_letter(max(width, sheet.max_col))}{max(sheet.last_row, sheet.max_row)}",
        rows_xml,
        out,
        finish_tail=lambda tail: _finish_totals(tail, totals, tracker),
        extra_merges=merges,
    )
    return tracker


@contextmanager
def written_atomically(out: Path) -> Iterator[Path]:
    """A temporary name beside ``out``, renamed to ``out`` when the block ends well and removed otherwise
    (cancel, error); a failing write or rename comes out as one `TemplateFillError` naming ``out``."""
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.filling.xlsx")
    try:
        yield tmp
        os.replace(tmp, out)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise TemplateFillError(
                "write_failed",
                QT_TRANSLATE_NOOP(
                    "errors", "无法保存“{path}”（{error}）。文件可能正在被 Excel/WPS 打开，或磁盘已满。"
                ),
                path=str(out),
                error=exc.strerror or str(exc),
            ) from exc
        raise


def fill_template(
    template_path: Path | str,
    layout: Mapping[str, object] | FillLayout,
    columns: Mapping[int, str],
    rows: Iterable[Mapping[str, object]],
    out_path: Path | str,
    *,
    meta: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    pad_blank_rows: bool = True,
) -> FillResult:
    """Write ``rows`` into a copy of the template at ``out_path`` (.xlsx); see the module doc.

    ``columns`` maps 1-based column → field id (``meta.seq`` gets 1, 2, 3 …); each row maps
    field id → formatted value. ``meta`` fills 填报单位/填报日期/填表人/审核人/负责人 labels.
    Raises :class:`TemplateFillError` for bad input and :class:`FillCancelled` on cancel.
    """
    started = time.perf_counter()
    src, out = Path(template_path), Path(out_path)
    notes: list[str] = []
    if out.suffix.lower() != ".xlsx":
        out = out.with_suffix(".xlsx")
        notes.append(f"输出文件已保存为 .xlsx 格式：{out.name}")
    try:
        lay = FillLayout.from_any(layout)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise TemplateFillError(
            "bad_layout",
            QT_TRANSLATE_NOOP("errors", "模板的版式信息不完整（缺少 {missing}），请重新导入模板。"),
            missing=str(exc),
        ) from exc
    _check_paths(src, out)
    data: Sequence[Mapping[str, object]] = rows if isinstance(rows, Sequence) else list(rows)
    cancelled = is_cancelled or (lambda: False)
    if cancelled():
        raise FillCancelled()
    wb, load_notes = _load(src, lay)
    notes.extend(load_notes)
    sheet = prepare_sheet(wb, lay, columns, data, meta, src, pad_blank_rows=pad_blank_rows)
    skeleton = io.BytesIO()
    wb.save(skeleton)
    with written_atomically(out) as tmp:
        tracker = splice_rows(skeleton.getvalue(), sheet, str(tmp), progress, cancelled)
    plan, placed, style = sheet.plan, sheet.placed, sheet.style
    footer = plan.new_row(plan.tail_start) if plan.tail_start is not None else None
    return FillResult(
        path=out,
        rows_written=len(data),
        data_first_row=plan.data_first,
        data_last_row=plan.data_last,
        footer_first_row=footer,
        meta_placed=placed,
        meta_unplaced=[k for k in (meta or {}) if k not in placed and (meta or {}).get(k)],
        sum_columns=sorted(tracker.numeric_columns()),
        style_source=style.source,
        notes=notes,
        seconds=time.perf_counter() - started,
    )
