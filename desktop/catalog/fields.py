"""The field catalog: the canonical columns every form column is mapped onto.

The built-in catalog ships as ``desktop/catalog/fields.csv``; field ids are stable forever.
The caller (storage) may add learned synonyms and custom fields; this module stays free
of SQL and Qt so intake can be tested on its own.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

ENTITIES: tuple[str, ...] = ("person", "household", "village", "enterprise", "other")
"""Row entities a form can describe; ``meta`` fields (序号) fit every entity."""

BUILTIN_CSV = Path(__file__).resolve().with_name("fields.csv")


@dataclass(frozen=True)
class Field:
    """One catalog field.

    ``context`` lists topic words (e.g. 务工) under whose group headers the field's short
    wordings are meaningful: "企业名称" under "外出务工" is the employer.
    """

    id: str
    entity: str
    name_zh: str
    name_en: str
    type: str
    synonyms: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    custom: bool = False
    learned: tuple[str, ...] = field(default=(), compare=False)

    @property
    def terms(self) -> tuple[str, ...]:
        """All wordings of the field: name first, then synonyms, then learned ones."""
        return (self.name_zh, *self.synonyms, *self.learned)


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in (text or "").split("|") if s.strip())


def load_fields_csv(path: Path | str) -> list[Field]:
    """Read a catalog CSV (``id,entity,name_zh,name_en,type,synonyms[,context]``)."""
    out: list[Field] = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            out.append(
                Field(
                    id=row["id"].strip(),
                    entity=row["entity"].strip(),
                    name_zh=row["name_zh"].strip(),
                    name_en=(row.get("name_en") or "").strip(),
                    type=(row.get("type") or "text").strip(),
                    synonyms=_split(row.get("synonyms")),
                    context=_split(row.get("context")),
                )
            )
    return out


def load_builtin_catalog() -> list[Field]:
    """The fields shipped with the program."""
    return load_fields_csv(BUILTIN_CSV)


class Catalog:
    """The built-in fields plus learned synonyms and custom fields supplied by the caller.

    ``learned`` maps field id → extra wordings confirmed by users; ``custom`` are extra
    fields (e.g. entity ``other``) the office defined. Unknown ids in ``learned`` are ignored.
    """

    def __init__(
        self,
        fields: Iterable[Field] | None = None,
        learned: Mapping[str, Iterable[str]] | None = None,
        custom: Iterable[Field] = (),
    ) -> None:
        base = list(load_builtin_catalog() if fields is None else fields)
        ids = {f.id for f in base}
        for f in custom:
            if f.id in ids:
                raise ValueError(f"custom field id {f.id!r} clashes with an existing field")
            ids.add(f.id)
            base.append(f if f.custom else replace(f, custom=True))
        learned = learned or {}
        self._fields: list[Field] = [
            replace(f, learned=tuple(dict.fromkeys(s for s in learned.get(f.id, ()) if s)))
            if learned.get(f.id)
            else f
            for f in base
        ]
        self._by_id = {f.id: f for f in self._fields}

    @property
    def fields(self) -> list[Field]:
        """All fields, built-in first, then custom ones."""
        return list(self._fields)

    def get(self, field_id: str) -> Field | None:
        """The field with this id, or None."""
        return self._by_id.get(field_id)

    def __contains__(self, field_id: object) -> bool:
        return field_id in self._by_id

    def __iter__(self):
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def for_entity(self, entity: str) -> list[Field]:
        """Fields a row of ``entity`` can carry: its own plus the ``meta`` ones."""
        return [f for f in self._fields if f.entity in (entity, "meta")]

    def with_learned(self, learned: Mapping[str, Iterable[str]]) -> Catalog:
        """A copy with more learned synonyms merged in."""
        merged: dict[str, list[str]] = {f.id: list(f.learned) for f in self._fields}
        for fid, words in learned.items():
            merged.setdefault(fid, []).extend(words)
        plain = [replace(f, learned=()) for f in self._fields]
        return Catalog(plain, merged)
