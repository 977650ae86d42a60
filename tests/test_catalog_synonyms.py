"""Learned wordings travel between offices: catalog export-synonyms / import-synonyms (issue 12)."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import openpyxl

from desktop.office import Office


@contextmanager
def _opened(db: Path):
    office = Office(db)
    try:
        yield office
    finally:
        office.close()


def _teach(db: Path) -> None:
    with _opened(db) as office:
        department = office.departments.list()[0]
        office.catalog.learn("person.name", "称呼", department.id)
        office.catalog.learn("person.phone", "通讯号", None)
        custom = office.catalog.add_custom_field("托养方式", "person", department.id)
        office.catalog.learn(custom.id, "托养形式", department.id)


def _template(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "称呼", "身份证号码", "通讯号", "托养形式"])
    wb.save(path)
    return path


def test_export_then_import_in_another_office(cli, db_path: Path, tmp_path: Path) -> None:
    cli("items", "list")  # makes the office database
    _teach(db_path)
    out = tmp_path / "同义词.json"
    shown = cli("catalog", "export-synonyms", "--out", out, "--json").data
    assert shown == {"file": str(out), "synonyms": 3, "custom_fields": 1}
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "yibiao-synonyms" and doc["version"] == 2 and doc["not_fields"] == []
    assert {(s["field"], s["wording"]) for s in doc["synonyms"]} >= {("person.name", "称呼")}
    assert [c["name_zh"] for c in doc["custom_fields"]] == ["托养方式"]

    other = tmp_path / "other.db"
    template = _template(tmp_path / "名单.xlsx")
    before = cli("intake", "inspect", template, "--json", db=other).data
    unknown = [before["columns"][i]["field"] for i in (1, 3, 4)]
    assert unknown == [None, None, None]  # 称呼, 通讯号, 托养形式: not known to this office yet

    result = cli("catalog", "import-synonyms", out, "--json", db=other)
    assert result.code == 0, result.err
    got = result.data
    assert got["added"] == 3 and got["known"] == 0 and got["skipped"] == []
    assert len(got["custom_fields_made"]) == 1
    after = cli("intake", "inspect", template, "--json", db=other).data
    fields = [c["field"] for c in after["columns"]]
    assert fields[:4] == ["meta.seq", "person.name", "person.id_number", "person.phone"]
    assert fields[4] == got["custom_fields_made"][0]
    with _opened(other) as office:
        learned = office.catalog.store.learned_entries()
        names = {d.id: d.name for d in office.departments.list(True)}
    # the department travels by name: both offices list the same default departments
    assert {(f, w, names.get(d)) for f, w, d in learned if f == "person.name"} == {
        ("person.name", "称呼", doc["synonyms"][0]["department"])
    }

    again = cli("catalog", "import-synonyms", out, "--json", db=other).data
    assert again == {"added": 0, "known": 3, "skipped": [], "custom_fields_made": []}


def test_unknown_fields_are_skipped_and_counted(cli, tmp_path: Path) -> None:
    doc = {
        "format": "yibiao-synonyms",
        "version": 1,
        "synonyms": [
            {"field": "person.shoe_size", "wording": "鞋码"},
            {"field": "household.head_name", "wording": "户主名字"},
        ],
    }
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    got = cli("catalog", "import-synonyms", path, "--json").data
    assert got["added"] == 1 and got["skipped"] == ["person.shoe_size: 鞋码"]
    text = cli("catalog", "import-synonyms", path).out
    assert "跳过" in text and "person.shoe_size" in text


def test_a_file_that_is_not_an_export_changes_nothing(cli, db_path: Path, tmp_path: Path) -> None:
    cli("items", "list")
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    other_format = tmp_path / "other.json"
    other_format.write_text(json.dumps({"format": "something", "synonyms": []}), encoding="utf-8")
    newer = tmp_path / "newer.json"
    newer.write_text(
        json.dumps({"format": "yibiao-synonyms", "version": 9, "synonyms": []}), encoding="utf-8"
    )
    half_bad = tmp_path / "half.json"
    half_bad.write_text(
        json.dumps(
            {
                "format": "yibiao-synonyms",
                "version": 1,
                "synonyms": [{"field": "person.name", "wording": "学员"}, 3],
            }
        ),
        encoding="utf-8",
    )
    for path, words in [
        (bad_json, "不是一表通导出的同义词文件"),
        (other_format, "不是一表通导出的同义词文件"),
        (newer, "较新版本"),
        (half_bad, "不是一表通导出的同义词文件"),
        (tmp_path / "missing.json", "无法读取"),
    ]:
        result = cli("catalog", "import-synonyms", path)
        assert result.code != 0 and words in result.err, (path.name, result.err)
    with _opened(db_path) as office:
        assert office.catalog.store.learned_entries() == []


def test_export_refuses_the_database_itself(cli, db_path: Path) -> None:
    cli("items", "list")
    result = cli("catalog", "export-synonyms", "--out", db_path)
    assert result.code != 0 and "数据库" in result.err
    with _opened(db_path) as office:  # still a working database
        assert office.catalog.store.learned_entries() == []
