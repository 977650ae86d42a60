"""The template a county extract fills for one form, and which of its columns take which fields.

In order of preference: the whitelist entry's template (file store), the first township's filled form from
its stored package, a plain one-header-row sheet written here. The template is read like a township's intake
reads one (`desktop.intake.inspect.inspect_template`); a column takes the field the intake chose, or the best
of its suggestions, but only a field the townships actually sent (or 序号), each field once. A field the
intake placed nowhere goes to a column whose header is the field's catalog name.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog.fields import Catalog
from desktop.county.form_keys import plain_title
from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from desktop.intake.normalize import squash
from desktop.intake.value_formats import ValueFormat
from exports.excel.fill_layout import FillLayout
from exports.excel.reader import WorkbookReadError
from exports.excel.template_fill import SEQ_FIELD
from exports.package.safe_names import safe_component
from storage.blobs import BlobStore
from storage.county_reports import ReceivedForm
from storage.whitelist import WhitelistEntry

WHITELIST, TOWNSHIP, PLAIN = "whitelist", "township", "plain"


@dataclass
class ChosenTemplate:
    path: Path
    layout: FillLayout
    columns: dict[int, str]
    source: str
    headers: dict[int, str] = field(default_factory=dict)
    formats: dict[int, ValueFormat] = field(default_factory=dict)  # how a header asks values to be written


def form_template(
    form: ReceivedForm,
    entry: WhitelistEntry | None,
    wanted: Sequence[str],
    folder: Path,
    blobs: BlobStore,
    catalog: Catalog,
    keys: Callable[[], tuple[object, ...]],
) -> ChosenTemplate:
    """The template for ``form``'s group (see the module doc), copied into ``folder``."""
    candidates: list[tuple[str, Callable[[], Path | None]]] = [
        (WHITELIST, lambda: _whitelist_file(entry, folder, blobs)),
        (TOWNSHIP, lambda: _township_file(form, folder, blobs, keys)),
    ]
    for source, make in candidates:
        path = make()
        if path is None:
            continue
        chosen = _read(path, wanted, catalog, source)
        if chosen is not None:
            return chosen
    return _plain(form.title, wanted, folder, catalog)


def _whitelist_file(entry: WhitelistEntry | None, folder: Path, blobs: BlobStore) -> Path | None:
    if entry is None or not entry.template_sha:
        return None
    stored = blobs.path_of(entry.template_sha)
    if not stored.is_file():
        return None
    suffix = Path(entry.template_name or "").suffix.lower() or ".xlsx"
    target = folder / f"whitelist{suffix}"
    shutil.copyfile(stored, target)  # the readers go by the file's extension
    return target


def _township_file(
    form: ReceivedForm, folder: Path, blobs: BlobStore, keys: Callable[[], tuple[object, ...]]
) -> Path | None:
    from exports.package.manifest import PackageError
    from exports.package.reader import open_package

    if not form.xlsx:
        return None
    stored = blobs.path_of(form.blob_sha)
    if not stored.is_file():
        return None
    try:
        with open_package(stored, keys()) as package:
            data = package.read(form.xlsx)
    except PackageError as exc:
        raise UserFacingError(
            QT_TRANSLATE_NOOP("errors", "无法读取{office}的数据包中的“{name}”：{reason}"),
            office=form.office_name,
            name=form.xlsx,
            reason=exc,
        ) from exc
    target = folder / "township.xlsx"
    target.write_bytes(data)
    _retitle(target, form.title, plain_title(form.title, form.office_name))
    return target


def _retitle(path: Path, title: str, plain: str) -> None:
    """The township's title line (白沙镇2026年10月…表) read as the county's (…表) in a township's filled form."""
    import openpyxl

    if title == plain:
        return
    try:
        wb = openpyxl.load_workbook(path, rich_text=True)
    except Exception:  # noqa: BLE001 - an unreadable form is left to the reader, which says why
        return
    changed = False
    for ws in wb.worksheets:
        for row in ws.iter_rows(max_row=min(ws.max_row, 6)):
            for cell in row:
                if isinstance(cell.value, str) and title in cell.value:
                    cell.value = cell.value.replace(title, plain)
                    changed = True
    if changed:
        wb.save(path)


def _read(path: Path, wanted: Sequence[str], catalog: Catalog, source: str) -> ChosenTemplate | None:
    from desktop.intake.inspect import inspect_template

    try:
        inspection = inspect_template(path, catalog)
    except WorkbookReadError:
        return None
    allowed = set(wanted) | {SEQ_FIELD}
    columns: dict[int, str] = {}
    for match in inspection.columns:
        options = [match.field] + [s.field_id for s in match.suggestions]
        chosen = next((f for f in options if f in allowed and f not in columns.values()), None)
        if chosen is not None:
            columns[match.col] = chosen
    unmapped = {squash(m.header): m.col for m in inspection.columns if m.col not in columns}
    for field_id in wanted:
        known = catalog.get(field_id)
        col = unmapped.get(squash(known.name_zh)) if known is not None else None
        if col is not None and field_id not in columns.values():
            columns[col] = field_id
    if not any(f != SEQ_FIELD for f in columns.values()):
        return None  # not this form's table
    headers = {m.col: m.header for m in inspection.columns}
    layout = FillLayout.from_any(inspection.layout)
    return ChosenTemplate(path, layout, columns, source, headers, dict(inspection.formats))


def _plain(title: str, wanted: Sequence[str], folder: Path, catalog: Catalog) -> ChosenTemplate:
    """A sheet with the form's title and one header row of the fields' catalog names."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    from exports.excel.summary_workbook import display_width

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    thin = Side(style="thin")
    labels = ["序号"] + [(catalog.get(f).name_zh if catalog.get(f) else f) for f in wanted]
    for col, label in enumerate(labels, start=1):
        head = ws.cell(row=2, column=col, value=label)
        head.font = Font(bold=True)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.cell(row=3, column=col).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, (label, field_id) in enumerate(zip(labels, [SEQ_FIELD, *wanted], strict=True), start=1):
        long = any(part in field_id for part in ("id_number", "phone", "code", "account", "address"))
        width = 6.0 if field_id == SEQ_FIELD else max(20.0 if long else 10.0, display_width(label) + 4.0)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    if len(labels) > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(labels))
    path = folder / f"{safe_component(title, 60)}.xlsx"
    wb.save(path)
    layout = FillLayout(
        sheet="Sheet1",
        header_rows=(2, 2),
        data_start_row=3,
        title_rows=(1,),
        n_cols=len(labels),
        headers=dict(enumerate(labels, start=1)),
    )
    columns = {1: SEQ_FIELD} | {i: f for i, f in enumerate(wanted, start=2)}
    return ChosenTemplate(path, layout, columns, PLAIN)
