"""Learned wordings travel between offices: ``catalog export-synonyms`` / ``import-synonyms``.

What one township taught the program — 学员姓名 is 姓名, 帮扶干部 is 帮扶责任人, a department's own
column kept as a custom field — is written to a small JSON file the county can hand to the next office:

    {"format": "yibiao-synonyms", "version": 1, "exported_at": "…", "office": "白沙镇人民政府",
     "synonyms": [{"field": "person.name", "name_zh": "姓名", "wording": "学员姓名", "department": "县人社局"}],
     "custom_fields": [{"field": "custom.person.d3_1", "name_zh": "托养方式", "entity": "person",
                        "type": "text", "department": "县残联"}],
     "not_fields": [{"wording": "村级审核意见", "department": "县民政局"}]}

``not_fields`` (format version 2) are the headers a clerk marked as not a field: the next template
with that header from that department leaves the column unmapped. A version 1 file has none and
still imports.

Importing adds what the office does not know yet, in one transaction: a built-in field's wordings as
they are; a custom field is found by its name and entity or made anew (custom ids differ between
offices), its wordings follow it. Departments are matched by full or short name; an unknown one is
kept as "no department". A wording for a field this version of the program does not have is skipped
and counted. The command imports through `synonym_review`, which reads several files together and leaves
out the wordings they (or this catalog) give conflicting meanings.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.catalog.service import ENTITIES, CatalogService
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from storage.errors import UserFacingError
from storage.open_databases import refuse_open_database
from storage.transaction import transaction

FORMAT = "yibiao-synonyms"
VERSION = 2
MAX_BYTES = 20 * 1024 * 1024
"""A synonym file is a few kilobytes; anything this big is not one."""

NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "“{path}”不是一表通导出的同义词文件，未导入任何内容。")
NEWER = QT_TRANSLATE_NOOP(
    "errors", "“{path}”由较新版本的一表通导出（格式版本 {version}），请先升级本程序再导入。"
)
CANNOT_READ = QT_TRANSLATE_NOOP("errors", "无法读取“{path}”：{reason}")
CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "无法写入“{path}”：{reason}。请换一个文件夹或检查磁盘空间。")


@dataclass
class ImportResult:
    """What an import changed: wordings (synonyms and headers that are not a field) added, already
    known, skipped (unknown field) and custom fields made; after a review (`synonym_review`) also what was
    left out (conflicts, skipped, not agreed) and the learned synonyms a clerk's choice replaced."""

    added: int = 0
    known: int = 0
    skipped: list[str] = field(default_factory=list)
    custom_fields_made: list[str] = field(default_factory=list)
    left_out: list[dict] = field(default_factory=list)
    forgotten: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = {
            "added": self.added,
            "known": self.known,
            "skipped": self.skipped,
            "custom_fields_made": self.custom_fields_made,
        }
        # the review's lists only when they say something: a plain import reads as it always did
        data.update({k: v for k, v in (("left_out", self.left_out), ("forgotten", self.forgotten)) if v})
        return data


@dataclass(frozen=True)
class DepartmentName:
    """What the transfer needs of a department (desktop.registry Department fits)."""

    id: int
    name: str
    short_name: str = ""


