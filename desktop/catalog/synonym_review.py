"""The county reviews what townships taught before passing it on: ``catalog review-synonyms`` / ``import-synonyms``.

Several townships' exported synonym files (format 2, `synonym_transfer`) are read together. Each header
wording — compared as the mapper compares headers (`header_key`: spacing, brackets and 号码/号 aside) — gets
one row per meaning proposed for it: a field (a built-in or existing one by id, a custom field a township made
by its name and entity, since custom ids differ between offices) or "not a field". A row says which offices
taught it and its status:

- ``conflict``: the same wording has another meaning too — another township taught it for another field, or
  this catalog already has it as the name or a synonym of another field, or one township marked it as not a
  field for a department another township taught it a field for. The mapper would then guess; so such a
  wording is never imported unless the clerk names the meaning (``--choose WORDING=FIELD``, ``none`` for not a
  field); choosing a proposed field forgets the catalog's learned synonyms giving the wording another meaning;
- ``known``: this catalog already maps the wording so; ``new``: it would be added;
- ``unknown``: the field does not exist in this version of the program (skipped and counted on import).

`import_synonym_files` then imports what the clerk kept in ONE transaction: conflicts left out unless chosen,
``--skip`` wordings left out (a custom field's name skips the field and its wordings), ``--only-agreed`` keeping
only meanings taught by two offices or more. Everything left out is listed in the result. The review itself
writes nothing and is a pure function of the documents and the catalog.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.catalog.fields import Catalog
from desktop.catalog.service import ENTITIES, CatalogService, header_key
from desktop.catalog.synonym_transfer import (
    DepartmentName,
    ImportResult,
    apply_synonym_document,
    read_synonym_file,
)
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from storage.transaction import transaction

NOT_A_FIELD = "none"
"""How the clerk names "not a field" in ``--choose WORDING=none`` (and how a review row's field reads in text)."""

STATUS_ORDER = {"conflict": 0, "new": 1, "known": 2, "unknown": 3}

BAD_CHOICE_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "“{value}”格式不对，应写成 用语=字段，例如 帮扶人=person.helper；不是字段写 用语=none。"
)
NOT_PROPOSED = QT_TRANSLATE_NOOP(
    "errors",
    "所选文件中没有“{wording}”这个用语，未导入任何内容。请先用 catalog review-synonyms 查看各文件的用语。",
)
NOT_A_MEANING = QT_TRANSLATE_NOOP("errors", "“{wording}”只能选择这些含义之一：{choices}。未导入任何内容。")


@dataclass(frozen=True)
class Entry:
    """One proposal of one file: a wording meaning a field (``target``), or not a field (``target`` None)."""

    key: str
    wording: str
    target: (
        str | None
    )  # catalog id, "+entity:name" for a custom field not in this catalog, None = not a field
    name_zh: str
    department: str | None
    office: str
    known_field: bool = True  # False: a field this version of the program does not have


@dataclass
class Row:
    """One meaning of one wording, as the review lists it."""

    key: str
    wording: str
    field: str | None
    name_zh: str
    offices: list[str] = field(default_factory=list)
    departments: list[str | None] = field(default_factory=list)
    status: str = "new"
    conflicts_with: list[str | None] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "wording": self.wording,
            "field": self.field,
            "name_zh": self.name_zh,
            "offices": self.offices,
            "departments": self.departments,
            "status": self.status,
            "conflicts_with": self.conflicts_with,
        }


@dataclass
class CustomRow:
    """A custom field townships made: new here, or known as an existing field (``field``)."""

    key: str
    name_zh: str
    entity: str
    types: list[str]
    offices: list[str]
    field: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name_zh": self.name_zh,
            "entity": self.entity,
            "types": self.types,
            "offices": self.offices,
            "status": "known" if self.field else "new",
            "field": self.field,
        }


@dataclass
class Review:
    files: list[dict[str, Any]]
    rows: list[Row]
    custom_fields: list[CustomRow]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUS_ORDER, 0)
        for row in self.rows:
            counts[row.status] += 1
        counts["conflicting_wordings"] = len({r.key for r in self.rows if r.status == "conflict"})
        counts["custom_fields"] = len(self.custom_fields)
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "counts": self.counts(),
            "wordings": [r.to_dict() for r in self.rows],
            "custom_fields": [c.to_dict() for c in self.custom_fields],
        }


def _text(entry: dict, key: str) -> str:
    value = entry.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""


