"""已报送: a cycle whose package went out stays submitted; later ledger changes are counted, never problems."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main as cli_main
from desktop.cycles.submitted import difference
from tests.builders import LI, ROWS, ZHAO, write_form, write_return

DECEMBER = [  # 李娜's phone changed, 赵敏 first recorded (no birth date, no phone)
    [1, "李娜", LI, "1990-01-15", "荷花村", "13700137000", "否"],
    [2, "赵敏", ZHAO, "", "白沙村", "", "是"],
]


@pytest.fixture
def november(office, tmp_path):
    """November: one form filled from a three-person ledger."""
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    return office.intake.register(
        write_form(tmp_path / "摸底表.xlsx"), {"department": "县乡村振兴局", "due": "2026-11-30"}
    ).item.id


def run(db_path, capsys, *args: str) -> tuple[int, str, str]:
    code = cli_main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_submit_needs_a_built_package_and_marks_the_latest(office, november, db_path, capsys):
    code, _, err = run(db_path, capsys, "cycle", "submit", "2026-11")
    assert code == 1 and "还没有生成报送包" in err and "2026-11" in err
    assert office.cycles.submission("2026-11") is None  # nothing changed

    office.packages.build("2026-11")
    office.packages.build("2026-11")
    code, out, _ = run(db_path, capsys, "cycle", "submit", "2026-11", "--json")
    assert code == 0
    sent = office.cycles.submission("2026-11")
    assert json.loads(out) == {"cycle": "2026-11", "submitted": {"version": 2, "at": sent.at}}
    assert sent.how == "clerk" and len(sent.at) == len("2026-11-25T10:00:00")
    code, _, err = run(db_path, capsys, "cycle", "submit", "2026-11", "--version", "5")
    assert code == 1 and "没有第 5 版" in err


def test_ledger_changes_after_submission_are_counted_not_blockers(
    office, november, db_path, capsys, tmp_path
):
    code, out, _ = run(db_path, capsys, "cycle", "show", "2026-11", "--json")
    before = json.loads(out)
    assert before["submitted"] is None and before["changes_since_submitted"] is None
    assert any("还缺" in b for b in before["blockers"])

    office.packages.build("2026-11")
    assert run(db_path, capsys, "cycle", "submit", "2026-11")[0] == 0
    code, out, _ = run(db_path, capsys, "cycle", "show", "2026-11", "--json")
    shown = json.loads(out)
    at = office.cycles.submission("2026-11").at  # the CLI's own clock
    assert shown["submitted"] == {"version": 1, "at": at}
    assert shown["changes_since_submitted"] == {"rows_added": 0, "values_changed": 0}

    office.ledger.import_file(write_return(tmp_path / "december.xlsx", DECEMBER), "县人社局")
    code, out, _ = run(db_path, capsys, "cycle", "show", "2026-11", "--json")
    shown = json.loads(out)
    assert shown["changes_since_submitted"] == {"rows_added": 1, "values_changed": 1}
    assert shown["forms"][0]["rows"] == 4  # the ledger itself moved on…
    assert not any("还缺" in b or "没有数据" in b for b in shown["blockers"])  # …but that is no problem
    code, out, _ = run(db_path, capsys, "cycle", "list", "--json")
    listed = {c["key"]: c for c in json.loads(out)}["2026-11"]
    assert listed["submitted"] == {"version": 1, "at": at} and listed["blockers"] == 0
    assert listed["changes_since_submitted"] == {"rows_added": 1, "values_changed": 1}
    code, out, _ = run(db_path, capsys, "cycle", "list")
    assert f"已报送 v1（{at[:10]}），自 v1 以来：新增 1 行，1 个数据有改动" in out


def test_the_cli_rebuilds_a_submitted_cycle_only_when_asked(office, november, db_path, capsys, tmp_path):
    office.packages.build("2026-11")
    assert run(db_path, capsys, "cycle", "submit", "2026-11")[0] == 0
    office.ledger.import_file(write_return(tmp_path / "december.xlsx", DECEMBER), "县人社局")
    code, _, err = run(db_path, capsys, "package", "build", "--cycle", "2026-11")
    assert code == 1 and "第 1 版已于" in err and "新增 1 行、改动 1 个值" in err and "--new-version" in err
    assert [r.version for r in office.packages.history("2026-11")] == [1]  # nothing built
    code, out, _ = run(db_path, capsys, "package", "build", "--cycle", "2026-11", "--new-version", "--json")
    assert code == 0 and json.loads(out)["version"] == 2


def test_a_cycle_never_sent_has_null_submission_in_the_list(office, november, db_path, capsys):
    code, out, _ = run(db_path, capsys, "cycle", "list", "--json")
    listed = {c["key"]: c for c in json.loads(out)}["2026-11"]
    assert listed["submitted"] is None and listed["changes_since_submitted"] is None


def test_rows_pair_by_identity_and_identical_unnamed_rows_pair_with_each_other():
    sent = [{"id": "1", "phone": "138"}, {"id": "", "phone": "139"}, {"id": "2", "phone": ""}]
    now = [{"id": "2", "phone": "137"}, {"id": "1", "phone": "138"}, {"id": "", "phone": "139"}, {"id": "3"}]
    assert difference(sent, now, ["id", "phone"], "id") == (1, 1)
    assert difference(sent, sent, ["id", "phone"], None) == (0, 0)
