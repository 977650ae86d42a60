"""Acceptance from evidence that carries over to unseen forms (issue 12): roles, entity words,
qualifiers, kind words, example values — and the ambiguities that must stay suggestions."""

from __future__ import annotations

from desktop.catalog.fields import Catalog
from desktop.intake.evidence import header_kind, loose, subject_role, value_kind
from desktop.intake.layout import LayoutColumn
from desktop.intake.mapping import THRESHOLD, map_columns
from desktop.intake.normalize import normalize_header

CAT = Catalog()


def _cols(*headers: str) -> list[LayoutColumn]:
    return [LayoutColumn(i + 1, h, tuple(h.split(">"))) for i, h in enumerate(headers)]


def _map(*headers: str, title: str = "", examples: list[str] | None = None, catalog: Catalog = CAT):
    res = map_columns(_cols(*headers), catalog, title=title, examples=examples)
    return res.entity, [c.field for c in res.columns], res


def test_the_rows_subject_named_by_role() -> None:
    ent, got, _ = _map("序号", "学员姓名", "性别", "学员身份证号", "学员联系电话", "培训课时")
    assert ent == "person"
    assert got == ["meta.seq", "person.name", "person.gender", "person.id_number", "person.phone", None]


def test_another_persons_role_is_not_the_subject_and_the_title_decides() -> None:
    headers = ("患者姓名", "患者身份证号", "患者联系电话", "签约医生姓名", "医生联系电话")
    ent, got, _ = _map(*headers, title="慢性病患者随访登记表")
    assert ent == "person"
    assert got == ["person.name", "person.id_number", "person.phone", None, None]
    # a bare 姓名 names the subject: every role before 姓名 is someone else
    _, got, _ = _map("姓名", "身份证号", "监护人姓名", "监护人联系电话")
    assert got[:2] == ["person.name", "person.id_number"] and got[2:] == [None, None]


def test_household_words() -> None:
    ent, got, _ = _map("编号", "户名", "户主身份证号码", "家庭人口（人）", "户主联系电话")
    assert ent == "household"
    assert got == [
        "household.household_no", "household.head_name", "household.head_id_number",
        "household.size", "household.phone",
    ]  # fmt: skip


def test_enterprise_words_and_its_representatives_phone() -> None:
    ent, got, _ = _map("企业名称", "统一社会信用代码", "法定代表人", "法定代表人联系电话")
    assert ent == "enterprise"
    assert got == ["enterprise.name", "enterprise.credit_code", "enterprise.legal_rep", "enterprise.phone"]


def test_qualifiers_keep_identities_but_not_measures() -> None:
    _, got, _ = _map("姓名", "公民身份证号码", "家庭详细住址", "最高学历")
    assert got == ["person.name", "person.id_number", "person.address", "person.education"]
    # 贫困户户数 counts a part of the village, not its households
    _, got, res = _map("村名", "总户数（户）", "贫困户户数（户）")
    assert got[:2] == ["village.name", "village.households"]
    assert got[2] != "village.households"


def test_a_measure_with_its_unit_and_a_sub_column() -> None:
    ent, got, _ = _map("村名", "总人口（人）", "其中：外出务工人员（人）", "耕地面积(亩)")
    assert ent == "village"
    assert got == [
        "village.name",
        "village.population",
        "village.migrant_workers",
        "village.cultivated_area_mu",
    ]


def test_two_columns_with_the_same_words_stay_suggestions() -> None:
    _, got, res = _map("村名", "有劳动能力>低保对象（人）", "无劳动能力>低保对象（人）")
    assert got[1:] == [None, None]
    assert all(c.suggestions and c.confidence < THRESHOLD for c in res.columns[1:])


def test_kind_words_must_agree() -> None:
    _, got, _ = _map("姓名", "身份证号", "身份证有效期")
    assert got[2] is None


def test_example_values_confirm_and_contradict() -> None:
    assert value_kind("511623199003071234") == "id18" and value_kind("13812345678") == "phone"
    assert value_kind("3组") == "group" and value_kind("第二组") == "group" and value_kind("张三") == ""
    headers = ("姓名", "证照号码", "通讯号码", "居住组")
    examples = ["张三", "511623199003071234", "13812345678", "5组"]
    _, with_values, _ = _map(*headers, examples=examples)
    _, without, _ = _map(*headers)
    assert with_values[1:] == ["person.id_number", "person.phone", "person.village_group"]
    assert without[1:] != with_values[1:]


def test_helpers() -> None:
    assert loose("员工总人数") == loose("员工人数") and loose("户码") == loose("户编号")
    assert header_kind(normalize_header("出生年月（格式：1980.01）")) == "date"
    assert header_kind(normalize_header("保障金额（元/月）")) == "money"
    assert subject_role(["学员姓名", "学员电话"], "", named=False) == "学员"
    assert subject_role(["学员姓名"], "", named=True) == ""
    assert subject_role(["患者姓名", "医生姓名"], "随访表", named=False) == ""