def office_of(source: str, doc: dict) -> str:
    """The office that exported the document (the file's name when it does not say)."""
    return _text(doc, "office") or Path(source).name


def _field_named(catalog: Catalog, name_zh: str, entity: str) -> str | None:
    """The field of ``entity`` already called ``name_zh`` (as `CatalogService.existing_field` finds it)."""
    key = header_key(name_zh)
    for f in catalog.for_entity(entity):
        if key and key in {header_key(t) for t in f.terms}:
            return f.id
    return None


def _customs(doc: dict, catalog: Catalog) -> dict[str, tuple[str, str, str]]:
    """The document's custom field id → (this catalog's id or "+entity:name", name, entity)."""
    out = {}
    for entry in doc.get("custom_fields", []):
        name, entity = _text(entry, "name_zh"), _text(entry, "entity")
        if name and entity in ENTITIES:
            target = _field_named(catalog, name, entity) or f"+{entity}:{name}"
            out[_text(entry, "field")] = (target, name, entity)
    return out


def entries(source: str, doc: dict, catalog: Catalog) -> list[Entry]:
    """Every proposal of a checked synonym document, with its meaning resolved against ``catalog``."""
    office, customs, out = office_of(source, doc), _customs(doc, catalog), []
    for item in doc.get("synonyms", []):
        wording, field_id = _text(item, "wording"), _text(item, "field")
        if not wording:
            continue
        department = _text(item, "department") or None
        if field_id in customs:
            target, name, _entity = customs[field_id]
            out.append(Entry(header_key(wording), wording, target, name, department, office))
        else:
            known = catalog.get(field_id)
            name = known.name_zh if known else _text(item, "name_zh")
            out.append(
                Entry(header_key(wording), wording, field_id, name, department, office, known is not None)
            )
    for item in doc.get("not_fields", []):
        wording = _text(item, "wording")
        if wording:
            out.append(
                Entry(header_key(wording), wording, None, "", _text(item, "department") or None, office)
            )
    return out


def _overlap(a: Iterable[str | None], b: Iterable[str | None]) -> bool:
    """Two sets of departments speak of the same columns: a shared one, or one without a department."""
    a, b = set(a), set(b)
    return None in a or None in b or bool(a & b)


def review_documents(
    documents: Sequence[tuple[str, dict]], catalog: Catalog, not_fields: Iterable[tuple[str, str | None]] = ()
) -> Review:
    """The review of checked synonym documents (source, document) against ``catalog`` and the headers this
    office already marked as not a field (wording, department name). Conflicts first, then by offices."""
    owners: dict[str, set[str]] = {}
    for f in catalog:
        for term in f.terms:
            owners.setdefault(header_key(term), set()).add(f.id)
    marked: dict[str, set[str | None]] = {}
    for wording, department in not_fields:
        marked.setdefault(header_key(wording), set()).add(department)

    files, rows, customs = [], {}, {}
    for source, doc in documents:
        office = office_of(source, doc)
        files.append(
            {
                "file": source,
                "office": office,
                "synonyms": len(doc.get("synonyms", [])),
                "not_fields": len(doc.get("not_fields", [])),
                "custom_fields": len(doc.get("custom_fields", [])),
            }
        )
        for e in entries(source, doc, catalog):
            row = rows.setdefault((e.key, e.target), Row(e.key, e.wording, e.target, e.name_zh))
            if not e.known_field:
                row.status = "unknown"
            if e.office not in row.offices:
                row.offices.append(e.office)
            if e.department not in row.departments:
                row.departments.append(e.department)
        for target, name, entity in _customs(doc, catalog).values():
            types = [_text(c, "type") or "text" for c in doc["custom_fields"] if _text(c, "name_zh") == name]
            row = customs.setdefault(
                (header_key(name), entity), CustomRow(header_key(name), name, entity, [], [], None)
            )
            row.field = None if target.startswith("+") else target
            row.types.extend(t for t in types if t not in row.types)
            if office not in row.offices:
                row.offices.append(office)

    by_key: dict[str, list[Row]] = {}
    for row in rows.values():
        by_key.setdefault(row.key, []).append(row)
    for group in by_key.values():
        for row in group:
            if row.status == "unknown":
                continue
            others: list[str | None] = []
            for other in group:
                if other is row or other.status == "unknown":
                    continue
                if (row.field is None or other.field is None) and not _overlap(
                    row.departments, other.departments
                ):
                    continue  # not a field for one department, a field for another: both hold
                others.append(other.field)
            if row.field is not None and row.field not in owners.get(row.key, ()):
                others.extend(sorted(owners.get(row.key, set())))
            known = (
                row.field in owners.get(row.key, ())
                if row.field is not None
                else _overlap_all(row.departments, marked.get(row.key, set()))
            )
            row.conflicts_with = list(dict.fromkeys(others))
            row.status = "conflict" if others else ("known" if known else "new")
    conflicting = {r.key for r in rows.values() if r.status == "conflict"}
    for row in rows.values():  # every meaning of a conflicting wording waits for the clerk's choice
        if row.key in conflicting and row.status != "unknown":
            row.status = "conflict"
    ordered = sorted(
        rows.values(),
        key=lambda r: (
            0 if r.key in conflicting else STATUS_ORDER[r.status],
            -len(r.offices),
            r.key,
            r.field or "",
        ),
    )
    return Review(files, ordered, sorted(customs.values(), key=lambda c: (-len(c.offices), c.key, c.entity)))


