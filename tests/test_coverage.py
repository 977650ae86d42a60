"""Coverage of forms by the ledger, freshness, scopes, the fill-in grid, typed entries and reuse figures."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.errors import NotFoundError, ValidationError
from desktop.office import Office
from desktop.privacy.masking import mask_id_number
from tests.builders import LI, WANG, ZHANG, ZHAO, db_snapshot, make_id, write_return

PHONE_FORM = ["姓名", "公民身份号码", "联系电话", "文化程度", "备注"]
WORK_FORM = ["姓名", "公民身份号码", "联系电话", "民族", "是否外出务工"]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 6, 1, 9, 0, 0))


@pytest.fixture
def ledger_office(db_path, tmp_path, clock):
    """Four people imported on 2025-06-01 (one without phone, one without village); the clock then moves on."""
    office = Office(db_path, clock=clock)
    rows = [
        [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
        [2, "李娜", LI, "1990-01-15", "白沙村", "", "否"],
        [3, "王芳", WANG, "1972-04-26", "河口村", "13700137000", "√"],
        [4, "赵强", ZHAO, "1966-07-08", "", "13600136000", ""],
    ]
    office.ledger.import_file(write_return(tmp_path / "roster.xlsx", rows), "县人社局")
    clock.now = datetime(2026, 11, 25, 10, 0, 0)
    yield office
    office.close()


def make_form(office: Office, path: Path, headers: list[str], title: str) -> int:
    """Register a small person form whose columns map onto `headers`' fields."""
    wb = Workbook()
    ws = wb.active
    ws.cell(1, 1, title)
    ws.cell(2, 1, "序号")
    for col, text in enumerate(headers, start=2):
        ws.cell(2, col, text)
    for n in range(1, 4):
        ws.cell(2 + n, 1, n)
    wb.save(path)
    return office.intake.register(path, {"department": "县民政局", "title": title}).item.id


def person(office: Office, key: str) -> int:
    return office.ledger.ledger.key_index("person")[key]


# --- coverage ----------------------------------------------------------------------------


def test_coverage_counts_cells_per_field_and_leaves_out_seq_and_remarks(ledger_office):
    fields = [
        "meta.seq",
        "person.name",
        "person.phone",
        "person.village",
        "person.education",
        "person.remarks",
    ]
    coverage = ledger_office.coverage.coverage(fields)
    assert coverage.kind == "person" and coverage.entities == 4
    assert [f.field_id for f in coverage.fields] == [
        "person.name",
        "person.phone",
        "person.village",
        "person.education",
    ]
    assert [(f.filled) for f in coverage.fields] == [4, 3, 3, 0]
    assert coverage.total == 16 and coverage.filled == 10 and coverage.missing == 6
    assert coverage.to_dict()["missing"] == 6
    with pytest.raises(ValidationError):
        ledger_office.coverage.coverage(["person.name", "village.population"])
    with pytest.raises(ValidationError):
        ledger_office.coverage.coverage(["person.nonexistent"])


def test_freshness_follows_rules_from_code_and_settings(ledger_office, clock):
    service = ledger_office.coverage
    coverage = service.coverage(["person.phone", "person.birth_date"])
    phone, birth = coverage.fields
    assert (phone.filled, phone.fresh, phone.rule) == (3, 0, 12)  # recorded 2025-06-01, older than 12 months
    assert (birth.filled, birth.fresh, birth.rule) == (4, 4, None)  # never stale
    assert coverage.fresh == 4 and coverage.stale == 3 and coverage.to_fill == 4
    clock.now = datetime(2026, 5, 31, 23, 0)
    assert service.coverage(["person.phone"]).fresh == 3  # still within 12 months
    clock.now = datetime(2026, 11, 25, 10, 0)
    service.set_freshness("person.phone", 24)
    assert service.coverage(["person.phone"]).fresh == 3
    service.set_freshness("person.birth_date", "cycle")  # this year's cycle began 2026-01-01
    assert service.coverage(["person.birth_date"]).fresh == 0
    service.set_freshness("person.phone", None)
    assert "person.phone" not in service.freshness_rules()
    assert ledger_office.settings.get("freshness_months")["person.birth_date"] == "cycle"
    with pytest.raises(ValidationError):
        service.set_freshness("person.phone", -3)


