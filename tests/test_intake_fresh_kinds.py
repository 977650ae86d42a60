"""Kinds of variation the fresh public templates showed (issue 12), each with its near miss.

Every case is a wording the catalog does not list; the mechanism, not a synonym, must carry it.
"""

from __future__ import annotations

from desktop.catalog.fields import Catalog
from desktop.intake.layout import LayoutColumn
from desktop.intake.mapping import map_columns

CAT = Catalog()


def _map(*headers: str, title: str = "") -> list[str | None]:
    cols = [LayoutColumn(i + 1, h, tuple(h.split("/"))) for i, h in enumerate(headers)]
    return [c.field for c in map_columns(cols, CAT, title=title).columns]


def test_a_length_of_time_is_no_date() -> None:
    assert _map("姓名", "身份证号", "务工时间")[2] == "person.work_start_date"
    assert _map("姓名", "身份证号", "务工时间（月）")[2] is None
    assert _map("姓名", "身份证号", "务工时间(年)")[2] is None


def test_the_household_s_fact_is_not_the_person_s() -> None:
    got = _map("姓名", "身份证号", "户联系电话", "人联系电话")
    assert got[2:] == [None, "person.phone"]
    assert _map("姓名", "身份证号", "家庭月收入")[2] is None
    assert _map("姓名", "身份证号", "月均工资")[2] == "person.monthly_income"
    # a fact of the household every member carries keeps its household words (户编号, 家庭人口数)
    assert _map("姓名", "身份证号", "户编号", "家庭人口数")[2:] == [
        "person.household_no",
        "person.household_size",
    ]


def test_the_same_words_twice_are_left_to_the_clerk() -> None:
    got = _map("户主姓名", "户编号", "改造前/房屋结构", "改造后/房屋结构")
    assert got[2:] == [None, None]
    assert _map("户主姓名", "户编号", "房屋结构")[2] == "household.housing_structure"


def test_an_ordinal_after_a_wording() -> None:
    assert _map("姓名", "身份证号", "致贫原因1")[2] == "person.poverty_cause"
    assert _map("姓名", "身份证号", "致贫原因1", "致贫原因2")[2:] == [None, None]


def test_a_leaf_qualifying_its_group_s_fact() -> None:
    got = _map("户主姓名", "户编号", "致贫原因/主要原因", "致贫原因/次要原因")
    assert got[2:] == ["household.poverty_cause", None]


def test_a_gloss_in_brackets_before_the_head() -> None:
    assert _map("姓名", "身份证号", "易返贫致贫户(监测对象)类型")[2] == "person.monitoring_type"
    assert _map("姓名", "身份证号", "易返贫致贫户(帮扶对象)类型")[2] != "person.monitoring_type"


def test_short_names_of_insurances() -> None:
    got = _map(
        "姓名", "身份证号", "是否参加居民医保", "是否参加职工医保", "是否参加居民养老", "是否参加职工养老"
    )
    assert got[2:] == ["person.medical_insured", None, "person.pension_insured", None]


def test_a_kindred_head_after_the_same_modifier() -> None:
    assert _map("姓名", "身份证号", "低保档次")[2] == "person.dibao_category"
    assert _map("姓名", "身份证号", "残疾属性")[2] == "person.disability_type"  # the own kind wins
    assert _map("姓名", "身份证号", "救助档次")[2] is None


def test_two_addresses_each_take_their_field() -> None:
    got = _map("姓名", "身份证号", "户籍住址", "现居住地址")
    assert got[2:] == ["person.registered_residence", "person.address"]
    assert _map("姓名", "身份证号", "现居住地址")[2] == "person.address"


def test_a_unit_s_other_name_and_where_it_is_placed() -> None:
    assert _map("户主姓名", "户编号", "所属社区")[2] == "household.village"
    assert _map("姓名", "身份证号", "党支部全称")[2] == "person.party_org"


def test_a_person_s_one_place_of_work() -> None:
    assert _map("姓名", "身份证号", "公司")[2] == "person.employer"
    assert _map("姓名", "身份证号", "所在单位")[2] == "person.employer"
    assert _map("姓名", "身份证号", "培训单位")[2] is None  # another unit
    assert _map("姓名", "身份证号", "监护人信息/工作单位")[2] is None  # someone else's
    assert _map("企业名称", "统一社会信用代码", "单位")[2] is None


def test_short_and_old_words() -> None:
    assert _map("姓名", "身份证号", "户口簿住址", "实际居住地址")[2:] == [
        "person.registered_residence",
        "person.address",
    ]
    assert _map("村名", "户数", "村支书")[2] == "village.secretary_name"


def test_words_the_title_already_says() -> None:
    title = "城乡居民养老保险参保人员信息表"
    assert _map("姓名", "证件号码", "统筹区", title=title)[2] == "person.insured_place"
    assert _map("姓名", "证件号码", "统筹区")[2] is None  # no title, no 参保
    assert _map("姓名", "证件号码", "户类型", title="已脱贫人口名单")[2] == "person.poverty_type"
    got = _map("姓名", "身份证号", "类别", "等级", title="残疾人两项补贴发放名册")
    assert got[2:] == ["person.disability_type", "person.disability_level"]
    # a group says its own words; a helper's list keeps the row's own phone
    assert _map("姓名", "身份证号", "联系人/电话", title="帮扶责任人名册")[2] is None
    assert _map("姓名", "身份证号", "电话", title="帮扶责任人名册")[2] == "person.phone"


def test_who_receives_the_money_is_not_the_subject() -> None:
    got = _map(
        "户主信息/户主姓名", "收款人信息/收款人姓名", "收款人信息/收款人身份证号", "收款人信息/银行账号",
        "享受人信息/享受人", "享受人信息/享受人身份证号", "享受人信息/联系电话",
    )  # fmt: skip
    assert got == [
        "person.household_head", None, None, None,  # the payee's account, not the row's
        "person.name", "person.id_number", "person.phone",
    ]  # fmt: skip


def test_two_facts_joined_in_one_header() -> None:
    assert _map("姓名", "身份证号", "单位或住址")[2] is None
    assert _map("姓名", "身份证号", "详细住址")[2] == "person.address"


def test_who_does_the_procedure_is_not_whom_it_is_about() -> None:
    got = _map("走访对象姓名", "走访对象身份证号码", "走访对象联系电话", "走访人姓名")
    assert got == ["person.name", "person.id_number", "person.phone", None]
    assert _map("采集人姓名", "被采集人姓名", "身份证号")[0] is None


def test_a_yes_no_question_is_no_number() -> None:
    assert _map("姓名", "身份证号", "是否参加社会保险")[2] is None
    assert _map("姓名", "身份证号", "社会保险编号")[2] == "person.social_security_no"
    assert _map("姓名", "身份证号", "是否已脱贫")[2] == "person.poverty_exited"


def test_an_id_is_a_number() -> None:
    assert _map("家庭ID", "村组", "家庭地址", "房屋结构")[0] == "household.household_no"
    assert _map("姓名", "性别", "家庭ID")[2] == "person.household_no"


def test_a_household_s_one_address() -> None:
    assert _map("户主姓名", "户号编码", "地址")[2] == "household.address"
    assert _map("户主姓名", "户号编码", "通讯地址")[2] == "household.address"
    assert _map("户主姓名", "户号编码", "务工地址")[2] is None  # a member's place of work
    assert _map("姓名", "身份证号", "地址")[2] is None  # a person has several: home, work, registration
