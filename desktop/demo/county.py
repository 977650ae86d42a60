"""A demonstration county office (云溪县): its townships, bureaus, a whitelist with real templates, keys.

`yibiao --db county.sqlite3 demo --office-type county` makes it; `config export` then writes the
configuration package a township demo (`demo --office-type township --name … --code …`) imports. The
templates are the demo township's own forms (`desktop.demo.ledger`), so a township's registered forms
match their entries — and the 县乡村振兴局's migrant-worker form, which is not on the list, is 清单外.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from desktop.demo.ledger import CYCLE_FORMS, FORMS, _workbook
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.office import Office
from storage.county import CountyRepository
from storage.transaction import transaction

PROFILE = ("县级", "云溪县人民政府办公室", "530699000000", "云溪县")
TOWNSHIPS = (
    ("530699112000", "白沙镇人民政府"),
    ("530699113000", "杨柳乡人民政府"),
    ("530699114000", "石门镇人民政府"),
    ("530699115000", "青山乡人民政府"),
    ("530699116000", "河口镇人民政府"),
)
_MIGRANT, _NEEDY = FORMS[0], FORMS[2]
_INSURED, _HOUSEHOLD = CYCLE_FORMS
# (表号, title, department, issuer, 批准文号, frequency, due rule, headers or None, valid from, valid until)
WHITELIST = (
    (
        "云人社统1表",
        "农村劳动力务工就业信息登记表",
        "县人社局",
        "云溪县人力资源和社会保障局",
        "云统制〔2026〕3号",
        "月",
        "周期结束后5个工作日",
        _MIGRANT[2],
        "2026-01-01",
        "2027-12-31",
    ),
    (
        "云医保统2表",
        "城乡居民医保参保人员信息核对表",
        "县医保局",
        "云溪县医疗保障局",
        "云统制〔2026〕7号",
        "月",
        "次月10日前",
        _INSURED[3],
        "2026-01-01",
        "2027-12-31",
    ),
    (
        "云统农1表",
        "农村住户成员基本情况统计表",
        "县统计局",
        "云溪县统计局",
        "国统制〔2025〕112号",
        "季",
        "周期结束后10天",
        _HOUSEHOLD[3],
        "2025-07-01",
        "2028-06-30",
    ),
    (
        "云民统3表",
        "困难群众基本信息核查表",
        "县民政局",
        "云溪县民政局",
        "云统制〔2026〕11号",
        "半年",
        "周期结束后5个工作日",
        _NEEDY[2],
        "2026-01-01",
        "2027-12-31",
    ),
    (
        "云应急统1表",
        "森林防火隐患排查情况统计表",
        "县应急局",
        "云溪县应急管理局",
        "云统制〔2024〕2号",
        "年",
        "次月15日前",
        None,
        "2024-01-01",
        "2025-12-31",  # expired: forms asked for under it now are 清单外
    ),
)
OTHER_KIND = QT_TRANSLATE_NOOP(
    "errors", "这个数据库已是“{name}”（乡镇单位），不能再生成县级示范数据。请换一个数据库文件。"
)
SYNONYMS = (("person.phone", "手机号（微信同号）", "县人社局"), ("person.name", "户主或成员姓名", None))


def fill_demo_county(
    office: Office, today: date | None = None, name: str | None = None, code: str | None = None
) -> dict[str, Any]:
    """Fill an empty office with the demo county; on one that has a whitelist already, only report it.

    `name` and `code` (12 digits, e.g. 530700000000) make another county; its townships' codes begin with
    the county's six digits. `today` is not needed (nothing in the county demo is dated) and kept for callers
    that pass it, like `fill_demo`.
    """
    if (current := office.profile.get()) is not None and current.office_type != "县级":
        raise ValidationError(OTHER_KIND, field="office_type", name=current.name)
    if office.whitelist.list():
        return county_summary(office, added=0)
    now = office.clock().isoformat(timespec="seconds")
    with tempfile.TemporaryDirectory(prefix="yibiao-county-") as folder, transaction(office.conn):
        profile = office.profile.save(PROFILE[0], name or PROFILE[1], code or PROFILE[2], PROFILE[3])
        townships = CountyRepository(office.conn)
        for town_code, town_name in TOWNSHIPS:
            townships.add_township(profile.admin_code[:6] + town_code[6:], town_name, now)
        for form_no, title, dept, issuer, approval, frequency, rule, headers, start, until in WHITELIST:
            template = (
                _workbook(Path(folder) / f"{title}.xlsx", title, list(headers), []) if headers else None
            )
            values = {
                "form_no": form_no,
                "title": title,
                "department": dept,
                "issuer": issuer,
                "approval_no": approval,
                "frequency": frequency,
                "due_rule": rule,
                "valid_from": start,
                "valid_until": until,
            }
            office.whitelist.save(values, template)
        for field_id, wording, dept in SYNONYMS:
            department = office.departments.resolve(dept).id if dept else None
            office.catalog.learn(field_id, wording, department)
    office.keys.ensure()
    return county_summary(office, added=len(WHITELIST))


def county_summary(office: Office, added: int) -> dict[str, Any]:
    profile = office.profile.get()
    return {
        "office": profile.name if profile else "",
        "office_type": "county",
        "townships": len(CountyRepository(office.conn).townships()),
        "departments": len(office.departments.list()),
        "whitelist": len(office.whitelist.list()),
        "added": added,
        "fingerprint": office.keys.ensure().fingerprint,
    }
