"""One call from a template file to its layout and column mapping."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.catalog.fields import Catalog
from desktop.intake.layout import FormLayout
from desktop.intake.mapping import ColumnMatch, MappingResult, map_columns
from desktop.intake.sheet_choice import choose_form_sheet
from desktop.intake.value_formats import ValueFormat, read_format
from exports.excel.reader import Workbook
from exports.excel.sheet_grid import col_letter
from storage.open_databases import refuse_open_database


@dataclass
class TemplateInspection:
    """What the program understood of a template: layout, row entity and column mapping."""

    file: str
    layout: FormLayout
    mapping: MappingResult
    sheets: list[str] = field(default_factory=list)
    # column → how its header (or example value) asks values to be written
    formats: dict[int, ValueFormat] = field(default_factory=dict)
    # the columns as the program mapped them, before a department's remembered decisions were applied
    # (kept by the intake service, so that choosing another department can undo them)
    as_read: list[ColumnMatch] = field(default_factory=list, repr=False, compare=False)

    def formats_json(self) -> dict[str, dict[str, object]]:
        """The formats as stored with the template's layout (``layout["formats"]``)."""
        return {str(col): fmt.to_dict() for col, fmt in self.formats.items() if fmt}

    @property
    def sheet(self) -> str:
        return self.layout.sheet

    @property
    def entity(self) -> str:
        return self.mapping.entity

    @property
    def columns(self) -> list[ColumnMatch]:
        return self.mapping.columns

    def to_dict(self) -> dict[str, Any]:
        """Plain data in the shape of the truth files (plus footer/meta extras)."""
        lay = self.layout
        return {
            "file": self.file,
            "sheet": lay.sheet,
            "entity": self.mapping.entity,
            "title": lay.title,
            "header_rows": [lay.header_rows[0], lay.header_rows[1]],
            "example_row": lay.example_row,
            "data_start_row": lay.data_start_row,
            "columns": [
                {
                    "col": m.col,
                    "letter": col_letter(m.col),
                    "header": m.header,
                    "field": m.field,
                    "confidence": round(m.confidence, 3),
                    "suggestions": [{"field": s.field_id, "score": round(s.score, 3)} for s in m.suggestions],
                    **({"format": fmt.to_dict()} if (fmt := self.formats.get(m.col)) else {}),
                }
                for m in self.mapping.columns
            ],
            "meta_rows": lay.meta_rows,
            "footer_rows": lay.footer_rows,
            "total_rows": lay.total_rows,
            "data_end_row": lay.data_end_row,
        }


def inspect_workbook(
    wb: Workbook, catalog: Catalog | None = None, sheet: str | int | None = None
) -> TemplateInspection:
    """Like :func:`inspect_template` on an already open workbook (keeps the sheet parsed)."""
    cand = choose_form_sheet(wb, wb.path.name, sheet)
    lay = cand.layout
    examples = None
    if lay.example_row is not None:  # what the example row shows is evidence of what a column holds
        examples = [cand.grid.text(lay.example_row - 1, c.col - 1) for c in lay.columns]
    mapping = map_columns(lay.columns, catalog or Catalog(), title=lay.title, examples=examples)
    formats = {  # a real date cell in the example row is left to the fill (it writes real dates there)
        c.col: fmt
        for c in lay.columns
        if (
            fmt := read_format(
                c.levels[-1] if c.levels else c.header,
                cand.grid.value(lay.example_row - 1, c.col - 1) if lay.example_row is not None else None,
            )
        )
    }
    return TemplateInspection(
        file=str(wb.path),
        layout=cand.layout,
        mapping=mapping,
        sheets=[s.name for s in wb.sheets],
        formats=formats,
    )


def inspect_template(
    path: Path | str, catalog: Catalog | None = None, sheet: str | int | None = None
) -> TemplateInspection:
    """Open a template, find its form sheet and layout, and map its columns onto the catalog.

    Raises :class:`exports.excel.reader.WorkbookReadError` with a user message when the
    file cannot be read or holds no table.
    """
    refuse_open_database(path)  # reading the open database as a file would drop its locks
    with Workbook(path) as wb:
        insp = inspect_workbook(wb, catalog, sheet)
    insp.file = str(path)
    return insp
