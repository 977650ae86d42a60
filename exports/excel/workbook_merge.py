"""Several departments' templates filled into ONE workbook, one sheet per form, with extra columns.

The county's extract gives each bureau one file holding all its forms, each in the bureau's own template with
every township's rows and a 乡镇 column added. The filling is `exports.excel.template_fill`'s: each template
is loaded (an .xls rebuilt first), its form sheet copied into the first template's workbook (values, styles,
merged ranges, widths, heights, print settings and validations: a template is small), widened by the extra
columns (header styled like the table's last header cell, merged over the header rows; title rows that
spanned the table span the new width too), reshaped and saved once; then each sheet's rows are streamed into
their gap, one sheet after another. The file appears complete or not at all (temporary name, renamed).
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from exports.excel.fill_layout import FillLayout
from exports.excel.summary_workbook import display_width, sheet_name
from exports.excel.template_fill import _check_paths, _load, prepare_sheet, splice_rows, written_atomically


@dataclass
class SheetPart:
    """One form: its template and layout, the column → field mapping, its rows (field id → value), the
    name its sheet gets, and columns to add at the right (label, field id)."""

    template: Path
    layout: Mapping[str, object] | FillLayout
    columns: Mapping[int, str]
    rows: Sequence[Mapping[str, object]]
    title: str
    extra_columns: Sequence[tuple[str, str]] = ()
    meta: Mapping[str, str] = field(default_factory=dict)
    pad_blank_rows: bool = True


@dataclass
class MergedResult:
    path: Path
    sheets: list[tuple[str, int]] = field(default_factory=list)  # (sheet name, rows written) per part


def _copy_cell_style(source, target) -> None:
    if source.has_style:
        target.font = copy(source.font)
        target.border = copy(source.border)
        target.fill = copy(source.fill)
        target.number_format = source.number_format
        target.protection = copy(source.protection)
        target.alignment = copy(source.alignment)


def copy_sheet(source: Worksheet, target_wb: Workbook, title: str) -> Worksheet:
    """A copy of ``source`` (from another workbook) added to ``target_wb`` as ``title``."""
    ws = target_wb.create_sheet(title)
    for row in source.iter_rows():
        for cell in row:
            if isinstance(cell, MergedCell):
                continue
            new = ws.cell(row=cell.row, column=cell.column, value=cell.value)
            _copy_cell_style(cell, new)
    for key, dim in source.column_dimensions.items():
        ws.column_dimensions[key].width = dim.width
        ws.column_dimensions[key].hidden = dim.hidden
    for key, dim in source.row_dimensions.items():
        if dim.ht:
            ws.row_dimensions[key].height = dim.ht
    for rng in source.merged_cells.ranges:
        ws.merge_cells(str(rng))
        for row in ws[str(rng)]:  # a merged range's border is drawn on its cells
            for cell in row:
                _copy_cell_style(source.cell(row=cell.row, column=cell.column), cell)
    for dv in source.data_validations.dataValidation:
        ws.add_data_validation(copy(dv))
    ws.page_setup.orientation = source.page_setup.orientation
    ws.page_setup.paperSize = source.page_setup.paperSize
    ws.page_setup.fitToWidth = source.page_setup.fitToWidth
    ws.page_setup.fitToHeight = source.page_setup.fitToHeight
    ws.sheet_properties.pageSetUpPr = copy(source.sheet_properties.pageSetUpPr)
    ws.page_margins = copy(source.page_margins)
    ws.print_options = copy(source.print_options)
    ws.print_title_rows = source.print_title_rows
    ws.freeze_panes = source.freeze_panes
    ws.HeaderFooter = copy(source.HeaderFooter)
    return ws


def add_columns(ws: Worksheet, lay: FillLayout, labels: Sequence[str]) -> FillLayout:
    """Append header columns ``labels`` at the right of the form's table; the layout, widened."""
    if not labels:
        return lay
    width = lay.n_cols or ws.max_column
    top, bottom = lay.header_rows
    for rng in list(ws.merged_cells.ranges):  # title lines spanning the table span the new columns too
        if rng.max_row < top and rng.max_col == width and rng.min_col < width:
            bounds = (rng.min_row, rng.min_col, rng.max_row, rng.max_col + len(labels))
            ws.unmerge_cells(str(rng))
            ws.merge_cells(
                start_row=bounds[0], start_column=bounds[1], end_row=bounds[2], end_column=bounds[3]
            )
    headers = dict(lay.headers)
    style_rows = [r for r in (lay.data_start_row, lay.example_row) if r]
    for offset, label in enumerate(labels, start=1):
        col = width + offset
        for r in [*range(top, bottom + 1), *style_rows]:
            ws.cell(row=r, column=col)._style = copy(ws.cell(row=r, column=width)._style)
        ws.cell(row=top, column=col).value = label
        if bottom > top:
            ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        ws.column_dimensions[get_column_letter(col)].width = max(12.0, display_width(label) + 4.0)
        headers[col] = label
    return dataclasses.replace(lay, n_cols=width + len(labels), headers=headers)


def fill_workbook(
    parts: Sequence[SheetPart],
    out_path: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> MergedResult:
    """Write every part as one sheet of the workbook at ``out_path`` (.xlsx); see the module doc.
    ``progress(rows_done, rows_total)``; `FillCancelled` (nothing left behind) when ``is_cancelled()``."""
    out = Path(out_path)
    cancelled = is_cancelled or (lambda: False)
    if not parts:
        raise ValueError("no sheets to write")
    master: Workbook | None = None
    taken: set[str] = set()
    prepared = []
    for part in parts:
        lay = FillLayout.from_any(part.layout)
        _check_paths(part.template, out)
        wb, _notes = _load(part.template, lay)
        name = sheet_name(part.title, taken)
        if master is None:
            master = wb
            wb[lay.sheet].title = name
            ws = wb[name]
        else:
            ws = copy_sheet(wb[lay.sheet], master, name)
        lay = dataclasses.replace(lay, sheet=name)
        columns = dict(part.columns)
        lay = add_columns(ws, lay, [label for label, _field in part.extra_columns])
        first_extra = lay.n_cols - len(part.extra_columns) + 1
        for offset, (_label, field_id) in enumerate(part.extra_columns):
            columns[first_extra + offset] = field_id
        prepared.append(
            prepare_sheet(
                master, lay, columns, part.rows, part.meta, part.template, pad_blank_rows=part.pad_blank_rows
            )
        )
    assert master is not None
    master.active = 0
    for index, ws in enumerate(master.worksheets):
        ws.sheet_view.tabSelected = index == 0
    buffer = io.BytesIO()
    master.save(buffer)
    skeleton = buffer.getvalue()
    total = sum(len(p.data) for p in prepared) or 1
    done = 0
    result = MergedResult(out)
    with written_atomically(out) as tmp:
        for index, sheet in enumerate(prepared):
            base = done

            def tick(n: int, _total: int, base: int = base) -> None:
                if progress is not None:
                    progress(min(base + n, total), total)

            last = index == len(prepared) - 1
            target: io.BytesIO | str = str(tmp) if last else io.BytesIO()
            splice_rows(skeleton, sheet, target, tick, cancelled)
            if isinstance(target, io.BytesIO):
                skeleton = target.getvalue()
            done += len(sheet.data)
            result.sheets.append((sheet.lay.sheet, len(sheet.data)))
    return result
