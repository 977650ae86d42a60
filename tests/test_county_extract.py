"""County extract: one workbook per department, every township's rows in the department's own template."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Border, Side

from tests.county_received import FormSpec, Received

FIELDS = ("meta.seq", "person.name", "person.id_number", "person.phone", "person.birth_date")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def roster_template(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws["A1"] = "务工人员登记表"
    ws.merge_cells("A1:E1")
    ws["A2"] = "填报单位："
    for col, label in enumerate(
        ["序号", "姓名", "身份证号码", "联系电话", "出生年月（格式：1980.01）"], start=1
    ):
        ws.cell(row=3, column=col, value=label).border = BOX
        for r in range(4, 8):
            ws.cell(row=r, column=col).border = BOX
    ws["A9"] = "填表人：            审核人："
    ws.column_dimensions["C"].width = 22
    wb.save(path)
    return path


def rows(n: int, prefix: str) -> list[list[str]]:
    return [
        [str(i), f"{prefix}{i}", f"53062419800101{i:04d}", f"1380000{i:04d}", f"1980-0{i % 9 + 1}-01"]
        for i in range(1, n + 1)
    ]


@pytest.fixture
def received(office, tmp_path) -> Received:
    r = Received(office.conn)
    r.township("530624100000", "白沙镇")
    r.township("530624101000", "青山乡")
    sha, _size = office.blobs.put(roster_template(tmp_path / "务工人员登记表.xlsx"))
    r.whitelist(
        "人社001", "务工人员登记表", "县人社局", template_sha=sha, template_name="务工人员登记表.xlsx"
    )
    roster = FormSpec("县人社局", "务工人员登记表", FIELDS, rows(3, "白"), whitelist_form="人社001")
    other = FormSpec("县人社局", "技能培训名单", ("person.name", "person.phone"), [["王五", "13900000000"]])
    civil = FormSpec("县民政局", "低保名册", ("person.name", "person.address"), [["赵六", "白沙村3组"]])
    empty = FormSpec("县民政局", "特困人员名册", ("person.name",), [])  # sent with no rows
    r.package("530624100000", "白沙镇", "2026-10", [roster, other, civil, empty])
    roster2 = FormSpec("县人社局", "务工人员登记表", FIELDS, rows(6, "青"), whitelist_form="人社001")
    r.package("530624101000", "青山乡", "2026-10", [roster2])
    return r


def test_one_workbook_per_department_in_the_whitelist_template(office, received, tmp_path, cli) -> None:
    out = tmp_path / "县里导出"
    result = cli("county", "extract", "--cycle", "2026-10", "--out", out, "--json")
    assert result.code == 0, result.err
    data = result.data
    assert [w["department"] for w in data["workbooks"]] == ["县人社局", "县民政局"]
    hr = next(w for w in data["workbooks"] if w["department"] == "县人社局")
    assert hr["rows"] == 10 and hr["townships"] == 2
    assert [f["template"] for f in hr["forms"]] == ["whitelist", "plain"]
    assert sorted(p.name for p in out.iterdir()) == [".yibiao-extract.json", "县人社局.xlsx", "县民政局.xlsx"]

    wb = openpyxl.load_workbook(out / "县人社局.xlsx")
    assert wb.sheetnames == ["务工人员登记表", "技能培训名单"]
    ws = wb["务工人员登记表"]
    assert ws["A1"].value == "务工人员登记表" and "A1:F1" in {str(m) for m in ws.merged_cells.ranges}
    head = [ws.cell(row=3, column=c).value for c in range(1, 7)]
    assert head == ["序号", "姓名", "身份证号码", "联系电话", "出生年月（格式：1980.01）", "乡镇"]
    table = [[ws.cell(row=r, column=c).value for c in range(1, 7)] for r in range(4, 13)]
    assert table[0][:2] == [1, "白1"] and table[0][5] == "白沙镇"
    # the header's format is obeyed: 1980-02-01 written as 1980.02
    assert table[3][1:] == ["青1", "530624198001010001", "1380000" + "0001", "1980.02", "青山乡"]
    assert [row[0] for row in table] == list(range(1, 10))  # 序号 runs on across townships
    assert ws.cell(row=4, column=6).border.left.style == "thin"
    assert "填表人" in str(ws["A13"].value)  # the footer moved below the rows
    assert ws.column_dimensions["C"].width == 22
    civil = openpyxl.load_workbook(out / "县民政局.xlsx")
    assert civil.sheetnames == ["低保名册", "特困人员名册"] and civil["特困人员名册"]["B2"].value == "姓名"
    plain = wb["技能培训名单"]
    assert plain.column_dimensions["C"].width == 20 and plain.freeze_panes == "A3"  # a phone fits
    assert [plain.cell(row=2, column=c).value for c in range(1, 5)] == ["序号", "姓名", "联系电话", "乡镇"]
    assert [plain.cell(row=3, column=c).value for c in range(1, 5)] == [1, "王五", "13900000000", "白沙镇"]

    # again into the same folder: only our own, unchanged files are replaced
    again = cli("county", "extract", "--cycle", "2026-10", "--department", "县民政局", "--out", out, "--json")
    assert again.code == 0, again.err
    (out / "县民政局.xlsx").write_bytes(b"edited by hand")
    refused = cli("county", "extract", "--cycle", "2026-10", "--out", out)
    assert refused.code == 1 and "县民政局.xlsx" in refused.err
    assert (out / "县民政局.xlsx").read_bytes() == b"edited by hand"


def test_a_folder_of_other_files_is_not_written_into(received, tmp_path, cli) -> None:
    out = tmp_path / "别人的"
    out.mkdir()
    (out / "县人社局.xlsx").write_bytes(b"someone's file")
    result = cli("county", "extract", "--cycle", "2026-10", "--out", out)
    assert result.code == 1 and "换一个新文件夹" in result.err
    assert sorted(p.name for p in out.iterdir()) == ["县人社局.xlsx"]
    nothing = cli("county", "extract", "--cycle", "2026-09", "--out", tmp_path / "空")
    assert nothing.code == 1 and not (tmp_path / "空").exists()
