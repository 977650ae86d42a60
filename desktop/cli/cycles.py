"""`yibiao cycle …`: reporting cycles, what each holds, and moving items between them."""

from __future__ import annotations

from desktop.cycles.keys import KIND_LABELS
from desktop.errors import QT_TRANSLATE_NOOP


def _changes(office, key: str, submitted) -> dict | None:
    changes = office.submissions.changes(key) if submitted else None
    return changes.to_dict() if changes else None


def _submitted_text(ctx, submitted, changes: dict | None) -> str:
    text = ctx.t(
        QT_TRANSLATE_NOOP("cli", "已报送 v{version}（{day}）"),
        version=submitted.version,
        day=submitted.at[:10],
    )
    if changes:
        text += ctx.t(
            QT_TRANSLATE_NOOP("cli", "，自 v{version} 以来：新增 {rows} 行，{values} 个数据有改动"),
            version=submitted.version,
            rows=changes["rows_added"],
            values=changes["values_changed"],
        )
    return text


def cmd_list(ctx) -> int:
    with ctx.open_office() as office:
        summaries = office.cycles.list()
        changes = {s.cycle.key: _changes(office, s.cycle.key, s.submitted) for s in summaries}
    lines = []
    for s in summaries:
        if s.submitted:
            state = _submitted_text(ctx, s.submitted, changes[s.cycle.key])
        elif not s.blockers:
            state = ctx.t(QT_TRANSLATE_NOOP("cli", "可以报送"))
        else:
            state = ctx.t(QT_TRANSLATE_NOOP("cli", "{n} 个问题待处理"), n=s.blockers)
        built = (
            ctx.t(QT_TRANSLATE_NOOP("cli", "已生成 v{version}"), version=s.latest_version)
            if s.latest_version
            else ctx.t(QT_TRANSLATE_NOOP("cli", "未生成"))
        )
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{key}\t{kind}\t报表 {forms}，任务 {tasks}，会议 {meetings}，未办结 {open}\t{state}\t{built}",
                ),
                key=s.cycle.key,
                kind=ctx.translate("cycles", KIND_LABELS[s.cycle.kind]),
                forms=s.forms,
                tasks=s.tasks,
                meetings=s.meetings,
                open=s.open_items,
                state=state,
                built=built,
            )
        )
    listed = [{**s.to_dict(), "changes_since_submitted": changes[s.cycle.key]} for s in summaries]
    return ctx.emit(listed, lambda: "\n".join(lines))


def _checklist_text(ctx, checklist, changes: dict | None) -> str:
    lines = [ctx.t(QT_TRANSLATE_NOOP("cli", "报送周期 {key}"), key=checklist.cycle.key)]
    if checklist.submitted:
        lines.append("  " + _submitted_text(ctx, checklist.submitted, changes))
    for form in checklist.forms:
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "  报表 #{id} {title}（{department}）：{rows} 行，缺 {missing} 个数据，{status}"
                ),
                id=form.item_id,
                title=form.title,
                department=form.department,
                rows=form.rows,
                missing=form.missing_cells,
                status=form.status,
            )
        )
    for task in checklist.tasks:
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "  任务 #{id} {title}（{department}）：{status}"),
                id=task.item_id,
                title=task.title,
                department=task.department,
                status=task.status,
            )
        )
    for meeting in checklist.meetings:
        held = QT_TRANSLATE_NOOP("cli", "已召开") if meeting.held else QT_TRANSLATE_NOOP("cli", "未召开")
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "  会议 #{id} {title}：{start}，{held}"),
                id=meeting.item_id,
                title=meeting.title,
                start=meeting.start or "",
                held=ctx.t(held),
            )
        )
    if checklist.ready:
        lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "可以生成报送包。")))
    else:
        lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "生成报送包之前还要处理：")))
        lines.extend("  · " + b.translated(ctx.translate) for b in checklist.blockers)
    return "\n".join(lines)


def cmd_show(ctx) -> int:
    with ctx.open_office() as office:
        checklist = office.cycles.checklist(ctx.args.cycle)
        changes = _changes(office, checklist.cycle.key, checklist.submitted)
    shown = {**checklist.to_dict(ctx.translate), "changes_since_submitted": changes}
    return ctx.emit(shown, lambda: _checklist_text(ctx, checklist, changes))


def cmd_submit(ctx) -> int:
    with ctx.open_office() as office:
        key = office.cycles.parse(ctx.args.cycle).key
        submitted = office.submissions.submit(key, ctx.args.version)
    return ctx.emit(
        {"cycle": key, "submitted": submitted.to_dict()},
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已把报送周期 {key} 的第 {version} 版报送包标记为已报送（{day}）"),
            key=key,
            version=submitted.version,
            day=submitted.at[:10],
        ),
    )


def cmd_assign(ctx) -> int:
    target = None if ctx.args.cycle in ("auto", "") else ctx.args.cycle
    with ctx.open_office() as office:
        item = office.cycles.assign(ctx.args.item_id, target)
        key = office.cycles.cycle_key_of(item)
    return ctx.emit(
        {"item_id": item.id, "cycle": key, "by_hand": item.cycle is not None},
        lambda: ctx.t(QT_TRANSLATE_NOOP("cli", "事项 #{id} 现在属于报送周期 {key}"), id=item.id, key=key),
    )


def cmd_add(ctx) -> int:
    with ctx.open_office() as office:
        cycle = office.cycles.create_named(ctx.args.name, ctx.args.title or "")
    return ctx.emit(
        cycle.to_dict(), lambda: ctx.t(QT_TRANSLATE_NOOP("cli", "已新建专项报送周期 {key}"), key=cycle.key)
    )


def register(commands, json_parent) -> None:
    cycle = commands.add_parser(
        "cycle", help=QT_TRANSLATE_NOOP("cli", "报送周期：清单、归属调整、专项周期")
    ).add_subparsers(dest="cycle_command", metavar="ACTION", required=True)
    lister = cycle.add_parser("list", parents=[json_parent], help="列出报送周期")
    lister.set_defaults(handler=cmd_list)
    show = cycle.add_parser("show", parents=[json_parent], help="一个报送周期的清单和待处理问题")
    show.add_argument("cycle", help="例如 2026-11、2026-Q4、2026 或专项周期名称")
    show.set_defaults(handler=cmd_show)
    assign = cycle.add_parser(
        "assign", parents=[json_parent], help="把事项归入某个报送周期（auto = 按办理时限）"
    )
    assign.add_argument("item_id", type=int)
    assign.add_argument("cycle", help="周期，或 auto")
    assign.set_defaults(handler=cmd_assign)
    submit = cycle.add_parser(
        "submit", parents=[json_parent], help="把报送包标记为已报送（默认最新生成的版本）"
    )
    submit.add_argument("cycle", help="例如 2026-11")
    submit.add_argument("--version", type=int, help="报送的版本号（默认最新生成的版本）")
    submit.set_defaults(handler=cmd_submit)
    add = cycle.add_parser("add", parents=[json_parent], help="新建专项报送周期")
    add.add_argument("name", help="例如 2026-防汛专项")
    add.add_argument("--title", help="显示名称（默认同名称）")
    add.set_defaults(handler=cmd_add)
