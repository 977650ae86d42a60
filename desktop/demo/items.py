"""The demo office's incoming work: the tasks, forms and meetings county bureaus sent, as table rows.

`desktop.demo.office` lays them out around `today` and registers each through the registry service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    same_day: bool = False  # 上午发下午要: due the afternoon of the day it arrived


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
    form("old", "县统计局", "关于报送{pm}月份规模以下工业抽样调查数据的通知", "县统函", same_day=True),
    form("old", "县人社局", "关于报送{y}年度就业困难人员认定台账的通知", "县人社函"),
    form("archived", "县卫健委", "关于报送{y}年度计划生育家庭特别扶助对象信息统计表的通知", "县卫健函"),
    form("overdue", "县民政局", "关于报送城乡低保对象月度动态管理数据的通知", "县民函"),
    form("week", "县农业农村局", "关于报送{y}年秋冬种生产进度统计表的通知", "县农函"),
    form("old", "县教育局", "关于报送学生资助对象家庭经济困难情况认定汇总表的通知", "县教函"),
    form("later", "县残联", "关于报送{y}年度残疾人基本服务状况和需求信息数据动态更新进度的通知", "县残联函"),
    form("old", "县退役军人局", "关于报送退役军人信息采集核查情况统计表的通知", "县退役军人函"),
    form("soon", "县财政局", "关于报送{y}年乡镇财政收支预计完成情况表的通知", "县财函"),
    form("old", "县住建局", "关于报送农村低收入群体等重点对象住房安全动态监测表的通知", "县住建函"),
    form("old", "县应急局", "关于报送{pm}月份自然灾害灾情统计报表的通知", "县应急函", same_day=True),
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
