"""汇总.xlsx and data/<id>.csv: real files read back with openpyxl and the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from exports.excel.summary_workbook import (
    CONTENTS,
    SheetColumn,
    SummaryCancelled,
    SummaryForm,
    sheet_name,
    write_summary_workbook,
)
from exports.package.data_csv import CsvCancelled, write_data_csv

ID = "51162319850302123X"
COLUMNS = [
    SheetColumn("序号", "meta.seq"),
    SheetColumn("姓名", "person.name"),
    SheetColumn("公民身份号码", "person.id_number", text=True),
    SheetColumn("联系电话", "person.phone", text=True),
    SheetColumn("银行账号", "person.bank_account", text=True),
    SheetColumn("月收入（元）", "person.monthly_income"),
]


def rows(n: int) -> list[list[object]]:
    return [[str(i + 1), f"张{i}", ID, "13800138000", "6217000012345678901", "1200.50"] for i in range(n)]


def test_contents_links_and_form_sheets(tmp_path: Path) -> None:
    forms = [
        SummaryForm("民政办", "低保对象花名册", COLUMNS, rows(3)),
        SummaryForm(
            "人社所", "表[1]:外出务工*统计?/\\ 很长很长很长很长很长很长很长很长很长", COLUMNS, iter(rows(2))
        ),
        SummaryForm("统计站", "低保对象花名册", COLUMNS, []),
    ]
    out = tmp_path / "汇总.xlsx"
    result = write_summary_workbook(forms, out)
    wb = openpyxl.load_workbook(out)
    names = wb.sheetnames
    assert names[0] == CONTENTS and len(names) == 4 and len({n.casefold() for n in names}) == 4
    for name in names:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    toc = wb[CONTENTS]
    assert [c.value for c in toc[1]] == ["序号", "部门", "报表名称", "行数"]
    assert [c.value for c in toc[2]] == [1, "民政办", "低保对象花名册", 3]
    assert [c.value for c in toc[4]] == [3, "统计站", "低保对象花名册", 0]
    for r, (_title, name, _n) in enumerate(result.sheets, start=2):
        link = toc.cell(r, 3).hyperlink
        assert link is not None and link.location == f"'{name}'!A1"
    ws = wb[result.sheets[0][1]]
    assert [c.value for c in ws[1]] == [c.label for c in COLUMNS]
    assert ws.freeze_panes == "A2"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    row = ws[2]
    assert row[0].value == 1 and row[5].value == 1200.5  # numeric text becomes a number
    assert row[2].value == ID and row[2].data_type == "s" and row[2].number_format == "@"
    assert row[3].value == "13800138000" and row[3].data_type == "s"
    assert row[4].value == "6217000012345678901"
    assert ws.column_dimensions["C"].width >= 18  # the ID number fits
    assert ws.max_row == 4


def test_sheet_names_safe_and_unique() -> None:
    taken = {CONTENTS.casefold()}
    names = [sheet_name(t, taken) for t in ["目录", "History", "a" * 40, "A" * 40, "'引号'", "[]"]]
    assert names[0] != "目录" and names[1] != "History"
    assert len(set(n.casefold() for n in names)) == len(names)
    assert all(0 < len(n) <= 31 and not n.startswith("'") for n in names)


def test_summary_cancel_removes_file(tmp_path: Path) -> None:
    out = tmp_path / "汇总.xlsx"
    forms = [SummaryForm("民政办", "大表", COLUMNS, rows(2000))]
    with pytest.raises(SummaryCancelled):
        write_summary_workbook(forms, out, is_cancelled=lambda: True)
    assert not out.exists()


def test_data_csv_utf8_no_bom_ids_as_text(tmp_path: Path) -> None:
    out = tmp_path / "7.csv"
    fields = ["person.name", "person.id_number", "person.address"]
    n = write_data_csv(
        out,
        fields,
        [
            {"person.name": "张三", "person.id_number": ID, "person.address": '白沙村"1组",东'},
            ["李四", "011623198503021234", None],
        ],
    )
    assert n == 2
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8", newline="") as fh:
        read = list(csv.reader(fh))
    assert read == [fields, ["张三", ID, '白沙村"1组",东'], ["李四", "011623198503021234", ""]]


def test_data_csv_cancel(tmp_path: Path) -> None:
    out = tmp_path / "8.csv"
    with pytest.raises(CsvCancelled):
        write_data_csv(out, ["a"], ([i] for i in range(5000)), is_cancelled=lambda: True)
    assert not out.exists()


def test_every_sheet_leads_with_the_office_so_townships_can_be_stacked(tmp_path: Path) -> None:
    """Issue 11 item 5: 乡镇 and 统计用区划代码 lead every form sheet; 目录 names office, code, cycle, version."""
    from exports.excel.summary_workbook import SummaryOffice

    office = SummaryOffice("白沙镇人民政府", "053062410000", "2026年11月（2026-11）", 3, {"填表人": "赵填表"})
    forms = [
        SummaryForm("民政办", "低保对象花名册", COLUMNS, rows(300)),
        SummaryForm("统计站", "空表", COLUMNS, []),
    ]
    out = tmp_path / "汇总.xlsx"
    result = write_summary_workbook(forms, out, office=office)
    wb = openpyxl.load_workbook(out)
    toc = wb[CONTENTS]
    lines = {r[0]: r[1] for r in toc.iter_rows(max_col=2, values_only=True) if r[0] and r[1]}
    assert lines["乡镇"] == "白沙镇人民政府" and lines["统计用区划代码"] == "053062410000"
    assert lines["报送周期"] == "2026年11月（2026-11）" and lines["版本"] == "第 3 版"
    assert lines["填表人"] == "赵填表"
    head = next(r for r in range(1, 20) if toc.cell(r, 1).value == "序号")
    assert toc.freeze_panes == f"A{head + 1}" and toc.print_title_rows == f"${head}:${head}"
    assert [c.value for c in toc[head + 1]] == [1, "民政办", "低保对象花名册", 300]
    assert toc.cell(head + 1, 3).hyperlink.location == f"'{result.sheets[0][1]}'!A1"
    for _title, name, count in result.sheets:
        ws = wb[name]
        assert [c.value for c in ws[1]] == ["乡镇", "统计用区划代码", *(c.label for c in COLUMNS)]
        data = list(ws.iter_rows(min_row=2, values_only=True))
        assert len(data) == count
        assert all(r[:2] == ("白沙镇人民政府", "053062410000") for r in data)  # the leading 0 kept: text
    ws = wb[result.sheets[0][1]]
    assert ws.cell(2, 2).data_type == "s" and ws.cell(2, 2).number_format == "@"
    assert [ws.cell(2, c).value for c in (3, 4, 5)] == [1, "张0", ID]
    # without an office (a plain export) the sheets are as before
    write_summary_workbook(forms, tmp_path / "plain.xlsx")
    plain = openpyxl.load_workbook(tmp_path / "plain.xlsx")
    assert [c.value for c in plain[CONTENTS][1]] == ["序号", "部门", "报表名称", "行数"]
