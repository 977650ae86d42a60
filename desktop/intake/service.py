"""Registering a department's Excel template as a form item, with its layout and column mapping."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.audit import record
from desktop.catalog.fields import Catalog
from desktop.catalog.service import NOT_A_FIELD_REASON, CatalogService, drop_not_fields
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, Notice, ValidationError
from desktop.intake.inspect import TemplateInspection, inspect_template
from desktop.intake.normalize import normalize_header
from desktop.intake.read_errors import read_error
from desktop.intake.scoring import canon, group_stem
from desktop.registry.departments import DepartmentService
from desktop.registry.service import RegistryService, Saved
from exports.excel.reader import WorkbookReadError, open_workbook
from exports.excel.sheet_grid import cell_text
from storage.forms import FormColumn, FormRepository, FormTemplate
from storage.transaction import transaction

PREVIEW_ROWS = 80


@dataclass(frozen=True)
class SheetPreview:
    """Display text of a sheet's first rows (0-based lists) and merged ranges as 1-based (r1, c1, r2, c2)."""

    sheet: str
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]]
    truncated: bool


def learned_wording(levels: tuple[str, ...], catalog: Catalog, field_id: str) -> str:
    """The wording to remember for a corrected column.

    The leaf header alone when no other field already owns it; otherwise the group stem joined to the
    leaf (户主信息/姓名 → 户主姓名), so a generic leaf such as 姓名 never gets taught a second meaning;
    "" (nothing to learn) when a single-level header already belongs to another field.
    """
    leaf = levels[-1] if levels else ""
    leaf_key = canon(normalize_header(leaf).key)
    owners = {f.id for f in catalog if leaf_key in {canon(normalize_header(t).key) for t in f.terms}}
    if not owners - {field_id}:
        return leaf.strip()
    if len(levels) < 2:
        return ""  # the wording already means another field: teaching it a second meaning would mislead
    stem = group_stem(normalize_header(levels[-2]))
    return f"{stem}{normalize_header(leaf).key}"


