"""The county reviews what townships taught (catalog review-synonyms / import-synonyms FILE...) and passes it on.

Two township offices teach their catalogs — one wording both agree on, one wording each taught for a different
field, one wording that means another field at the county, a custom field, a header that is not a field — and
export it with `catalog export-synonyms`; the county reviews the two files, imports what it keeps, and its
configuration package carries that to a third township.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.office import Office


def _office(cli, db: Path, office_type: str, name: str, code: str) -> None:
    made = cli(
        "profile", "set", "--type", office_type, "--name", name, "--code", code, "--county", "云溪县", db=db
    )
    assert made.code == 0, made.err


def _township_file(cli, tmp_path: Path, name: str, code: str, teach) -> Path:
    db = tmp_path / f"{code}.sqlite3"
    _office(cli, db, "乡镇", name, code)
    with Office(db) as office:
        teach(office, office.departments.list()[0].id)
    out = tmp_path / f"{name}同义词.json"
    assert cli("catalog", "export-synonyms", "--out", out, db=db).code == 0
    return out


def _baisha(office: Office, department: int) -> None:
    office.catalog.learn("person.name", "称呼", department)  # taught by both townships
    office.catalog.learn("person.phone", "联络号", None)  # 杨柳乡 taught it as the helper's phone
    office.catalog.learn("person.household_no", "登记号", None)  # the county knows it as the ID number
    custom = office.catalog.add_custom_field("托养方式", "person", department)
    office.catalog.learn(custom.id, "托养形式", department)
    office.catalog.mark_not_a_field("村审意见", department)


def _yangliu(office: Office, department: int) -> None:
    office.catalog.learn("person.name", "称呼", department)
    office.catalog.learn("person.helper_phone", "联络号", None)
    office.catalog.learn("person.work_location", "打工地", None)  # only this township
    office.catalog.add_custom_field("托养方式", "person", None)  # the same field under another id
    office.catalog.mark_not_a_field("村审意见", department)


@pytest.fixture
def files(cli, tmp_path: Path) -> list[Path]:
    return [
        _township_file(cli, tmp_path, "白沙镇人民政府", "530699101000", _baisha),
        _township_file(cli, tmp_path, "杨柳乡人民政府", "530699102000", _yangliu),
    ]


@pytest.fixture
def county(cli, tmp_path: Path) -> Path:
    db = tmp_path / "county.sqlite3"
    _office(cli, db, "县级", "云溪县人民政府", "530699000000")
    assert cli("catalog", "learn", "person.id_number", "登记号", db=db).code == 0
    return db


def _learned(db: Path) -> set[tuple[str, str]]:
    with Office(db) as office:
        catalog = office.catalog.catalog()
        return {(f.id if not f.custom else f.name_zh, w) for f in catalog for w in f.learned}


def _rows(data: dict) -> dict[tuple[str, str | None], dict]:
    return {(r["wording"], r["field"]): r for r in data["wordings"]}


def test_review_lists_conflicts_first_with_the_offices_that_taught_them(cli, files, county) -> None:
    before = _learned(county)
    got = cli("catalog", "review-synonyms", *files, "--json", db=county)
    assert got.code == 0, got.err
    data = got.data
    assert [f["office"] for f in data["files"]] == ["白沙镇人民政府", "杨柳乡人民政府"]
    rows = _rows(data)
    both = ["白沙镇人民政府", "杨柳乡人民政府"]
    assert rows["称呼", "person.name"]["status"] == "new" and rows["称呼", "person.name"]["offices"] == both
    assert rows["联络号", "person.phone"]["status"] == "conflict"
    assert rows["联络号", "person.phone"]["conflicts_with"] == ["person.helper_phone"]
    assert rows["联络号", "person.helper_phone"]["offices"] == ["杨柳乡人民政府"]
    assert rows["登记号", "person.household_no"]["status"] == "conflict"  # the county's own meaning
    assert rows["登记号", "person.household_no"]["conflicts_with"] == ["person.id_number"]
    assert rows["村审意见", None]["status"] == "new" and rows["村审意见", None]["offices"] == both
    assert rows["托养形式", "+person:托养方式"]["status"] == "new"
    assert rows["打工地", "person.work_location"]["offices"] == ["杨柳乡人民政府"]
    assert [r["status"] for r in data["wordings"][:3]] == ["conflict"] * 3  # conflicts first
    assert data["counts"]["conflict"] == 3 and data["counts"]["conflicting_wordings"] == 2
    assert data["custom_fields"] == [
        {
            "name_zh": "托养方式",
            "entity": "person",
            "types": ["text"],
            "offices": both,
            "status": "new",
            "field": None,
        }
    ]
    text = cli("catalog", "review-synonyms", *files, db=county).out
    assert text.index("联络号") < text.index("称呼") and "冲突" in text and "托养方式（新自定义字段）" in text
    assert _learned(county) == before  # the review writes nothing


def test_import_leaves_conflicts_out_until_the_clerk_chooses(cli, files, county) -> None:
    got = cli("catalog", "import-synonyms", *files, "--skip", "打工地", "--json", db=county)
    assert got.code == 0, got.err
    left = {(o["wording"], o["field"]): o["reason"] for o in got.data["left_out"]}
    assert left == {
        ("联络号", "person.phone"): "conflict",
        ("联络号", "person.helper_phone"): "conflict",
        ("登记号", "person.household_no"): "conflict",
        ("打工地", "person.work_location"): "skip",
    }
    learned = _learned(county)
    assert {("person.name", "称呼"), ("托养方式", "托养形式"), ("person.id_number", "登记号")} <= learned
    assert not {w for _f, w in learned} & {"联络号", "打工地"}
    assert len(got.data["custom_fields_made"]) == 1  # the two townships' 托养方式 are one field here
    with Office(county) as office:
        assert [w for w, _d in office.catalog.store.not_fields()] == ["村审意见"]

    text = cli("catalog", "import-synonyms", *files, "--skip", "打工地", db=county).out
    assert (
        "--choose" in text
        and "联络号 → person.phone　冲突　白沙镇人民政府" in text
        and "按 --skip 不导入" in text
    )

    chose = cli(
        "catalog",
        "import-synonyms",
        *files,
        "--choose",
        "联络号=person.helper_phone",
        "--choose",
        "登记号=person.household_no",
        "--json",
        db=county,
    )
    assert chose.code == 0, chose.err
    assert chose.data["forgotten"] == ["person.id_number: 登记号"]
    learned = _learned(county)
    assert {("person.helper_phone", "联络号"), ("person.household_no", "登记号")} <= learned
    assert ("person.phone", "联络号") not in learned and ("person.id_number", "登记号") not in learned
    again = cli("catalog", "review-synonyms", *files, "--json", db=county).data
    assert _rows(again)["联络号", "person.phone"]["conflicts_with"] == ["person.helper_phone"]


def test_only_agreed_takes_what_two_offices_taught(cli, files, county) -> None:
    got = cli("catalog", "import-synonyms", *files, "--only-agreed", "--json", db=county)
    assert got.code == 0, got.err
    reasons = {(o["wording"], o["reason"]) for o in got.data["left_out"]}
    assert ("打工地", "not-agreed") in reasons and ("托养形式", "not-agreed") in reasons
    learned = {w for _f, w in _learned(county)}
    assert "称呼" in learned and not learned & {"打工地", "托养形式", "联络号"}
    assert len(got.data["custom_fields_made"]) == 1  # 托养方式 itself: both townships made it


def test_skipping_a_custom_field_skips_its_wordings(cli, files, county) -> None:
    got = cli("catalog", "import-synonyms", *files, "--skip", "托养方式", "--json", db=county)
    assert got.code == 0, got.err
    assert got.data["custom_fields_made"] == [] and got.data["skipped"] == []
    skipped = {(o["wording"], o["field"]) for o in got.data["left_out"] if o["reason"] == "skip"}
    assert skipped == {("托养方式", "+person:托养方式"), ("托养形式", "+person:托养方式")}
    assert "托养形式" not in {w for _f, w in _learned(county)}


def test_a_bad_file_or_a_bad_choice_imports_nothing(cli, files, county, tmp_path: Path) -> None:
    before = _learned(county)
    bad = tmp_path / "坏.json"
    bad.write_text(json.dumps({"format": "yibiao-synonyms", "version": 2, "synonyms": [7]}), encoding="utf-8")
    for args, words in [
        ((*files, bad), f"“{bad}”不是一表通导出的同义词文件"),
        ((*files, tmp_path / "没有.json"), "无法读取"),
        ((*files, "--skip", "不存在的用语"), "没有“不存在的用语”"),
        ((*files, "--choose", "联络号=person.gender"), "只能选择这些含义之一"),
        ((*files, "--choose", "联络号"), "格式不对"),
    ]:
        result = cli("catalog", "import-synonyms", *args, db=county)
        assert result.code != 0 and words in result.err, (args, result.err)
        assert _learned(county) == before
    review = cli("catalog", "review-synonyms", files[0], bad, db=county)
    assert review.code != 0 and "不是一表通导出的同义词文件" in review.err


def test_what_one_township_taught_reaches_another_through_the_config(
    cli, files, county, tmp_path: Path
) -> None:
    assert (
        cli("catalog", "import-synonyms", *files, "--choose", "联络号=person.helper_phone", db=county).code
        == 0
    )
    exported = cli("config", "export", "--out", tmp_path / "usb", "--json", db=county)
    assert exported.code == 0, exported.err
    third = tmp_path / "third.sqlite3"
    _office(cli, third, "乡镇", "石桥镇人民政府", "530699103000")
    imported = cli("config", "import", exported.data["path"], "--json", db=third)
    assert imported.code == 0, imported.err
    learned = _learned(third)
    assert {("person.name", "称呼"), ("person.helper_phone", "联络号"), ("托养方式", "托养形式")} <= learned
    assert ("person.work_location", "打工地") in learned
    with Office(third) as office:
        assert [w for w, _d in office.catalog.store.not_fields()] == ["村审意见"]
