"""Filling a registered form from the ledger into the department's own template."""

from __future__ import annotations

import json
import os
from pathlib import Path

import openpyxl
import pytest

from desktop.cli.main import main as cli_main
from desktop.errors import NotFoundError, UserFacingError, ValidationError
from tests.builders import ROWS, ZHANG, write_form, write_return


@pytest.fixture
def form(office, tmp_path):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", ROWS), "县人社局")
    saved = office.intake.register(write_form(tmp_path / "摸底表.xlsx"), {"department": "县乡村振兴局"})
    return saved.item.id


def sheet_rows(path: Path):
    ws = openpyxl.load_workbook(path).active
    return ws, [[c.value for c in row] for row in ws.iter_rows()]


def test_fill_writes_ledger_rows_in_the_templates_own_style(office, form, tmp_path):
    template = office.intake.template(form)
    assert template.layout["example_row"] == 4  # the example row the styles come from
    result = office.filler.fill(form, tmp_path / "out.xlsx", signers={"填表人": "张三"})
    assert result.rows_written == 3 and result.path == tmp_path / "out.xlsx"
    ws, rows = sheet_rows(result.path)
    assert rows[1][0].startswith("填报单位（盖章）：白沙镇人民政府")
    assert "2026年11月25日" in rows[1][5]
    data = rows[3:6]
    assert [r[1] for r in data] == ["张伟", "王强", "李娜"]  # by village (白沙村, 荷花村), then name
    assert [r[0] for r in data] == [1, 2, 3]
    by_name = {r[1]: r for r in data}
    zhang = by_name["张伟"]
    assert zhang[2:8] == ["男", ZHANG, "1985.03.02", "白沙村", "13800138000", "√"]
    assert by_name["李娜"][2] == "女" and by_name["李娜"][7] == "×"  # gender from the ID number
    assert by_name["王强"][4] == "1972.04.26"  # birth date from the ID number when the ledger lacks it
    for row in range(4, 7):
        assert ws.cell(row, 4).data_type == "s"  # ID numbers as text
        assert ws.cell(row, 5).data_type == "s"  # dates in the template's own text pattern
    assert all(r[0] != "例" for r in rows)  # example row gone
    assert result.footer_first_row == 7 and rows[6][0].startswith("填表人：张三")
    assert office.overlaps.ledger_can_fill(form) == (7, 7)


def test_fill_for_one_village(office, form, tmp_path):
    result = office.filler.fill(form, tmp_path / "out.xlsx", scope={"village": "白沙村村委会"})
    _, rows = sheet_rows(result.path)
    assert result.rows_written == 2
    assert {rows[3][1], rows[4][1]} == {"张伟", "王强"} and [rows[3][0], rows[4][0]] == [1, 2]
    result = office.filler.fill(form, tmp_path / "li.xlsx", scope={"person.name": "李娜"})
    assert result.rows_written == 1
    with pytest.raises(ValidationError):
        office.filler.fill(form, tmp_path / "x.xlsx", scope={"person.nonsense": "1"})


def test_fill_errors_are_clear(office, form, tmp_path):
    task = office.registry.create({"kind": "task", "title": "秋季防火检查", "department": "县应急局"}).item
    with pytest.raises(ValidationError, match="不是报表"):
        office.filler.fill(task.id, tmp_path / "out.xlsx")
    plain = office.registry.create({"kind": "form", "title": "手工登记的报表", "department": "县民政局"}).item
    with pytest.raises(ValidationError, match="没有登记模板"):
        office.filler.fill(plain.id, tmp_path / "out.xlsx")
    with pytest.raises(NotFoundError):
        office.filler.fill(999, tmp_path / "out.xlsx")
    with pytest.raises(ValidationError, match="不存在"):
        office.filler.fill(form, tmp_path / "missing" / "out.xlsx")
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(0o500)
    try:
        if not os.access(readonly, os.W_OK):  # root can write anywhere
            with pytest.raises(ValidationError, match="没有权限"):
                office.filler.fill(form, readonly / "out.xlsx")
    finally:
        readonly.chmod(0o700)
    stored = office.blobs.path_of(office.intake.template(form).sha256)
    stored.parent.chmod(0o700)
    stored.unlink()
    with pytest.raises(UserFacingError, match="不在文件库中"):
        office.filler.fill(form, tmp_path / "out.xlsx")
    assert not (tmp_path / "out.xlsx").exists()


def test_cli_fill_json_and_errors(office, form, tmp_path, capsys):
    db = str(office.path)
    out = tmp_path / "cli.xlsx"
    assert (
        cli_main(["--db", db, "forms", "fill", str(form), "--out", str(out), "--village", "荷花村", "--json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert {k: data[k] for k in ("path", "rows", "columns", "item_id")} == {
        "path": str(out),
        "rows": 1,
        "columns": 8,  # 序号 and seven facts; 备注 is no ledger fact
        "item_id": form,
    }
    assert out.is_file()
    assert cli_main(["--db", db, "forms", "fill", str(form), "--out", str(out)]) == 0
    assert "3" in capsys.readouterr().out
    assert cli_main(["--db", db, "forms", "fill", "999", "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith("错误：")


def test_cell_writer_styles_units_and_text():
    from desktop.catalog.fields import Catalog
    from desktop.forms.fill_values import TextCell, cell_writer, derive

    catalog = Catalog()
    month = cell_writer(catalog, "person.work_start_date", "YYYY.MM", "外出时间")
    assert month("2021-10") == TextCell("2021.10") and str(month("2021-10-01")) == "2021.10"
    assert cell_writer(catalog, "person.is_migrant_worker", "√/×", "是否外出")("否") == "×"
    income = cell_writer(catalog, "village.collective_income", "", "村集体经济收入（元）")
    assert income("1.5") == 15000  # stored in 万元, the column wants 元
    assert cell_writer(catalog, "person.monthly_income", "", "月收入（元）")("4900") == 4900
    assert cell_writer(catalog, "person.name", "", "姓名")(None) is None
    values = {"person.id_number": ZHANG, "person.age": "30"}
    derive(values, __import__("datetime").date(2026, 3, 1))
    assert values == {
        "person.id_number": ZHANG,
        "person.birth_date": "1985-03-02",
        "person.age": "40",
        "person.gender": "男",
    }
