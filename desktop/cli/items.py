"""`yibiao items …`: the registry from the command line."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, ValidationError, message_text
from desktop.registry.service import deadline_state
from storage.records import Item, ItemFilter

# CLI option → item field, shared by `add` and `update`.
ITEM_OPTIONS = (
    ("--kind", "kind", QT_TRANSLATE_NOOP("cli", "task | meeting | form（工作任务/会议/报表）")),
    ("--title", "title", QT_TRANSLATE_NOOP("cli", "标题")),
    ("--department", "department", QT_TRANSLATE_NOOP("cli", "来文单位（全称或简称）")),
    ("--doc-no", "doc_no", QT_TRANSLATE_NOOP("cli", "文号，例如 县人社发〔2026〕12号")),
    ("--received", "received", QT_TRANSLATE_NOOP("cli", "收文日期 YYYY-MM-DD（默认今天）")),
    ("--due", "due", QT_TRANSLATE_NOOP("cli", "办理时限 YYYY-MM-DD[THH:MM]")),
    ("--urgency", "urgency", QT_TRANSLATE_NOOP("cli", "平件 | 加急 | 特急")),
    ("--confidentiality", "confidentiality", QT_TRANSLATE_NOOP("cli", "非密 | 内部（涉密文件不得登记）")),
    ("--status", "status", QT_TRANSLATE_NOOP("cli", "待办 | 办理中 | 已完成 | 已报送")),
    ("--assignee", "assignee", QT_TRANSLATE_NOOP("cli", "承办人")),
    ("--notes", "notes", QT_TRANSLATE_NOOP("cli", "备注")),
    ("--meeting-start", "meeting_start", QT_TRANSLATE_NOOP("cli", "会议开始 YYYY-MM-DDTHH:MM")),
    ("--meeting-end", "meeting_end", QT_TRANSLATE_NOOP("cli", "会议结束 YYYY-MM-DDTHH:MM")),
    ("--place", "place", QT_TRANSLATE_NOOP("cli", "会议地点")),
    ("--format", "meeting_format", QT_TRANSLATE_NOOP("cli", "现场 | 视频")),
    ("--principal-required", "principal_required", QT_TRANSLATE_NOOP("cli", "主要负责人须参会：是 | 否")),
    ("--deputy-allowed", "deputy_allowed", QT_TRANSLATE_NOOP("cli", "可委派他人参会：是 | 否")),
    ("--report-demand", "report_demand", QT_TRANSLATE_NOOP("cli", "进度报送：一次性 | 日报 | 周报 | 月报")),
)


def item_json(item: Item, now: datetime | None = None) -> dict[str, Any]:
    data = item.to_dict()
    data["attachments"] = [
        {"name": a.original_name, "sha256": a.sha256, "size": a.size, "added_at": a.added_at}
        for a in item.attachments
    ]
    data["deadline"] = deadline_state(item, now or datetime.now())
    return data


def _item_line(item: Item) -> str:
    due = (item.due or "—").replace("T", " ")
    return f"{item.id:>5}  {item.status:<4}  {due:<16}  {item.department:<10}  {item.title}"


def item_text(ctx, item: Item, notices=()) -> str:
    lines = [_item_line(item)]
    for key, value in item.to_dict().items():
        if key != "attachments" and value not in (None, ""):
            lines.append(f"  {key}: {value}")
    for attachment in item.attachments:
        lines.append(
            f"  attachment: {attachment.original_name} ({attachment.size} B, {attachment.sha256[:12]})"
        )
    for notice in notices:
        lines.append(
            ctx.t(QT_TRANSLATE_NOOP("cli", "提示：{message}"), message=message_text(notice, ctx.translate))
        )
    return "\n".join(lines)


def _values(args: argparse.Namespace) -> dict[str, Any]:
    return {
        field: getattr(args, field) for _, field, _ in ITEM_OPTIONS if getattr(args, field, None) is not None
    }


def _saved(ctx, saved) -> int:
    if not getattr(ctx.args, "json", False):
        return ctx.emit(None, lambda: item_text(ctx, saved.item, saved.notices))
    data = item_json(saved.item)
    data["warnings"] = [message_text(notice, ctx.translate) for notice in saved.notices]
    return ctx.emit(data, str)


NEW_DEPARTMENT = QT_TRANSLATE_NOOP(
    "errors",
    "来文单位“{name}”不在列表中，也不像列表中哪个单位的简称或旧称（yibiao departments list 列出全部）。"
    "确是新的来文单位，请加 --new-department 再执行一次，它会被添加到列表中。",
)


def cmd_add(ctx) -> int:
    values, new = _values(ctx.args), ctx.args.new_department
    with ctx.open_office() as office:
        typed = str(values.get("department") or "")
        if typed.strip() and not new and office.registry.departments.match(typed).is_new:
            raise ValidationError(NEW_DEPARTMENT, field="department", name=" ".join(typed.split()))
        return _saved(ctx, office.registry.create(values, ctx.args.attach or (), new_department=new))


def cmd_update(ctx) -> int:
    with ctx.open_office() as office:
        saved = office.registry.update(ctx.args.id, _values(ctx.args))
        if ctx.args.attach:
            saved = office.registry.attach(ctx.args.id, ctx.args.attach)
        return _saved(ctx, saved)


def cmd_list(ctx) -> int:
    args = ctx.args
    flt = ItemFilter(
        kind=args.kind,
        department=args.department,
        status=args.status,
        due_from=args.due_from,
        due_to=args.due_to,
        search=args.search or "",
        include_archived=args.archived,
        only_open=args.open,
    )
    with ctx.open_office() as office:
        flt = office.registry.normalize_filter(flt)
        if flt.status == "已归档":  # after normalizing, so `--status archived` finds them too
            flt = replace(flt, include_archived=True)
        items = office.registry.list(flt, sort=args.sort)
        now = datetime.now()
        return ctx.emit(
            [item_json(i, now) for i in items],
            lambda: (
                "\n".join(_item_line(i) for i in items)
                or ctx.t(QT_TRANSLATE_NOOP("cli", "（没有符合条件的事项）"))
            ),
        )


def cmd_show(ctx) -> int:
    with ctx.open_office() as office:
        item = office.registry.get(ctx.args.id)
        return ctx.emit(item_json(item), lambda: item_text(ctx, item))


def cmd_archive(ctx) -> int:
    with ctx.open_office() as office:
        return _saved(ctx, office.registry.archive(ctx.args.id))


def cmd_unarchive(ctx) -> int:
    with ctx.open_office() as office:
        return _saved(ctx, office.registry.unarchive(ctx.args.id))


def cmd_purge(ctx) -> int:
    with ctx.open_office() as office:
        office.registry.purge(ctx.args.id, confirm=ctx.args.yes)
        return ctx.emit(
            {"purged": ctx.args.id},
            lambda: ctx.t(QT_TRANSLATE_NOOP("cli", "事项 {id} 已彻底删除。"), id=ctx.args.id),
        )


def cmd_progress(ctx) -> int:
    """List an item's 办理进展, after adding one when --add is given."""
    with ctx.open_office() as office:
        if ctx.args.add is not None:
            office.progress.add(ctx.args.id, ctx.args.add, ctx.args.on)
        reports = office.progress.of_item(ctx.args.id)
        if not reports:
            office.registry.get(ctx.args.id)  # an unknown id is an error, not an empty list
    lines = [f"{r.reported_on}  {r.text}" for r in reports] or [
        ctx.t(QT_TRANSLATE_NOOP("cli", "事项 {id} 还没有记录办理进展。"), id=ctx.args.id)
    ]
    return ctx.emit([r.to_dict() for r in reports], lambda: "\n".join(lines))


