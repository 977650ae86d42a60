"""`yibiao burden report`: the JSON keys the issue names, the 基层减负监测报告 as PDF and workbook (A4, page
numbers, the figures of the report, nothing personal), the demo office's report, and bad input."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.demo.office import fill_demo
from desktop.office import Office
from tests.conftest import FIXED_NOW

START, END = "2026-08-01", "2026-11-30"


@pytest.fixture
def demo_db(db_path):
    with Office(db_path, clock=lambda: FIXED_NOW) as office:
        fill_demo(office)
    return db_path


def test_json_has_every_measure_the_issue_names(cli, demo_db):
    result = cli("burden", "report", "--from", START, "--to", END, "--json")
    assert result.code == 0, result.err
    data = result.data
    for key in (
        "items",
        "by_department",
        "duplicate_requests",
        "off_whitelist",
        "short_deadlines",
        "meetings",
        "entries_requested",
        "entries_typed",
        "progress_demands",
        "scores",
    ):
        assert key in data, key
    conn = sqlite3.connect(demo_db)
    kinds = dict(
        conn.execute(
            "SELECT kind, COUNT(*) FROM items WHERE substr(received, 1, 10) BETWEEN ? AND ? GROUP BY kind",
            (START, END),
        ).fetchall()
    )
    # the demo's same-day forms (上午发下午要): due the day they arrived
    same_day = conn.execute(
        "SELECT COUNT(*) FROM items WHERE due IS NOT NULL AND substr(due, 1, 10) <= substr(received, 1, 10)"
        " AND substr(received, 1, 10) BETWEEN ? AND ?",
        (START, END),
    ).fetchone()[0]
    conn.close()
    assert {k: data["items"][k] for k in ("task", "meeting", "form")} == kinds
    assert data["short_deadlines"]["lt1"]["count"] == same_day == 2
    assert data["meetings"]["count"] == kinds["meeting"] and data["meetings"]["hours"] > 0
    assert data["duplicate_requests"]["count"] >= 1
    assert (
        data["entries_requested"]
        == (data["entries_from_ledger"] + data["entries_typed"] + data["entries_blank"])
        > 0
    )
    assert len(data["scores"]["departments"]) == len(data["by_department"]) > 5
    assert "×" in data["scores"]["formula"]


def test_human_output_is_translated(cli, demo_db):
    result = cli("--lang", "en", "burden", "report", "--from", START, "--to", END)
    assert result.code == 0, result.err
    assert "items received" in result.out and "Burden score = 1 × Tasks + 2 × Forms" in result.out


def test_entries_match_the_package_count(demo_db):
    """Cells as the package counts them: the period's forms, each once, as `cycle_cells` counts a cycle."""
    with Office(demo_db, clock=lambda: FIXED_NOW) as office:
        report = office.burden.report(date(2026, 11, 1), date(2026, 11, 30))
        forms = office.burden.items_behind("entries", None, date(2026, 11, 1), date(2026, 11, 30))
        expected = sum((office.burden.item_cells(office.registry.get(i)).cells.requested for i in forms), 0)
        assert report.cells.requested == expected
        in_cycles = {
            f.item_id: f.cells.requested
            for key in ("2026-10", "2026-11", "2026-12")
            for f in office.burden.cycle_cells(key).forms
        }
        assert all(
            in_cycles[i] == office.burden.item_cells(office.registry.get(i)).cells.requested for i in forms
        )


def test_pdf_and_workbook(cli, demo_db, tmp_path):
    pdf, xlsx = tmp_path / "基层减负监测报告.pdf", tmp_path / "基层减负监测报告.xlsx"
    result = cli("burden", "report", "--from", START, "--to", END, "--json", "--pdf", pdf, "--xlsx", xlsx)
    assert result.code == 0, result.err
    data = result.data
    assert pdf.stat().st_size > 0 and xlsx.stat().st_size > 0
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames[:3] == ["目录", "概况", "按月收到事项"]
    months = list(book["按月收到事项"].iter_rows(min_row=2, values_only=True))
    # each row: 乡镇, 统计用区划代码, 月份, 工作任务, 会议, 报表, 合计, 上年同月
    assert sum(r[6] for r in months) == data["items"]["total"]
    departments = list(book["各部门下发事项与负担指数"].iter_rows(min_row=2, values_only=True))
    assert departments[0][3] == next(iter(data["by_department"]))
    text = "\n".join(str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row if c)
    book.close()
    if shutil.which("pdftotext"):
        text += subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "基层减负监测报告" in text and "第 1 页 共" in text and "负担指数 = 1 × 工作任务" in text
    # nothing personal: no ID number, no mobile phone, none of the demo's clerks
    assert not re.search(r"\d{17}[\dXx]|1[3-9]\d{9}", text)
    assert "王建国" not in text and "李晓梅" not in text


def test_bad_input_changes_nothing(cli, demo_db, tmp_path):
    result = cli("burden", "report", "--from", "2026-13-01", "--to", END)
    assert result.code == 1 and "2026-13-01" in result.err
    result = cli("burden", "report", "--from", END, "--to", START)
    assert result.code == 1 and "早于" in result.err
    result = cli("burden", "report", "--from", START, "--to", END, "--pdf", tmp_path / "none" / "r.pdf")
    assert result.code == 1 and not (tmp_path / "none").exists()
    result = cli("burden", "report", "--from", START, "--to", END, "--xlsx", tmp_path / "r.pdf")
    assert result.code == 1 and ".xlsx" in result.err and not (tmp_path / "r.pdf").exists()
