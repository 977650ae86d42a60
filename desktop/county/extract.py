"""One workbook per department: each of its forms with every township's rows, in the department's own template.

For each form received in the cycle (known by 表号, else by department and title), the template is the
whitelist entry's (kept in the file store) when the county has one, else the filled form of the first
township that sent it (its ``forms/…`` member, read from the stored package, decrypted with the county's key),
else a plain sheet with one header row. The template is read the way the township's intake reads one
(layout, columns mapped onto the catalog — only onto fields the townships actually sent), every township's
rows are written into it (`exports.excel.workbook_merge`, the township's own template fill), and a 乡镇
column is added at the right unless the template already has one. One workbook per department, one sheet
per form, named after the department.

The output folder must be new or empty, or hold only files an earlier extract wrote (listed with their
sha256 in `MARKER`) and that nobody changed since: nothing else is ever overwritten. Each workbook is written
under a temporary name and renamed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.county.form_keys import FormKeys
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, UserFacingError, ValidationError
from desktop.forms.fill_values import cell_writer, township_name
from desktop.profile import OfficeProfile
from exports.excel.template_fill import SEQ_FIELD
from exports.package.safe_names import safe_component
from storage.county_reports import CountyReports, ReceivedForm

if TYPE_CHECKING:
    from desktop.catalog.service import CatalogService
    from desktop.profile import ProfileService
    from storage.blobs import BlobStore

MARKER = ".yibiao-extract.json"
TOWNSHIP_FIELD = "meta.township"
TOWNSHIP_LABEL = "乡镇"


@dataclass
class ExtractedForm:
    title: str
    form_no: str
    sheet: str
    townships: int
    rows: int
    template: str  # whitelist / township / plain
    unplaced: list[str] = field(default_factory=list)  # fields the townships sent that the template lacks

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


@dataclass
class DepartmentWorkbook:
    department: str
    path: Path
    forms: list[ExtractedForm] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.forms)

    @property
    def townships(self) -> int:
        return max((f.townships for f in self.forms), default=0)

    def to_dict(self) -> dict[str, object]:
        return {
            "department": self.department,
            "path": str(self.path),
            "rows": self.rows,
            "townships": self.townships,
            "forms": [f.to_dict() for f in self.forms],
        }


@dataclass
class ExtractResult:
    cycle: str
    folder: Path
    workbooks: list[DepartmentWorkbook] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "cycle": self.cycle,
            "folder": str(self.folder),
            "workbooks": [w.to_dict() for w in self.workbooks],
        }


class CountyExtractService:
    def __init__(
        self,
        reports: CountyReports,
        blobs: BlobStore,
        profile: ProfileService,
        catalog: Callable[[], CatalogService],
        decryption_keys: Callable[[], tuple[object, ...]],
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.reports = reports
        self.blobs = blobs
        self.profile = profile
        self._catalog = catalog
        self._keys = decryption_keys
        self.clock = clock

    def departments(self, cycle: str) -> list[str]:
        return sorted({f.department for f in self.reports.forms(cycle)})

    def extract(
        self,
        cycle: str,
        out: Path,
        *,
        department: str | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> ExtractResult:
        from desktop.cycles.keys import parse

        key = parse(cycle).key
        forms = self.reports.forms(key, department)
        if not forms:
            if department:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "errors", "报送周期 {cycle} 还没有收到{department}的报表，没有可导出的数据。"
                    ),
                    cycle=key,
                    department=department,
                )
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "报送周期 {cycle} 还没有收到任何报表，没有可导出的数据。"),
                cycle=key,
            )
        departments = sorted({f.department for f in forms})
        names = {f"{safe_component(d, 60)}.xlsx": d for d in departments}
        out = Path(out)
        written = _check_folder(out, list(names))
        result = ExtractResult(key, out)
        for index, (file_name, dept) in enumerate(names.items()):
            if progress is not None:
                progress(index, len(names), dept)
            dept_forms = [f for f in forms if f.department == dept]
            workbook = self._department(dept, dept_forms, out / file_name, is_cancelled)
            result.workbooks.append(workbook)
            written[file_name] = _sha256(workbook.path)
            _write_marker(out, written)
        if progress is not None:
            progress(len(names), len(names), "")
        return result

    def _department(
        self, department: str, forms: list[ReceivedForm], path: Path, is_cancelled: Callable[[], bool] | None
    ) -> DepartmentWorkbook:
        from exports.excel.workbook_merge import fill_workbook

        keys = FormKeys(self.reports.whitelist())
        groups: dict[str, list[ReceivedForm]] = {}
        titles: dict[str, str] = {}
        for form in forms:
            found = keys.identify(form.department, form.title, form.whitelist_form, form.office_name)
            groups.setdefault(found.key, []).append(form)
            titles.setdefault(found.key, found.title)
        townships = {t.code: t.name for t in self.reports.townships()}
        result = DepartmentWorkbook(department, path)
        today = self.clock().date()
        profile = self.profile.get()
        meta = {
            "填报单位": profile.name if profile else "",
            "填报日期": f"{today.year}年{today.month}月{today.day}日",
        }
        with tempfile.TemporaryDirectory(prefix="yibiao-extract-") as scratch:
            parts = []
            for n, (key, group) in enumerate(groups.items(), start=1):
                entry = keys.by_no.get(key)
                folder = Path(scratch) / str(n)
                folder.mkdir()
                part, extracted = self._part(group, entry, titles[key], folder, townships, meta)
                parts.append(part)
                result.forms.append(extracted)
            merged = fill_workbook(parts, path, is_cancelled=is_cancelled)
        for extracted, (sheet, _rows) in zip(result.forms, merged.sheets, strict=True):
            extracted.sheet = sheet
        return result

    def _part(self, group, entry, title: str, folder: Path, townships: dict[str, str], meta: dict[str, str]):
        from desktop.county.extract_templates import form_template
        from exports.excel.workbook_merge import SheetPart

        first = group[0]
        catalog = self._catalog().catalog()
        wanted = list(dict.fromkeys(f for form in group for f in form.field_ids if f != SEQ_FIELD))
        template = form_template(first, entry, wanted, folder, self.blobs, catalog, self._keys)
        has_township = TOWNSHIP_FIELD in template.columns.values()
        # values written the way a header asks (1980.01, 是→√, 万元), as a township's fill does; other columns
        # take the values as sent (converting every cell would double the time of a 160,000-row workbook)
        writers = {
            f: cell_writer(catalog, f, "", template.headers.get(col, ""), fmt)
            for col, f in template.columns.items()
            if f not in (SEQ_FIELD, TOWNSHIP_FIELD) and (fmt := template.formats.get(col))
        }
        county = self.profile.get()
        names = {  # the 乡镇 column reads as a township's own forms do: 白沙镇, not 白沙镇人民政府
            form.id: township_name(
                OfficeProfile(
                    "乡镇",
                    townships.get(form.office_code) or form.office_name,
                    form.office_code,
                    county.county if county else "",
                )
            )
            for form in group
        }

        def read() -> Iterator[dict[str, object]]:
            for form in group:
                for cells in self.reports.rows(form.id):
                    row = {
                        f: writers[f](v if v != "" else None) if f in writers else v
                        for f, v in zip(form.field_ids, cells, strict=False)
                    }
                    if not has_township or not row.get(TOWNSHIP_FIELD):
                        row[TOWNSHIP_FIELD] = names[form.id]
                    yield row

        rows = StreamedRows(sum(form.rows for form in group), read)
        placed = set(template.columns.values())
        extracted = ExtractedForm(
            title=title,
            form_no=entry.form_no if entry is not None else (first.whitelist_form or ""),
            sheet="",
            townships=len({f.office_code for f in group}),
            rows=len(rows),
            template=template.source,
            unplaced=[f for f in wanted if f not in placed and f != TOWNSHIP_FIELD],
        )
        part = SheetPart(
            template=template.path,
            layout=template.layout,
            columns=template.columns,
            rows=rows,
            title=title,
            extra_columns=() if has_township else ((TOWNSHIP_LABEL, TOWNSHIP_FIELD),),
            meta=meta,
            pad_blank_rows=template.source != "township",
        )
        return part, extracted


class StreamedRows(Sequence):
    """A form's rows read from the database as the writer asks for them: it reads each row once, first to last,
    so 40 townships' 2,000 rows never sit in memory at once. ``len`` is the row count the import recorded."""

    def __init__(self, total: int, read: Callable[[], Iterator[dict[str, object]]]) -> None:
        self.total, self.read = total, read
        self._rows: Iterator[dict[str, object]] | None = None
        self._next = 0
        self._current: dict[str, object] = {}

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):  # type: ignore[override]
        if not 0 <= index < self.total:
            raise IndexError(index)
        if self._rows is None or index < self._next - 1:
            self._rows, self._next = self.read(), 0  # asked again from the start
        while self._next <= index:
            self._current = next(self._rows, {})
            self._next += 1
        return self._current


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _check_folder(out: Path, names: list[str]) -> dict[str, str]:
    """Make ``out`` if new; refuse a folder holding files this command did not write (or that were changed
    since). Returns the marker's record of what earlier extracts wrote."""
    if out.exists() and not out.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{path}”不是文件夹，请给出一个新文件夹作为输出位置。"),
            field="out",
            path=out,
        )
    if not out.exists():
        if not out.parent.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "保存位置“{folder}”不存在，请选择其他文件夹。"),
                field="out",
                folder=out.parent,
            )
        out.mkdir()
        return {}
    try:
        ours = json.loads((out / MARKER).read_text(encoding="utf-8")).get("files", {})
    except (OSError, ValueError, AttributeError):
        ours = {}
    for name in names:
        existing = out / name
        if existing.exists() and (not isinstance(ours, dict) or ours.get(name) != _sha256(existing)):
            raise UserFacingError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "文件夹“{folder}”里已有“{name}”，且不是此前导出的原样文件；为免覆盖，请换一个新文件夹。",
                ),
                folder=out,
                name=name,
            )
    return dict(ours) if isinstance(ours, dict) else {}


def _write_marker(out: Path, files: dict[str, str]) -> None:
    marker = out / MARKER
    tmp = out / f".{MARKER}.part"
    tmp.write_text(json.dumps({"files": files}, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(marker)
