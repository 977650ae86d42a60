"""The 台账 page's service calls: conflicts and their resolution, finding entities, facts with provenance."""

from __future__ import annotations

import pytest

from desktop.errors import NotFoundError, ValidationError
from tests.builders import LI, ZHANG, db_snapshot, write_return


@pytest.fixture
def conflicted(office, tmp_path):
    path = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
            [2, "张伟", ZHANG, "1985-03-02", "白沙村", "13900139000", "是"],
            [3, "李娜", LI, "1990-01-15", "河口村", "13700137000", "否"],
        ],
    )
    office.ledger.import_file(path, "县人社局", entered_by="王会计")
    [conflict] = office.ledger.conflicts()
    return conflict


def test_open_conflicts_name_the_entity_and_the_return(office, conflicted):
    assert (conflicted.label, conflicted.kind, conflicted.key, conflicted.field_id) == (
        "张伟",
        "person",
        ZHANG,
        "person.phone",
    )
    assert conflicted.values == [{"value": "13800138000", "row": 3}, {"value": "13900139000", "row": 4}]
    assert conflicted.file_name == "r.xlsx" and conflicted.department == "县人力资源和社会保障局"
    assert conflicted.status == "open" and conflicted.created_at.startswith("2026-11-25")


def test_resolving_writes_a_record_and_keeps_the_old_value(office, conflicted):
    resolution = office.ledger.resolve_conflict(conflicted.id, "13900139000", entered_by="李主任")
    assert resolution.changed and (resolution.old, resolution.new) == ("13800138000", "13900139000")
    assert office.ledger.conflicts() == []
    history = office.ledger.history(conflicted.entity_id, "person.phone")
    assert [(h.value, h.current, h.source, h.source_row, h.entered_by) for h in history] == [
        ("13900139000", True, "resolution", 4, "李主任"),
        ("13800138000", False, "import", 3, "王会计"),
    ]
    assert history[0].file_name == "r.xlsx" and history[0].department == "县人力资源和社会保障局"
    with pytest.raises(ValidationError, match="已经处理过"):
        office.ledger.resolve_conflict(conflicted.id, "13800138000")


def test_confirming_the_current_value_is_on_record_too(office, conflicted):
    resolution = office.ledger.resolve_conflict(conflicted.id, "13800138000")
    assert not resolution.changed
    history = office.ledger.history(conflicted.entity_id, "person.phone")
    assert [(h.value, h.source) for h in history] == [
        ("13800138000", "resolution"),
        ("13800138000", "import"),
    ]


def test_bad_resolutions_change_nothing(office, conflicted):
    before = db_snapshot(office.path)
    with pytest.raises(ValidationError, match="13600136000"):
        office.ledger.resolve_conflict(conflicted.id, "13600136000")
    with pytest.raises(NotFoundError):
        office.ledger.resolve_conflict(999, "13800138000")
    assert db_snapshot(office.path) == before


def test_find_entities_by_name_or_part_of_the_id(office, conflicted):
    find = office.ledger.find_entities
    assert [e.label for e in find("张伟")] == ["张伟"]
    assert [e.label for e in find(" 李 娜 ")] == ["李娜"]
    assert [e.label for e in find(LI[-6:])] == ["李娜"]
    assert {e.label for e in find("511623")} == {"张伟", "李娜"}
    assert find("") == [] and find("%") == [] and find("_") == []


def test_facts_come_in_catalog_order_with_their_source(office, conflicted):
    facts = office.ledger.facts(conflicted.entity_id)
    ids = [f.field_id for f in facts]
    assert ids[:3] == ["person.name", "person.id_number", "person.birth_date"]
    assert set(ids) == {
        "person.name",
        "person.id_number",
        "person.birth_date",
        "person.village",
        "person.phone",
        "person.is_migrant_worker",
    }
    assert all(f.current and f.file_name == "r.xlsx" and f.source_row == 3 for f in facts)
    assert office.ledger.entity(conflicted.entity_id).label == "张伟"
