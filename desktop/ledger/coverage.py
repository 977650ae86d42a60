"""How much of a form the ledger can already fill, the single fill-in pass, and the period's reuse figures.

Coverage is one scan of the wide table (COUNT per field) with a join to the records only for fields
that have a freshness rule: 100,000 people × 30 fields take about 0.1 s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime

from desktop.catalog.fields import Catalog, Field
from desktop.catalog.service import CatalogService
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from desktop.ledger import freshness
from desktop.ledger.coverage_types import Coverage, FieldCoverage, ReuseNumbers
from desktop.ledger.entity_rules import LEDGER_KINDS, is_ledger_fact
from desktop.ledger.entry import EntryService
from desktop.ledger.grid import MissingGrid
from desktop.ledger.values import normalize_value
from storage.forms import FormRepository, FormTemplate
from storage.ledger import LedgerRepository
from storage.ledger_coverage import CoverageRepository, Scope
from storage.settings import SettingsRepository

__all__ = ["Coverage", "CoverageService", "FieldCoverage", "MissingGrid", "ReuseNumbers"]

ScopeArg = Mapping[str, str | Sequence[str]] | None
"""{field id: value or values}, e.g. {"person.village": "白沙村"}; None = every entity of the kind."""


class CoverageService:
    def __init__(
        self,
        ledger: LedgerRepository,
        forms: FormRepository,
        catalog: CatalogService,
        clock: Callable[[], datetime] = datetime.now,
        settings: SettingsRepository | None = None,
    ) -> None:
        self.ledger = ledger
        self.forms = forms
        self.catalog = catalog
        self.clock = clock
        self.settings = settings or SettingsRepository(ledger.conn)
        self.queries = CoverageRepository(ledger)
        self.entry = EntryService(ledger, catalog, clock)

    # --- freshness rules -------------------------------------------------------------
    def freshness_rules(self) -> dict[str, int | str]:
        """field id → months or "cycle": the defaults with the office's settings applied."""
        return freshness.merged_rules(self.settings.get(freshness.SETTINGS_KEY, {}))

    def set_freshness(self, field_id: str, rule: int | str | None) -> None:
        """Change one field's rule (None: never stale); stored in the settings."""
        if field_id not in self.catalog.catalog():
            raise _unknown_field(field_id)
        overrides = dict(self.settings.get(freshness.SETTINGS_KEY, {}) or {})
        overrides[field_id] = freshness.check_rule(rule)
        self.settings.set(freshness.SETTINGS_KEY, overrides)

    # --- coverage --------------------------------------------------------------------
    def coverage(
        self, field_ids: Iterable[str], scope: ScopeArg = None, *, kind: str | None = None
    ) -> Coverage:
        """Cells held and fresh for these fields over the entities in scope (序号 and 备注 are left out)."""
        catalog = self.catalog.catalog()
        fields = _data_fields(catalog, field_ids)
        kind = kind or _single_kind(fields)
        return self._coverage(catalog, kind, fields, scope)

    def form_coverage(self, item_id: int, scope: ScopeArg = None) -> Coverage:
        """Coverage of the data fields a registered form maps its columns onto."""
        catalog = self.catalog.catalog()
        template = self._template(item_id)
        return self._coverage(catalog, template.entity, _form_fields(catalog, template), scope)

    def forms_coverage(self, item_ids: Iterable[int]) -> dict[int, Coverage]:
        """`form_coverage` of many forms at once: one scan per entity kind over the union of their fields
        (each field's counts do not depend on the other fields asked with it)."""
        catalog = self.catalog.catalog()
        fields_of = {t.item_id: (t.entity, _form_fields(catalog, t)) for t in map(self._template, item_ids)}
        union: dict[str, dict[str, Field]] = {}
        for kind, fields in fields_of.values():
            union.setdefault(kind, {}).update((f.id, f) for f in fields)
        scans = {kind: self._coverage(catalog, kind, list(f.values()), None) for kind, f in union.items()}
        by_field = {kind: {f.field_id: f for f in scan.fields} for kind, scan in scans.items()}
        return {
            item_id: Coverage(kind, scans[kind].entities, tuple(by_field[kind][f.id] for f in fields))
            for item_id, (kind, fields) in fields_of.items()
        }

    def _coverage(self, catalog: Catalog, kind: str, fields: list[Field], scope: ScopeArg) -> Coverage:
        if kind not in LEDGER_KINDS:
            return Coverage(kind, 0, tuple(FieldCoverage(f.id, 0, 0) for f in fields))
        ids = [f.id for f in fields]
        rules = self.freshness_rules()
        counts = self.queries.count_cells(
            kind, ids, self._scope(catalog, kind, scope), freshness.cutoffs(ids, rules, self.clock())
        )
        return Coverage(
            kind,
            counts.entities,
            tuple(
                FieldCoverage(f, filled, fresh, rules.get(f))
                for f, filled, fresh in zip(ids, counts.filled, counts.fresh, strict=True)
            ),
        )

    # --- the fill-in pass ------------------------------------------------------------
    def missing_grid(
        self, item_ids: Iterable[int], scope: ScopeArg = None, *, only_incomplete: bool = False
    ) -> MissingGrid:
        """Rows = entities in scope; columns = the forms' data fields with at least one missing or stale cell.

        A fact several forms ask for is one column: it is typed once. `only_incomplete` keeps only rows
        with something to type.
        """
        catalog = self.catalog.catalog()
        templates = [self._template(i) for i in dict.fromkeys(item_ids)]
        kinds = sorted({t.entity for t in templates})
        if len(kinds) != 1 or kinds[0] not in LEDGER_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "一次补录只能针对同一类对象（人员、户、村或企业）的报表；所选报表是：{kinds}。"
                ),
                field="items",
                kinds=tuple(kinds),
            )
        kind = kinds[0]
        union = list({f.id: f for t in templates for f in _form_fields(catalog, t)}.values())
        summary = self._coverage(catalog, kind, union, scope)
        columns = set(summary.incomplete())
        fields = [f for f in union if f.id in columns]
        ids = [f.id for f in fields]
        return MissingGrid(
            self.queries,
            kind,
            tuple(t.item_id for t in templates),
            fields,
            summary,
            self._scope(catalog, kind, scope),
            freshness.cutoffs(ids, self.freshness_rules(), self.clock()),
            only_incomplete,
        )

    def scope_values(self, kind: str, field_id: str) -> list[tuple[str, int]]:
        """(value, entities) of a field, most common first: the choices of a scope filter such as 村."""
        return self.queries.distinct_values(kind, field_id)

    # --- the period's numbers --------------------------------------------------------
    def reuse_numbers(
        self, item_ids: Iterable[int], scope: ScopeArg = None, *, since: str | None = None
    ) -> ReuseNumbers:
        """Facts the forms request (Σ rows × data fields) against facts typed by hand since the period began.

        The period begins on the day the earliest of these forms was registered, unless `since` says otherwise.
        """
        catalog = self.catalog.catalog()
        templates = [self._template(i) for i in dict.fromkeys(item_ids)]
        rows: dict[str, int] = {}
        requested = 0
        for template in templates:
            kind = template.entity
            if kind not in LEDGER_KINDS:
                continue
            if kind not in rows:
                scoped = scope if scope and _scope_kind(catalog, scope) == kind else None
                rows[kind] = self.queries.count_entities(kind, self._scope(catalog, kind, scoped))
            requested += rows[kind] * len(_form_fields(catalog, template))
        start = since or min((t.created_at[:10] for t in templates), default=self.clock().date().isoformat())
        typed = self.queries.entry_count(sorted(rows), start)
        return ReuseNumbers(len(templates), requested, typed, start)

    # --- helpers ---------------------------------------------------------------------
    def _template(self, item_id: int) -> FormTemplate:
        template = self.forms.get(item_id)
        if template is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "事项 {id} 没有登记报表模板。"), id=item_id)
        return template

    def _scope(self, catalog: Catalog, kind: str, scope: ScopeArg) -> Scope:
        result: list[tuple[str, list[str]]] = []
        for field_id, wanted in (scope or {}).items():
            field = catalog.get(field_id)
            if field is None:
                raise _unknown_field(field_id)
            if field.entity != kind:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "筛选条件“{field_name}”不属于这类对象，不能用来筛选。"),
                    field="scope",
                    field_name=field.name_zh,
                )
            raw = [wanted] if isinstance(wanted, str) else list(wanted)
            values = [normalize_value(field, v).value for v in raw]
            result.append((field_id, [v for v in values if v is not None]))
        return result


