"""Importing returns into the ledger: the dry-run report, one-transaction commit, matching, history."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli.main import main as cli_main
from desktop.errors import UserFacingError
from tests.builders import LI, ZHANG, db_snapshot, write_return


def test_dry_run_reports_and_changes_nothing(office, tmp_path):
    path = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "张 伟", ZHANG, "1985.03.02", "白沙村", "138 0013 8000", "是"],
            [2, "李娜", LI, "1990年1月15日", "白沙村", "+86-139-0013-9000", "否"],
            [2, "李娜", LI, "1990年1月15日", "白沙村", "+86-139-0013-9000", "否"],
        ],
    )
    before = db_snapshot(office.path)
    report = office.ledger.import_file(path, "县人社局", dry_run=True)
    assert db_snapshot(office.path) == before
    assert report.dry_run and report.rows == 3 and report.new_entities == 2
    assert report.duplicates == [[4, 5]]
    assert report.new_values == 2 * 6 and report.updated == 0 and report.invalid == []
    committed = office.ledger.import_file(path, "县人社局")
    assert not committed.dry_run and committed.import_id
    assert office.ledger.stats() == {
        "entities": {"person": 2, "household": 0, "village": 0, "enterprise": 0},
        "values": 12,
        "invalid_keys": 0,
    }


def test_values_are_normalised_and_kept_as_text(office, tmp_path):
    path = write_return(
        tmp_path / "r.xlsx", [[1, " 张 伟 ", ZHANG.lower(), "1985.03.02", "白沙村", 13800138000, "√"]]
    )
    office.ledger.import_file(path, "县人社局")
    entity_id = office.ledger.ledger.key_index("person")[ZHANG]
    current = office.ledger.ledger.current(
        ["person.name", "person.birth_date", "person.phone", "person.is_migrant_worker", "person.id_number"],
        [entity_id],
    )
    assert current[entity_id] == ["张伟", "1985-03-02", "13800138000", "是", ZHANG]


def test_invalid_cells_and_keys_are_reported_and_kept_flagged(office, tmp_path):
    typo = ZHANG[:-2] + ("0" if ZHANG[-2] != "0" else "1") + ZHANG[-1]
    path = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "王芳", typo, "1985-02-30", "白沙村", "12345", "是"],
            [2, "赵强", "", "1970-01-01", "白沙村", "13800138000", "否"],
        ],
    )
    report = office.ledger.import_file(path, "县人社局")
    reasons = {(cell["row"], cell["column"]) for cell in report.invalid}
    assert {(3, "C"), (3, "D"), (3, "F")} <= reasons
    assert {flag["row"] for flag in report.flagged_keys} == {3, 4}
    stats = office.ledger.stats()
    assert stats["entities"]["person"] == 2 and stats["invalid_keys"] == 2  # kept, never dropped


def test_update_keeps_history_with_provenance(office, tmp_path):
    first = write_return(
        tmp_path / "first.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "否"]]
    )
    second = write_return(
        tmp_path / "second.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "13900139000", "否"]]
    )
    office.ledger.import_file(first, "县人社局")
    report = office.ledger.import_file(second, "县民政局", entered_by="王会计")
    assert report.updated == 1 and report.unchanged == 5
    assert report.updates == [
        {"row": 3, "label": "张伟", "field": "person.phone", "old": "13800138000", "new": "13900139000"}
    ]
    entity_id = office.ledger.ledger.key_index("person")[ZHANG]
    history = office.ledger.history(entity_id, "person.phone")
    assert [(h.value, h.current, h.file_name, h.department) for h in history] == [
        ("13900139000", True, "second.xlsx", "县民政局"),
        ("13800138000", False, "first.xlsx", "县人力资源和社会保障局"),
    ]
    assert history[0].entered_by == "王会计" and history[0].source_row == 3


def test_same_person_twice_with_different_values_is_a_conflict(office, tmp_path):
    path = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
            [2, "张伟", ZHANG, "1985-03-02", "白沙村", "13900139000", "是"],
        ],
    )
    report = office.ledger.import_file(path, "县人社局")
    assert report.new_entities == 1
    assert [(c["field"], [v["value"] for v in c["values"]]) for c in report.conflicts] == [
        ("person.phone", ["13800138000", "13900139000"])
    ]
    assert len(office.ledger.ledger.open_conflicts()) == 1


def test_rows_without_id_match_on_name_birth_and_village(office, tmp_path):
    first = write_return(tmp_path / "a.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "", ""]])
    second = write_return(
        tmp_path / "b.xlsx",
        [
            [1, "张伟", "", "1985年3月2日", "白沙村", "13800138000", "是"],  # same person, no ID
            [2, "张伟", "", "1985-03-02", "河口村", "13700137000", "否"],  # another village: someone else
        ],
    )
    office.ledger.import_file(first, "县人社局")
    report = office.ledger.import_file(second, "县人社局")
    assert [(m["row"], m["how"]) for m in report.matched_without_key] == [(3, "name_birth_village")]
    assert report.new_entities == 1
    assert office.ledger.stats()["entities"]["person"] == 2


def test_fifteen_digit_id_is_the_same_person(office, tmp_path):
    old = ZHANG[:6] + ZHANG[8:17]
    path = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "", ""],
            [2, "张伟", old, "1985-03-02", "白沙村", "13800138000", ""],
        ],
    )
    report = office.ledger.import_file(path, "县人社局")
    assert report.new_entities == 1 and report.invalid == []


def test_failed_import_changes_nothing(office, tmp_path, monkeypatch):
    path = write_return(
        tmp_path / "r.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"]]
    )
    before = db_snapshot(office.path)

    def broken(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(office.ledger.ledger, "insert_import_records", broken)
    with pytest.raises(sqlite3.OperationalError):
        office.ledger.import_file(path, "县人社局")
    assert db_snapshot(office.path) == before


def test_unreadable_file_and_non_ledger_rows(office, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(UserFacingError, match="junk.xlsx"):
        office.ledger.import_file(junk, "县人社局", dry_run=True)
    projects = write_return(
        tmp_path / "p.xlsx",
        [[1, "道路硬化", 50, "2026-05-01"]],
        headers=["序号", "项目名称", "总投资（万元）", "开工时间"],
    )
    with pytest.raises(UserFacingError, match="p.xlsx"):
        office.ledger.import_file(projects, "县人社局", dry_run=True)


def test_sample_returns_match_the_truth_in_either_order(shared_dir, tmp_path):
    from desktop.office import Office

    truth = json.loads((shared_dir / "samples" / "returns_truth.json").read_text(encoding="utf-8"))
    files = [shared_dir / "samples" / r["file"] for r in truth["returns"]]
    for order in (files, list(reversed(files))):
        office = Office(tmp_path / f"o{len(list(tmp_path.iterdir()))}.db")
        reports = {}
        for path in order:
            reports[path.name] = office.ledger.import_file(path, "县人社局")
        assert office.ledger.stats()["entities"]["person"] == truth["distinct_persons"]
        for expected in truth["returns"]:
            report = reports[Path(expected["file"]).name]
            assert report.rows == len(expected["rows"])
            assert sorted(report.duplicates) == sorted(expected["exact_duplicate_rows"])
        for bad in truth["invalid_id_rows"]:
            invalid = reports[Path(bad["file"]).name].invalid
            assert any(cell["row"] == bad["row"] and cell["value"] == bad["value"] for cell in invalid)
        office.close()


def test_cli_import_and_stats(tmp_path, capsys):
    db = str(tmp_path / "o.db")
    path = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
        ],
    )
    assert (
        cli_main(
            ["--db", db, "ledger", "import", str(path), "--department", "县人社局", "--dry-run", "--json"]
        )
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert {"rows", "new_entities", "updated", "unchanged", "duplicates", "conflicts", "invalid"} <= set(
        report
    )
    assert report["rows"] == 2 and report["duplicates"] == [[3, 4]] and report["dry_run"] is True
    assert cli_main(["--db", db, "ledger", "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["entities"]["person"] == 0
    assert cli_main(["--db", db, "ledger", "import", str(path), "--department", "县人社局"]) == 0
    assert "已导入台账" in capsys.readouterr().out
    assert cli_main(["--db", db, "ledger", "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "entities": {"person": 1, "household": 0, "village": 0, "enterprise": 0},
        "values": 6,
        "invalid_keys": 0,
    }
    assert (
        cli_main(["--db", db, "ledger", "import", str(tmp_path / "none.xlsx"), "--department", "县人社局"])
        == 1
    )
    assert "none.xlsx" in capsys.readouterr().err
