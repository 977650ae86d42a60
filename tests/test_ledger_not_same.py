"""Matches made without a valid ID number, confirmed or turned down by the clerk ("不是同一人")."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main as cli_main
from desktop.errors import UserFacingError
from tests.builders import LI, ZHANG, db_snapshot, write_return

PHONE = "13800138000"
TYPO = ZHANG[:5] + ("0" if ZHANG[5] != "0" else "1") + ZHANG[6:]  # one digit off, check digit now wrong


def persons(office) -> int:
    return office.ledger.stats()["entities"]["person"]


def phone_of(office, entity_id: int) -> str | None:
    return office.ledger.ledger.current(["person.phone"], [entity_id])[entity_id][0]


@pytest.fixture
def known(office, tmp_path) -> int:
    """张伟 already in the ledger with his ID number and no phone; returns his entity id."""
    path = write_return(tmp_path / "earlier.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "", ""]])
    office.ledger.import_file(path, "县人社局")
    return office.ledger.ledger.key_index("person")[ZHANG]


@pytest.fixture
def without_id(tmp_path):
    """Row 3: 张伟 without an ID number, same birth date and village as the ledger's 张伟; row 4: 李娜."""
    return write_return(
        tmp_path / "later.xlsx",
        [
            [1, "张伟", "", "1985年3月2日", "白沙村", PHONE, "是"],
            [2, "李娜", LI, "1990-01-15", "白沙村", "13900139000", "否"],
        ],
    )


def test_match_is_listed_with_the_entity_it_matched(office, known, without_id):
    report = office.ledger.import_file(without_id, "县人社局", dry_run=True)
    assert report.matched_without_key == [
        {
            "row": 3,
            "label": "张伟",
            "key": ZHANG,  # the matched person's ID number, from the ledger
            "how": "name_birth_village",
            "entity_id": known,
            "entity_row": None,
            "same": True,
        }
    ]
    assert report.not_same == [] and report.new_entities == 1


def test_accepted_match_is_merged(office, known, without_id):
    report = office.ledger.import_file(without_id, "县人社局")
    assert report.new_entities == 1 and persons(office) == 2
    assert phone_of(office, known) == PHONE


def test_not_same_row_becomes_a_separate_flagged_person(office, known, without_id):
    before = db_snapshot(office.path)
    dry = office.ledger.import_file(without_id, "县人社局", dry_run=True, not_same={3})
    assert db_snapshot(office.path) == before  # a dry run with a choice still writes nothing
    assert dry.not_same == [3] and dry.new_entities == 2
    assert dry.matched_without_key[0]["same"] is False and dry.matched_without_key[0]["entity_id"] == known
    report = office.ledger.import_file(without_id, "县人社局", not_same={3})
    assert report.not_same == [3] and report.new_entities == 2
    assert {(f["row"], f["reason"]) for f in report.flagged_keys} == {(3, "missing")}
    assert persons(office) == 3 and office.ledger.stats()["invalid_keys"] == 1
    assert phone_of(office, known) is None  # the ledger's 张伟 is untouched
    ids = office.ledger.ledger.key_index("person")
    separate = next(e for e in office.ledger.find_entities("张伟") if e.id != known)
    assert separate.key is None and separate.key_status == "missing" and separate.match_key is None
    assert phone_of(office, separate.id) == PHONE
    assert phone_of(office, ids[LI]) == "13900139000"  # the other row is imported as without the choice
    # The separate person does not capture later rows: the next return's 张伟 still matches the first one.
    again = office.ledger.import_file(without_id, "县人社局", dry_run=True)
    assert [(m["row"], m["entity_id"]) for m in again.matched_without_key] == [(3, known)]


def test_turned_down_row_does_not_make_later_rows_match_it(office, known, tmp_path):
    path = write_return(
        tmp_path / "twice.xlsx",
        [
            [1, "张伟", "", "1985-03-02", "白沙村", PHONE, ""],
            [2, "张伟", "", "1985-03-02", "白沙村", "", "是"],
        ],
    )
    report = office.ledger.import_file(path, "县人社局", not_same={3})
    assert [(m["row"], m["entity_id"], m["same"]) for m in report.matched_without_key] == [
        (3, known, False),
        (4, known, True),
    ]
    assert persons(office) == 2 and phone_of(office, known) is None


