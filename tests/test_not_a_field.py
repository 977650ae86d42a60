"""A column the clerk marks as not a field is remembered for that header and department, and travels
with catalog export-synonyms / import-synonyms (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from desktop.catalog.service import NOT_A_FIELD_REASON
from desktop.office import Office

HEADERS = ["序号", "姓名", "身份证号码", "联系电话", "备注"]
DEPARTMENT = "县民政局"


def _template(path: Path, title: str) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append([title])
    wb.active.append(HEADERS)
    wb.save(path)
    return path


def _column(inspection, header: str):
    return next(c for c in inspection.columns if c.header == header)


def _register_marking_phone(office: Office, path: Path) -> None:
    inspection = office.intake.inspect(path)
    phone = _column(inspection, "联系电话")
    assert phone.field == "person.phone"  # the program's suggestion, which the clerk declines
    office.intake.register(path, {"department": DEPARTMENT}, mapping={phone.col: None}, inspection=inspection)


def test_marked_header_stays_unmapped_for_that_department(db_path: Path, tmp_path: Path) -> None:
    with Office(db_path) as office:
        _register_marking_phone(office, _template(tmp_path / "a.xlsx", "低保名单"))
        department = office.departments.resolve(DEPARTMENT)
        other = next(d for d in office.departments.list() if d.id != department.id)

        second = _template(tmp_path / "b.xlsx", "特困名单")
        mine = office.intake.inspect(second, department_id=department.id)
        phone = _column(mine, "联系电话")
        assert phone.field is None and phone.reason == NOT_A_FIELD_REASON
        assert phone.suggestions and phone.suggestions[0].field_id == "person.phone"  # still offered
        assert _column(mine, "姓名").field == "person.name"  # only that header

        # another department's template with the same header is mapped as before
        assert (
            _column(office.intake.inspect(second, department_id=other.id), "联系电话").field == "person.phone"
        )

        # registering from the same department stores the column unmapped
        saved = office.intake.register(second, {"department": DEPARTMENT})
        stored = {c.header: c.field_id for c in office.intake.template(saved.item.id).columns}
        assert stored["联系电话"] is None and stored["姓名"] == "person.name"

        # choosing the field again undoes the decision
        third = _template(tmp_path / "c.xlsx", "五保名单")
        inspection = office.intake.inspect(third, department_id=department.id)
        col = _column(inspection, "联系电话").col
        office.intake.register(
            third, {"department": DEPARTMENT}, mapping={col: "person.phone"}, inspection=inspection
        )
        again = office.intake.inspect(third, department_id=department.id)
        assert _column(again, "联系电话").field == "person.phone"


def test_decision_travels_between_offices(cli, db_path: Path, tmp_path: Path) -> None:
    with Office(db_path) as office:
        _register_marking_phone(office, _template(tmp_path / "a.xlsx", "低保名单"))
        assert office.catalog.store.learned_entries() == [] or all(
            f == "person.phone" or not f.startswith("!") for f, _, _ in office.catalog.store.learned_entries()
        )
    out = tmp_path / "同义词.json"
    assert cli("catalog", "export-synonyms", "--out", out, "--json").code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == 2
    assert doc["not_fields"] == [{"wording": "联系电话", "department": DEPARTMENT}]
    assert all(not s["field"].startswith("!") for s in doc["synonyms"])

    other = tmp_path / "other.db"
    template = _template(tmp_path / "b.xlsx", "特困名单")
    before = cli("intake", "inspect", template, "--json", db=other).data
    assert [c["field"] for c in before["columns"]][3] == "person.phone"
    got = cli("catalog", "import-synonyms", out, "--json", db=other).data
    assert got["added"] == 1 and got["skipped"] == []
    with Office(other) as office:
        department = office.departments.resolve(DEPARTMENT)
        phone = _column(office.intake.inspect(template, department_id=department.id), "联系电话")
        assert phone.field is None and phone.reason == NOT_A_FIELD_REASON
        assert office.catalog.catalog().get("person.phone") is not None
    again = cli("catalog", "import-synonyms", out, "--json", db=other).data
    assert again["added"] == 0 and again["known"] == 1


def test_the_decision_of_one_department_never_touches_another_departments_form(
    cli, db_path: Path, tmp_path: Path
) -> None:
    """Before the department is known nothing department-bound is applied; choosing one applies its
    decisions, choosing another undoes them, and the form is stored with the final department's."""
    with Office(db_path) as office:
        _register_marking_phone(office, _template(tmp_path / "a.xlsx", "低保名单"))
        marking = office.departments.resolve(DEPARTMENT)
        other = next(d for d in office.departments.list() if d.id != marking.id)
        second = _template(tmp_path / "b.xlsx", "特困名单")

        unknown = office.intake.inspect(second)  # the sender is not known yet
        assert _column(unknown, "联系电话").field == "person.phone"
        as_read = _column(unknown, "联系电话")
        read = (as_read.field, as_read.confidence, as_read.reason, list(as_read.suggestions))

        assert office.intake.apply_decisions(unknown, marking.id) == [as_read.col]
        assert (as_read.field, as_read.reason) == (None, NOT_A_FIELD_REASON)
        assert office.intake.apply_decisions(unknown, marking.id) == []  # nothing new
        assert office.intake.apply_decisions(unknown, other.id) == [as_read.col]
        assert (as_read.field, as_read.confidence, as_read.reason, as_read.suggestions) == (
            read[0],
            read[1],
            read[2],
            read[3],
        )

        # a review shown for the marking department, registered for another: the other's decisions hold
        shown = office.intake.inspect(second, department_id=marking.id)
        saved = office.intake.register(second, {"department": other.name}, inspection=shown)
        stored = {c.header: c.field_id for c in office.intake.template(saved.item.id).columns}
        assert stored["联系电话"] == "person.phone"
        assert _column(shown, "联系电话").field is None  # the review's inspection is left as shown
        assert office.catalog.not_a_field_keys(marking.id) == {"联系电话"}  # nothing forgotten
        other_name = other.name
    # the command line: inspect for a department, and add for another department
    by_marking = cli("intake", "inspect", second, "--department", DEPARTMENT, "--json").data
    assert [c["field"] for c in by_marking["columns"]][3] is None
    plain = cli("intake", "inspect", second, "--json").data
    assert [c["field"] for c in plain["columns"]][3] == "person.phone"
    added = cli("intake", "add", second, "--department", other_name, "--json").data
    assert [c["field"] for c in added["form"]["columns"]][3] == "person.phone"


