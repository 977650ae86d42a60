"""The 基层减负监测报告 as titled tables of plain values, one source for its PDF and its workbook.

Counts, shares, department names and form titles only — no person, no phone, no ID number — so the report
can be shared upward. Written in Chinese like the county's report (it is read by the county).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.burden.measures import KINDS, BurdenReport
from desktop.burden.scores import WEIGHTS

KIND_WORDS = {"task": "工作任务", "meeting": "会议", "form": "报表"}
TITLE = "基层减负监测报告"


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    note: str = ""


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def change(now: int, before: int) -> str:
    if not before:
        return "—"
    return f"{(now - before) / before * 100:+.1f}%"


def summary_lines(report: BurdenReport) -> list[tuple[str, str]]:
    """(label, value) lines of the report's first page."""
    d = report.to_dict()
    items, last = d["items"], d["last_year"]["items"]
    meetings, short, off = d["meetings"], d["short_deadlines"], d["off_whitelist"]
    lines = [
        ("统计期间", f"{d['period']['from']} 至 {d['period']['to']}"),
        (
            "收到事项",
            f"{items['total']} 件（上年同期 {last['total']} 件，{change(items['total'], last['total'])}）",
        ),
    ]
    lines += [(f"其中{KIND_WORDS[k]}", f"{items[k]} 件（上年同期 {last[k]} 件）") for k in KINDS]
    lines += [
        (
            "重复数据请求",
            f"{d['duplicate_requests']['count']} 对，涉及报表 {d['duplicate_requests']['forms']} 张",
        ),
        (
            "清单外报表",
            f"{off['count']} 张（占报表 {percent(off['share'])}）" if off["whitelist"] else "未收到报表目录",
        ),
        (
            "时限不足 1 / 3 / 5 个工作日",
            f"{short['lt1']['count']} / {short['lt3']['count']} / {short['lt5']['count']} 件"
            f"（占有时限事项 {percent(short['lt1']['share'])} / {percent(short['lt3']['share'])} / "
            f"{percent(short['lt5']['share'])}）",
        ),
        ("会议", f"{meetings['count']} 个，共 {meetings['hours']:g} 小时"),
        (
            "要求主要负责人参会",
            f"{meetings['principal_required']} 个（{percent(meetings['principal_required_share'])}）",
        ),
        ("会议部署已有文件的工作", f"{meetings['repeat_of_document']} 个"),
        (
            "报表需填数据项",
            f"{d['entries_requested']} 个：台账自动填上 {d['entries_from_ledger']}，手工补录 {d['entries_typed']}，"
            f"空缺 {d['entries_blank']}",
        ),
        (
            "要求日报 / 周报 / 月报",
            " / ".join(str(d["progress_demands"][k]) for k in ("daily", "weekly", "monthly")),
        ),
    ]
    return lines


def report_tables(report: BurdenReport) -> list[ReportTable]:
    d = report.to_dict()
    months = [
        (month, *(counts[k] for k in KINDS), sum(counts.values()), sum(last.values()))
        for (month, counts), last in zip(
            d["items_by_month"].items(), d["last_year"]["by_month"].values(), strict=False
        )
    ]
    departments = [
        (
            rank,
            name,
            v["task"],
            v["meeting"],
            v["form"],
            v["off_whitelist"],
            v["duplicate_requests"],
            v["short_deadlines"],
            v["meeting_hours"],
            v["principal_required"],
            v["progress_demands"],
            v["score"],
        )
        for rank, (name, v) in enumerate(d["by_department"].items(), start=1)
    ]
    short = d["short_deadlines"]
    deadlines = [
        (label, short[band]["count"], percent(short[band]["share"]))
        for band, label in (
            ("lt1", "不足 1 个工作日"),
            ("lt3", "不足 3 个工作日"),
            ("lt5", "不足 5 个工作日"),
        )
    ]
    pairs = [
        (p["department"], p["later"], p["earlier"], p["shared_fields"])
        for p in d["duplicate_requests"]["pairs"]
    ]
    weights = [(name, f"{weight:g}") for _key, (weight, name) in WEIGHTS.items()]
    return [
        ReportTable("按月收到事项", ("月份", "工作任务", "会议", "报表", "合计", "上年同月"), tuple(months)),
        ReportTable(
            "各部门下发事项与负担指数",
            (
                "名次",
                "部门",
                "任务",
                "会议",
                "报表",
                "清单外",
                "重复请求",
                "时限<3日",
                "会议小时",
                "主要负责人",
                "日报周报",
                "负担指数",
            ),
            tuple(departments),
            note=f"负担指数 = {report.formula}",
        ),
        ReportTable(
            "办理时限",
            ("时限", "事项数", "占有时限事项"),
            tuple(deadlines),
            note=f"有办理时限的事项 {short['with_due']} 件；工作日按国务院节假日安排（含调休上班日）计算。",
        ),
        ReportTable("重复数据请求", ("部门", "后发报表编号", "先发报表编号", "相同数据项"), tuple(pairs)),
        ReportTable(
            "负担指数的权重", ("项目", "权重"), tuple(weights), note="权重可以讨论；改动权重即改变排名。"
        ),
    ]