def test_scope_filters_by_normalised_values(ledger_office):
    service = ledger_office.coverage
    assert service.coverage(["person.phone"], {"person.village": "白沙村"}).entities == 2
    assert service.coverage(["person.phone"], {"person.village": ["白沙村", "河口村"]}).entities == 3
    migrants = service.coverage(["person.phone"], {"person.is_migrant_worker": "√"})  # stored as 是
    assert migrants.entities == 2 and migrants.filled == 2
    assert service.coverage(["person.phone"], {"person.village": "没有这个村"}).entities == 0
    assert service.coverage(["person.phone"], {"person.education": "初中"}).entities == 0  # no slot yet
    with pytest.raises(ValidationError):
        service.coverage(["person.phone"], {"village.name": "白沙村"})
    assert service.scope_values("person", "person.village") == [("白沙村", 2), ("河口村", 1)]


# --- forms and the fill-in grid ----------------------------------------------------------


def test_form_coverage_uses_mapped_data_fields(ledger_office, tmp_path):
    item = make_form(ledger_office, tmp_path / "phones.xlsx", PHONE_FORM, "联系电话核对表")
    coverage = ledger_office.coverage.form_coverage(item)
    assert [f.field_id for f in coverage.fields] == [
        "person.name",
        "person.id_number",
        "person.phone",
        "person.education",
    ]
    assert coverage.entities == 4 and coverage.fresh == 8 and coverage.to_fill == 8
    with pytest.raises(NotFoundError):
        ledger_office.coverage.form_coverage(9999)


def test_missing_grid_has_each_missing_fact_once(ledger_office, tmp_path):
    first = make_form(ledger_office, tmp_path / "a.xlsx", PHONE_FORM, "联系电话核对表")
    second = make_form(ledger_office, tmp_path / "b.xlsx", WORK_FORM, "外出务工统计表")
    grid = ledger_office.coverage.missing_grid([first, second])
    # name and ID are complete; phone (stale/missing) asked by both forms is one column
    assert grid.field_ids == [
        "person.phone",
        "person.education",
        "person.ethnicity",
        "person.is_migrant_worker",
    ]
    assert grid.required == 4 * 6 and grid.in_ledger == 8 + 3 and grid.to_enter == 24 - 11
    rows = grid.rows(0, 2)
    assert [r.label for r in rows] == ["张伟", "李娜"] and rows[0].key_shown == mask_id_number(ZHANG)
    assert rows[0].key_shown == ZHANG[:6] + "********" + ZHANG[-4:]
    assert rows[0].values[0] == "13800138000" and rows[0].stale[0] and not rows[1].stale[0]
    assert rows[1].values[0] is None and rows[1].needs_entry(0)
    assert [r.label for r in grid.rows(rows[-1].entity_id, 10)] == ["王芳", "赵强"]
    village = ledger_office.coverage.missing_grid([first], {"person.village": "河口村"})
    assert village.row_count() == 1 and village.required == 4
    with pytest.raises(ValidationError):
        ledger_office.coverage.missing_grid([first, _village_form(ledger_office, tmp_path)])


def test_only_incomplete_rows(ledger_office, tmp_path):
    item = make_form(
        ledger_office, tmp_path / "w.xlsx", ["姓名", "公民身份号码", "所在村（社区）"], "村别核对"
    )
    grid = ledger_office.coverage.missing_grid([item], only_incomplete=True)
    assert grid.field_ids == ["person.village"]
    assert grid.row_count() == 1 and [r.label for r in grid.rows()] == ["赵强"]


def _village_form(office: Office, tmp_path: Path) -> int:
    return make_form(office, tmp_path / "v.xlsx", ["村（社区）名称", "户籍人口（人）"], "村情统计")


# --- typed entries -----------------------------------------------------------------------


def test_save_writes_entry_record_history_and_current(ledger_office):
    entity = person(ledger_office, ZHANG)
    saved = ledger_office.coverage.entry.save(entity, "person.phone", "139 0013 9000", entered_by="李会计")
    assert (saved.value, saved.old_value) == ("13900139000", "13800138000")
    history = ledger_office.ledger.history(entity, "person.phone")
    assert [(h.value, h.source, h.current) for h in history] == [
        ("13900139000", "entry", True),
        ("13800138000", "import", False),
    ]
    assert history[0].entered_by == "李会计" and history[0].recorded_at == "2026-11-25T10:00:00"
    assert ledger_office.coverage.coverage(["person.phone"]).fresh == 1  # the typed value is fresh
    blank = ledger_office.coverage.entry.save(person(ledger_office, LI), "person.education", "初中")
    assert blank.old_value is None and blank.old_record_id is None


