"""ledger_current.rec: one record per imported row, read back per value as COALESCE(r<slot>, rec)."""

from __future__ import annotations

from storage.connection import open_database
from storage.ledger import LedgerRepository
from storage.transaction import transaction


def _repo(tmp_path) -> LedgerRepository:
    repo = LedgerRepository(open_database(tmp_path / "office.db"))
    with transaction(repo.conn):
        for entity_id in (1, 2):
            repo.conn.execute(
                "INSERT INTO entities (id, kind, key, created_at) VALUES (?, 'person', ?, 'now')",
                (entity_id, f"K{entity_id}"),
            )
        for record_id in (10, 11, 12):
            repo.insert_records([(record_id, 1, None, None, "entry", "", "2026-01-01")])
    return repo


def test_row_record_stands_for_every_value_of_the_row_and_blanks_have_none(tmp_path):
    repo = _repo(tmp_path)
    fields = ["person.name", "person.phone"]
    with transaction(repo.conn):
        repo.insert_current_columns(fields, [1, 2], [10, 11], [("王珍", "李四"), (None, "13800138000")])
    assert repo.record_ids(fields, [1, 2]) == {1: [10, None], 2: [11, 11]}
    assert repo.current(fields, [1]) == {1: ["王珍", None]}
    assert [h.current for h in repo.history(1, "person.name")] == [True]
    assert repo.history(1, "person.phone") == []


def test_a_value_written_later_keeps_its_own_record(tmp_path):
    repo = _repo(tmp_path)
    fields = ["person.name", "person.phone"]
    with transaction(repo.conn):
        repo.insert_current_columns(fields, [1], [10], [("王珍",), (None,)])
        repo.update_current([(1, "person.phone", "13800138000", 12)])
    assert repo.record_ids(fields, [1]) == {1: [10, 12]}


def test_rows_written_with_per_value_records_read_as_before(tmp_path):
    repo = _repo(tmp_path)
    fields = ["person.name", "person.phone"]
    with transaction(repo.conn):
        repo.insert_current(fields, [(1, ["王珍", None], [10, None])])
    assert repo.record_ids(fields, [1]) == {1: [10, None]}


def test_the_cycle_collector_is_back_on_after_an_import_however_it_ends():
    import gc

    import pytest

    from desktop.ledger.service import _cyclic_gc_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError), _cyclic_gc_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with _cyclic_gc_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
