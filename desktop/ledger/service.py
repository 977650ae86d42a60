"""The ledger (台账): import returns through the intake mapping, dry run first, commit as one transaction."""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from itertools import count
from operator import attrgetter, itemgetter
from pathlib import Path

from desktop.audit import record
from desktop.catalog.service import CatalogService
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.intake.data_rows import iter_data_rows
from desktop.intake.inspect import inspect_workbook
from desktop.intake.read_errors import read_error
from desktop.ledger.entity_rules import LEDGER_KINDS, is_ledger_fact
from desktop.ledger.lookup import Resolution, entity_facts, resolve_conflict
from desktop.ledger.planner import ImportPlan, RowView, plan_import
from desktop.ledger.report import ImportReport
from desktop.registry.departments import DepartmentService
from exports.excel.reader import Workbook, WorkbookReadError
from storage.blobs import BlobStore
from storage.ledger import EntityRow, HistoryRow, LedgerRepository
from storage.ledger_lookup import ConflictRow, LedgerLookup
from storage.open_databases import refuse_open_database
from storage.transaction import transaction


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a return is imported.

    A 50,000-row return makes millions of small objects (cells, rows, results) and none of them form
    cycles: every collection the allocations trigger walks all of them again and frees nothing, which
    cost a third of the import's own time. Reference counting still frees everything as usual; the
    collector resumes (if it was on) when the import ends, however it ends. Nested or concurrent imports
    only ever leave it as the outermost caller found it, or on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class LedgerService:
    backup_before: Callable[[], object] = staticmethod(lambda: None)  # Office: back up before an import

    def __init__(
        self,
        ledger: LedgerRepository,
        catalog: CatalogService,
        departments: DepartmentService,
        blobs: BlobStore,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.ledger = ledger
        self.catalog = catalog
        self.departments = departments
        self.blobs = blobs
        self.clock = clock

    def import_file(
        self,
        path: Path | str,
        department: str,
        *,
        dry_run: bool = False,
        sheet: str | int | None = None,
        mapping: Mapping[int, str | None] | None = None,
        item_id: int | None = None,
        entered_by: str = "",
        not_same: Collection[int] = (),
    ) -> ImportReport:
        """Read a filled return (or an existing ledger workbook) and plan, or apply, its facts.

        `not_same`: Excel rows among the report's matches to confirm (made without a valid ID number)
        that are not the person they matched; each becomes an entity of its own, flagged when it has no
        valid key. A row that is not such a match is refused, before anything is written.
        """
        with _cyclic_gc_paused():
            return self._import_file(path, department, dry_run, sheet, mapping, item_id, entered_by, not_same)

    def _import_file(
        self,
        path: Path | str,
        department: str,
        dry_run: bool,
        sheet: str | int | None,
        mapping: Mapping[int, str | None] | None,
        item_id: int | None,
        entered_by: str,
        not_same: Collection[int],
    ) -> ImportReport:
        path = Path(path)
        dept = self.departments.resolve(department)
        catalog = self.catalog.catalog()
        refuse_open_database(path)  # reading the open database as a file would drop its locks
        try:
            with Workbook(path) as workbook:
                inspection = inspect_workbook(workbook, catalog, sheet)
                kind = inspection.entity
                if kind not in LEDGER_KINDS:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "“{file}”的每一行不是人员、户、村或企业（识别为：{kind}），不能导入台账。",
                        ),
                        field="file",
                        file=path.name,
                        kind=kind,
                    )
                chosen = {c.col: (mapping or {}).get(c.col, c.field) for c in inspection.columns}
                columns = [(col, fid) for col, fid in chosen.items() if fid and is_ledger_fact(fid)]
                report = ImportReport(str(path), inspection.sheet, kind, dry_run=dry_run)
                plan = plan_import(
                    iter_data_rows(workbook, inspection.layout),
                    columns,
                    kind,
                    catalog,
                    self.ledger,
                    report,
                    not_same,
                )
        except WorkbookReadError as exc:
            raise read_error(exc) from exc
        _check_not_same(report, not_same)
        if dry_run:
            return report
        self.backup_before()
        sha, _size = self.blobs.put(path)  # the return itself is kept unmodified, like every original
        with transaction(self.ledger.conn):
            report.import_id = self._apply(plan, path.name, sha, dept.id, item_id, entered_by)
            record(
                self.ledger.conn,
                "ledger-import",
                {"import": report.import_id, "file": path.name, "sha256": sha},
            )
        report.dry_run = False
        return report

    def _apply(
        self,
        plan: ImportPlan,
        file_name: str,
        sha: str,
        department_id: int,
        item_id: int | None,
        entered_by: str,
    ) -> int:
        repo = self.ledger
        now = self.clock().isoformat(timespec="seconds")
        import_id = repo.next_id("ledger_imports")
        repo.insert_import(
            import_id,
            {
                "item_id": item_id,
                "department_id": department_id,
                "file_name": file_name,
                "sha256": sha,
                "sheet": plan.report.sheet,
                "entity_kind": plan.kind,
                "rows": plan.report.rows,
                "report": _summary(plan.report),
                "entered_by": entered_by,
                "created_at": now,
            },
        )
        next_entity = repo.next_id("entities")
        existing = [e for e in plan.entities if e.id is not None]
        new_entities = [e for e in plan.entities if e.id is None]
        for entity, entity_id in zip(new_entities, count(next_entity)):  # noqa: B905 (count is endless)
            entity.id = entity_id
        new_ids = set(range(next_entity, next_entity + len(new_entities)))
        # attrgetter and zip build the rows in C: a 50,000-row return makes 50,000 of each.
        repo.insert_new_entities(
            map(attrgetter("id", "kind", "key", "raw_key", "key_status", "label", "match"), new_entities), now
        )
        repo.update_entity_labels((e.id, e.label, e.match) for e in existing)
        for entity in existing:
            if entity.repaired_key:
                repo.set_key(entity.id, entity.key)
        next_record = repo.next_id("ledger_records")
        entity_ids = list(map(attrgetter("id"), plan.entities))
        record_ids = range(next_record, next_record + len(plan.entities))
        record_of = dict(zip(entity_ids, record_ids, strict=True))
        first_rows = [e.rows[0] if e.rows else None for e in plan.entities]
        repo.insert_import_records(
            zip(record_ids, entity_ids, first_rows, strict=True), import_id, entered_by, now
        )
        fields = plan.fields
        repo.ensure_slots(fields)
        _insert_new_values(repo, fields, new_entities, record_of)
        existing_changes = [c for c in plan.changes if c[0].id not in new_ids]
        if existing_changes:
            touched = {c[0].id for c in existing_changes}
            repo.ensure_current_rows(touched)
            updated = [c for c in existing_changes if c[2] is not None]
            if updated:
                old_records = repo.record_ids(fields, {c[0].id for c in updated})
                position = {f: i for i, f in enumerate(fields)}
                repo.insert_history(
                    (
                        e.id,
                        f,
                        old,
                        old_records.get(e.id, [None] * len(fields))[position[f]],
                        record_of[e.id],
                        now,
                    )
                    for e, f, old, _new, _row in updated
                )
            repo.update_current((e.id, f, new, record_of[e.id]) for e, f, _old, new, _row in existing_changes)
        repo.insert_conflicts((import_id, e.id, f, values, now) for e, f, values in plan.conflicts)
        return import_id

    def stats(self) -> dict:
        counts = self.ledger.entity_counts()
        return {
            "entities": {kind: counts.get(kind, 0) for kind in LEDGER_KINDS},
            "values": self.ledger.value_count(),
            "invalid_keys": self.ledger.invalid_key_count(),
        }

    def history(self, entity_id: int, field_id: str) -> list[HistoryRow]:
        return self.ledger.history(entity_id, field_id)

    # --- the 台账 page: conflicts and looking entities up ------------------------------
    @property
    def lookup(self) -> LedgerLookup:
        return LedgerLookup(self.ledger.conn)

    def conflicts(self) -> list[ConflictRow]:
        """Open conflicts, oldest first, with the entity and the return they came from."""
        return self.lookup.conflicts()

    def resolve_conflict(self, conflict_id: int, value: str, entered_by: str = "") -> Resolution:
        """Make one of a conflict's values current; the replaced value goes to history."""
        return resolve_conflict(self.ledger, self.lookup, conflict_id, value, self.clock(), entered_by)

    def find_entities(self, text: str, limit: int = 50) -> list[EntityRow]:
        """Persons, households, villages and enterprises by name or (part of) their ID or code."""
        return self.lookup.find_entities(text, limit)

    def entity(self, entity_id: int) -> EntityRow | None:
        return self.ledger.entity(entity_id)

    def facts(self, entity_id: int) -> list[HistoryRow]:
        """The entity's current values with their source (department, file, row, date), catalog order."""
        return entity_facts(self.ledger, self.lookup, self.catalog.catalog(), entity_id)