def _unknown_field(field_id: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "指标库中没有字段“{field_id}”。"), field="fields", field_id=field_id
    )


def _data_fields(catalog: Catalog, field_ids: Iterable[str]) -> list[Field]:
    fields: dict[str, Field] = {}
    for field_id in field_ids:
        field = catalog.get(field_id)
        if field is None:
            raise _unknown_field(field_id)
        if is_ledger_fact(field_id) and field.entity != "meta":
            fields[field_id] = field
    return list(fields.values())


def _single_kind(fields: list[Field]) -> str:
    kinds = sorted({f.entity for f in fields})
    if len(kinds) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "所选字段属于不同类的对象（{kinds}），请分开统计。"),
            field="fields",
            kinds=tuple(kinds) or ("—",),
        )
    return kinds[0]


def _scope_kind(catalog: Catalog, scope: Mapping[str, object]) -> str | None:
    entities = {catalog.get(f).entity for f in scope if catalog.get(f) is not None}
    return entities.pop() if len(entities) == 1 else None


def _form_fields(catalog: Catalog, template: FormTemplate) -> list[Field]:
    """The form's columns that carry ledger facts of the form's own entity, each field once."""
    fields: dict[str, Field] = {}
    for column in template.columns:
        field = catalog.get(column.field_id) if column.field_id else None
        if field is not None and is_ledger_fact(field.id) and field.entity == template.entity:
            fields.setdefault(field.id, field)
    return list(fields.values())
