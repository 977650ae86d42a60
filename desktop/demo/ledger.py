"""The demo office's ledger: a village population already collected once, and this month's forms asking for it.

Two bureaus send nearly the same migrant-worker form (a duplicate request the program points out), and
a third asks for facts the ledger mostly holds — so a new user sees "collect once" at work at once.

One earlier month is a complete reporting cycle: two forms the ledger fills entirely, already 已报送, and
nothing open — so the 报送包 can be built at once (`ready_cycle`).
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from desktop.dates import is_working_day
from desktop.demo.roster import ROSTER_HEADERS as BASE_HEADERS
from desktop.ledger.keys import id_check_digit
from desktop.registry.vocab import OPEN_STATUSES

VILLAGES = (("白沙村", "01"), ("杨家湾村", "02"), ("新民村", "03"), ("荷花村", "04"))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰建华红梅桂兰志强金凤春梅海燕德明永红"
PROVINCES = ("广东省", "浙江省", "福建省", "江苏省", "四川省")
EMPLOYERS = ("东莞市某电子厂", "宁波某服装厂", "晋江某鞋业公司", "苏州某精密机械厂", "成都某建筑公司")
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# (department, title, headers, days before today it arrived, days it has)
FORMS = (
    (
        "县人社局",
        "白沙镇2026年农村劳动力务工就业信息登记表",
        [
            "序号",
            "姓名",
            "公民身份号码",
            "性别",
            "所在村（社区）",
            "联系电话",
            "是否外出务工",
            "务工省份",
            "就业单位",
            "月均收入（元）",
            "备注",
        ],
        9,
        12,
    ),
    (
        "县乡村振兴局",
        "白沙镇脱贫劳动力外出务工情况统计表",
        [
            "序号",
            "姓名",
            "身份证号码",
            "性别",
            "村（居）委会",
            "手机号码",
            "是否外出务工",
            "务工地点（省份）",
            "工作单位",
            "月均收入（元）",
            "备注",
        ],
        3,
        7,
    ),
    (
        "县民政局",
        "白沙镇困难群众基本信息核查表",
        [
            "序号",
            "姓名",
            "公民身份号码",
            "出生日期",
            "所在村（社区）",
            "联系电话",
            "户编号",
            "家庭住址",
            "备注",
        ],
        1,
        10,
    ),
)

# Forms of the complete cycle: (department, 文号 prefix, title with {month}, headers); every column is
# in the census.
CYCLE_FORMS = (
    (
        "县医保局",
        "县医保函",
        "白沙镇{year}年{month}月城乡居民医保参保人员信息核对表",
        BASE_HEADERS[:9],  # 序号 … 联系电话: the roster's first columns
    ),
    (
        "县统计局",
        "县统字",
        "白沙镇{year}年{month}月农村住户成员基本情况统计表",
        ["序号", "户编号", "姓名", "与户主关系", "公民身份号码", "性别", "文化程度", "所在村（社区）"],
    ),
)


def _people(rng: random.Random, count: int) -> list[list]:
    rows = []
    for index in range(count):
        village, code = VILLAGES[index % len(VILLAGES)]
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 55))
        sequence = (
            f"{rng.randrange(0, 100):02d}{rng.randrange(0, 5) * 2 + index % 2}"  # last digit: odd for men
        )
        body = f"530624{born:%Y%m%d}{sequence}"
        gender = "男" if int(body[16]) % 2 else "女"
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        migrant = 18 <= (date(2026, 11, 1) - born).days // 365 <= 55 and rng.random() < 0.45
        rows.append(
            [
                index + 1,
                name,
                gender,
                body + id_check_digit(body),
                born.isoformat(),
                "汉族",
                village,
                f"{rng.randrange(1, 9)}组",
                f"1{rng.choice('3589')}{rng.randrange(0, 10**9):09d}",
                f"{code}{index // 4:04d}",
                "户主" if index % 4 == 0 else rng.choice(("配偶", "子", "女")),
                rng.choice(("小学", "初中", "初中", "高中", "大专")),
                "是" if migrant else "否",
                rng.choice(PROVINCES) if migrant else "",
                rng.choice(EMPLOYERS) if migrant else "",
                rng.randrange(3200, 7800, 100) if migrant else "",
            ]
        )
    return rows


def _workbook(path: Path, title: str, headers: list[str], rows: list[list]) -> Path:
    """A township-style sheet: merged title, 填报单位 line, bordered header and rows, a footer."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.cell(1, 1, title).font = Font(size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.cell(2, 1, "填报单位（盖章）：                              填报日期：    年  月  日")
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(3, col, text)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[cell.column_letter].width = max(8, len(text) * 2 + 2)
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value).border = BORDER
    footer = 4 + max(len(rows), 5)
    ws.cell(footer, 1, "填表人：                审核人：                单位负责人：")
    wb.save(path)
    return path


def fill_demo_ledger(
    office, today: date, rng: random.Random, persons: int = 320, place: str = "白沙镇"
) -> dict[str, int]:
    """Import the population (as a return the 县民政局 collected last quarter) and register this month's forms.

    `place` names the township in titles (another township demo of the same county).
    """
    with tempfile.TemporaryDirectory(prefix="yibiao-demo-") as folder:
        root = Path(folder)
        people = _people(rng, persons)
        census = _workbook(
            root / f"{place}农村人口基础信息台账.xlsx", f"{place}农村人口基础信息台账", BASE_HEADERS, people
        )
        office.ledger.import_file(census, "县民政局", entered_by="综合办")
        registered = 0
        for department, town_title, headers, days_ago, days in FORMS:
            title = town_title.replace("白沙镇", place, 1)
            path = _workbook(root / f"{title}.xlsx", title, headers, [])
            received = today - timedelta(days=days_ago)
            office.intake.register(
                path,
                {
                    "department": department,
                    "title": title,
                    "received": received.isoformat(),
                    "due": (received + timedelta(days=days)).isoformat(),
                },
            )
            registered += 1
        ready = _complete_cycle(office, today, root, place)
    return {"persons": persons, "forms": registered + len(CYCLE_FORMS), "ready_cycle": ready}


def _month_start(today: date, back: int) -> date:
    year, month0 = divmod(today.year * 12 + today.month - 1 - back, 12)
    return date(year, month0 + 1, 1)


def _complete_cycle(office, today: date, root: Path, place: str) -> str:
    """Register CYCLE_FORMS, 已报送, in the latest earlier month with nothing open; return its key."""
    for back in (1, 2, 3):
        first = _month_start(today, back)
        key = f"{first:%Y-%m}"
        if not any(item.status in OPEN_STATUSES for item in office.cycles.items(key)):
            break
    last = _month_start(today, back - 1) - timedelta(days=1)
    received = first + timedelta(days=3)
    while not is_working_day(received):
        received += timedelta(days=1)
    for department, prefix, title, headers in CYCLE_FORMS:
        name = title.format(year=first.year, month=first.month).replace("白沙镇", place, 1)
        doc_no = f"{prefix}〔{first.year}〕{first.month * 3 + 7}号"
        path = _workbook(root / f"{name}.xlsx", name, headers, [])
        due = min(received + timedelta(days=10), last)
        saved = office.intake.register(
            path,
            {
                "department": department,
                "title": name,
                "doc_no": doc_no,
                "received": received.isoformat(),
                "due": due.isoformat(),
            },
        )
        office.registry.set_status(saved.item.id, "已报送")
        received += timedelta(days=2)
    return key
