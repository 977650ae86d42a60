"""Duplicate data requests: forms of the same entity that ask for the same facts within a window.

Each form's *data fields* are the catalog fields its columns map to, without ``meta.*`` (序号) and
without ``*.remarks`` (a 备注 column asks for no fact, and nearly every form has one). For a pair,
containment is |shared| ÷ |this form's data fields| and a form whose containment reaches 80 % is a
duplicate request. The same file (sha256), or the same headers with the same fields, is the same
template sent again; the same 文号 (spellings normalised) registered twice is flagged too.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime

from desktop.catalog.service import CatalogService
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.intake.normalize import squash
from desktop.registry.docno import normalized_doc_no
from desktop.registry.service import RegistryService
from storage.forms import FormRepository, FormSummary
from storage.ledger import LedgerRepository
from storage.settings import SettingsRepository

WINDOW_SETTING = "overlap_window_months"
DEFAULT_WINDOW_MONTHS = 12
DUPLICATE_AT = 0.80
SIMILAR_AT = 0.50
BADGE_DUPLICATE = QT_TRANSLATE_NOOP("overlaps", "重复")
BADGE_SAME_DOC_NO = QT_TRANSLATE_NOOP("overlaps", "同文号")
BADGE_SIMILAR = QT_TRANSLATE_NOOP("overlaps", "相似")
# Fields the filler works out from others (age and gender from the ID number), so the ledger "has" them.
DERIVED_FROM = {
    "person.age": ("person.birth_date", "person.id_number"),
    "person.birth_date": ("person.id_number",),
    "person.gender": ("person.id_number",),
}


def data_fields(field_ids: Iterable[str | None]) -> tuple[str, ...]:
    """The facts a form asks for, in column order, once each: no 序号 (meta.*), no 备注."""
    return tuple(
        dict.fromkeys(f for f in field_ids if f and not f.startswith("meta.") and not f.endswith(".remarks"))
    )


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day clamped to the month's length (01-31 + 1 → 02-28)."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return date(year, month0 + 1, min(day.day, monthrange(year, month0 + 1)[1]))


@dataclass(frozen=True)
class Overlap:
    """How form `item_id` overlaps with another form; containment is relative to `item_id`."""

    item_id: int
    other_id: int
    other_title: str
    department: str
    department_short: str
    received: str
    earlier: bool
    shared: tuple[str, ...]
    shared_names: tuple[str, ...]  # the catalog's Chinese names
    shared_names_en: tuple[str, ...]
    fields: int  # this form's data fields
    other_fields: int
    containment: float
    jaccard: float
    duplicate: bool
    same_template: bool
    same_doc_no: bool

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class _Form:
    summary: FormSummary
    fields: tuple[str, ...]
    field_set: frozenset[str]
    signature: tuple[tuple[str, str | None], ...]
    doc_key: str
    day: date | None

    @property
    def id(self) -> int:
        return self.summary.item_id

    @property
    def order(self) -> tuple[str, int]:
        return (self.summary.received, self.summary.item_id)

    @classmethod
    def of(cls, summary: FormSummary) -> _Form:
        try:
            day: date | None = date.fromisoformat(summary.received[:10])
        except ValueError:
            day = None
        return cls(
            summary,
            data_fields(f for _, f in summary.columns),
            frozenset(data_fields(f for _, f in summary.columns)),
            tuple((squash(header), field) for header, field in summary.columns),
            normalized_doc_no(summary.doc_no),
            day,
        )


class OverlapService:
    def __init__(
        self,
        forms: FormRepository,
        registry: RegistryService,
        catalog: CatalogService,
        settings: SettingsRepository,
        clock: Callable[[], datetime] = datetime.now,
        ledger: LedgerRepository | None = None,
    ) -> None:
        self.forms = forms
        self.registry = registry
        self.catalog = catalog
        self.settings = settings
        self.clock = clock
        self.ledger = ledger or LedgerRepository(forms.conn)

    def window_months(self) -> int:
        """How far apart two forms may be received and still count as asking twice (setting, default 12)."""
        value = self.settings.get(WINDOW_SETTING, DEFAULT_WINDOW_MONTHS)
        try:
            months = int(value)
        except (TypeError, ValueError):
            return DEFAULT_WINDOW_MONTHS
        return months if months > 0 else DEFAULT_WINDOW_MONTHS

    # --- the comparison ----------------------------------------------------------
    def _index(self) -> tuple[dict[int, _Form], dict[object, list[int]]]:
        """All forms, and the ids behind each field, file, 文号 and header signature (candidates only)."""
        forms = {s.item_id: _Form.of(s) for s in self.forms.summaries()}
        index: dict[object, list[int]] = {}
        for form in forms.values():
            keys: list[object] = [("f", f) for f in form.fields]
            keys += [("sha", form.summary.sha256), ("sig", form.signature)]
            if form.doc_key:
                keys.append(("doc", form.doc_key))
            for key in keys:
                index.setdefault(key, []).append(form.id)
        return forms, index

    def _candidates(
        self, form: _Form, forms: dict[int, _Form], index: dict[object, list[int]]
    ) -> list[_Form]:
        keys: list[object] = [("f", f) for f in form.fields]
        keys += [("sha", form.summary.sha256), ("sig", form.signature), ("doc", form.doc_key)]
        ids = {i for key in keys for i in index.get(key, ()) if i != form.id}
        return [forms[i] for i in sorted(ids)]

    def _in_window(self, a: _Form, b: _Form, months: int) -> bool:
        if a.day is None or b.day is None:
            return True
        first, last = sorted((a.day, b.day))
        return add_months(first, months) >= last

    def _compare(
        self, form: _Form, other: _Form, months: int, names: Callable[[str], tuple[str, str]]
    ) -> Overlap | None:
        same_doc_no = bool(form.doc_key) and form.doc_key == other.doc_key
        if not self._in_window(form, other, months) and not same_doc_no:
            return None
        same_entity = form.summary.entity == other.summary.entity
        shared = tuple(f for f in form.fields if f in other.field_set) if same_entity else ()
        same_template = same_entity and (
            form.summary.sha256 == other.summary.sha256
            or (
                form.signature == other.signature
                and form.field_set == other.field_set
                and bool(form.signature)
            )
        )
        if not (shared or same_template or same_doc_no):
            return None
        union = len(form.field_set | other.field_set)
        containment = len(shared) / len(form.fields) if form.fields else 0.0
        return Overlap(
            item_id=form.id,
            other_id=other.id,
            other_title=other.summary.title,
            department=other.summary.department,
            department_short=other.summary.department_short or other.summary.department,
            received=other.summary.received,
            earlier=other.order < form.order,
            shared=shared,
            shared_names=tuple(names(f)[0] for f in shared),
            shared_names_en=tuple(names(f)[1] for f in shared),
            fields=len(form.fields),
            other_fields=len(other.fields),
            containment=containment,
            jaccard=len(shared) / union if union else 0.0,
            duplicate=containment >= DUPLICATE_AT,
            same_template=same_template,
            same_doc_no=same_doc_no,
        )

    def _namer(self) -> Callable[[str], tuple[str, str]]:
        catalog = self.catalog.catalog()

        def name(field_id: str) -> tuple[str, str]:
            found = catalog.get(field_id)
            return (found.name_zh, found.name_en or found.name_zh) if found else (field_id, field_id)

        return name

    # --- public API --------------------------------------------------------------
    def overlaps_for(self, item_id: int) -> list[Overlap]:
        """Other forms asking for this form's facts (earlier and later, within the window), strongest first."""
        self.registry.get(item_id)  # NotFoundError for an unknown id
        forms, index = self._index()
        form = forms.get(item_id)
        if form is None:
            return []
        months, names = self.window_months(), self._namer()
        found = [self._compare(form, other, months, names) for other in self._candidates(form, forms, index)]
        overlaps = [o for o in found if o is not None]
        overlaps.sort(
            key=lambda o: (
                not (o.duplicate or o.same_template),
                -o.containment,
                not o.earlier,
                o.received,
                o.other_id,
            )
        )
        return overlaps

    def all_pairs(self) -> list[dict]:
        """Every pair of forms within the window sharing at least one field; a is the later form."""
        forms, index = self._index()
        months, names = self.window_months(), self._namer()
        pairs: list[dict] = []
        for form in sorted(forms.values(), key=lambda f: f.order):
            for other in self._candidates(form, forms, index):
                if other.order > form.order:
                    continue
                overlap = self._compare(form, other, months, names)
                if overlap is None or not overlap.shared:
                    continue
                pairs.append(
                    {
                        "a": form.id,
                        "b": other.id,
                        "entity": form.summary.entity,
                        "shared": list(overlap.shared),
                        "containment": round(overlap.containment, 4),
                        "jaccard": round(overlap.jaccard, 4),
                        "duplicate": overlap.duplicate,
                        "same_template": overlap.same_template,
                        "same_doc_no": overlap.same_doc_no,
                    }
                )
        return pairs

    def duplicate_badges(self, item_ids: Iterable[int]) -> dict[int, str]:
        """Item id → badge (重复 / 同文号 / 相似, untranslated) for forms repeating an earlier request.

        Only the later form of a pair gets the badge: it is the one asking again. Ids that are not
        forms, or have nothing earlier in common, are left out.
        """
        wanted = set(item_ids)
        if not wanted:
            return {}
        forms, index = self._index()
        months, badges = self.window_months(), {}
        for item_id in wanted & forms.keys():
            form = forms[item_id]
            earlier = [o for o in self._candidates(form, forms, index) if o.order < form.order]
            badge = self._badge(form, earlier, months)
            if badge:
                badges[item_id] = badge
        return badges

    def _badge(self, form: _Form, earlier: list[_Form], months: int) -> str:
        """The strongest badge over the earlier forms; set sizes only, no Overlap objects (a page at a time)."""
        best = ""
        for other in earlier:
            same_doc_no = bool(form.doc_key) and form.doc_key == other.doc_key
            if not same_doc_no and not self._in_window(form, other, months):
                continue
            if form.summary.entity == other.summary.entity:
                if form.summary.sha256 == other.summary.sha256 or (
                    form.signature and form.signature == other.signature and form.field_set == other.field_set
                ):
                    return BADGE_DUPLICATE
                shared = len(form.field_set & other.field_set)
                if form.fields and shared / len(form.fields) >= DUPLICATE_AT:
                    return BADGE_DUPLICATE
                if form.fields and shared / len(form.fields) >= SIMILAR_AT and not best:
                    best = BADGE_SIMILAR
            if same_doc_no:
                best = BADGE_SAME_DOC_NO
        return best

    def ledger_can_fill(self, item_id: int) -> tuple[int, int]:
        """(data fields the ledger holds a value for in any entity, data fields of the form)."""
        summaries = self.forms.summaries([item_id])
        if not summaries:
            self.registry.get(item_id)
            return (0, 0)
        fields = data_fields(f for _, f in summaries[0].columns)
        sources = sorted({s for f in fields for s in (f, *DERIVED_FROM.get(f, ()))})
        held: set[str] = set()
        for values in self.ledger.current(sources).values():
            held.update(f for f, v in zip(sources, values, strict=True) if v not in (None, ""))
            if len(held) == len(sources):
                break
        count = sum(1 for f in fields if f in held or any(s in held for s in DERIVED_FROM.get(f, ())))
        return (count, len(fields))
