"""Real files the tests build: returns with valid ID numbers, templates laid out like county forms."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import Workbook

from desktop.ledger.keys import id_check_digit

RETURN_HEADERS = ["序号", "姓名", "公民身份号码", "出生日期", "所在村（社区）", "联系电话", "是否外出务工"]


def make_id(body17: str) -> str:
    return body17 + id_check_digit(body17)


ZHANG = make_id("51162319850302123")
LI = make_id("51162319900115234")
WANG = make_id("51162319720426504")
ZHAO = make_id("51162319660708321")


def write_return(path: Path, rows: list[list], headers: list[str] = RETURN_HEADERS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.cell(1, 1, "白沙镇农村劳动力花名册")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    for col, text in enumerate(headers, start=1):
        ws.cell(2, col, text)
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    ws.cell(len(rows) + 4, 1, "填表人：张三　　审核人：李四")
    wb.save(path)
    return path


def db_snapshot(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            "entities",
            "ledger_current",
            "ledger_records",
            "ledger_history",
            "ledger_imports",
            "ledger_conflicts",
        ]
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def make_template(
    path: Path, headers: list[str], title: str = "白沙镇困难群众走访登记表", group: str | None = None
) -> Path:
    """A small realistic template: merged title, 填报单位 line, header (optionally grouped), footer."""
    wb = Workbook()
    ws = wb.active
    ws.title = "走访登记"
    width = len(headers) + 1
    ws.cell(1, 1, title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(2, 1, "填报单位（盖章）：                    填报日期：")
    header_row = 3
    if group:
        ws.cell(3, 1, "序号")
        ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
        ws.cell(3, 2, group)
        ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=width)
        header_row = 4
        for col, text in enumerate(headers, start=2):
            ws.cell(4, col, text)
    else:
        ws.cell(3, 1, "序号")
        for col, text in enumerate(headers, start=2):
            ws.cell(3, col, text)
    for number in range(1, 6):
        ws.cell(header_row + number, 1, number)
    ws.cell(header_row + 7, 1, "填表人：            审核人：            负责人：")
    wb.save(path)
    return path


# --- a department template to fill, and a return whose persons it asks for -------------------
FILL_WANG = make_id("51162319720426501")  # 男; another person than WANG
ROWS = [
    [1, "张伟", ZHANG, "1985-03-02", "白沙村", "13800138000", "是"],
    [2, "李娜", LI, "1990-01-15", "荷花村", "13900139000", "否"],
    [3, "王强", FILL_WANG, "", "白沙村", "", "是"],
]
FORM_HEADERS = [
    "序号",
    "姓名",
    "性别",
    "公民身份号码",
    "出生日期",
    "所在村（社区）",
    "联系电话",
    "是否外出务工",
    "备注",
]
EXAMPLE = ["例", "张三", "男", "511623198001011234", "1980.01.01", "白沙村", "13800000000", "√", ""]


def write_form(path: Path) -> Path:
    """Title, 填报单位 line, header, an example row (1980.01.01, √), two blank rows, footer."""
    wb = Workbook()
    ws = wb.active
    ws.title = "外出务工"
    ws.cell(1, 1, "白沙镇外出务工人员摸底表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(FORM_HEADERS))
    ws.cell(2, 1, "填报单位（盖章）：")
    ws.cell(2, 6, "填报日期：    年  月  日")
    for col, text in enumerate(FORM_HEADERS, start=1):
        ws.cell(3, col, text)
    for col, value in enumerate(EXAMPLE, start=1):
        ws.cell(4, col, value)
    ws.cell(8, 1, "填表人：            审核人：")
    wb.save(path)
    return path