def test_match_within_the_file_can_be_turned_down(office, tmp_path):
    path = write_return(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "", ""],
            [2, "张伟", "", "1985-03-02", "白沙村", PHONE, ""],
        ],
    )
    dry = office.ledger.import_file(path, "县人社局", dry_run=True)
    assert [(m["row"], m["entity_id"], m["entity_row"]) for m in dry.matched_without_key] == [(4, None, 3)]
    assert dry.new_entities == 1
    report = office.ledger.import_file(path, "县人社局", not_same=[4])
    assert report.new_entities == 2 and persons(office) == 2
    assert phone_of(office, office.ledger.ledger.key_index("person")[ZHANG]) is None


def test_id_typo_match_turned_down_keeps_the_typo_as_its_own_flagged_person(office, known, tmp_path):
    path = write_return(tmp_path / "typo.xlsx", [[1, "张伟", TYPO, "", "河口村", PHONE, ""]])
    dry = office.ledger.import_file(path, "县人社局", dry_run=True)
    assert [(m["row"], m["how"], m["entity_id"]) for m in dry.matched_without_key] == [(3, "key_typo", known)]
    report = office.ledger.import_file(path, "县人社局", not_same={3})
    assert report.new_entities == 1 and persons(office) == 2
    separate = next(e for e in office.ledger.find_entities("张伟") if e.id != known)
    assert (separate.key, separate.raw_key, separate.key_status) == (None, TYPO, "invalid")
    assert phone_of(office, known) is None and phone_of(office, separate.id) == PHONE


def test_corrected_id_turned_down_keeps_the_earlier_person_flagged(office, tmp_path):
    earlier = write_return(tmp_path / "a.xlsx", [[1, "张伟", TYPO, "1985-03-02", "河口村", "", ""]])
    office.ledger.import_file(earlier, "县人社局")
    later = write_return(tmp_path / "b.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", PHONE, ""]])
    dry = office.ledger.import_file(later, "县人社局", dry_run=True)
    assert [(m["row"], m["how"]) for m in dry.matched_without_key] == [(3, "key_corrected")]
    office.ledger.import_file(later, "县人社局", not_same={3})
    assert persons(office) == 2 and office.ledger.stats()["invalid_keys"] == 1
    assert ZHANG in office.ledger.ledger.key_index("person")


def test_a_row_that_was_not_matched_is_refused_and_nothing_changes(office, known, without_id):
    before = db_snapshot(office.path)
    with pytest.raises(UserFacingError) as raised:
        office.ledger.import_file(without_id, "县人社局", not_same={3, 4, 9})
    assert raised.value.params["rows"] == "4、9"
    assert db_snapshot(office.path) == before


def test_cli_not_same(tmp_path, capsys):
    db = str(tmp_path / "o.db")
    earlier = write_return(tmp_path / "a.xlsx", [[1, "张伟", ZHANG, "1985-03-02", "白沙村", "", ""]])
    later = write_return(
        tmp_path / "b.xlsx",
        [
            [1, "张伟", "", "1985-03-02", "白沙村", PHONE, ""],
            [2, "李娜", LI, "1990-01-15", "白沙村", "", ""],
        ],
    )
    assert cli_main(["--db", db, "ledger", "import", str(earlier), "--department", "县人社局"]) == 0
    capsys.readouterr()
    base = ["--db", db, "ledger", "import", str(later), "--department", "县人社局"]
    assert cli_main([*base, "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "请确认：第 3 行" in text and "--not-same" in text
    assert cli_main([*base, "--not-same", "4", "--json"]) == 1  # 李娜 has her ID number: nothing to turn down
    assert "第 4 行" in capsys.readouterr().err
    assert cli_main([*base, "--not-same", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [match] = report["matched_without_key"]
    assert (match["row"], match["how"], match["label"], match["same"]) == (
        3,
        "name_birth_village",
        "张伟",
        False,
    )
    assert match["entity_id"] and report["not_same"] == [3] and report["new_entities"] == 2
    assert cli_main(["--db", db, "ledger", "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["entities"]["person"] == 3 and stats["invalid_keys"] == 1


def test_row_without_id_or_match_fields_is_kept_flagged(office, tmp_path):
    path = write_return(tmp_path / "r.xlsx", [[1, "赵强", "", "", "", PHONE, ""]])
    report = office.ledger.import_file(path, "县人社局")
    assert report.new_entities == 1 and [f["row"] for f in report.flagged_keys] == [3]
    assert persons(office) == 1 and office.ledger.stats()["invalid_keys"] == 1
