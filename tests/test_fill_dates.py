"""Dates in filled forms (issue 12): a column the template formats as a date gets real Excel dates in
that format; a text column, or a header that dictates a pattern (出生年月（格式：1980.01）), keeps text."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc
from openpyxl.styles import Border, Side

from desktop.intake.inspect import inspect_template
from desktop.office import Office
from exports.excel.fill_styles import is_date_style
from exports.excel.template_fill import fill_template
from tests.builders import LI, ZHANG, write_return
from tests.conftest import SHARED

THIN = Side(style="thin")
HEADERS = ["序号", "姓名", "出生日期", "参加工作时间", "登记日期", "备注日期", "出生年月（格式：1980.01）"]
ISO = "yyyy-mm-dd"
CJK = 'yyyy"年"m"月"d"日"'


def write_dated_template(path: Path, bordered: bool = True, headers: list[str] = HEADERS) -> Path:
    """C is a date-formatted data cell, D a date-formatted column (and its cells when bordered), E a
    text ('@') cell, F plain, G a date-formatted cell under a header that dictates text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.cell(1, 1, "人员信息表")
    for col, text in enumerate(headers, start=1):
        ws.cell(2, col, text)
    ws.column_dimensions["D"].number_format = CJK
    for r in (3, 4, 5):
        for col in range(1, len(HEADERS) + 1):
            cell = ws.cell(r, col)
            if bordered:  # a styled cell's own format wins over its column's, as in Excel
                cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
                ws.cell(r, 4).number_format = CJK
        ws.cell(r, 3).number_format = ISO
        ws.cell(r, 5).number_format = "@"
        ws.cell(r, 7).number_format = ISO
    wb.save(path)
    return path


def test_date_styles():
    assert is_date_style(ISO) and is_date_style(CJK) and is_date_style("yyyy/m/d;@")
    assert is_date_style("yyyy.mm") and is_date_style("[$-F800]dddd, mmmm dd, yyyy")
    assert not any(is_date_style(f) for f in ("General", "@", "0.00", "h:mm", "[h]:mm:ss", '"年"0', None))


@pytest.mark.parametrize("bordered", [True, False], ids=["data-row-style", "header-style"])
def test_date_formatted_columns_get_real_dates(tmp_path: Path, bordered: bool):
    src = write_dated_template(tmp_path / "t.xlsx", bordered)
    layout = dataclasses.asdict(inspect_template(src).layout)
    assert layout["data_start_row"] == 3
    born, hired = date(1985, 3, 2), datetime(2010, 7, 1)
    row = {
        "person.name": "张伟",
        "person.birth_date": born,
        "x.hired": hired,
        "x.registered": born,
        "x.noted": born,
        "x.month": "1985.03",
    }
    cols = {1: "meta.seq", 2: "person.name", 3: "person.birth_date", 4: "x.hired"}
    cols |= {5: "x.registered", 6: "x.noted", 7: "x.month"}
    result = fill_template(src, layout, cols, [row], tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(result.path).active
    r = result.data_first_row
    birth, work, text, plain, month = (ws.cell(r, c) for c in (3, 4, 5, 6, 7))
    assert birth.is_date and birth.value == datetime(1985, 3, 2) and birth.number_format == ISO
    assert work.is_date and work.value == hired and work.number_format == CJK
    assert text.data_type == "s" and text.value == "1985-03-02"
    assert plain.data_type == "s" and plain.value == "1985-03-02"  # no date format: as before
    assert month.data_type == "s" and month.value == "1985.03"  # the dictated text stays text
    grid = pc.load_workbook(str(result.path)).get_sheet_by_name("花名册").to_python()
    assert grid[r - 1][2] == date(1985, 3, 2) and grid[r - 1][3] == hired.date()
    assert grid[r - 1][4] == "1985-03-02"


def test_a_filled_form_writes_birth_dates_as_dates_where_the_template_asks(office: Office, tmp_path: Path):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    office.ledger.import_file(
        write_return(
            tmp_path / "return.xlsx",
            [["张伟", ZHANG, "1985-03-02"], ["李娜", LI, "1990-01-15"]],
            ["姓名", "公民身份号码", "出生日期"],
        ),
        "县人社局",
    )

    def birth_cells(headers: list[str], name: str) -> dict[str, openpyxl.cell.Cell]:
        src = write_dated_template(tmp_path / name, headers=headers)
        item = office.intake.register(src, {"department": "县民政局"}).item.id
        assert {c.col: c.field_id for c in office.intake.template(item).columns}[3] == "person.birth_date"
        result = office.filler.fill(item, tmp_path / f"out-{name}")
        ws = openpyxl.load_workbook(result.path).active
        return {
            ws.cell(r, 2).value: ws.cell(r, 3)
            for r in range(result.data_first_row, result.data_last_row + 1)
            if ws.cell(r, 2).value
        }

    dated = birth_cells(HEADERS[:6], "日期.xlsx")
    assert dated["张伟"].is_date and dated["张伟"].number_format == ISO
    assert (dated["张伟"].value, dated["李娜"].value) == (datetime(1985, 3, 2), datetime(1990, 1, 15))
    dictated = birth_cells([*HEADERS[:2], HEADERS[6], *HEADERS[3:6]], "格式.xlsx")
    month = dictated["张伟"]  # the cell is formatted as a date, the header says 1980.01: text wins
    assert month.data_type == "s" and month.value == "1985.03" and dictated["李娜"].value == "1990.01"


XLS = SHARED / "real" / "17_实有人口批量采集表.xls"


@pytest.mark.skipif(not XLS.is_file(), reason="../shared/real is not beside the repository")
def test_an_xls_templates_date_column_gets_real_dates(tmp_path: Path):
    """居住时间 (D) is formatted yyyy/m/d in the .xls: the converted template keeps the format."""
    layout = dataclasses.asdict(inspect_template(XLS).layout)
    cols = {1: "person.name", 4: "x.since", 9: "person.remarks"}
    rows = [{"person.name": "张伟", "x.since": date(2019, 5, 6), "person.remarks": "无"}]
    result = fill_template(XLS, layout, cols, rows, tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(result.path)[layout["sheet"]]
    cell = ws.cell(result.data_first_row, 4)
    assert cell.is_date and cell.value == datetime(2019, 5, 6) and cell.number_format == "yyyy/m/d;@"
    grid = pc.load_workbook(str(result.path)).get_sheet_by_name(layout["sheet"]).to_python()
    assert grid[result.data_first_row - 1][3] == date(2019, 5, 6)