def test_words_that_name_an_enterprise_or_a_village() -> None:
    ent, got, _ = _map("合作社名称", "统一社会信用代码", "法定代表人姓名", "单位地址", "职工人数（人）")
    assert ent == "enterprise"  # 法定代表人姓名 is the enterprise's wording, not the row's subject by role
    assert got == [
        "enterprise.name", "enterprise.credit_code", "enterprise.legal_rep", "enterprise.address",
        "enterprise.employees",
    ]  # fmt: skip
    ent, got, _ = _map("贫困村", "户籍人口（人）")
    assert ent == "village" and got == ["village.name", "village.population"]
    _, got, _ = _map("姓名", "身份证号", "行政村", "自然村")
    assert got == ["person.name", "person.id_number", "person.village", None]


def test_a_short_wording_under_its_topic_group() -> None:
    _, got, _ = _map("姓名", "身份证号", "务工信息>工种", "帮扶情况>帮扶责任人")
    assert got == ["person.name", "person.id_number", "person.occupation", "person.helper_name"]


def test_the_row_owners_phone_after_its_role_but_not_a_helpers() -> None:
    ent, got, _ = _map("企业名称", "统一社会信用代码", "法人代表", "法人代表电话", "联系人", "联系人电话")
    assert ent == "enterprise"
    assert got[3] == "enterprise.phone" and got[5] == "enterprise.contact_phone"
    _, got, _ = _map("学员姓名", "学员身份证号", "学员手机")
    assert got == ["person.name", "person.id_number", "person.phone"]


def test_a_short_header_with_its_note_and_a_two_part_header() -> None:
    _, got, _ = _map("序号", "乡(镇)", "姓名", "身份证号", "参保地或参保单位")
    assert got == ["meta.seq", "meta.township", "person.name", "person.id_number", "person.insured_place"]
    # a number of something else is no running number
    _, got, _ = _map("姓名", "身份证号", "结业证书编号")
    assert got[2] is None


def test_a_list_naming_only_the_head_is_a_household_list() -> None:
    ent, got, _ = _map("序号", "户主姓名", "身份证号码", "家庭人口", "房屋结构", "联系电话")
    assert ent == "household"
    assert got == [
        "meta.seq", "household.head_name", "household.head_id_number", "household.size",
        "household.housing_structure", "household.phone",
    ]  # fmt: skip
    ent, _, _ = _map("户主姓名", "姓名", "身份证号码", "与户主关系")
    assert ent == "person"  # members listed by name: a person list that names each one's head


def test_head_nouns_and_their_modifiers() -> None:
    from desktop.intake.evidence import head_split, modifiers_agree

    assert head_split("务工地址") == ("务工", "地址", "address")
    assert head_split("户籍所在地") == ("户籍", "所在地", "place")
    assert head_split("社会保障卡号") == ("社会保障卡", "号", "id")
    assert head_split("姓名") == ("", "", "")
    assert modifiers_agree("务工", "务工", False, "address", False) == ""
    assert modifiers_agree("贫困户", "贫困", False, "people", True) == "户"
    assert modifiers_agree("脱贫人口", "脱贫户", True, "type", False) == "人口"
    # another insurance, another number, a status that is no category
    assert modifiers_agree("失业保险", "社会保险", True, "id", False) == "!"
    assert modifiers_agree("社会保障", "社会保障卡", True, "id", False) == "!"
    assert modifiers_agree("脱贫", "贫困", True, "type", False) == "!"
    assert modifiers_agree("计生家庭户", "脱贫户", True, "type", False) == "!"
    assert modifiers_agree("脱贫人员", "参保人员", True, "type", False) == "!"


def test_a_wording_with_the_same_head_noun_and_modifier() -> None:
    ent, got, _ = _map("姓名", "身份证号", "脱贫对象类型", "就业地址", "所在组织", "州市")
    assert ent == "person"
    assert got == [
        "person.name", "person.id_number", "person.poverty_type", "person.work_location",
        "person.party_org", "meta.city",
    ]  # fmt: skip


def test_a_different_fact_with_a_like_wording_stays_unmapped() -> None:
    _, got, _ = _map("姓名", "身份证号", "失业保险编号", "就业形式", "计生家庭户类型", "脱贫属性")
    assert got == ["person.name", "person.id_number", None, None, None, None]