def test_the_review_applies_the_chosen_departments_decisions(qtbot, db_path: Path, tmp_path: Path) -> None:
    from tests.test_ui_intake import when_modal_of
    from ui.app_state import AppState
    from ui.intake.dialog import IntakeDialog
    from ui.registry.item_dialog import ItemDialog

    with Office(db_path) as office:
        _register_marking_phone(office, _template(tmp_path / "a.xlsx", "低保名单"))
        other = next(d for d in office.departments.list() if d.name != DEPARTMENT)
        dialog = IntakeDialog(AppState(office), _template(tmp_path / "b.xlsx", "特困名单"))
        dialog.show()
        qtbot.waitExposed(dialog)
        try:
            phone = _column(dialog.inspection, "联系电话").col
            assert dialog.mapping.choices()[phone] == "person.phone"  # no department chosen yet
            dialog.mapping.select(5, "person.address")  # 备注: the clerk's own (odd) choice
            kept = dialog.mapping.choices()[5]
            assert kept == "person.address"
            dialog.department_combo.setCurrentText(DEPARTMENT)
            assert dialog.mapping.choices()[phone] is None
            assert "未对应" in dialog.mapping.item(phone - 1, 3).text()
            assert dialog.mapping.choices()[5] == kept  # the clerk's own choice survives
            dialog.department_combo.setCurrentText(other.name)
            assert dialog.mapping.choices()[phone] == "person.phone"
            dialog.department_combo.setCurrentText(DEPARTMENT)
            assert dialog.mapping.choices()[phone] is None

            seen: dict[str, str] = {}

            def fill_item(item_dialog: ItemDialog) -> None:
                seen["department"] = item_dialog.department_combo.currentText()
                item_dialog.buttons.button(item_dialog.buttons.StandardButton.Save).click()

            when_modal_of(ItemDialog, fill_item)
            saved = dialog.register()
            assert seen["department"] == DEPARTMENT and saved is not None
            stored = {c.header: c.field_id for c in office.intake.template(saved.item.id).columns}
            assert stored["联系电话"] is None and saved.item.department == DEPARTMENT
        finally:
            dialog.done(IntakeDialog.DialogCode.Rejected)
            dialog.deleteLater()
