"""Tidy values (issue 11, item 6): one stored form for 村民小组, and a cell with two phone numbers keeps the
first as the phone and the others in a note of the import report, instead of being refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.catalog.fields import Catalog
from desktop.cli.main import main as cli_main
from desktop.ledger.values import normalize_value
from tests.builders import LI, RETURN_HEADERS, ZHANG, make_id, write_return

WANG = make_id("53012119800101002")
GROUP_HEADERS = ["序号", "姓名", "公民身份号码", "所在村（社区）", "村民小组"]


@pytest.mark.parametrize(
    "raw, stored",
    [
        ("2组", "2组"),
        ("4", "4组"),
        (4, "4组"),
        (4.0, "4组"),
        ("六组", "6组"),
        ("第二组", "2组"),
        ("02组", "2组"),
        ("第2组", "2组"),
        ("二组", "2组"),
        ("十二组", "12组"),
        ("二十一组", "21组"),
        ("第三村民小组", "3组"),
        ("2 组", "2组"),
        ("２组", "2组"),
        ("5小组", "5组"),
        ("下坝组", "下坝组"),  # a group known by its name stays as typed
        ("白沙村2组", "白沙村2组"),
        ("0", "0"),
    ],
)
def test_one_stored_form_for_village_groups(raw, stored):
    result = normalize_value(Catalog().get("person.village_group"), raw)
    assert (result.value, result.valid) == (stored, True)


def current(office, field_id: str) -> dict[str, str | None]:
    """ID number → the ledger's current value of `field_id`."""
    keys = office.ledger.ledger.key_index("person")
    values = office.ledger.ledger.current([field_id], keys.values())
    return {key: values[entity][0] for key, entity in keys.items()}


def test_groups_are_stored_in_one_form_and_compare_equal(office, tmp_path: Path):
    first = write_return(
        tmp_path / "first.xlsx",
        [
            [1, "张伟", ZHANG, "白沙村", "二组"],
            [2, "李娜", LI, "白沙村", 4],
            [3, "王芳", WANG, "白沙村", "第六组"],
        ],
        GROUP_HEADERS,
    )
    report = office.ledger.import_file(first, "县人社局")
    assert report.invalid == [] and report.conflicts == []
    assert current(office, "person.village_group") == {ZHANG: "2组", LI: "4组", WANG: "6组"}

    # A value stored before groups had one form reads as the same group: unchanged, not an update.
    conn = office.ledger.ledger.conn
    slot = conn.execute("SELECT slot FROM ledger_slots WHERE field_id = 'person.village_group'").fetchone()[0]
    entity = office.ledger.ledger.key_index("person")[WANG]
    conn.execute(f"UPDATE ledger_current SET v{slot} = '六组' WHERE entity_id = ?", (entity,))
    conn.commit()
    again = write_return(
        tmp_path / "again.xlsx",
        [
            [1, "张伟", ZHANG, "白沙村", "02组"],
            [2, "李娜", LI, "白沙村", "4"],
            [3, "王芳", WANG, "白沙村", "6组"],
        ],
        GROUP_HEADERS,
    )
    report = office.ledger.import_file(again, "县民政局")
    assert report.updated == 0 and report.updates == []
    assert report.unchanged == 3 * 4  # ID number, name, village and group of each


def test_the_same_group_written_two_ways_in_one_return_is_no_conflict(office, tmp_path: Path):
    path = write_return(
        tmp_path / "r.xlsx",
        [[1, "张伟", ZHANG, "白沙村", "2组"], [2, "张伟", ZHANG, "白沙村", "第二组"]],
        GROUP_HEADERS,
    )
    report = office.ledger.import_file(path, "县人社局")
    assert report.conflicts == [] and report.new_entities == 1


# ---------------------------------------------------------------- two phone numbers in one cell

SEVERAL = [
    ("13912345678/13812345678", "13912345678", "13812345678"),
    ("13912345678、13812345678", "13912345678", "13812345678"),
    ("13912345678，13812345678", "13912345678", "13812345678"),
    ("13912345678 13812345678", "13912345678", "13812345678"),
    ("139 1234 5678 138 1234 5678", "13912345678", "13812345678"),
    ("13800138000 或 13900139000", "13800138000", "13900139000"),
    ("13800138000、0871-1234567", "13800138000", "08711234567"),
    ("0871-1234567 13912345678", "08711234567", "13912345678"),
]


@pytest.mark.parametrize("raw, first, second", SEVERAL)
def test_two_numbers_keep_the_first_and_note_the_other(raw, first, second):
    result = normalize_value("phone", raw)
    assert (result.value, result.valid, result.reason) == (first, True, "more_numbers")
    assert second in result.message_zh and raw in result.message_zh


def test_one_number_with_spaces_is_still_one_number():
    for raw in ("138 0013 8000", "+86 139 0013 9000", "0086 139 0013 9000", "0871 1234567"):
        result = normalize_value("phone", raw)
        assert result.valid and result.reason == "ok", raw


def test_a_bad_first_number_is_still_refused():
    result = normalize_value("phone", "1380013800/13900139000")
    assert (result.valid, result.reason) == (False, "multiple")


def test_the_import_keeps_the_first_number_and_reports_the_second(office, tmp_path: Path, capsys):
    path = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13912345678/13812345678", "是"],
            [2, "李娜", LI, "1990-01-15", "白沙村", "13900139000", "否"],
        ],
        RETURN_HEADERS,
    )
    report = office.ledger.import_file(path, "县人社局")
    assert report.invalid == []
    assert current(office, "person.phone") == {ZHANG: "13912345678", LI: "13900139000"}
    [note] = report.notes
    assert (note["row"], note["column"], note["field"]) == (3, "F", "person.phone")
    assert (note["value"], note["stored"]) == ("13912345678/13812345678", "13912345678")
    assert "13812345678" in note["note"]
    # Kept with the import, where the second number can be found later.
    stored = office.ledger.ledger.conn.execute("SELECT report_json FROM ledger_imports").fetchone()[0]
    assert "13812345678" in stored

    # The command line shows the note too.
    other = tmp_path / "cli.sqlite3"
    assert cli_main(["--db", str(other), "ledger", "import", str(path), "--department", "县人社局"]) == 0
    out = capsys.readouterr().out
    assert "第 3 行 F 列" in out and "13812345678" in out
    assert (
        cli_main(["--db", str(other), "ledger", "import", str(path), "--department", "县人社局", "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["notes"][0]["stored"] == "13912345678"
