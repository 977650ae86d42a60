"""Formats a form's headers ask for (出生年月（格式：1980.01）, 性别（1-男 2-女）, 是否脱贫（是打√）, 收入（万元）):
read at intake, stored with the template, obeyed when the form is filled from the ledger; the office's own
area (县, 乡镇, 区划代码) filled from the office profile."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.catalog.fields import Catalog
from desktop.forms.fill_values import TextCell, cell_writer, office_values, township_name
from desktop.intake.value_formats import ValueFormat, read_format
from desktop.office import Office
from desktop.profile import OfficeProfile
from storage.transaction import transaction
from tests.builders import LI, ZHANG, write_return

RETURN = ["姓名", "公民身份号码", "出生日期", "所在村（社区）", "是否脱贫", "年收入（元）"]
LEDGER = [
    ["张伟", ZHANG, "1985-03-02", "白沙村", "是", 12345.5],
    ["李娜", LI, "1990-01-15", "荷花村", "否", 8000],
]
FORM_A = [
    "序号",
    "县",
    "乡镇",
    "姓名",
    "性别（1-男 2-女）",
    "公民身份号码",
    "出生年月（格式：1980.01）",
    "是否脱贫（是打√）",
    "年收入（万元）",
    "行政区划代码",
]
FORM_B = [
    "序号",
    "所在县",
    "所在乡镇",
    "姓名",
    "性别",
    "身份证号码",
    "出生日期（8位数字，如19800101）",
    "是否脱贫（是/否）",
    "年收入（元，保留两位小数）",
]
EXAMPLE_B = ["例", "云溪县", "白沙镇", "张三", "1-男 2-女", "511623198001011234", "19800101", "是", "12000"]


def write_person_form(path: Path, headers: list[str], example: list[str] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.cell(1, 1, "白沙镇脱贫人口信息统计表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.cell(2, 1, "填报单位（盖章）：")
    for col, text in enumerate(headers, start=1):
        ws.cell(3, col, text)
    first = 4
    if example:
        for col, value in enumerate(example, start=1):
            ws.cell(4, col, value)
        first = 5
    for n in range(3):
        ws.cell(first + n, 1, n + 1)
    ws.cell(first + 4, 1, "填表人：　　审核人：")
    wb.save(path)
    return path


@pytest.fixture
def ledger(office: Office, tmp_path: Path) -> Office:
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    office.ledger.import_file(write_return(tmp_path / "return.xlsx", LEDGER, RETURN), "县人社局")
    return office


def register(office: Office, path: Path) -> int:
    return office.intake.register(path, {"department": "县乡村振兴局"}).item.id


def filled(office: Office, item_id: int, out: Path) -> dict[str, dict[int, object]]:
    """Name → {column: cell} of the filled file, read back with openpyxl; cell types kept in `.types`."""
    result = office.filler.fill(item_id, out)
    ws = openpyxl.load_workbook(result.path).active
    rows: dict[str, dict[int, object]] = {}
    for r in range(result.data_first_row, result.data_last_row + 1):
        values = {c: ws.cell(r, c).value for c in range(1, ws.max_column + 1)}
        values |= {-c: ws.cell(r, c).data_type for c in range(1, ws.max_column + 1)}
        if values[4] is not None:  # the template's own number of lines is kept with blank rows
            rows[str(values[4])] = values
    return rows


def test_a_person_form_is_filled_in_the_formats_its_headers_ask_for(ledger, tmp_path):
    item = register(ledger, write_person_form(tmp_path / "脱贫人口表.xlsx", FORM_A))
    stored = ledger.intake.template(item).layout["formats"]  # kept with the mapping: survives a restart
    assert stored["5"] == {"codes": [["男", "1"], ["女", "2"]]}
    assert stored["7"] == {"date": "YYYY.MM"} and stored["8"] == {"yesno": "√/"}
    assert stored["9"] == {"unit": "万元"}
    rows = filled(ledger, item, tmp_path / "out.xlsx")
    assert list(rows) == ["张伟", "李娜"]
    zhang, li = rows["张伟"], rows["李娜"]
    assert [zhang[2], zhang[3], li[2], li[3]] == ["云溪县", "白沙镇", "云溪县", "白沙镇"]  # the office's area
    assert zhang[10] == li[10] == "530624100000" and zhang[-10] == "s"
    assert (zhang[5], li[5]) == (1, 2)  # codes, not words (李娜's gender from her ID number)
    assert (zhang[7], li[7]) == ("1985.03", "1990.01") and zhang[-7] == "s"  # text: 1985.10 must stay
    assert (zhang[8], li[8]) == ("√", None)  # 是打√: a 否 stays blank
    assert (zhang[9], li[9]) == (pytest.approx(1.2346), pytest.approx(0.8)) and zhang[-9] == "n"  # 元 → 万元


def test_an_example_row_legend_and_a_compact_date(ledger, tmp_path):
    item = register(ledger, write_person_form(tmp_path / "花名册.xlsx", FORM_B, EXAMPLE_B))
    assert ledger.intake.template(item).layout["example_row"] == 4
    rows = filled(ledger, item, tmp_path / "out.xlsx")
    zhang, li = rows["张伟"], rows["李娜"]
    assert (zhang[2], zhang[3]) == ("云溪县", "白沙镇")
    assert (zhang[5], li[5]) == (1, 2)  # the legend stood in the example row
    assert (zhang[7], li[7]) == ("19850302", "19900115") and zhang[-7] == "s"
    assert (zhang[8], li[8]) == ("是", "否")
    assert (zhang[9], li[9]) == (pytest.approx(12345.5), 8000)
    assert all(r[1] != "例" for r in rows.values())


def test_a_template_registered_before_formats_were_kept_reads_its_headers_again(ledger, tmp_path):
    item = register(ledger, write_person_form(tmp_path / "旧模板.xlsx", FORM_A))
    template = ledger.intake.template(item)
    del template.layout["formats"]
    with transaction(ledger.filler.forms.conn):
        ledger.filler.forms.save(template)
    assert "formats" not in ledger.intake.template(item).layout
    zhang = filled(ledger, item, tmp_path / "out.xlsx")["张伟"]
    assert (zhang[5], zhang[7], zhang[8], zhang[9]) == (1, "1985.03", "√", pytest.approx(1.2346))


@pytest.mark.parametrize(
    ("header", "example", "expected"),
    [
        ("出生年月（格式：1980.01）", None, {"date": "YYYY.MM"}),
        ("出生日期(yyyy-mm-dd)", None, {"date": "YYYY-MM-DD"}),
        ("出生日期（8位数字）", None, {"date": "YYYYMMDD"}),
        ("出生年月（年月）", None, {"date": "YYYY年M月"}),
        ("出生日期", "1980年01月", {"date": "YYYY年MM月"}),
        ("是否脱贫（是/否）", None, {"yesno": "是/否"}),
        ("是否低保（√/×）", None, {"yesno": "√/×"}),
        ("是否脱贫", "√", {"yesno": "√/×"}),
        ("性别（1.男 2.女）", None, {"codes": [["男", "1"], ["女", "2"]]}),
        ("是否脱贫（1-是 0-否）", None, {"codes": [["是", "1"], ["否", "0"]]}),
        ("性别（男=1，女=2）", None, {"codes": [["男", "1"], ["女", "2"]]}),
        ("是否脱贫（是填1，否填0）", None, {"codes": [["是", "1"], ["否", "0"]]}),
        ("是否脱贫（填写是或否）", None, {"yesno": "是/否"}),
        ("是否脱贫户（是√ 否×）", None, {"yesno": "√/×"}),
        ("耕地面积（公顷，保留两位小数）", None, {"unit": "公顷", "decimals": 2}),
        ("身份证号（18位）", None, {"digits": 18}),
        ("行政区划代码（6位）", None, {"digits": 6}),
        ("1.姓名", None, {}),
        ("联系电话", "13800000000", {}),
        ("出生日期", datetime(1980, 1, 1), {}),  # a real date cell: the fill writes real dates there
        ("出生日期", 29221, {}),
    ],
)
def test_read_format(header, example, expected):
    assert read_format(header, example).to_dict() == expected
    assert ValueFormat.from_dict(expected) == read_format(header, example)


def test_cell_writer_obeys_the_format():
    catalog = Catalog()
    monitor = read_format("监测对象类别（1.脱贫不稳定户 2.边缘易致贫户 3.突发严重困难户）")
    assert monitor.code_for("边缘易致贫户") == "2" and monitor.code_for("其他") is None
    birth = cell_writer(
        catalog, "person.birth_date", "cell", "出生年月", read_format("出生年月（格式：1980.01）")
    )
    assert birth("1991-06-27") == TextCell("1991.06") and birth("") is None
    income = cell_writer(catalog, "person.annual_income", "", "收入", read_format("收入（万元）"))
    assert income("12345.678") == pytest.approx(1.2346) and income("100000") == 10
    rounded = cell_writer(
        catalog, "person.annual_income", "", "收入", read_format("收入（万元，保留两位小数）")
    )
    assert rounded("12345.678") == pytest.approx(1.23)
    gender = cell_writer(catalog, "person.gender", "", "性别", read_format("性别（1-男 2-女）"))
    assert (gender("男"), gender("女")) == (1, 2)
    worded = cell_writer(catalog, "person.gender", "", "性别", read_format("性别（男性填1，女性填2）"))
    assert (worded("男"), worded("女")) == (1, 2)
    code = cell_writer(catalog, "meta.area_code", "", "区划代码", read_format("行政区划代码（9位）"))
    assert code("530624100000") == TextCell("530624100")


def test_office_area_from_the_profile():
    town = OfficeProfile("乡镇", "云溪县城关街道办事处", "530624001000", "云溪县")
    assert township_name(town) == "城关街道"
    assert office_values(town) == {
        "meta.county": "云溪县",
        "meta.township": "城关街道",
        "meta.area_code": "530624001000",
    }
    county = OfficeProfile("县级", "云溪县民政局", "530624000000", "云溪县")
    assert "meta.township" not in office_values(county) and office_values(None) == {}


def test_the_review_shows_the_format_in_plain_words(qtbot, office, tmp_path):
    from PySide6.QtCore import QLocale

    from desktop.i18n import load_qt_translator
    from ui.app_state import AppState
    from ui.intake.dialog import IntakeDialog
    from ui.intake.mapping import COL_FORMAT

    dialog = IntakeDialog(AppState(office), write_person_form(tmp_path / "脱贫人口表.xlsx", FORM_A))
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        table = dialog.mapping

        def shown() -> dict[int, str]:
            return {m.col: table.item(r, COL_FORMAT).text() for r, m in enumerate(table.matches)}

        texts = shown()
        assert texts[5] == "写代码 1=男、2=女"
        assert texts[7] == "日期写成 1980.01"
        assert texts[8] == "是写“√”，否留空"
        assert texts[9] == "以万元为单位"
        assert texts[4] == texts[6] == ""
        table.combos[7].setCurrentIndex(0)  # no field: nothing will be written, so no format
        assert shown()[7] == ""
        from PySide6.QtWidgets import QApplication

        translator = load_qt_translator("en")
        QApplication.instance().installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        try:
            table.combos[7].setCurrentIndex(table.combos[7].findData("person.birth_date"))
            texts = shown()
            assert texts[5] == "Codes 1=男, 2=女"
            assert texts[7] == "Dates as 1980.01"
            assert texts[8] == "Yes as “√”, no left blank"
            assert texts[9] == "In 10,000 yuan"
        finally:
            QApplication.instance().removeTranslator(translator)
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    finally:
        dialog.done(IntakeDialog.DialogCode.Rejected)
        dialog.deleteLater()
