"""Filling a registered form from the ledger into the department's own template (its stored original).

Rows are the ledger's entities of the form's kind (optionally narrowed by a scope such as one
village) that hold at least one of the form's facts, ordered by village, then name, then id.
Values are written the way the column's header asks (a date pattern, 是/否 or √, a code legend,
a unit: ``layout["formats"]`` stored at registration, or read from the header for templates
registered before formats were kept), else the way the template's example row (or its dropdowns)
shows them; 序号 is numbered afresh and ID numbers stay text. Age, gender and birth date come from
the ID number when the ledger lacks them. The office's own area (县, 乡镇, 区划代码 columns) comes
from the office profile, the same on every row.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.audit import record
from desktop.catalog.service import CatalogService
from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError, ValidationError
from desktop.forms.fill_values import OFFICE_FIELDS, cell_writer, column_samples, derive, office_values
from desktop.forms.overlaps import DERIVED_FROM
from desktop.intake.normalize import squash
from desktop.intake.value_formats import ValueFormat, read_format
from desktop.ledger.entity_rules import LABEL_FIELDS, LEDGER_KINDS, is_ledger_fact
from desktop.ledger.keys import village_key
from desktop.ledger.values import detect_style
from desktop.profile import ProfileService
from desktop.registry.service import RegistryService
from exports.excel.template_fill import SEQ_FIELD, FillResult, TemplateFillError, fill_template
from exports.signers import SIGNER_ROLES
from storage.blobs import BlobStore
from storage.forms import FormRepository, FormTemplate
from storage.ledger import LedgerRepository

VILLAGE_FIELDS = {"person": "person.village", "household": "household.village", "village": "village.name"}
SIGNERS = SIGNER_ROLES  # 填表人 / 审核人 / 负责人: one set of labels (exports/signers.py)
_FILL_ERRORS = {
    "template_unreadable": QT_TRANSLATE_NOOP(
        "errors", "报表模板原件“{name}”无法打开，可能已损坏。请重新导入模板。"
    ),
    "template_type": QT_TRANSLATE_NOOP(
        "errors", "报表模板原件“{name}”无法打开，可能已损坏。请重新导入模板。"
    ),
    "sheet_missing": QT_TRANSLATE_NOOP("errors", "模板“{name}”的版式与登记时不一致，请重新导入模板。"),
    "bad_layout": QT_TRANSLATE_NOOP("errors", "模板“{name}”的版式与登记时不一致，请重新导入模板。"),
    "column_out_of_table": QT_TRANSLATE_NOOP("errors", "模板“{name}”的版式与登记时不一致，请重新导入模板。"),
    "write_failed": QT_TRANSLATE_NOOP(
        "errors",
        "无法保存“{path}”。文件可能正在被 Excel/WPS 打开，或磁盘已满。请关闭文件或换一个位置后重试。",
    ),
}


def _matches(field_id: str, stored: str | None, wanted: str) -> bool:
    if stored is None:
        return False
    if field_id.endswith(".village") or field_id == "village.name":
        return village_key(stored) == village_key(wanted)
    return squash(stored) == squash(wanted)


class FormFillService:
    def __init__(
        self,
        forms: FormRepository,
        registry: RegistryService,
        ledger: LedgerRepository,
        catalog: CatalogService,
        profile: ProfileService,
        blobs: BlobStore,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.forms = forms
        self.registry = registry
        self.ledger = ledger
        self.catalog = catalog
        self.profile = profile
        self.blobs = blobs
        self.clock = clock

    def template_of(self, item_id: int) -> FormTemplate:
        """The form's stored template; a clear error for other items and for forms without one."""
        item = self.registry.get(item_id)
        if item.kind != "form":
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "事项 {id}“{title}”不是报表，不能用台账填写。"),
                field="item",
                id=item_id,
                title=item.title,
            )
        template = self.forms.get(item_id)
        if template is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "报表 {id}“{title}”没有登记模板（Excel 表格），请先导入报表模板。"
                ),
                field="item",
                id=item_id,
                title=item.title,
            )
        if template.entity not in LEDGER_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "报表“{title}”的每一行不是人员、户、村或企业，台账无法填写。"),
                field="item",
                title=item.title,
            )
        return template

    def columns(self, item_id: int) -> dict[int, str]:
        """Template column → field the fill writes (序号 and the ledger's facts)."""
        template = self.template_of(item_id)
        return {
            c.col: c.field_id
            for c in template.columns
            if c.field_id and (c.field_id in (SEQ_FIELD, *OFFICE_FIELDS) or is_ledger_fact(c.field_id))
        }

    def rows(self, item_id: int, scope: Mapping[str, str] | None = None) -> list[dict[str, str | None]]:
        """The ledger's entities for this form as stored values (field → text), in fill order."""
        template = self.template_of(item_id)
        kind = template.entity
        columns = set(self.columns(item_id).values())
        fields = [f for f in dict.fromkeys(self.columns(item_id).values()) if is_ledger_fact(f)]
        office = {f: v for f, v in office_values(self.profile.get()).items() if f in columns}
        wanted = self._scope(kind, scope or {})
        village, label = VILLAGE_FIELDS.get(kind), LABEL_FIELDS[kind]
        sources = [*fields, *(s for f in fields for s in DERIVED_FROM.get(f, ())), *wanted]
        read = list(dict.fromkeys([*sources, *(f for f in (village, label) if f)]))
        today = self.clock().date()
        found: list[tuple[tuple[bool, str, str, int], dict[str, str | None]]] = []
        for entity_id, values in self.ledger.current(read, self.ledger.labels(kind)).items():
            record = dict(zip(read, values, strict=True))
            if not any(record.get(f) for f in fields):
                continue
            if not all(_matches(f, record.get(f), v) for f, v in wanted.items()):
                continue
            derive(record, today)
            record.update(office)
            place = (record.get(village) or "") if village else ""
            order = (not place, place, record.get(label) or "", entity_id)  # unknown village last
            found.append((order, record))
        found.sort(key=lambda pair: pair[0])
        return [record for _, record in found]

    def _scope(self, kind: str, scope: Mapping[str, str]) -> dict[str, str]:
        catalog = self.catalog.catalog()
        out: dict[str, str] = {}
        for key, value in scope.items():
            field_id = VILLAGE_FIELDS.get(kind) if key == "village" else key
            if field_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "这张报表按企业逐行填写，不能按村筛选。"), field="scope"
                )
            if field_id not in catalog:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "指标库中没有字段“{field_id}”。请从列表中选择，或先新建自定义字段。"
                    ),
                    field="scope",
                    field_id=field_id,
                )
            if str(value).strip():
                out[field_id] = str(value).strip()
        return out

    def fill(
        self,
        item_id: int,
        out_path: Path | str,
        *,
        scope: Mapping[str, str] | None = None,
        signers: Mapping[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> FillResult:
        """Write the form's rows from the ledger into a copy of the department's template at `out_path`.

        `scope` narrows the rows (field id → value; the key ``village`` means the form's village
        field); `signers` gives 填表人/审核人/负责人. Raises FillCancelled when cancelled.
        """
        template = self.template_of(item_id)
        out = Path(out_path)
        self._check_output(out)
        stored = self.blobs.path_of(template.sha256)
        if not stored.is_file():
            raise UserFacingError(
                QT_TRANSLATE_NOOP(
                    "errors", "报表模板原件“{name}”不在文件库中（可能被删除或移动），请重新导入模板。"
                ),
                name=template.original_name,
            )
        columns = self.columns(item_id)
        records = self.rows(item_id, scope)
        profile = self.profile.get()
        today = self.clock().date()
        meta = {
            "填报单位": profile.name if profile else "",
            "填报日期": f"{today.year}年{today.month}月{today.day}日",
        }
        meta |= {k: v for k, v in (signers or {}).items() if k in SIGNERS and v}
        with tempfile.TemporaryDirectory(prefix="yibiao-fill-") as folder:
            # The store keeps files under their hash; the readers go by the file's extension.
            src = Path(folder) / (Path(template.original_name).name or "template.xlsx")
            shutil.copyfile(stored, src)
            writer = self._writer(template, src, columns)
            rows = [{f: writer[f](r.get(f)) for f in writer} for r in records]
            try:
                return fill_template(
                    src,
                    template.layout,
                    columns,
                    rows,
                    out,
                    meta=meta,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )
            except TemplateFillError as exc:
                message = _FILL_ERRORS.get(exc.reason)
                if message is None:
                    raise UserFacingError(
                        QT_TRANSLATE_NOOP("errors", "无法填写报表：{reason}"), reason=exc.message
                    ) from exc
                raise UserFacingError(message, name=template.original_name, path=out) from exc

    def fill_out(self, item_id: int, out_path: Path | str, **options: Any) -> FillResult:
        """`fill` for a file the clerk takes away (the command, the window's 填写): recorded in the audit log."""
        result = self.fill(item_id, out_path, **options)
        done = {"item": item_id, "file": result.path.name, "rows": result.rows_written}
        record(self.forms.conn, "form-export", done)
        return result

    def _check_output(self, out: Path) -> None:
        folder = out.parent
        if out.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{path}”是一个文件夹，请给输出文件起一个文件名。"),
                field="out",
                path=out,
            )
        if not folder.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "保存位置“{folder}”不存在，请选择其他文件夹。"),
                field="out",
                folder=folder,
            )
        if not os.access(folder, os.W_OK):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "没有权限在文件夹“{folder}”中保存文件，请选择其他位置。"),
                field="out",
                folder=folder,
            )
        if folder.resolve().is_relative_to(self.blobs.root.resolve()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "不能把文件保存到一表通的原件库中，请选择其他位置。"), field="out"
            )

    def _writer(self, template: FormTemplate, src: Path, columns: dict[int, str]) -> dict[str, Callable]:
        """Field → function turning a stored value into the cell value this template expects."""
        catalog = self.catalog.catalog()
        samples = column_samples(src, template)
        headers = {c.col: c.header for c in template.columns}
        formats = _formats(template, samples)
        writer: dict[str, Callable] = {}
        for col, field_id in columns.items():
            if field_id == SEQ_FIELD or field_id in writer:
                continue
            writer[field_id] = cell_writer(
                catalog, field_id, detect_style(samples.get(col, [])), headers.get(col, ""), formats.get(col)
            )
        return writer


def _formats(template: FormTemplate, samples: Mapping[int, list]) -> dict[int, ValueFormat]:
    """Column → the format its header asks for: as stored at registration, or read again from the header
    (and example value) for a template registered before formats were kept."""
    stored = template.layout.get("formats")
    if isinstance(stored, dict):
        out: dict[int, ValueFormat] = {}
        for col, data in stored.items():
            with contextlib.suppress(TypeError, ValueError):
                out[int(col)] = ValueFormat.from_dict(data)
        return out
    leaves: dict[int, str] = {}
    for column in template.layout.get("columns") or []:
        if isinstance(column, Mapping) and column.get("col"):
            levels = column.get("levels") or [column.get("header") or ""]
            leaves[int(column["col"])] = str(levels[-1] or "")
    for c in template.columns:
        leaves.setdefault(c.col, c.header)
    example = template.layout.get("example_row")
    return {
        col: fmt
        for col, leaf in leaves.items()
        if (fmt := read_format(leaf, (samples.get(col) or [None])[0] if example else None))
    }
