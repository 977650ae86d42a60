"""Sign-off lines below a return's data (审核人:…, 填表人：…, 联系电话：…) are footers, never persons (issue 11, item 6)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.intake.inspect import inspect_template
from desktop.intake.signoff import is_signoff_row
from tests.builders import LI, ZHANG, write_return

# Each is what a clerk leaves under the data, as the cells of one or two rows.
SIGN_OFFS = {
    "one cell, either colon": [["审核人:王五", "", "填表人：李四"]],
    "label, then its value in the next cell": [["审核人", "王五", "填表人", "李四", "联系电话", "13800138001"]],
    "several labels with colons and values apart": [["审核人：", "王五", "", "填表人：", "李四", "联系电话：", 13800138001]],
    "starting in column D": [["", "", "", "填表人：李四", "", "审核人：王五"]],
    "in the name column": [["", "审核人：王五", "", "", "联系电话：13800138001"]],
    "spaced label": [["审 核 人 ：", "王五"]],
    "制表人 without a colon": [["制表人", "王五"]],
    "负责人 and 填报日期": [["负责人：", "王五", "", "填报日期：", "2026年12月1日"]],
    "审核人员 and 填报人员": [["审核人员：王五", "", "填报人员：李四"]],
    "signed and dated on two rows": [["单位负责人（签字）：", "王五"], ["联系电话：", "13800138001", "填报日期", "2026-12-01"]],
}  # fmt: skip


def write_return_with(path: Path, footer: list[list]) -> Path:
    """Two persons in rows 3–4, a blank row, then `footer` from row 6 (in place of the builders' own)."""
    write_return(
        path,
        [
            [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
            [2, "李娜", LI, "1990-01-15", "白沙村", "13900139000", "否"],
        ],
    )
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.delete_rows(6)
    for r, row in enumerate(footer, start=6):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value if value != "" else None)
    wb.save(path)
    return path


@pytest.mark.parametrize("footer", SIGN_OFFS.values(), ids=SIGN_OFFS.keys())
def test_the_layout_calls_sign_off_lines_footers(tmp_path: Path, footer: list[list]):
    layout = inspect_template(write_return_with(tmp_path / "r.xlsx", footer)).layout
    assert layout.data_start_row == 3
    assert layout.footer_rows == list(range(6, 6 + len(footer)))
    assert layout.data_end_row == 5  # the blank row 5 is the last the data could reach


@pytest.mark.parametrize("footer", SIGN_OFFS.values(), ids=SIGN_OFFS.keys())
def test_the_ledger_import_skips_sign_off_lines(office, tmp_path: Path, footer: list[list]):
    path = write_return_with(tmp_path / "r.xlsx", footer)
    report = office.ledger.import_file(path, "县人社局")
    assert report.rows == 2 and report.new_entities == 2
    assert report.flagged_keys == [] and report.invalid == []
    assert office.ledger.stats()["entities"]["person"] == 2
    assert {e.label for e in office.ledger.find_entities("王五")} == set()


@pytest.mark.parametrize(
    "cells",
    [
        [1, "张伟", ZHANG, "1985-03-02", "白沙村"],
        ["", "", "", "13800138000"],
        ["王五", "审核人：李四"],  # a name first: data
        ["审核人：", "王五", "张伟"],  # a second value after the label's one: data
        ["电话费", "120"],
        ["单位", "白沙村"],  # a unit is not a signer
        ["", ""],
    ],
)
def test_rows_that_are_not_sign_offs(cells: list):
    assert not is_signoff_row(cells)