class FormIntakeService:
    backup_before: Callable[[], object] = staticmethod(lambda: None)  # Office: back up before a template

    def __init__(
        self,
        forms: FormRepository,
        catalog: CatalogService,
        registry: RegistryService,
        departments: DepartmentService,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.forms = forms
        self.catalog = catalog
        self.registry = registry
        self.departments = departments
        self.clock = clock

    def inspect(
        self, path: Path | str, sheet: str | int | None = None, department_id: int | None = None
    ) -> TemplateInspection:
        """Read a template and map its columns; raises a clear error for unreadable files. Headers the
        clerk marked as not a field for `department_id` (or for no department in particular) stay
        unmapped; see `apply_decisions`."""
        try:
            inspection = inspect_template(Path(path), self.catalog.catalog(), sheet)
        except WorkbookReadError as exc:
            raise read_error(exc) from exc
        inspection.as_read = copy.deepcopy(inspection.columns)
        self.apply_decisions(inspection, department_id)
        return inspection

    def apply_decisions(self, inspection: TemplateInspection, department_id: int | None) -> list[int]:
        """Apply the not-a-field decisions of the department sending the form (and those made for no
        department in particular) to the columns as the program read them, undoing another department's:
        the review calls it again whenever the clerk changes the department. Returns the columns whose
        mapping changed. A decision of one department never touches another department's form."""
        before = {m.col: (m.field, m.reason) for m in inspection.columns}
        read = {m.col: m for m in inspection.as_read}
        for match in inspection.columns:
            if (original := read.get(match.col)) is not None:
                match.field, match.confidence, match.reason = (
                    original.field,
                    original.confidence,
                    original.reason,
                )
                match.suggestions = list(original.suggestions)
        drop_not_fields(inspection.columns, self.catalog.not_a_field_keys(department_id))
        return [m.col for m in inspection.columns if before[m.col] != (m.field, m.reason)]

    def preview(self, path: Path | str, sheet: str, max_rows: int = PREVIEW_ROWS) -> SheetPreview:
        """The first rows of a sheet as display text, with merged ranges, for the review dialog."""
        try:
            with open_workbook(Path(path)) as workbook:
                grid = workbook.grid(sheet, max_rows=max_rows)
        except WorkbookReadError as exc:
            raise read_error(exc) from exc
        rows = [[cell_text(v) for v in row] for row in grid.rows]
        merges = [(m.first_row + 1, m.first_col + 1, m.last_row + 1, m.last_col + 1) for m in grid.merged]
        return SheetPreview(sheet, rows, merges, grid.truncated)

    def register(
        self,
        path: Path | str,
        values: Mapping[str, Any],
        mapping: Mapping[int, str | None] | None = None,
        sheet: str | int | None = None,
        inspection: TemplateInspection | None = None,
        attachments: Iterable[Path] = (),
        new_fields: Mapping[int, str] | None = None,
    ) -> Saved:
        """Register the template as a form item, store its layout and mapping, learn the clerk's corrections.

        `mapping` holds the clerk's choices (column → field id or None); columns not in it keep the
        program's answer. `new_fields` (column → name) are custom fields the clerk asked for during the
        review: made here, so a review that is cancelled leaves none behind. All of it is one transaction:
        either everything is stored or nothing.
        """
        path = Path(path)
        item_values = {"kind": "form", **{k: v for k, v in values.items() if v not in (None, "")}}
        department = self.departments.resolve(str(item_values.get("department") or ""))
        # the caller's inspection (the review's) is left as it was shown
        inspection = copy.deepcopy(inspection) if inspection else self.inspect(path, sheet, department.id)
        catalog = self.catalog.catalog()
        chosen = dict(mapping or {})
        new_fields = dict(new_fields or {})
        known_cols = {c.col for c in inspection.columns}
        for col in new_fields:
            chosen.setdefault(col, None)  # checked below with the other columns, filled in the transaction
        for col, field_id in chosen.items():
            if col not in known_cols:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "模板中没有第 {col} 列。"), field="mapping", col=col
                )
            if field_id is not None and field_id not in catalog:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "指标库中没有字段“{field_id}”。请从列表中选择，或先新建自定义字段。"
                    ),
                    field="mapping",
                    field_id=field_id,
                )
        item_values.setdefault("title", inspection.layout.title or path.stem)
        # The decisions of the department finally chosen, whichever the review showed (the clerk's own
        # choices in `chosen` win over them).
        self.apply_decisions(inspection, department.id)
        levels = {c.col: c.levels for c in inspection.layout.columns}
        now = self.clock().isoformat(timespec="seconds")
        self.backup_before()
        with transaction(self.registry.conn):
            for col, name in new_fields.items():
                chosen[col] = self.catalog.add_custom_field(name, inspection.entity).id
            columns: list[FormColumn] = []
            corrections: list[tuple[str, tuple[str, ...]]] = []
            not_fields: list[str] = []  # headers the clerk unmapped on purpose
            for match in inspection.columns:
                field_id = chosen.get(match.col, match.field)
                by_clerk = match.col in chosen and field_id != match.field
                columns.append(
                    FormColumn(
                        match.col,
                        match.header,
                        field_id,
                        1.0 if by_clerk else match.confidence,
                        "clerk" if by_clerk else "auto",
                    )
                )
                if by_clerk and field_id:
                    corrections.append((field_id, levels.get(match.col, (match.header,))))
                elif by_clerk:
                    not_fields.append(match.header)
            saved = self.registry.create(item_values, [path, *(Path(p) for p in attachments)])
            attachment = next(a for a in reversed(saved.item.attachments) if a.original_name == path.name)
            earlier = [i for i in self.forms.items_with_sha(attachment.sha256) if i != saved.item.id]
            self.forms.save(
                FormTemplate(
                    saved.item.id,
                    attachment.sha256,
                    path.name,
                    inspection.sheet,
                    inspection.entity,
                    inspection.layout.title,
                    {**asdict(inspection.layout), "formats": inspection.formats_json()},
                    now,
                    columns,
                )
            )
            for field_id, column_levels in corrections:
                self.catalog.learn(field_id, learned_wording(column_levels, catalog, field_id), department.id)
            for match in inspection.columns:  # a header marked as not a field that the clerk mapped after all
                if chosen.get(match.col) and match.reason == NOT_A_FIELD_REASON:
                    self.catalog.unmark_not_a_field(match.header, department.id)
            for header in not_fields:
                self.catalog.mark_not_a_field(header, department.id)
            # A custom field made during the review belongs to the department that sent the form.
            self.catalog.claim_custom_fields({c.field_id for c in columns if c.field_id}, department.id)
            record(self.registry.conn, "template-register", {"item": saved.item.id, "file": path.name})
        notices = list(saved.notices)
        if earlier:
            notices.append(
                Notice(
                    QT_TRANSLATE_NOOP(
                        "errors", "这个模板与已登记的报表（事项编号 {ids}）是同一个文件，可能是重复下发。"
                    ),
                    {"ids": tuple(str(i) for i in earlier)},
                )
            )
        return Saved(self.registry.get(saved.item.id), notices)

    def with_templates(self, item_ids: Iterable[int]) -> list[int]:
        """The items among `item_ids` that were registered with a template."""
        return [i for i in item_ids if self.forms.get(i) is not None]

    def template(self, item_id: int) -> FormTemplate:
        template = self.forms.get(item_id)
        if template is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "事项 {id} 没有登记报表模板。"), id=item_id)
        return template