def synonym_document(
    catalog: CatalogService, departments: Iterable[DepartmentName], office: str = "", now: str = ""
) -> dict:
    """The export as a JSON-ready dict."""
    names = {d.id: d.name for d in departments}
    current = catalog.catalog()
    custom = {r.id: r for r in catalog.store.custom_fields()}
    synonyms = []
    for field_id, wording, department_id in catalog.store.learned_entries():
        known = current.get(field_id)
        if known is None:
            continue  # a custom field removed since
        synonyms.append(
            {
                "field": field_id,
                "name_zh": known.name_zh,
                "wording": wording,
                "department": names.get(department_id) if department_id else None,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now,
        "office": office,
        "synonyms": synonyms,
        "not_fields": [
            {"wording": wording, "department": names.get(department_id) if department_id else None}
            for wording, department_id in catalog.store.not_fields()
        ],
        "custom_fields": [
            {
                "field": r.id,
                "name_zh": r.name_zh,
                "name_en": r.name_en,
                "entity": r.entity,
                "type": r.type,
                "department": names.get(r.department_id) if r.department_id else None,
            }
            for r in custom.values()
        ],
    }


def export_synonyms(
    catalog: CatalogService,
    departments: Iterable[DepartmentName],
    out: Path | str,
    office: str = "",
    clock: Callable[[], datetime] = datetime.now,
) -> dict:
    """Write the office's learned wordings and custom fields to ``out`` (replaced whole or not at all)."""
    out = Path(out)
    refuse_open_database(out)  # writing over the database would destroy it
    doc = synonym_document(catalog, departments, office, clock().isoformat(timespec="seconds"))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserFacingError(CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)) from exc
    return doc


def read_synonym_file(path: Path | str) -> dict:
    """The document in ``path``; a UserFacingError naming the problem when it is not one."""
    path = Path(path)
    refuse_open_database(path)  # reading the open database as a file would drop its locks
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError(NOT_A_FILE, field="file", path=str(path))
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(NOT_A_FILE, field="file", path=str(path)) from exc
    except OSError as exc:
        raise UserFacingError(CANNOT_READ, path=str(path), reason=exc.strerror or str(exc)) from exc
    return check_synonym_document(doc, str(path))


def check_synonym_document(doc: object, source: str) -> dict:
    """``doc`` when it is a synonym document (also the one a county configuration package carries);
    a ValidationError naming ``source`` otherwise."""
    path = source
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(NOT_A_FILE, field="file", path=str(path))
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise ValidationError(NOT_A_FILE, field="file", path=str(path))
    if version > VERSION:
        raise ValidationError(NEWER, field="file", path=str(path), version=version)
    for key in ("synonyms", "custom_fields", "not_fields"):
        entries = doc.get(key, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise ValidationError(NOT_A_FILE, field="file", path=str(path))
    return doc


def _text(entry: dict, key: str) -> str:
    value = entry.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""


def apply_synonym_document(
    catalog: CatalogService, departments: Iterable[DepartmentName], doc: dict
) -> ImportResult:
    """Add what a checked synonym document holds and this office lacks (one transaction, or a savepoint
    of the caller's)."""
    by_name: dict[str, int] = {}
    for d in departments:
        by_name[d.name] = d.id
        if d.short_name:
            by_name.setdefault(d.short_name, d.id)

    def department_id(entry: dict) -> int | None:
        return by_name.get(_text(entry, "department"))

    result = ImportResult()
    now = catalog.clock().isoformat(timespec="seconds")
    with transaction(catalog.store.conn):
        local: dict[str, str] = {}  # the file's custom id → this office's field id
        for entry in doc.get("custom_fields", []):
            name, entity = _text(entry, "name_zh"), _text(entry, "entity")
            if not name or entity not in ENTITIES:
                continue
            before = {f.id for f in catalog.catalog()}
            made = catalog.add_custom_field(
                name, entity, department_id(entry), _text(entry, "type") or "text", _text(entry, "name_en")
            )
            local[_text(entry, "field")] = made.id
            if made.id not in before:
                result.custom_fields_made.append(made.id)
        current = catalog.catalog()
        for entry in doc.get("synonyms", []):
            field_id, wording = _text(entry, "field"), _text(entry, "wording")
            field_id = local.get(field_id, field_id)
            if not wording:
                continue
            if field_id not in current:
                result.skipped.append(f"{_text(entry, 'field')}: {wording}")
            elif catalog.store.add_synonym(field_id, wording, department_id(entry), now):
                result.added += 1
            else:
                result.known += 1
        for entry in doc.get("not_fields", []):
            wording = _text(entry, "wording")
            if not wording:
                continue
            if catalog.store.add_not_field(wording, department_id(entry), now):
                result.added += 1
            else:
                result.known += 1
    return result