def _overlap_all(departments: Iterable[str | None], marked: set[str | None]) -> bool:
    """Every department of the row already has the decision here (one without a department covers all)."""
    return bool(marked) and (None in marked or all(d in marked for d in departments))


# --- import ------------------------------------------------------------------------------------------

_CHOICE = re.compile(r"^\s*(.+?)\s*=\s*(.*?)\s*$")


def parse_choices(pairs: Iterable[str]) -> dict[str, str]:
    """``--choose WORDING=FIELD`` values as header key → field (``none``: not a field)."""
    out = {}
    for pair in pairs:
        match = _CHOICE.match(pair)
        if not match or not header_key(match[1]) or not match[2]:
            raise ValidationError(BAD_CHOICE_FORMAT, field="choose", value=pair)
        out[header_key(match[1])] = match[2]
    return out


def _choice(rows: list[Row], owners: list[str], wording: str, named: str) -> str | None:
    """The meaning the clerk named for a wording, among its proposed meanings and the catalog's."""
    meanings: dict[str | None, list[str]] = {}
    for row in rows:
        meanings.setdefault(row.field, []).extend([row.field or NOT_A_FIELD, row.name_zh])
    for owner in owners:
        meanings.setdefault(owner, [owner])
    for meaning, names in meanings.items():
        if named in names or (meaning is None and named.lower() == NOT_A_FIELD):
            return meaning
    choices = "、".join(
        names[1] if m and m.startswith("+") else m or NOT_A_FIELD for m, names in meanings.items()
    )
    raise ValidationError(NOT_A_MEANING, field="choose", wording=wording, choices=choices)


@dataclass
class Selection:
    """What an import keeps of a review: the (key, meaning) pairs, the custom fields, what it leaves out."""

    keep: set[tuple[str, str | None]]
    customs: set[tuple[str, str]]
    left_out: list[dict[str, Any]]
    forget: set[tuple[str, str]]  # (field, key): learned synonyms a clerk's choice overrides


def select(
    review: Review,
    catalog: Catalog,
    skip: Iterable[str] = (),
    choose: dict[str, str] | None = None,
    only_agreed: bool = False,
) -> Selection:
    """Which rows of ``review`` an import takes. A skipped or chosen wording that no file proposes is refused."""
    choose = choose or {}
    skip_keys = {header_key(w): w for w in skip}
    proposed = {r.key for r in review.rows} | {c.key for c in review.custom_fields}
    for key, wording in [*skip_keys.items(), *((k, k) for k in choose)]:
        if key not in proposed:
            raise ValidationError(NOT_PROPOSED, field="skip", wording=wording)
    by_key: dict[str, list[Row]] = {}
    for row in review.rows:
        by_key.setdefault(row.key, []).append(row)
    chosen: dict[str, str | None] = {}
    forget: set[tuple[str, str]] = set()
    for key, named in choose.items():
        group = by_key.get(key, [])
        owners = sorted({f.id for f in catalog for t in f.terms if header_key(t) == key})
        chosen[key] = _choice(group, owners, group[0].wording if group else key, named)
        if chosen[key] is not None:  # a field named: the catalog's learned other meanings would compete
            forget |= {
                (f.id, key) for f in catalog if f.id != chosen[key] and key in map(header_key, f.learned)
            }

    keep, left_out = set(), []
    for row in review.rows:
        reason = None
        if row.key in skip_keys or _custom_skipped(row.field, skip_keys):
            reason = "skip"  # the wording, or the custom field it names
        elif row.key in chosen:
            reason = None if row.field == chosen[row.key] else "not-chosen"
        elif row.status == "conflict":
            reason = "conflict"
        elif only_agreed and len(row.offices) < 2 and row.status != "known":
            reason = "not-agreed"
        if reason is None:
            keep.add((row.key, row.field))
        elif row.status != "known" or reason == "skip":
            left_out.append(
                {"wording": row.wording, "field": row.field, "reason": reason, "offices": row.offices}
            )
    customs = set()
    for c in review.custom_fields:
        target = c.field or f"+{c.entity}:{c.name_zh}"
        used = any(field == target for _key, field in keep)
        if c.key in skip_keys:
            left_out.append({"wording": c.name_zh, "field": target, "reason": "skip", "offices": c.offices})
        elif used or not only_agreed or len(c.offices) >= 2:
            customs.add((c.key, c.entity))
        else:
            left_out.append(
                {"wording": c.name_zh, "field": target, "reason": "not-agreed", "offices": c.offices}
            )
    return Selection(keep, customs, left_out, forget)