def test_invalid_value_is_refused_with_reason_and_nothing_written(ledger_office):
    before = db_snapshot(ledger_office.path)
    with pytest.raises(ValidationError) as refused:
        ledger_office.coverage.entry.save(person(ledger_office, LI), "person.phone", "12345")
    assert (
        refused.value.reason == "length" and "李娜" in str(refused.value) and "联系电话" in str(refused.value)
    )
    with pytest.raises(ValidationError):
        ledger_office.coverage.entry.save(person(ledger_office, LI), "village.population", "12")
    with pytest.raises(NotFoundError):
        ledger_office.coverage.entry.save(99999, "person.phone", "13800138000")
    assert db_snapshot(ledger_office.path) == before


def test_names_and_keys_keep_the_entity_in_step(ledger_office):
    entry = ledger_office.coverage.entry
    zhang = person(ledger_office, ZHANG)
    entry.save(zhang, "person.name", "张 伟伟")
    assert ledger_office.ledger.ledger.entity(zhang).label == "张伟伟"
    with pytest.raises(ValidationError, match="王芳"):
        entry.save(zhang, "person.id_number", WANG)  # someone else's number
    with pytest.raises(ValidationError):
        entry.save(zhang, "person.id_number", "")
    fixed = make_id("51162319850302124")
    entry.save(zhang, "person.id_number", fixed)
    assert ledger_office.ledger.ledger.entity(zhang).key == fixed


def test_save_many_is_all_or_nothing(ledger_office):
    li, wang = person(ledger_office, LI), person(ledger_office, WANG)
    before = db_snapshot(ledger_office.path)
    cells = [
        (li, "person.phone", "13900139000"),
        (wang, "person.education", "小学"),
        (li, "person.birth_date", "1990-02-30"),
    ]
    with pytest.raises(ValidationError) as refused:
        ledger_office.coverage.entry.save_many(cells)
    assert refused.value.index == 2 and "出生日期" in str(refused.value)
    assert db_snapshot(ledger_office.path) == before
    saved = ledger_office.coverage.entry.save_many(cells[:2], entered_by="李会计")
    assert [s.value for s in saved] == ["13900139000", "小学"]
    assert ledger_office.ledger.ledger.current(["person.phone", "person.education"], [li, wang]) == {
        li: ["13900139000", None],
        wang: ["13700137000", "小学"],
    }


def test_failed_write_rolls_back(ledger_office, monkeypatch):
    before = db_snapshot(ledger_office.path)

    def broken(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ledger_office.coverage.entry.ledger, "update_current", broken)
    cells = [(person(ledger_office, LI), "person.phone", "13900139000")]
    with pytest.raises(sqlite3.OperationalError):
        ledger_office.coverage.entry.save_many(cells)
    assert db_snapshot(ledger_office.path) == before


def test_undo_restores_value_and_its_age(ledger_office):
    entry = ledger_office.coverage.entry
    zhang, li = person(ledger_office, ZHANG), person(ledger_office, LI)
    saved = entry.save_many([(zhang, "person.phone", "13900139000"), (li, "person.phone", "13500135000")])
    assert ledger_office.coverage.coverage(["person.phone"]).fresh == 2
    entry.undo(saved)
    assert ledger_office.ledger.ledger.current(["person.phone"], [zhang, li]) == {
        zhang: ["13800138000"],
        li: [None],
    }
    assert ledger_office.coverage.coverage(["person.phone"]).fresh == 0  # the old number is still unchecked
    values = [(h.value, h.current) for h in ledger_office.ledger.history(zhang, "person.phone")]
    assert values == [("13800138000", True), ("13900139000", False), ("13800138000", False)]
    again = entry.save(zhang, "person.phone", "13900139000")
    entry.save(zhang, "person.phone", "13300133000")
    with pytest.raises(ValidationError):
        entry.undo([again])  # changed again since: undo would overwrite the later value


# --- the period's numbers ----------------------------------------------------------------


def test_reuse_numbers_compare_requested_with_typed(ledger_office, tmp_path):
    first = make_form(ledger_office, tmp_path / "a.xlsx", PHONE_FORM, "联系电话核对表")
    second = make_form(ledger_office, tmp_path / "b.xlsx", WORK_FORM, "外出务工统计表")
    entry = ledger_office.coverage.entry
    entry.save_many([(person(ledger_office, LI), "person.phone", "13900139000")])
    entry.save(person(ledger_office, WANG), "person.education", "小学")
    numbers = ledger_office.coverage.reuse_numbers([first, second])
    assert numbers.forms == 2 and numbers.requested == 4 * 4 + 4 * 5
    assert numbers.typed == 2 and numbers.avoided == 34 and numbers.since == "2026-11-25"
    assert numbers.to_dict()["reuse_rate"] == round(34 / 36, 4)
    scoped = ledger_office.coverage.reuse_numbers([first], {"person.village": "白沙村"}, since="2027-01-01")
    assert scoped.requested == 2 * 4 and scoped.typed == 0