def _insert_new_values(
    repo: LedgerRepository, fields: list[str], entities: list, record_of: dict[int, int]
) -> None:
    """Write new entities' rows of current values a column at a time; each row names its entity's record."""
    views = [e for e in entities if isinstance(e.values, RowView)]
    groups: dict[int, list] = {}
    for entity in views:  # rows of one parse share their columns
        groups.setdefault(id(entity.values.columns), []).append(entity)
    batches = list(groups.values())
    others = [e for e in entities if not isinstance(e.values, RowView)]
    for batch in batches:
        columns = batch[0].values.columns
        ids = list(map(attrgetter("id"), batch))
        indices = list(map(attrgetter("values.index"), batch))
        if indices == list(range(len(batch))) and all(len(c) == len(batch) for c in columns.values()):
            values = [columns[f] if f in columns else (None,) * len(batch) for f in fields]  # whole columns
        else:
            pick = itemgetter(*indices)
            values = [
                (pick(columns[f]) if len(batch) > 1 else (pick(columns[f]),))
                if f in columns
                else (None,) * len(batch)
                for f in fields
            ]
        repo.insert_current_columns(fields, ids, list(map(record_of.__getitem__, ids)), values)
    if others:
        ids = [e.id for e in others]
        values = [[e.values.get(f) for e in others] for f in fields]
        repo.insert_current_columns(fields, ids, [record_of[i] for i in ids], values)


def _check_not_same(report: ImportReport, not_same: Collection[int]) -> None:
    """Refuse "not the same person" for a row the plan did not match without an ID number: the clerk
    (or a changed file) means another row, and guessing which could merge or split the wrong people."""
    unknown = sorted(set(not_same) - {m["row"] for m in report.matched_without_key})
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "第 {rows} 行不在“请确认”名单里（名单里是没有身份号码、按姓名等信息认定为同一人的行），"
                "台账没有改动。请先试导入，按报告里的行号选择。",
            ),
            field="not_same",
            rows="、".join(map(str, unknown)),
        )


def _summary(report: ImportReport) -> dict:
    """The report kept with the import: lists as their lengths, except the notes, which stay whole (the
    second phone numbers they hold are kept nowhere else)."""
    data = report.to_dict()
    for key in (
        "updates",
        "invalid",
        "flagged_keys",
        "matched_without_key",
        "not_same",
        "conflicts",
        "duplicates",
    ):
        data[key] = len(data[key])
    return data