def _custom_skipped(target: str | None, skip_keys: dict[str, str]) -> bool:
    return bool(target and target.startswith("+") and header_key(target.split(":", 1)[1]) in skip_keys)


def selected_document(source: str, doc: dict, catalog: Catalog, selection: Selection) -> dict:
    """The part of ``doc`` the selection keeps (a document `apply_synonym_document` takes)."""
    kept = {
        (e.key, e.wording, e.target)
        for e in entries(source, doc, catalog)
        if (e.key, e.target) in selection.keep
    }
    customs = _customs(doc, catalog)

    def target(item: dict) -> str:
        field_id = _text(item, "field")
        return customs[field_id][0] if field_id in customs else field_id

    wanted_customs = {t for _k, _w, t in kept if t} | {
        t for t, name, entity in customs.values() if (header_key(name), entity) in selection.customs
    }
    return {
        **doc,
        "synonyms": [
            s
            for s in doc.get("synonyms", [])
            if (header_key(_text(s, "wording")), _text(s, "wording"), target(s)) in kept
        ],
        "not_fields": [
            n
            for n in doc.get("not_fields", [])
            if (header_key(_text(n, "wording")), _text(n, "wording"), None) in kept
        ],
        "custom_fields": [
            c
            for c in doc.get("custom_fields", [])
            if _text(c, "field") in customs and customs[_text(c, "field")][0] in wanted_customs
        ],
    }


def read_documents(paths: Iterable[Path | str]) -> list[tuple[str, dict]]:
    """Every file read and checked before anything is written: a bad one names itself and stops all."""
    return [(str(p), read_synonym_file(p)) for p in paths]


def catalog_review(catalog: CatalogService, departments: Iterable[DepartmentName], paths) -> Review:
    """`review_documents` of the files against this office's catalog (nothing written)."""
    names = {d.id: d.name for d in departments}
    marked = [(w, names.get(d) if d else None) for w, d in catalog.store.not_fields()]
    return review_documents(read_documents(paths), catalog.catalog(), marked)


def import_synonym_files(
    catalog: CatalogService,
    departments: Iterable[DepartmentName],
    paths: Iterable[Path | str],
    skip: Iterable[str] = (),
    choose: Iterable[str] = (),
    only_agreed: bool = False,
) -> ImportResult:
    """Import what the clerk kept of several files in ONE transaction; conflicts are left out unless chosen."""
    departments = list(departments)
    documents = read_documents(paths)
    current = catalog.catalog()
    names = {d.id: d.name for d in departments}
    marked = [(w, names.get(d) if d else None) for w, d in catalog.store.not_fields()]
    review = review_documents(documents, current, marked)
    selection = select(review, current, skip, parse_choices(choose), only_agreed)
    result = ImportResult(left_out=selection.left_out)
    with transaction(catalog.store.conn):
        for field_id, key in sorted(selection.forget):
            for wording in current.get(field_id).learned:
                if header_key(wording) == key:
                    catalog.forget(field_id, wording)
                    result.forgotten.append(f"{field_id}: {wording}")
        for source, doc in documents:
            part = apply_synonym_document(
                catalog, departments, selected_document(source, doc, current, selection)
            )
            result.added += part.added
            result.known += part.known
            result.skipped.extend(part.skipped)
            result.custom_fields_made.extend(part.custom_fields_made)
    return result
