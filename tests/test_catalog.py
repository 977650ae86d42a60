"""The built-in catalog (desktop/catalog/fields.csv): stable ids, complete entries, township wordings."""

from __future__ import annotations

import pytest

from desktop.catalog.fields import ENTITIES, Catalog, load_builtin_catalog
from desktop.intake.layout import LayoutColumn
from desktop.intake.mapping import map_columns
from desktop.intake.normalize import header_key
from desktop.intake.scoring import canon
from desktop.ledger.values import VALUE_TYPES

STABLE_IDS = (
    "person.name",
    "person.id_number",
    "person.gender",
    "person.ethnicity",
    "person.birth_date",
    "person.age",
    "person.phone",
    "person.village",
    "person.village_group",
    "person.address",
    "person.household_no",
    "person.household_head",
    "person.relation_to_head",
    "person.education",
    "person.political_status",
    "person.marital_status",
    "person.health_status",
    "person.disability_type",
    "person.disability_level",
    "person.disability_cert_no",
    "person.employment_status",
    "person.is_migrant_worker",
    "person.work_location",
    "person.work_province",
    "person.employer",
    "person.occupation",
    "person.work_start_date",
    "person.monthly_income",
    "person.annual_income",
    "person.skills_training",
    "person.poverty_type",
    "person.monitoring_type",
    "person.dibao",
    "person.tekun",
    "person.pension_insured",
    "person.medical_insured",
    "person.social_security_card_no",
    "person.bank_account",
    "person.bank_name",
    "person.remarks",
    "person.household_size",
    "person.poverty_exited",
    "person.poverty_exit_year",
    "person.poverty_cause",
    "person.helper_name",
    "person.helper_phone",
    "person.labour_ability",
    "person.insurance_category",
    "person.insured_place",
    "person.social_security_no",
    "person.dibao_category",
    "person.dibao_amount",
    "person.tekun_amount",
    "person.tekun_support_mode",
    "person.pension_contribution_level",
    "person.job_post",
    "person.employment_support",
    "person.training_need",
    "person.in_school",
    "person.school",
    "person.grade",
    "person.illness",
    "person.health_record_no",
    "person.registered_residence",
    "person.native_place",
    "person.degree",
    "person.party_org",
    "person.unit_and_post",
    "person.housing_safety_level",
    "person.cultivated_area_mu",
    "person.forest_area_mu",
    "person.homestead_area_sqm",
    "household.household_no",
    "household.head_name",
    "household.head_id_number",
    "household.size",
    "household.labour_count",
    "household.migrant_count",
    "household.annual_income",
    "household.per_capita_income",
    "household.housing_safe",
    "household.drinking_water_safe",
    "household.village",
    "household.phone",
    "household.remarks",
    "household.village_group",
    "household.address",
    "household.poverty_type",
    "household.monitoring_type",
    "household.poverty_exited",
    "household.poverty_exit_year",
    "household.poverty_cause",
    "household.helper_name",
    "household.helper_phone",
    "household.helper_post",
    "household.dibao",
    "household.tekun",
    "household.cultivated_area_mu",
    "household.forest_area_mu",
    "household.homestead_area_sqm",
    "household.housing_area_sqm",
    "household.housing_safety_level",
    "household.housing_structure",
    "household.main_income_source",
    "household.wage_income",
    "household.business_income",
    "household.planting_income",
    "household.breeding_income",
    "household.property_income",
    "household.transfer_income",
    "household.other_income",
    "household.dibao_amount",
    "village.name",
    "village.population",
    "village.households",
    "village.migrant_workers",
    "village.dibao_count",
    "village.cultivated_area_mu",
    "village.grain_area_mu",
    "village.collective_income",
    "village.party_members",
    "village.secretary_name",
    "village.remarks",
    "village.poor_households",
    "village.poor_population",
    "village.monitored_households",
    "village.collective_operating_income",
    "village.forest_area_mu",
    "village.dibao_households",
    "enterprise.name",
    "enterprise.credit_code",
    "enterprise.legal_rep",
    "enterprise.address",
    "enterprise.industry",
    "enterprise.employees",
    "enterprise.phone",
    "enterprise.remarks",
    "enterprise.registered_capital",
    "enterprise.above_scale",
    "enterprise.annual_revenue",
    "enterprise.annual_profit",
    "enterprise.tax_paid",
    "enterprise.ownership_type",
    "enterprise.business_scope",
    "enterprise.premises_area_sqm",
    "enterprise.contact_name",
    "enterprise.contact_phone",
    "enterprise.members",
    "meta.seq",
    "meta.city",
    "meta.county",
    "meta.township",
    "meta.area_code",
)
"""Every id ever shipped, in file order. Ids are stable forever: append new ones, never rename or drop."""

TYPES = set(VALUE_TYPES) - {"gender", "yesno", "village_group"}

CAT = Catalog()


def _map(*headers: str) -> tuple[str, list[str | None]]:
    cols = [LayoutColumn(i + 1, h, tuple(h.split("/"))) for i, h in enumerate(headers)]
    res = map_columns(cols, CAT)
    return res.entity, [c.field for c in res.columns]


