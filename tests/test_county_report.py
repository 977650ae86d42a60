"""The county PDF: summary, completeness matrix, late and missing forms, duplicate requests; no personal data."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.county_received import FormSpec, Received

PERSON = ("person.name", "person.id_number", "person.phone")


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_county_report_pdf(office, tmp_path, cli) -> None:
    r = Received(office.conn)
    towns = [(f"5306241{n:02d}000", name) for n, name in enumerate(["白沙镇", "青山乡", "河口镇", "龙潭乡"])]
    for code, name in towns:
        r.township(code, name)
    r.whitelist("人社001", "务工人员登记表", "县人社局", due_rule="cycle_end+5d")
    r.whitelist("民政002", "低保对象名册", "县民政局", due_rule="cycle_end+5wd")
    roster = FormSpec(
        "县人社局", "务工人员登记表", PERSON, [["张三", "530624198001010011", "13800000000"]] * 12
    )
    civil = FormSpec(
        "县民政局", "低保对象名册", (*PERSON, "person.address"), [["李四", "530624198001010022", "", "x"]]
    )
    r.package(towns[0][0], towns[0][1], "2026-10", [roster, civil], imported_at="2026-11-03T09:00:00")
    r.package(towns[1][0], towns[1][1], "2026-10", [roster], imported_at="2026-11-10T15:30:00")
    out = tmp_path / "县级报告.pdf"
    result = cli("county", "report", "--cycle", "2026-10", "--pdf", out, "--json")
    assert result.code == 0, result.err
    assert result.data["pages"] >= 2 and out.is_file()
    assert not list(tmp_path.glob(".*.part"))
    text = pdf_text(out)
    assert "县级汇总报告" in text and "2026年10月" in text
    for words in (
        "白沙镇",
        "龙潭乡",
        "按时",
        "逾期",
        "未报",
        "12 行",
        "全部 2 张报表",
        "全县重复索取",
        "公民身份号码",
    ):
        assert words in text, words
    assert "530624198001010011" not in text and "张三" not in text  # counts and names of fields only
    assert "第 1 页 共" in text


def test_report_refuses_a_folder(cli, tmp_path) -> None:
    result = cli("county", "report", "--cycle", "2026-10", "--pdf", tmp_path)
    assert result.code == 1 and "PDF" in result.err


def test_a_wide_matrix_is_cut_into_tables(office, tmp_path) -> None:
    r = Received(office.conn)
    forms = [
        FormSpec(f"县局{n % 7}", f"报表{n:02d}", (f"person.f{n}", "person.name"), [["x", "y"]] * n)
        for n in range(1, 26)
    ]
    for n in range(30):
        r.township(f"5306241{n:02d}000", f"乡镇{n:02d}")
    for n in range(0, 30, 2):
        r.package(f"5306241{n:02d}000", f"乡镇{n:02d}", "2026-10", forms[n % 5 :])
    result = office.county_out.report.write("2026-10", tmp_path / "wide.pdf", embed_font=False)
    text = pdf_text(result.path)
    assert "表25" in text and "乡镇29" in text and result.landscape_forms == 1
