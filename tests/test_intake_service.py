"""Registering templates as forms: stored layout and mapping, learned corrections, bad files, CLI."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main as cli_main
from desktop.errors import UserFacingError, ValidationError
from desktop.intake.service import learned_wording
from storage.records import ItemFilter
from tests.builders import make_template

HEADERS = ["姓名", "公民身份号码", "联系电话", "走访干部意见栏"]


def test_register_stores_item_template_layout_and_mapping(office, tmp_path):
    path = make_template(tmp_path / "走访登记表.xlsx", HEADERS)
    original = path.read_bytes()
    saved = office.intake.register(path, {"department": "县民政局", "due": "2026-12-05"})
    item = saved.item
    assert item.kind == "form" and item.title == "白沙镇困难群众走访登记表"
    assert [a.original_name for a in item.attachments] == ["走访登记表.xlsx"]
    assert office.blobs.path_of(item.attachments[0].sha256).read_bytes() == original
    assert path.read_bytes() == original
    template = office.intake.template(item.id)
    assert template.entity == "person" and template.sheet == "走访登记"
    assert template.layout["header_rows"] == [3, 3] and template.layout["data_start_row"] == 4
    fields = {c.header: c.field_id for c in template.columns}
    assert fields["姓名"] == "person.name" and fields["公民身份号码"] == "person.id_number"
    assert fields["联系电话"] == "person.phone"
    assert all(c.source == "auto" for c in template.columns)


def test_correction_is_learned_and_maps_by_itself_next_time(office, tmp_path):
    first = make_template(tmp_path / "a.xlsx", HEADERS)
    col = 5  # 走访干部意见栏
    assert office.intake.inspect(first).columns[col - 1].field is None
    saved = office.intake.register(first, {"department": "县民政局"}, mapping={col: "person.remarks"})
    column = next(c for c in office.intake.template(saved.item.id).columns if c.col == col)
    assert (column.field_id, column.source) == ("person.remarks", "clerk")
    assert "走访干部意见栏" in office.catalog.catalog().get("person.remarks").learned
    # Another department's form with the same wording, in another position.
    second = make_template(tmp_path / "b.xlsx", ["走访干部意见栏", "姓名", "性别"], title="另一张表")
    match = next(c for c in office.intake.inspect(second).columns if c.header == "走访干部意见栏")
    assert match.field == "person.remarks" and match.confidence >= 0.75


def test_generic_wording_is_not_taught_a_second_meaning(office):
    catalog = office.catalog.catalog()
    assert learned_wording(("姓名",), catalog, "person.gender") == ""
    assert learned_wording(("户主信息", "姓名"), catalog, "household.head_name") == "户主姓名"
    assert learned_wording(("帮扶责任人意见",), catalog, "person.remarks") == "帮扶责任人意见"


def test_unknown_field_in_mapping_changes_nothing(office, tmp_path):
    path = make_template(tmp_path / "a.xlsx", HEADERS)
    with pytest.raises(ValidationError, match="no.such"):
        office.intake.register(path, {"department": "县民政局"}, mapping={2: "no.such"})
    assert office.registry.count(ItemFilter(include_archived=True)) == 0
    assert office.catalog.catalog().get("person.name").learned == ()


def test_failure_midway_rolls_back_everything(office, tmp_path, monkeypatch):
    path = make_template(tmp_path / "a.xlsx", HEADERS)

    def broken(_template):
        raise OSError("disk full")

    monkeypatch.setattr(office.intake.forms, "save", broken)
    with pytest.raises(OSError):
        office.intake.register(path, {"department": "县民政局"}, mapping={5: "person.remarks"})
    assert office.registry.count(ItemFilter(include_archived=True)) == 0
    assert office.catalog.catalog().get("person.remarks").learned == ()


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("junk.xlsx", b"this is not a workbook at all", "另存为"),
        ("empty.xlsx", b"", "空"),
        ("notice.pdf", b"%PDF-1.4", "不支持"),
        ("truncated.xlsx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00broken", "损坏"),
    ],
)
def test_bad_files_give_a_clear_message_and_register_nothing(office, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserFacingError) as error:
        office.intake.register(path, {"department": "县民政局"})
    assert name in str(error.value) and words in str(error.value)
    assert office.registry.count(ItemFilter(include_archived=True)) == 0
    assert path.read_bytes() == content


def test_same_template_twice_is_pointed_out(office, tmp_path):
    path = make_template(tmp_path / "a.xlsx", HEADERS)
    first = office.intake.register(path, {"department": "县民政局"})
    second = office.intake.register(path, {"department": "县人社局", "title": "再次下发"})
    assert any(str(first.item.id) in str(n) for n in second.notices)


def test_custom_field_for_an_unmapped_column(office):
    department = office.departments.resolve("县民政局")
    field = office.catalog.add_custom_field("走访干部意见栏", "person", department.id)
    assert field.id.startswith("custom.person.") and field.custom
    again = office.catalog.add_custom_field("走访干部意见栏", "person", department.id)
    assert again.id == field.id
    with pytest.raises(ValidationError):
        office.catalog.add_custom_field("  ", "person")


def test_grouped_header_is_flattened(office, tmp_path):
    path = make_template(tmp_path / "g.xlsx", ["姓名", "务工地点"], group="外出务工情况")
    inspection = office.intake.inspect(path)
    assert [c.header for c in inspection.columns] == ["序号", "外出务工情况/姓名", "外出务工情况/务工地点"]
    assert inspection.layout.header_rows == (3, 4)


# --- command line ---------------------------------------------------------------------------


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli_main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_inspect_json_shape(tmp_path, capsys):
    path = make_template(tmp_path / "a.xlsx", HEADERS)
    code, out, _ = run(capsys, "--db", str(tmp_path / "o.db"), "intake", "inspect", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert {
        "file",
        "sheet",
        "entity",
        "title",
        "header_rows",
        "example_row",
        "data_start_row",
        "columns",
    } <= set(data)
    assert data["header_rows"] == [3, 3] and data["example_row"] is None and data["data_start_row"] == 4
    first = data["columns"][1]
    assert first["col"] == 2 and first["letter"] == "B" and first["header"] == "姓名"
    assert (
        first["field"] == "person.name"
        and 0 <= first["confidence"] <= 1
        and isinstance(first["suggestions"], list)
    )


def test_cli_add_with_map_and_catalog_commands(tmp_path, capsys):
    db = str(tmp_path / "o.db")
    path = make_template(tmp_path / "a.xlsx", HEADERS)
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "intake",
        "add",
        str(path),
        "--department",
        "县民政局",
        "--doc-no",
        "县民发〔2026〕9号",
        "--due",
        "2026-12-05",
        "--map",
        "E=person.remarks",
        "--json",
    )
    assert code == 0
    item = json.loads(out)
    assert item["kind"] == "form" and item["doc_no"] == "县民发〔2026〕9号" and item["id"] > 0
    assert {"col": 5, "header": "走访干部意见栏", "field": "person.remarks", "source": "clerk"} in item[
        "form"
    ]["columns"]
    code, out, _ = run(capsys, "--db", db, "items", "list", "--kind", "form", "--json")
    assert [i["id"] for i in json.loads(out)] == [item["id"]]
    code, out, _ = run(capsys, "--db", db, "catalog", "list", "--entity", "person", "--json")
    remarks = next(f for f in json.loads(out) if f["id"] == "person.remarks")
    assert "走访干部意见栏" in remarks["learned"]
    code, out, _ = run(capsys, "--db", db, "catalog", "learn", "person.phone", "手机（微信同号）", "--json")
    assert code == 0 and json.loads(out)["added"] is True
    code, out, _ = run(
        capsys, "--db", db, "catalog", "add-field", "帮扶措施", "--entity", "household", "--json"
    )
    assert code == 0 and json.loads(out)["id"].startswith("custom.household.")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--map", "E=no.such.field"], "no.such.field"),
        (["--map", "E:person.phone"], "列=字段"),
        (["--map", "Z=person.phone"], "第 26 列"),
    ],
)
def test_cli_add_errors_exit_1_and_change_nothing(tmp_path, capsys, extra, message):
    db = str(tmp_path / "o.db")
    path = make_template(tmp_path / "a.xlsx", HEADERS)
    code, _, err = run(capsys, "--db", db, "intake", "add", str(path), "--department", "县民政局", *extra)
    assert code == 1 and message in err and err.count("\n") == 1
    code, out, _ = run(capsys, "--db", db, "items", "list", "--json")
    assert json.loads(out) == []


def test_cli_unknown_department_and_missing_file(tmp_path, capsys):
    db = str(tmp_path / "o.db")
    path = make_template(tmp_path / "a.xlsx", HEADERS)
    code, _, err = run(capsys, "--db", db, "intake", "add", str(path), "--department", "县不存在局")
    assert code == 1 and "县不存在局" in err
    code, _, err = run(capsys, "--db", db, "intake", "inspect", str(tmp_path / "missing.xlsx"))
    assert code == 1 and "missing.xlsx" in err
    with pytest.raises(SystemExit) as stopped:  # --department is required: a usage error
        cli_main(["--db", db, "intake", "add", str(path)])
    assert stopped.value.code == 2


def test_custom_field_made_during_review_belongs_to_the_department_and_extra_files_attach(office, tmp_path):
    path = make_template(tmp_path / "a.xlsx", HEADERS)
    notice = tmp_path / "关于报送走访情况的通知.pdf"
    notice.write_bytes(b"%PDF-1.4 notice")
    field = office.catalog.add_custom_field("走访干部意见栏", "person")  # department not known yet
    saved = office.intake.register(
        path, {"department": "县民政局"}, mapping={5: field.id}, attachments=[notice]
    )
    assert [a.original_name for a in saved.item.attachments] == ["a.xlsx", notice.name]
    record = next(r for r in office.catalog.store.custom_fields() if r.id == field.id)
    assert record.department_id == office.departments.resolve("县民政局").id
