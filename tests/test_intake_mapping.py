"""Column → catalog mapping: exact and synonym matches, group context, roles, entities."""

from __future__ import annotations

from desktop.catalog.fields import Catalog, Field, load_builtin_catalog
from desktop.intake.layout import LayoutColumn
from desktop.intake.mapping import THRESHOLD, map_columns

CAT = Catalog()


def _cols(*headers: str) -> list[LayoutColumn]:
    return [LayoutColumn(i + 1, h, tuple(h.split("/"))) for i, h in enumerate(headers)]


def _map(*headers: str, catalog: Catalog = CAT, entity: str | None = None) -> tuple[str, list[str | None]]:
    res = map_columns(_cols(*headers), catalog, entity)
    return res.entity, [c.field for c in res.columns]


def test_catalog_ids_stable_and_loaded() -> None:
    fields = load_builtin_catalog()
    ids = [f.id for f in fields]
    assert len(ids) == len(set(ids)) and "person.name" in ids and "meta.seq" in ids
    assert CAT.get("person.employer").context


def test_person_form_basic_and_variants() -> None:
    ent, got = _map(
        "序号", "姓  名", "性别*", "身份证号码", "出生年月", "所在村民小组", "联系方式", "本人电话", "备注"
    )
    assert ent == "person"
    assert got == [
        "meta.seq", "person.name", "person.gender", "person.id_number", "person.birth_date",
        "person.village_group", "person.phone", None, "person.remarks",
    ]  # fmt: skip


def test_other_persons_are_not_the_row_subject() -> None:
    ent, got = _map(
        "姓名", "身份证号", "帮扶人姓名", "帮扶人电话号码", "联系人信息/姓名", "联系人信息/联系电话"
    )
    assert ent == "person"
    # the helper has fields of his own (issue 12); the contact person has none: neither is the row's subject
    assert got == ["person.name", "person.id_number", "person.helper_name", "person.helper_phone", None, None]


def test_group_completes_the_leaf() -> None:
    ent, got = _map("户主信息/姓名", "户主信息/身份证号码", "家庭人口数", "劳动力人数", "联系电话")
    assert ent == "household"
    assert got == [
        "household.head_name", "household.head_id_number", "household.size",
        "household.labour_count", "household.phone",
    ]  # fmt: skip


def test_topic_group_context_and_tie_break() -> None:
    ent, got = _map(
        "姓名", "身份证号码", "外出务工/务工地点", "外出务工/企业名称", "外出务工/月工资收入",
        "自主创业/创业项目", "自主创业/月收入",
    )  # fmt: skip
    assert ent == "person"
    assert got == [
        "person.name", "person.id_number", "person.work_location", "person.employer",
        "person.monthly_income", None, None,
    ]  # fmt: skip


def test_units_that_contradict_the_field_lower_the_score() -> None:
    _, got = _map("村名", "低保对象（户）", "低保人数（人）")
    assert got == ["village.name", None, "village.dibao_count"]


def test_near_misses_stay_unmapped_with_suggestions() -> None:
    # 社会保障号 has its own field since issue 12, and 社会保障卡 says 社会保障卡号 without its kind word;
    # 社会保障卡状态 is a near miss of 社会保障卡号
    res = map_columns(_cols("姓名", "身份证号", "社会保障卡状态", "自然村", "居住处所"), CAT)
    assert [c.field for c in res.columns] == ["person.name", "person.id_number", None, None, None]
    ssn = res.columns[2]
    assert ssn.confidence < THRESHOLD
    assert ssn.suggestions and ssn.suggestions[0].field_id == "person.social_security_card_no"


def test_project_rows_are_other() -> None:
    ent, got = _map("序号", "村名", "项目名称", "总投资（万元）", "项目进度（%）")
    assert ent == "other"
    assert got == ["meta.seq", None, None, None, None]


def test_village_and_enterprise_entities() -> None:
    assert _map("序号", "村名", "户籍户数（户）", "户籍人口（人）", "耕地面积（亩）")[0] == "village"
    ent, got = _map("合作社名称", "统一社会信用代码", "法定代表人（理事长）", "从业人数", "联系电话")
    assert ent == "enterprise"
    assert got == [
        "enterprise.name",
        "enterprise.credit_code",
        "enterprise.legal_rep",
        "enterprise.employees",
        "enterprise.phone",
    ]


def test_each_field_used_once() -> None:
    _, got = _map("姓名", "身份证号码", "联系电话", "手机号码")
    assert got.count("person.phone") == 1
    # the same words twice (联系电话, 联系电话; 改造前/房屋结构, 改造后/房屋结构): the clerk chooses
    _, got = _map("姓名", "身份证号码", "联系电话", "联系电话")
    assert got.count("person.phone") == 0


def test_learned_synonyms_and_custom_fields() -> None:
    custom = Field("custom.subsidy", "person", "托养补贴金额", "Care subsidy", "decimal", ("补贴金额",))
    cat = Catalog(learned={"person.address": ["居住处所"]}, custom=[custom])
    _, got = _map("姓名", "身份证号", "居住处所", "补贴金额", catalog=cat)
    assert got == ["person.name", "person.id_number", "person.address", "custom.subsidy"]
    assert cat.get("custom.subsidy").custom
    assert "person.address" in cat and len(cat.for_entity("village")) < len(cat)


def test_entity_can_be_forced() -> None:
    ent, got = _map("村名", "项目名称", catalog=CAT, entity="village")
    assert ent == "village" and got == ["village.name", None]
