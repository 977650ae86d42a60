"""The office's own area (市, 县, 乡镇, 区划代码) on a filled form, from the office profile; the profile's
optional city: saved, shown and edited in the window and on the command line, old profiles still load."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from desktop.forms.fill_values import office_values
from desktop.office import Office
from desktop.profile import PROFILE_KEY, OfficeProfile
from tests.builders import ZHANG, write_return
from tests.test_ui_settings import save_button
from tests.ui_helpers import type_text
from ui.settings.profile_dialog import ProfileDialog

AREA_FORM = ["序号", "市（州）", "县（市、区）", "乡镇", "行政区划代码", "姓名", "公民身份号码"]


def test_office_values_carry_the_city_when_the_profile_has_one():
    town = OfficeProfile("乡镇", "白沙镇人民政府", "530624100000", "云溪县", "临江市")
    assert office_values(town)["meta.city"] == "临江市"
    assert "meta.city" not in office_values(OfficeProfile("乡镇", "白沙镇人民政府", "530624100000", "云溪县"))


def test_a_profile_saved_before_the_city_existed_still_loads(office: Office):
    office.settings.set(
        PROFILE_KEY,
        {"office_type": "乡镇", "name": "白沙镇人民政府", "admin_code": "530624100000", "county": "云溪县"},
    )
    profile = office.profile.get()
    assert profile is not None and profile.city == "" and profile.county == "云溪县"
    saved = office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县", "  临江市 ")
    assert saved.city == "临江市" and office.profile.get() == saved


def test_profile_set_takes_a_city_and_keeps_it_when_not_given(cli):
    base = ("profile", "set", "--type", "乡镇", "--name", "白沙镇人民政府", "--code", "530624100000")
    assert cli(*base, "--county", "云溪县", "--city", "临江市", "--json").data["city"] == "临江市"
    assert cli(*base, "--county", "云溪县", "--json").data["city"] == "临江市"  # omitted: kept
    assert cli(*base, "--county", "云溪县", "--city", "", "--json").data["city"] == ""  # cleared on purpose


def test_a_filled_form_gets_the_city_county_township_and_code(office: Office, tmp_path: Path):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县", "临江市")
    office.ledger.import_file(
        write_return(tmp_path / "return.xlsx", [["张伟", ZHANG]], ["姓名", "公民身份号码"]), "县人社局"
    )
    form = tmp_path / "区划表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.cell(1, 1, "人员信息表")
    for col, text in enumerate(AREA_FORM, start=1):
        ws.cell(2, col, text)
    for n in range(3):
        ws.cell(3 + n, 1, n + 1)
    wb.save(form)
    item = office.intake.register(form, {"department": "县民政局"}).item.id
    mapping = {c.col: c.field_id for c in office.intake.template(item).columns}
    assert [mapping[c] for c in (2, 3, 4, 5)] == [
        "meta.city",
        "meta.county",
        "meta.township",
        "meta.area_code",
    ]
    result = office.filler.fill(item, tmp_path / "out.xlsx")
    row = [c.value for c in openpyxl.load_workbook(result.path).active[result.data_first_row]]
    assert row[1:6] == ["临江市", "云溪县", "白沙镇", "530624100000", "张伟"]


def test_the_profile_dialog_edits_the_city(qtbot, office: Office):
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    dialog = ProfileDialog(office.profile, office.profile.get())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.city_edit.text() == ""
    type_text(dialog.city_edit, "临江市")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    assert office.profile.get().city == "临江市"
