"""The forms that go into a package: which columns each writes, their labels, the personal columns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.burden.cells import Cells
from desktop.catalog.service import CatalogService
from desktop.cycles.checklist import Checklist
from desktop.forms.fill import FormFillService
from desktop.packages.rows import CsvTable
from desktop.privacy.masking import is_sensitive
from desktop.registry.vocab import ARCHIVED
from exports.excel.template_fill import SEQ_FIELD


@dataclass
class PackageForm:
    item_id: int
    title: str
    department: str
    entity: str
    headers: list[str]
    fields: list[str | None]  # per template column: the field the fill writes, or None
    data_fields: list[str]  # the CSV's header: catalog field ids, once each, no 序号
    sensitive: set[int]
    field_names: dict[str, str]  # data field id → its Chinese name (for the manifest)
    rows: int = 0
    cells: Cells = Cells()  # the requested cells: from the ledger, typed by hand, blank
    xlsx: str = ""
    csv: str = ""
    csv_path: Path | None = None

    def table(self) -> CsvTable:
        """The form's rows, read back from its data CSV (written first)."""
        assert self.csv_path is not None
        return CsvTable(self.csv_path, self.fields, self.rows)


def package_forms(
    checklist: Checklist, filler: FormFillService, catalog: CatalogService
) -> list[PackageForm]:
    """The cycle's forms with a stored template, in checklist order (archived ones left out)."""
    fields_of = catalog.catalog()
    forms: list[PackageForm] = []
    for check in checklist.forms:
        if not check.fillable or check.status == ARCHIVED:
            continue
        template = filler.template_of(check.item_id)
        written = filler.columns(check.item_id)
        columns = sorted(template.columns, key=lambda c: c.col)
        fields = [written.get(c.col) for c in columns]
        types = {f: (fields_of.get(f).type if fields_of.get(f) else None) for f in fields if f}
        forms.append(
            PackageForm(
                item_id=check.item_id,
                title=check.title,
                department=check.department,
                entity=template.entity,
                headers=_labels(template.layout, [(c.col, c.header) for c in columns]),
                fields=fields,
                data_fields=list(dict.fromkeys(f for f in fields if f and f != SEQ_FIELD)),
                sensitive={i for i, f in enumerate(fields) if f and is_sensitive(f, types[f])},
                field_names={f: fields_of.get(f).name_zh for f in fields if f and fields_of.get(f)},
            )
        )
    return forms


def _labels(layout: Mapping[str, Any], columns: list[tuple[int, str]]) -> list[str]:
    """Column labels for the PDF and 汇总.xlsx: the header's last level (姓名 rather than 基本信息/姓名),
    the full header where that leaf alone would repeat (小计 under two groups)."""
    levels = {c.get("col"): c.get("levels") for c in layout.get("columns", []) if isinstance(c, Mapping)}
    leaves = [str((levels.get(col) or [header])[-1]) for col, header in columns]
    return [
        leaf if leaves.count(leaf) == 1 else header
        for leaf, (_col, header) in zip(leaves, columns, strict=True)
    ]