def test_an_enterprise_names_its_own_address_number_area_and_head() -> None:
    headers = ("企业名称", "工商登记号", "办公场所", "店铺面积（平方米）", "理事长", "法人身份证号码", "企业编号")  # fmt: skip
    ent, got, _ = _map(*headers)
    assert ent == "enterprise"
    assert got == [
        "enterprise.name", "enterprise.credit_code", "enterprise.address", "enterprise.premises_area_sqm",
        "enterprise.legal_rep", None, None,
    ]  # fmt: skip
    # the enterprise's own wording wins its field; another address stays unmapped
    _, got, _ = _map("企业名称", "注册地址", "实际经营地址", "详细地址")
    assert got == ["enterprise.name", "enterprise.address", None, None]


def test_a_member_list_beside_the_head_and_people_named_beside_the_subject() -> None:
    # beside 户主姓名 the rows are the members (a wording the catalog lacks: 家属姓名)
    ent, got, _ = _map("户主姓名", "家属姓名", "与户主关系", "公民身份号码")
    assert ent == "person"
    assert got == ["person.household_head", "person.name", "person.relation_to_head", "person.id_number"]
    # a guardian is never the subject; the applicant is, and the guardian's phone stays unmapped
    headers = ("申请人姓名", "申请人身份证号", "监护人姓名", "监护人电话")
    ent, got, _ = _map(*headers, examples=["王五", "511623196001011234", "王六", "13700000000"])
    assert ent == "person"
    assert got == ["person.name", "person.id_number", None, None]


def test_the_heads_own_wording_on_a_household_list() -> None:
    ent, got, _ = _map("户编号", "户主姓名", "户主公民身份号码", "家庭人口数")
    assert ent == "household"
    assert got == [
        "household.household_no",
        "household.head_name",
        "household.head_id_number",
        "household.size",
    ]


def test_units_of_land_and_of_floor_and_a_measure_with_a_word_more() -> None:
    # land in 亩 is no premises' floor in ㎡, and 经营土地面积 is no 经营面积
    _, got, _ = _map("企业名称", "经营土地面积（亩）", "经营用地面积")
    assert got == ["enterprise.name", None, None]
    # a qualifier or the unit put inside a measure's wording keeps it
    _, got, _ = _map("村名", "集体经济年收入（万元）", "党员人数")
    assert got == ["village.name", "village.collective_income", "village.party_members"]


def test_the_rows_own_contact_phone() -> None:
    _, got, _ = _map("姓名", "身份证号", "联系手机号码")
    assert got == ["person.name", "person.id_number", "person.phone"]


def test_heads_of_one_kind_for_places_means_and_the_people_who_help() -> None:
    _, got, _ = _map("姓名", "身份证号", "就业地区", "就业帮扶办法", "结对帮扶干部")
    assert got == ["person.name", "person.id_number", "person.work_location", "person.employment_support",
                   "person.helper_name"]  # fmt: skip
    ent, got, _ = _map("户主姓名", "户编号", "帮扶联系人", "户年人均纯收入（元）")
    assert ent == "household"
    assert got[2:] == ["household.helper_name", "household.per_capita_income"]


def test_a_role_alone_names_the_subject_and_a_years_qualifier() -> None:
    ent, got, _ = _map("申请人", "性别", "身份证号码", "经办人")
    assert ent == "person"
    assert got == ["person.name", "person.gender", "person.id_number", None]
    _, got, _ = _map("企业名称", "上年度销售收入（万元）")
    assert got == ["enterprise.name", "enterprise.annual_revenue"]


def test_like_wordings_that_say_less_or_another_thing_stay_suggestions() -> None:
    _, got, _ = _map("姓名", "身份证号", "人员类别", "紧急联系电话")
    assert got == ["person.name", "person.id_number", None, None]
    _, got, _ = _map("户主姓名", "户编号", "住房类型", "党员")
    assert got == ["household.head_name", "household.household_no", None, None]
    _, got, _ = _map("企业名称", "统一社会信用代码", "产业类型")
    assert got == ["enterprise.name", "enterprise.credit_code", None]


def test_an_enterprise_head_named_by_the_group() -> None:
    ent, got, _ = _map(
        "主体名称", "统一社会信用代码", "负责人信息>姓名", "负责人信息>联系电话", "负责人信息>身份证号"
    )
    assert ent == "enterprise"
    assert got == [
        "enterprise.name",
        "enterprise.credit_code",
        "enterprise.legal_rep",
        "enterprise.phone",
        None,
    ]


def test_a_family_farm_names_itself_and_its_owner() -> None:
    ent, got, _ = _map("农场名称", "统一社会信用代码", "农场主", "农场主电话", "品牌名称")
    assert ent == "enterprise"
    assert got == [
        "enterprise.name",
        "enterprise.credit_code",
        "enterprise.legal_rep",
        "enterprise.phone",
        None,
    ]
