"""A demonstration township office (示范单位): three months of realistic incoming work.

Used by `yibiao --db PATH demo` and by screenshots and manual testing of the window. Every
item goes through RegistryService.create, so the demo obeys the same validation as a clerk.
Dates are laid out relative to `today` so the 今日 view always has something to show:
overdue items, items due within two working days, items due this week and meetings this week.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.dates import add_working_days, is_working_day, week_bounds
from desktop.demo.ledger import fill_demo_ledger
from desktop.office import Office
from storage.records import Item, ItemFilter
from storage.transaction import transaction

SEED = 9704  # fixed: the same `today` always gives the same office
PROFILE = ("乡镇", "白沙镇人民政府", "530699112000", "云溪县")
CLERKS = ("王建国", "李晓梅", "张磊", "刘芳", "陈志强", "赵敏")

# When an item falls relative to today:
#   old      received 3 months to 3 weeks ago, finished      archived  as old, then archived
#   overdue  open, deadline already passed                    soon      open, due within 2 working days
#   week     open, due later this week (3–7 days)             later     open, due in 10–40 days
#   nodue    open, no deadline given
#   past / this_week / next   meetings before, during and after the current week


@dataclass(frozen=True)
class Row:
    kind: str
    when: str
    department: str
    title: str
    prefix: str = ""  # 发文机关代字 of the 文号; empty: the notice came without one
    urgency: str = "平件"
    demand: str = "一次性"  # tasks: how progress is reported
    notes: str = ""
    level: str = "非密"
    place: str = ""
    fmt: str = "现场"
    principal: bool = False
    deputy: bool = True


def task(when: str, department: str, title: str, prefix: str = "", **extra: Any) -> Row:
    return Row("task", when, department, title, prefix, **extra)


def form(when: str, department: str, title: str, prefix: str = "", **extra: Any) -> Row:
    return Row("form", when, department, title, prefix, **extra)


def meeting(when: str, department: str, title: str, prefix: str, place: str, fmt: str, **extra: Any) -> Row:
    return Row("meeting", when, department, title, prefix, place=place, fmt=fmt, **extra)


# Placeholders: {y} year received, {ny} next year, {pm} previous month, {q} last quarter, {season}.
TASKS = (
    task(
        "week",
        "县医保局",
        "关于开展{ny}年度城乡居民医保集中参保缴费工作的通知",
        "县医保发",
        urgency="加急",
        demand="周报",
        notes="每周五前报送参保进度，年底前参保率不低于95%",
    ),
    task("old", "县民政局", "关于做好{y}年度冬春困难群众救助工作的通知", "县民发"),
    task(
        "overdue",
        "县乡村振兴局",
        "关于开展防止返贫监测帮扶集中排查工作的通知",
        "县乡振发",
        urgency="加急",
        demand="月报",
        notes="排查结果需经村“两委”签字确认",
    ),
    task("soon", "县应急局", "关于开展安全生产隐患排查整治“回头看”的通知", "县应急发", urgency="加急"),
    task("week", "县自然资源局", "关于开展{y}年度卫片执法图斑核查整改工作的通知", "县自然资发"),
    task("old", "县住建局", "关于开展农村自建房安全隐患排查整治工作的通知", "县住建发"),
    task("later", "县水利局", "关于做好河湖“清四乱”常态化规范化工作的通知", "县水发", demand="月报"),
    task("old", "县生态环境局", "关于开展秋季秸秆禁烧巡查工作的通知", "县环发", demand="日报"),
    task("old", "县委办", "关于开展{y}年度意识形态工作责任制落实情况自查的通知", "县委办发", level="内部"),
    task("archived", "组织部", "关于做好{y}年度村（社区）“两委”干部培训工作的通知", "县组通"),
    task("later", "县卫健委", "关于开展冬春季爱国卫生运动的通知", "县卫健发"),
    task(
        "soon",
        "县人社局",
        "关于开展{y}年冬季根治欠薪专项行动的通知",
        "县人社发",
        urgency="特急",
        demand="周报",
        notes="重点排查在建工程项目，发现欠薪线索当日上报",
    ),
    task(
        "later",
        "县退役军人局",
        "关于做好{ny}年元旦春节期间走访慰问退役军人和其他优抚对象工作的通知",
        "县退役军人发",
    ),
    task("old", "县市场监管局", "关于开展校园及周边食品安全专项检查的通知", "县市监发"),
    task("old", "县教育局", "关于做好{y}年秋季学期控辍保学工作的通知", "县教发"),
    task("overdue", "县财政局", "关于开展惠民惠农财政补贴资金“一卡通”专项治理自查的通知", "县财发"),
    task("later", "县政府办", "关于做好{y}年度政府信息公开工作年度报告编制工作的通知", "县政办函"),
    task("week", "县残联", "关于开展残疾人两项补贴资格复核工作的通知", "县残联发"),
    task("archived", "县农业农村局", "关于开展高标准农田建设项目竣工验收前自查的通知", "县农发"),
    task("old", "县民政局", "关于开展养老服务领域安全隐患排查整治的通知", "县民函"),
    task("old", "县统计局", "关于开展统计造假弄虚作假问题自查自纠工作的通知", "县统发"),
    task(
        "soon",
        "县应急局",
        "关于切实做好{season}森林草原防灭火工作的通知",
        "县应急发",
        urgency="特急",
        demand="日报",
        notes="每日16:00前报送巡山护林情况",
    ),
    task("week", "县政府办", "关于开展岁末年初安全生产大检查的通知", "县政办明电", urgency="加急"),
    task("old", "县卫健委", "关于做好秋冬季流感等呼吸道传染病防控工作的通知", "县卫健发"),
    task("later", "县委办", "关于报送{y}年度工作总结和{ny}年工作计划的通知", "县委办函"),
    task("old", "县乡村振兴局", "关于做好衔接资金项目资产后续管理工作的通知", "县乡振发"),
    task("old", "县自然资源局", "关于进一步加强农村乱占耕地建房问题整治的通知", "县自然资发"),
    task(
        "nodue", "县人社局", "关于做好{ny}年度城乡居民基本养老保险缴费工作的通知", "县人社发", demand="月报"
    ),
    task("old", "县市场监管局", "关于开展电动自行车安全隐患全链条整治的通知", "县市监发"),
    task("overdue", "县水利局", "关于开展农村供水工程安全运行排查整改的通知", "县水发"),
    task(
        "nodue",
        "县民政局",
        "关于核实特困人员供养对象名单的通知",
        notes="县民政局社会救助股工作群通知，无正式文件",
    ),
)

FORMS = (
    form("soon", "县乡村振兴局", "关于报送{q}农村低收入人口动态监测数据的通知", "县乡振函", urgency="加急"),
    form("old", "县统计局", "关于报送{pm}月份规模以下工业抽样调查数据的通知", "县统函"),
    form("old", "县人社局", "关于报送{y}年度就业困难人员认定台账的通知", "县人社函"),
    form("archived", "县卫健委", "关于报送{y}年度计划生育家庭特别扶助对象信息统计表的通知", "县卫健函"),
    form("overdue", "县民政局", "关于报送城乡低保对象月度动态管理数据的通知", "县民函"),
    form("week", "县农业农村局", "关于报送{y}年秋冬种生产进度统计表的通知", "县农函"),
    form("old", "县教育局", "关于报送学生资助对象家庭经济困难情况认定汇总表的通知", "县教函"),
    form("later", "县残联", "关于报送{y}年度残疾人基本服务状况和需求信息数据动态更新进度的通知", "县残联函"),
    form("old", "县退役军人局", "关于报送退役军人信息采集核查情况统计表的通知", "县退役军人函"),
    form("soon", "县财政局", "关于报送{y}年乡镇财政收支预计完成情况表的通知", "县财函"),
    form("old", "县住建局", "关于报送农村低收入群体等重点对象住房安全动态监测表的通知", "县住建函"),
    form("old", "县应急局", "关于报送{pm}月份自然灾害灾情统计报表的通知", "县应急函"),
    form("week", "县医保局", "关于报送城乡居民医保参保缴费进度统计表的通知", "县医保函", urgency="加急"),
    form("overdue", "组织部", "关于报送村（社区）干部基本信息统计表的通知", "县组通", level="内部"),
    form("old", "县自然资源局", "关于报送农村宅基地使用情况调查表的通知", "县自然资函"),
    form("later", "县生态环境局", "关于报送{y}年度农村生活污水治理情况统计表的通知", "县环函"),
    form("later", "县统计局", "关于做好{ny}年统计年报和定期报表布置工作的通知", "县统发"),
    form(
        "soon",
        "县委办",
        "关于报送{pm}月份重点工作进展情况的通知",
        notes="县委办督查室电话通知，按附表格式报送",
    ),
    form("old", "县市场监管局", "关于报送个体工商户发展情况调查表的通知", "县市监函"),
    form("old", "县水利局", "关于报送水毁工程修复进度表的通知", "县水函"),
)

_VIDEO_ROOM = "镇政府二楼视频会议室（分会场）"
MEETINGS = (
    meeting(
        "this_week",
        "县应急局",
        "关于召开全县{season}森林防火工作视频会议的通知",
        "县应急通",
        _VIDEO_ROOM,
        "视频",
        principal=True,
        deputy=False,
        urgency="加急",
    ),
    meeting(
        "this_week",
        "县政府办",
        "关于召开全县安全生产工作会议的通知",
        "县政办通",
        "县政府三楼第一会议室",
        "现场",
        principal=True,
        deputy=False,
    ),
    meeting(
        "this_week",
        "县人社局",
        "关于召开全县城乡居民养老保险业务培训会的通知",
        "县人社通",
        "县人社局四楼会议室",
        "现场",
    ),
    meeting(
        "next",
        "县委办",
        "关于召开县委农村工作会议的通知",
        "县委办通",
        "县委党校报告厅",
        "现场",
        principal=True,
        deputy=False,
    ),
    meeting(
        "past",
        "县乡村振兴局",
        "关于召开巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作推进会的通知",
        "县乡振通",
        "县政府三楼第一会议室",
        "现场",
        principal=True,
        deputy=False,
    ),
    meeting(
        "past", "县民政局", "关于召开全县社会救助工作业务培训会的通知", "县民通", "县民政局三楼会议室", "现场"
    ),
    meeting(
        "past",
        "县卫健委",
        "关于召开全县秋冬季传染病防控工作视频调度会的通知",
        "县卫健通",
        _VIDEO_ROOM,
        "视频",
    ),
    meeting(
        "next", "县统计局", "关于召开{ny}年统计年报布置会议的通知", "县统通", "县统计局二楼会议室", "现场"
    ),
    meeting("past", "组织部", "关于召开全县基层党建工作业务培训会的通知", "县组通", "县委党校报告厅", "现场"),
    meeting(
        "past",
        "县自然资源局",
        "关于召开全县耕地保护工作推进会的通知",
        "县自然资通",
        "县自然资源局五楼会议室",
        "现场",
    ),
    meeting(
        "past",
        "县农业农村局",
        "关于召开全县秋冬种生产现场推进会的通知",
        "县农通",
        "河口乡秋冬种示范片",
        "现场",
    ),
    meeting(
        "next", "县医保局", "关于召开城乡居民医保集中征缴工作调度会的通知", "县医保通", _VIDEO_ROOM, "视频"
    ),
    meeting(
        "past", "县财政局", "关于召开全县乡镇财政业务工作会议的通知", "县财通", "县财政局六楼会议室", "现场"
    ),
    meeting(
        "past", "县教育局", "关于召开全县控辍保学工作推进会的通知", "县教通", "县教育局三楼会议室", "现场"
    ),
    meeting(
        "past",
        "县住建局",
        "全县农村自建房安全整治工作视频调度会",
        "",
        _VIDEO_ROOM,
        "视频",
        notes="县住建局村镇股工作群通知",
    ),
    meeting(
        "next",
        "县退役军人局",
        "关于召开退役军人服务保障体系建设工作培训会的通知",
        "县退役军人通",
        "县退役军人事务局会议室",
        "现场",
    ),
)

ROWS = TASKS + FORMS + MEETINGS

NOTES = {
    "task": (
        "按附件格式报送电子版及盖章扫描件",
        "需分管领导审签后报送",
        "已转相关站所办理",
        "纸质材料报送至来文单位办公室",
        "联系人及电话见附件",
    ),
    "form": (
        "报表模板见附件，不得修改表头",
        "数据须与业务系统一致",
        "经办人、审核人签字并加盖公章",
        "通过电子邮箱报送 Excel 格式",
    ),
    "现场": ("请携带本单位工作汇报材料", "请提前15分钟到场签到", "参会回执于会前一天报送"),
    "视频": ("请提前30分钟调试视频会议设备", "各村（社区）党组织书记在分会场参会", "参会回执于会前一天报送"),
}
MEETING_STARTS = (time(9, 0), time(9, 30), time(14, 30), time(15, 0))


# ---------------------------------------------------------------- dates


def _on_or_before(day: date) -> date:
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def _on_or_after(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def _working_days_before(day: date, count: int) -> date:
    for _ in range(count):
        day = _on_or_before(day - timedelta(days=1))
    return day


def _spread(k: int, n: int, first: int, last: int) -> int:
    """The k-th of n values spread evenly from `first` to `last`."""
    return first if n < 2 else first + round(k * (last - first) / (n - 1))


@dataclass
class Plan:
    row: Row
    received: date
    due: str | None
    status: str  # "done" is resolved per kind
    start: datetime | None = None
    minutes: int = 0


def _plan_item(row: Row, k: int, n: int, today: date, rng: random.Random) -> Plan:
    """Dates and status for the k-th of n rows with the same `when`."""
    open_status = "办理中" if rng.random() < 0.6 else "待办"
    if row.when in ("old", "archived"):
        back = _spread(k, n, 88, 24) if row.when == "old" else _spread(k, n, 86, 60)
        received = _on_or_before(today - timedelta(days=back))
        due = add_working_days(received, rng.randint(3, 12))
        return Plan(row, received, _with_time(due, rng), "done")
    if row.when == "overdue":
        due = _working_days_before(today, 1 + 2 * k)
        return Plan(row, _working_days_before(due, rng.randint(4, 10)), due.isoformat(), open_status)
    if row.when == "soon":
        offset = (1, 2, 0)[k % 3] if is_working_day(today) else 1 + k % 2
        due = add_working_days(today, offset)
        received = _working_days_before(today, rng.randint(1, 8))
        return Plan(row, received, _with_time(due, rng) if offset else due.isoformat(), open_status)
    if row.when == "week":
        horizon = add_working_days(today, 2)
        days = [today + timedelta(days=i) for i in range(1, 8)]
        choices = [d for d in days if d > horizon and is_working_day(d)]
        received = _on_or_before(today - timedelta(days=rng.randint(0, 6)))
        return Plan(row, received, _with_time(choices[k % len(choices)], rng), "待办")
    if row.when == "later":
        due = _on_or_after(today + timedelta(days=10 + 6 * k + rng.randint(0, 4)))
        received = _on_or_before(today - timedelta(days=rng.randint(0, 30)))
        return Plan(
            row, received, due.isoformat(), "办理中" if received < today - timedelta(days=7) else "待办"
        )
    if row.when == "nodue":
        return Plan(row, _on_or_before(today - timedelta(days=rng.randint(0, 12))), None, open_status)
    return _plan_meeting(row, k, n, today, rng)


def _plan_meeting(row: Row, k: int, n: int, today: date, rng: random.Random) -> Plan:
    monday, sunday = week_bounds(today)
    if row.when == "past":
        day = _on_or_before(today - timedelta(days=_spread(k, n, 80, (today - monday).days + 1)))
        received = _working_days_before(day, rng.randint(2, 6))
    elif row.when == "this_week":
        # Upcoming weekdays first, then the ones already past; never today itself.
        weekdays = [monday + timedelta(days=i) for i in range(5)]
        ahead = [d for d in weekdays if d > today] + [d for d in reversed(weekdays) if d < today]
        day = ahead[k % len(ahead)]
        received = min(_on_or_before(today), _working_days_before(day, rng.randint(2, 4)))
    else:  # next
        day = _on_or_after(sunday + timedelta(days=1 + 4 * k + rng.randint(0, 2)))
        received = _on_or_before(today - timedelta(days=rng.randint(0, 3)))
    start = datetime.combine(day, rng.choice(MEETING_STARTS))
    status = "done" if day < today else "待办"
    return Plan(row, received, None, status, start, rng.choice((90, 120, 150, 180)))


def _with_time(day: date, rng: random.Random) -> str:
    """Most deadlines are a day; some notices say 'before 17:00' or 'before noon'."""
    roll = rng.random()
    if roll < 0.2:
        return f"{day.isoformat()}T17:00"
    if roll < 0.3:
        return f"{day.isoformat()}T12:00"
    return day.isoformat()


# ---------------------------------------------------------------- values


def _title(template: str, received: date) -> str:
    previous_month = received.month - 1 or 12
    quarter = ("第四季度", "第一季度", "第二季度", "第三季度")[(received.month - 1) // 3]
    season = "春季" if 3 <= received.month <= 5 else "夏季" if 6 <= received.month <= 8 else "秋冬季"
    return template.format(y=received.year, ny=received.year + 1, pm=previous_month, q=quarter, season=season)


def _number_documents(plans: list[Plan], rng: random.Random) -> dict[int, str]:
    """文号 per plan index, numbered upward through the year for each issuing code."""
    last: dict[tuple[str, int], int] = {}
    numbers: dict[int, str] = {}
    for index in sorted(range(len(plans)), key=lambda i: plans[i].received):
        plan = plans[index]
        if not plan.row.prefix:
            continue
        key = (plan.row.prefix, plan.received.year)
        number = max(last.get(key, 0) + 1, plan.received.timetuple().tm_yday // 4 + rng.randint(1, 6))
        last[key] = number
        numbers[index] = f"{plan.row.prefix}〔{plan.received.year}〕{number}号"
    return numbers


def _values(plan: Plan, doc_no: str, rng: random.Random) -> dict[str, Any]:
    row = plan.row
    status = plan.status
    if status == "done":
        status = "已报送" if row.kind == "form" else "已完成"
    just_in = status == "待办" and rng.random() < 0.3  # not yet handed to anyone
    pool = NOTES[row.fmt if row.kind == "meeting" else row.kind]
    notes = row.notes or (rng.choice(pool) if rng.random() < 0.5 else "")
    values: dict[str, Any] = {
        "kind": row.kind,
        "title": _title(row.title, plan.received),
        "department": row.department,
        "doc_no": doc_no,
        "received": plan.received.isoformat(),
        "due": plan.due,
        "urgency": row.urgency,
        "confidentiality": row.level,
        "status": status,
        "assignee": "" if just_in else rng.choice(CLERKS),
        "notes": notes,
    }
    if row.kind == "task":
        values["report_demand"] = row.demand
    if row.kind == "meeting" and plan.start:
        end = plan.start + timedelta(minutes=plan.minutes)
        values.update(
            meeting_start=plan.start.isoformat(timespec="minutes"),
            meeting_end=end.isoformat(timespec="minutes"),
            place=row.place,
            meeting_format=row.fmt,
            principal_required=row.principal,
            deputy_allowed=row.deputy,
        )
    return values


def _plans(today: date, rng: random.Random) -> list[Plan]:
    groups: dict[str, list[Row]] = {}
    for row in ROWS:
        groups.setdefault(row.when, []).append(row)
    plans = []
    for rows in groups.values():
        shuffled = rows[:]
        rng.shuffle(shuffled)  # so table order does not decide which item is oldest
        plans.extend(_plan_item(row, k, len(shuffled), today, rng) for k, row in enumerate(shuffled))
    return plans


# ---------------------------------------------------------------- entry point


def fill_demo(office: Office, today: date | None = None) -> dict[str, Any]:
    """Fill an empty office with the demo township; on a non-empty one only report what is there.

    Returns a summary: office name, item and department counts, how many items were added, and
    what the 今日 view shows by the office's clock.
    """
    if office.registry.count(ItemFilter(include_archived=True)):
        return _summary(office, added=0)
    today = today or office.clock().date()
    rng = random.Random(SEED)
    plans = _plans(today, rng)
    numbers = _number_documents(plans, rng)
    entries = [(plan, _values(plan, numbers.get(i, ""), rng)) for i, plan in enumerate(plans)]
    progress_rng = random.Random(SEED + 1)  # its own stream, so the items and the ledger stay as they were
    entries.sort(
        key=lambda entry: (entry[1]["received"], entry[1]["title"])
    )  # registered in order of arrival
    with transaction(office.conn):
        office.profile.save(*PROFILE)
        for plan, values in entries:
            saved = office.registry.create(values)
            _add_progress(office, saved.item, today, progress_rng)
            if plan.row.when == "archived":
                office.registry.archive(saved.item.id)
    ledger = fill_demo_ledger(office, today, rng)
    return _summary(office, added=len(entries) + ledger["forms"])


PROGRESS_STEPS = (
    "已召开专题会议部署，各村（社区）正在逐户摸排",
    "已完成 {done} 个村的排查，发现问题 {found} 处",
    "发现的问题已整改 {fixed} 处，其余限期在月底前整改完毕",
    "工作已全部完成，总结材料已按要求报送",
)


def _add_progress(office: Office, item: Item, today: date, rng: random.Random) -> None:
    """Tasks that report weekly or monthly and are under way or done get a few dated 办理进展."""
    if item.kind != "task" or item.report_demand not in ("日报", "周报", "月报") or item.status == "待办":
        return
    start = date.fromisoformat(item.received)
    end = min(today, date.fromisoformat(item.due[:10])) if item.due else today
    steps = 4 if item.status in ("已完成", "已归档") else rng.randint(1, 3)
    span = max((end - start).days, 1)
    for k in range(steps):
        day = start + timedelta(days=max(1, span * (k + 1) // steps))
        text = PROGRESS_STEPS[k if steps == 4 else min(k, 2)].format(
            done=rng.randint(3, 9), found=rng.randint(1, 6), fixed=rng.randint(1, 4)
        )
        office.progress.add(item.id, text, min(day, today).isoformat())


def _summary(office: Office, added: int) -> dict[str, Any]:
    items = office.registry.list(ItemFilter(include_archived=True), sort="received")
    profile = office.profile.get()
    today = office.registry.today()
    return {
        "office": profile.name if profile else "",
        "items": len(items),
        "departments": len({i.department for i in items}),
        "added": added,
        "archived": sum(1 for i in items if i.archived_at),
        "first_received": items[0].received if items else None,
        "last_received": items[-1].received if items else None,
        "overdue": len(today.overdue),
        "due_soon": len(today.due_soon),
        "meetings_this_week": len(today.meetings_this_week),
        # cycles whose 报送包 can be built now (`yibiao package build --cycle …`)
        "ready_cycles": [c.cycle.key for c in office.cycles.list() if c.forms and not c.blockers],
    }
