"""The registry's fixed vocabularies, stored as the Chinese terms clerks use.

English spellings are accepted on input (CLI, scripts); the UI shows the terms through Qt
translation in the "vocab" context, so the English build reads "Pending" for 待办.
"""

from __future__ import annotations

from storage.errors import QT_TRANSLATE_NOOP

KINDS = {
    "task": QT_TRANSLATE_NOOP("vocab", "工作任务"),
    "meeting": QT_TRANSLATE_NOOP("vocab", "会议"),
    "form": QT_TRANSLATE_NOOP("vocab", "报表"),
}
KIND_ALIASES = {"任务": "task", "工作任务": "task", "会议": "meeting", "报表": "form", "数据请求": "form"}

STATUSES = (
    QT_TRANSLATE_NOOP("vocab", "待办"),
    QT_TRANSLATE_NOOP("vocab", "办理中"),
    QT_TRANSLATE_NOOP("vocab", "已完成"),
    QT_TRANSLATE_NOOP("vocab", "已报送"),
    QT_TRANSLATE_NOOP("vocab", "已归档"),
)
OPEN_STATUSES = ("待办", "办理中")
ARCHIVED = "已归档"
STATUS_ALIASES = {
    "todo": "待办",
    "pending": "待办",
    "in_progress": "办理中",
    "doing": "办理中",
    "done": "已完成",
    "completed": "已完成",
    "submitted": "已报送",
    "archived": "已归档",
}

URGENCIES = (
    QT_TRANSLATE_NOOP("vocab", "平件"),
    QT_TRANSLATE_NOOP("vocab", "加急"),
    QT_TRANSLATE_NOOP("vocab", "特急"),
)
URGENCY_ALIASES = {"normal": "平件", "urgent": "加急", "very_urgent": "特急", "extra_urgent": "特急"}

# Non-classified markings this program accepts; 秘密/机密/绝密 are refused outright.
CONFIDENTIALITY = (QT_TRANSLATE_NOOP("vocab", "非密"), QT_TRANSLATE_NOOP("vocab", "内部"))
CLASSIFIED_LEVELS = ("秘密", "机密", "绝密")

MEETING_FORMATS = (QT_TRANSLATE_NOOP("vocab", "现场"), QT_TRANSLATE_NOOP("vocab", "视频"))
MEETING_FORMAT_ALIASES = {"onsite": "现场", "on_site": "现场", "video": "视频", "online": "视频"}

REPORT_DEMANDS = (
    QT_TRANSLATE_NOOP("vocab", "一次性"),
    QT_TRANSLATE_NOOP("vocab", "日报"),
    QT_TRANSLATE_NOOP("vocab", "周报"),
    QT_TRANSLATE_NOOP("vocab", "月报"),
)
REPORT_DEMAND_ALIASES = {"once": "一次性", "daily": "日报", "weekly": "周报", "monthly": "月报"}

OFFICE_TYPES = (QT_TRANSLATE_NOOP("vocab", "乡镇"), QT_TRANSLATE_NOOP("vocab", "县级"))
