"""Stream the data rows of a filled return, using the layout found on its top rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop.catalog.fields import Catalog
from desktop.intake.closing_lines import FIRST_CHARS as _CLOSING_FIRST_CHARS
from desktop.intake.closing_lines import is_closing_row
from desktop.intake.inspect import TemplateInspection, inspect_workbook
from desktop.intake.layout import FormLayout
from desktop.intake.rows import is_footer_text, is_total_text
from desktop.intake.signoff import FIRST_CHARS as _SIGNOFF_FIRST_CHARS
from desktop.intake.signoff import is_signoff_row
from exports.excel.reader import Workbook
from storage.open_databases import refuse_open_database

_FOOTER_FIRST_CHARS = (
    frozenset("填制审复负经统调排登核联注备说盖签日合总小共累全")
    | _SIGNOFF_FIRST_CHARS
    | _CLOSING_FIRST_CHARS
)


def iter_data_rows(
    wb: Workbook, layout: FormLayout, stop_at_footer: bool = True
) -> Iterator[tuple[int, list]]:
    """Yield ``(excel_row, values)`` for every non-blank data row, values cut to the table width.

    Blank rows are skipped; 合计/小计 rows are skipped; with ``stop_at_footer`` the stream
    ends at the first footer line: 填表人：… / 注：… in one of the first columns, or a sign-off
    line anywhere on the row (审核人 | 王五 | 联系电话：… — see :mod:`desktop.intake.signoff`), or
    a closing line (单位（盖章）, 本表由…汇总上报 — :mod:`desktop.intake.closing_lines`).
    """
    width = layout.n_cols
    row_no = layout.data_start_row - 1
    blank = [""] * width
    for raw in wb.iter_rows(layout.sheet, start_row=layout.data_start_row):
        row_no += 1
        # each row is a new list from the reader: kept as it is when it already has the table's width
        values = raw if len(raw) == width else raw[:width] + blank[len(raw) :]
        at, first = 0, values[0] if width else ""
        if first == "":  # the usual row starts with its 序号 or name: no search
            if values.count("") == width:
                continue
            at, first = next((i, v) for i, v in enumerate(values) if v != "")
        if isinstance(first, str) and first[:1] in _FOOTER_FIRST_CHARS:
            leading = at < 3
            if leading and is_total_text(first):
                continue
            if stop_at_footer and (
                leading and is_footer_text(first) or is_signoff_row(values) or is_closing_row(values)
            ):
                return
        yield row_no, values


def read_return(
    path: Path | str, catalog: Catalog | None = None, sheet: str | int | None = None
) -> tuple[TemplateInspection, list[tuple[int, list]]]:
    """Inspect a filled return and read all its data rows (one parse of the sheet)."""
    refuse_open_database(path)  # reading the open database as a file would drop its locks
    with Workbook(path) as wb:
        insp = inspect_workbook(wb, catalog, sheet)
        rows = list(iter_data_rows(wb, insp.layout))
    return insp, rows