def test_shipped_ids_stay() -> None:
    ids = [f.id for f in load_builtin_catalog()]
    assert len(ids) == len(set(ids))
    missing = [i for i in STABLE_IDS if i not in ids]
    assert not missing, f"ids must never be dropped or renamed: {missing}"
    new = [i for i in ids if i not in STABLE_IDS]
    assert not new, f"add the new ids to STABLE_IDS: {new}"


def test_every_field_is_complete() -> None:
    for f in load_builtin_catalog():
        assert f.entity in (*ENTITIES, "meta"), f.id
        assert f.id.split(".")[0] == f.entity, f.id
        assert f.name_zh and f.name_en and not any("\u4e00" <= ch <= "\u9fff" for ch in f.name_en), f.id
        assert f.type in TYPES, f"{f.id}: {f.type}"


def test_no_wording_names_two_fields_of_one_entity() -> None:
    """A wording belongs to one field per row entity; 编号 alone is the household number and the 序号."""
    owners: dict[tuple[str, str], set[str]] = {}
    for f in CAT:
        entities = (f.entity,) if f.entity != "meta" else ENTITIES
        for term in f.terms:
            for entity in entities:
                owners.setdefault((entity, canon(header_key(term))), set()).add(f.id)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {("household", "编号"): {"meta.seq", "household.household_no"}}


@pytest.mark.parametrize(
    ("headers", "want"),
    [
        # the office's own area on any form, filled from the office profile
        (
            ("县", "乡（镇）", "行政村", "组", "姓名", "身份证号码"),
            [
                "meta.county",
                "meta.township",
                "person.village",
                "person.village_group",
                "person.name",
                "person.id_number",
            ],
        ),
        (
            ("地市", "区县", "乡镇", "村名", "户籍户数（户）"),
            ["meta.city", "meta.county", "meta.township", "village.name", "village.households"],
        ),
        (
            ("建档立卡所属区域/行政区划代码", "建档立卡所属区域/县", "基本信息/姓名", "基本信息/身份证号"),
            ["meta.area_code", "meta.county", "person.name", "person.id_number"],
        ),
    ],
)
def test_area_columns(headers, want) -> None:
    assert _map(*headers)[1] == want


def test_household_entity_words() -> None:
    """户名 is the head's name, 编号 the household number, 户主联系电话 the household's phone."""
    ent, got = _map("编号", "户名", "家庭人口", "户主联系电话", "承包耕地面积（亩）", "组名")
    assert ent == "household"
    assert got == [
        "household.household_no", "household.head_name", "household.size", "household.phone",
        "household.cultivated_area_mu", "household.village_group",
    ]  # fmt: skip
    # with a 序号 and a 户编号 of its own, the running number stays the 序号
    _, got = _map("序号", "户编号", "户名", "户主联系电话")
    assert got == ["meta.seq", "household.household_no", "household.head_name", "household.phone"]
    # on a person list 编号 is the running number
    assert _map("编号", "姓名", "身份证号码")[1] == ["meta.seq", "person.name", "person.id_number"]


def test_township_person_columns() -> None:
    ent, got = _map(
        "姓名", "身份证号码", "建档情况/家庭人口数", "是否脱贫", "脱贫年度", "监测对象类别", "帮扶责任人",
        "残疾类别", "残疾等级", "参保类别", "是否五保户", "低保金额（元）", "劳动力情况",
        "外出务工/务工地点", "外出务工/务工时间", "外出务工/月收入", "就业帮扶方式",
    )  # fmt: skip
    assert ent == "person"
    assert got == [
        "person.name", "person.id_number", "person.household_size", "person.poverty_exited",
        "person.poverty_exit_year", "person.monitoring_type", "person.helper_name", "person.disability_type",
        "person.disability_level", "person.insurance_category", "person.tekun", "person.dibao_amount",
        "person.labour_ability", "person.work_location", "person.work_start_date", "person.monthly_income",
        "person.employment_support",
    ]  # fmt: skip


def test_township_household_columns() -> None:
    ent, got = _map(
        "户主姓名", "户主身份证号码", "住房安全等级", "饮水安全", "耕地面积（亩）", "林地面积（亩）",
        "是否低保户", "帮扶人姓名", "帮扶人电话号码", "致贫原因", "家庭年收入/其中/务工收入",
    )  # fmt: skip
    assert ent == "household"
    assert got == [
        "household.head_name", "household.head_id_number", "household.housing_safety_level",
        "household.drinking_water_safe", "household.cultivated_area_mu", "household.forest_area_mu",
        "household.dibao", "household.helper_name", "household.helper_phone", "household.poverty_cause",
        "household.wage_income",
    ]  # fmt: skip


def test_one_off_columns_stay_unmapped() -> None:
    _, got = _map("姓名", "身份证号码", "交通补助（元）", "签约后随访次数", "居住处所", "登录名")
    assert got == ["person.name", "person.id_number", None, None, None, None]