def cmd_today(ctx) -> int:
    with ctx.open_office() as office:
        summary = office.registry.today()
    groups = {
        "overdue": summary.overdue,
        "due_soon": summary.due_soon,
        "meetings_this_week": summary.meetings_this_week,
    }
    titles = {
        "overdue": QT_TRANSLATE_NOOP("cli", "已逾期"),
        "due_soon": QT_TRANSLATE_NOOP("cli", "7 日内到期"),
        "meetings_this_week": QT_TRANSLATE_NOOP("cli", "本周会议"),
    }

    def human() -> str:
        blocks = []
        for key, items in groups.items():
            blocks.append(f"{ctx.t(titles[key])} ({len(items)})")
            blocks.extend(_item_line(i) for i in items)
        return "\n".join(blocks)

    return ctx.emit({k: [item_json(i) for i in v] for k, v in groups.items()}, human)


def register(commands, json_parent) -> None:
    items = commands.add_parser(
        "items", help=QT_TRANSLATE_NOOP("cli", "收文登记：登记、查询、修改、归档")
    ).add_subparsers(dest="items_command", metavar="ACTION", required=True)

    add = items.add_parser("add", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "登记一件事项"))
    update = items.add_parser(
        "update", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "修改事项（只改给出的字段）")
    )
    update.add_argument("id", type=int)
    for parser, required in ((add, ("kind", "title", "department")), (update, ())):
        for option, field, text in ITEM_OPTIONS:
            parser.add_argument(option, dest=field, help=text, required=field in required)
        parser.add_argument(
            "--attach",
            metavar="FILE",
            action="append",
            help=QT_TRANSLATE_NOOP("cli", "附件（原件原样保存），可多次使用"),
        )
    add.add_argument(
        "--new-department",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "来文单位不在列表中（也不是其中单位的简称或旧称）时，把它添加为新的来文单位"
        ),
    )
    add.set_defaults(handler=cmd_add)
    update.set_defaults(handler=cmd_update)

    lister = items.add_parser("list", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "列出事项"))
    lister.add_argument("--kind")
    lister.add_argument("--status")
    lister.add_argument("--department")
    lister.add_argument("--search", help=QT_TRANSLATE_NOOP("cli", "在标题、文号、备注中全文检索"))
    lister.add_argument("--due-from", metavar="YYYY-MM-DD")
    lister.add_argument("--due-to", metavar="YYYY-MM-DD")
    lister.add_argument(
        "--open", action="store_true", help=QT_TRANSLATE_NOOP("cli", "只列未办结（待办、办理中）")
    )
    lister.add_argument("--archived", action="store_true", help=QT_TRANSLATE_NOOP("cli", "包括已归档"))
    lister.add_argument(
        "--sort", default="due", choices=["due", "received", "id", "title", "department", "status"]
    )
    lister.set_defaults(handler=cmd_list)

    for name, handler, text in (
        ("show", cmd_show, QT_TRANSLATE_NOOP("cli", "查看事项")),
        ("archive", cmd_archive, QT_TRANSLATE_NOOP("cli", "归档事项")),
        ("unarchive", cmd_unarchive, QT_TRANSLATE_NOOP("cli", "取消归档")),
    ):
        sub = items.add_parser(name, parents=[json_parent], help=text)
        sub.add_argument("id", type=int)
        sub.set_defaults(handler=handler)
    purge = items.add_parser(
        "purge", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "彻底删除一件已归档事项（不可恢复）")
    )
    purge.add_argument("id", type=int)
    purge.add_argument("--yes", action="store_true", help=QT_TRANSLATE_NOOP("cli", "确认彻底删除"))
    purge.set_defaults(handler=cmd_purge)
    progress = items.add_parser(
        "progress",
        parents=[json_parent],
        help=QT_TRANSLATE_NOOP("cli", "办理进展：查看，或用 --add 记录一条"),
    )
    progress.add_argument("id", type=int)
    progress.add_argument("--add", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "记录一条办理进展"))
    progress.add_argument("--on", metavar="DATE", help=QT_TRANSLATE_NOOP("cli", "进展日期（默认今天）"))
    progress.set_defaults(handler=cmd_progress)
    today = items.add_parser(
        "today", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "今日：逾期、7 日内到期、本周会议")
    )
    today.set_defaults(handler=cmd_today)
