"""`yibiao users add|list|sign-off`: clerk accounts, roles and the reviewer's sign-off of a cycle's package."""

from __future__ import annotations

import getpass
import sys

from desktop.accounts.service import ADMIN
from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

NEED_PASSWORD = QT_TRANSLATE_NOOP(
    "errors", "需要账号“{name}”的密码。请用 --password-stdin 从标准输入给出，或在终端里运行以便提示输入。"
)
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("errors", "两次输入的新密码不一样，什么也没有改。请重新运行。")


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def _read(ctx, prompt: str) -> str | None:
    """The next password: a line of standard input with --password-stdin, or a prompt on a terminal; None
    when neither gives one."""
    if _stdin_is_terminal():
        return getpass.getpass(prompt)
    if getattr(ctx.args, "password_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n") if line else None
    return None


def _password(ctx) -> str | None:
    """A password given only when asked for with --password-stdin (the new account's, the lock's)."""
    if not getattr(ctx.args, "password_stdin", False):
        return None
    return _read(ctx, ctx.t(QT_TRANSLATE_NOOP("cli", "密码："))) or None


def _new_password(ctx, name: str | None = None) -> str | None:
    """A new password (--password-stdin): on a terminal typed twice, which must agree."""
    if not getattr(ctx.args, "password_stdin", False):
        return None
    prompt = (
        ctx.t(QT_TRANSLATE_NOOP("cli", "“{name}”的新密码："), name=name)
        if name
        else ctx.t(QT_TRANSLATE_NOOP("cli", "新密码："))
    )
    password = _read(ctx, prompt)
    if _stdin_is_terminal() and password != _read(ctx, ctx.t(QT_TRANSLATE_NOOP("cli", "再输一次："))):
        raise UserFacingError(PASSWORDS_DIFFER)
    return password or None


def _account_password(ctx, office, name: str | None) -> str | None:
    """The password of the account ``name`` acting (a 管理员 named with --admin): read first, and only when
    the office has accounts and that account has a password. Refuses when it cannot be asked for."""
    if not name or not office.users.has_accounts():
        return None
    user = office.users.get(name)
    if not user.password_hash or user.role != ADMIN:  # not a 管理员: the service refuses it by name
        return None
    password = _read(ctx, ctx.t(QT_TRANSLATE_NOOP("cli", "“{name}”的密码："), name=user.name))
    if password is None:
        raise UserFacingError(NEED_PASSWORD, name=user.name)
    return password


def cmd_add(ctx) -> int:
    args = ctx.args
    with ctx.open_office() as office:
        admin_password = _account_password(ctx, office, args.admin)
        password = _new_password(ctx, args.name)
        user = office.users.add(
            args.name, args.role, password=password, admin=args.admin, admin_password=admin_password
        )
    return ctx.emit(
        user.to_dict(),
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已添加账号“{name}”（{role}）。"), name=user.name, role=user.role
        ),
    )


def cmd_disable(ctx) -> int:
    args = ctx.args
    with ctx.open_office() as office:
        admin_password = _account_password(ctx, office, args.admin)
        office.users.disable(args.name, admin=args.admin, admin_password=admin_password)
    return ctx.emit(
        {"name": args.name.strip(), "disabled": True},
        lambda: ctx.t(QT_TRANSLATE_NOOP("cli", "已停用账号“{name}”。"), name=args.name.strip()),
    )


def cmd_passwd(ctx) -> int:
    args = ctx.args
    with ctx.open_office() as office:
        user = office.users.get(args.name)
        terminal = _stdin_is_terminal()
        if not terminal and not args.password_stdin:
            raise UserFacingError(NEED_PASSWORD, name=user.name)
        old = ""
        if user.password_hash or not terminal:  # standard input: the first line is always the old one
            old = _read(ctx, ctx.t(QT_TRANSLATE_NOOP("cli", "“{name}”的原密码："), name=user.name)) or ""
        office.users.verify(user.name, old)  # a wrong old password is refused before the new one is asked
        args.password_stdin = True
        new = _new_password(ctx, user.name)
        office.users.change_password(user.name, old, new or "")
    return ctx.emit(
        {"name": user.name, "has_password": True},
        lambda: ctx.t(QT_TRANSLATE_NOOP("cli", "已修改账号“{name}”的密码。"), name=user.name),
    )


def cmd_list(ctx) -> int:
    with ctx.open_office() as office:
        users = office.users.list()
    data = [user.to_dict() for user in users]

    def human() -> str:
        if not users:
            return ctx.t(QT_TRANSLATE_NOOP("cli", "还没有账号（单人使用，无需登录）。"))
        return "\n".join(f"{user.name}\t{user.role}" for user in users)

    return ctx.emit(data, human)


def cmd_sign_off(ctx) -> int:
    args = ctx.args
    password = _password(ctx)
    with ctx.open_office() as office:
        key = office.cycles.parse(args.cycle).key
        version = args.version or office.packages.next_version(key)
        office.users.sign_in(args.reviewer, password)  # an account with a password needs it
        prepared = args.prepared_by or office.packages.signers().get("填表人", "")
        review = office.users.sign_off(key, version, args.reviewer, prepared_by=prepared)
    return ctx.emit(
        review.to_dict(),
        lambda: ctx.t(
            QT_TRANSLATE_NOOP(
                "cli", "{reviewer} 已审核报送周期“{cycle}”第 {version} 版（填表人：{prepared}）。"
            ),
            reviewer=review.reviewer,
            cycle=review.cycle,
            version=review.version,
            prepared=review.prepared_by or "—",
        ),
    )


def cmd_lock(ctx) -> int:
    args = ctx.args
    with ctx.open_office() as office:
        admin_password = _account_password(ctx, office, args.admin)
        password = None if args.off else _new_password(ctx)
        if not args.off and password is None:
            raise UserFacingError(
                QT_TRANSLATE_NOOP("errors", "请用 --password-stdin 给出锁定密码，或用 --off 取消锁定。")
            )
        office.users.set_lock(password, args.idle_minutes, admin=args.admin, admin_password=admin_password)
    data = {"locked": not args.off, "idle_minutes": 0 if args.off else args.idle_minutes}
    return ctx.emit(
        data,
        lambda: (
            ctx.t(QT_TRANSLATE_NOOP("cli", "已取消程序锁定。"))
            if args.off
            else ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "已设置程序锁定：启动时锁定，空闲 {minutes} 分钟后自动锁定（0 表示不自动锁定）。"
                ),
                minutes=args.idle_minutes,
            )
        ),
    )


def cmd_purge(ctx) -> int:
    from desktop.accounts.retention import purge_ledger

    args = ctx.args
    with ctx.open_office() as office:
        report = purge_ledger(office, args.older_than, dry_run=args.dry_run)

    def human() -> str:
        head = (
            QT_TRANSLATE_NOOP(
                "cli",
                "将清理 {cutoff} 之前的台账数据：{entities} 个对象，{values} 项数据，{history} 条历史记录。",
            )
            if report["dry_run"]
            else QT_TRANSLATE_NOOP(
                "cli",
                "已清理 {cutoff} 之前的台账数据：{entities} 个对象，{values} 项数据，{history} 条历史记录。",
            )
        )
        lines = [
            ctx.t(
                head,
                cutoff=report["cutoff"][:10],
                entities=report["entities_total"],
                values=report["values_total"],
                history=report["history_total"],
            )
        ]
        lines += [f"  {field}\t{count}" for field, count in report["values"].items()]
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "另外：{conflicts} 条已处理的冲突，{reports} 份导入报告的明细（只留数量），"
                    "{files} 个导入原件。",
                ),
                conflicts=report["conflicts_total"],
                reports=report["import_reports"],
                files=report["import_files"],
            )
        )
        kept = report["kept"]
        if any(kept.values()):
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "保留不动：{conflicts} 条未处理的冲突，{packages} 个已生成的报送包，"
                        "{received} 个收到的报送包（都早于保留期）。",
                    ),
                    conflicts=kept["open_conflicts"],
                    packages=kept["packages"],
                    received=kept["county_packages"],
                )
            )
        if report.get("files_left"):
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP(
                        "cli", "有 {count} 个导入原件删不掉（可能正被打开），请稍后再清理一次。"
                    ),
                    count=report["files_left"],
                )
            )
        if report["backup"]:
            lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "清理前的备份：{path}"), path=report["backup"]))
        return "\n".join(lines)

    return ctx.emit(report, human)


def register_purge(ledger, json_parent) -> None:
    """`ledger purge --older-than YEARS [--dry-run]` (registered under `ledger`)."""
    purge = ledger.add_parser(
        "purge",
        parents=[json_parent],
        help="清理超过保留年限的台账数据（先用 --dry-run 查看将清理什么）",
        description=(
            "清理最近记录早于保留年限的对象（现值、来源、历史、冲突），其余对象早于保留年限被替换的历史值和已处理的冲突，"
            "早于保留年限的导入报告明细（只留数量）和导入原件。已生成和收到的报送包、未处理的冲突不动；"
            "清理前会先备份，旧备份按备份保留设置自动删除。"
        ),
    )
    purge.add_argument("--older-than", type=int, required=True, metavar="YEARS", help="保留年限（年）")
    purge.add_argument("--dry-run", action="store_true", help="只报告将清理什么，不删除")
    purge.set_defaults(handler=cmd_purge)


def register(commands, json_parent) -> None:
    users = commands.add_parser("users", help=QT_TRANSLATE_NOOP("cli", "账号、角色与审核")).add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    add = users.add_parser(
        "add",
        parents=[json_parent],
        help=QT_TRANSLATE_NOOP("cli", "添加账号（第一个账号须是管理员）"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "添加账号。第一个账号须是管理员；之后由管理员添加（--admin 名称），设了密码的管理员须给出自己的密码。",
        ),
    )
    add.add_argument("name", metavar="NAME", help="账号名称（通常是姓名）")
    add.add_argument("--role", required=True, help="角色：填报员、审核人或管理员")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "从标准输入读密码，每行一个：先是 --admin 管理员的密码（该管理员设了密码时），再是新账号的密码。"
            "标准输入是终端时改为逐个提示输入（不回显）",
        ),
    )
    add.add_argument(
        "--admin",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "添加者（已有账号时须是管理员；设了密码的须给出密码：终端里会提示，否则用 --password-stdin）",
        ),
    )
    add.set_defaults(handler=cmd_add)
    disable = users.add_parser(
        "disable",
        parents=[json_parent],
        help=QT_TRANSLATE_NOOP("cli", "停用账号（由管理员停用；账号和它的记录都保留）"),
    )
    disable.add_argument("name", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "要停用的账号"))
    disable.add_argument(
        "--admin",
        metavar="NAME",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "停用者（须是管理员，不能停用自己）"),
    )
    disable.add_argument(
        "--password-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "从标准输入读一行作为 --admin 管理员的密码（该管理员设了密码时）。标准输入是终端时改为提示输入（不回显）",
        ),
    )
    disable.set_defaults(handler=cmd_disable)
    passwd = users.add_parser(
        "passwd", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "修改账号的密码（须给出原密码）")
    )
    passwd.add_argument("name", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "账号名称"))
    passwd.add_argument(
        "--password-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "从标准输入读密码，每行一个：先是原密码（账号没有密码时为空行），再是新密码。"
            "标准输入是终端时改为提示输入（不回显，新密码输两次）",
        ),
    )
    passwd.set_defaults(handler=cmd_passwd)
    listing = users.add_parser("list", parents=[json_parent], help="列出账号（不显示密码）")
    listing.set_defaults(handler=cmd_list)
    sign_off = users.add_parser(
        "sign-off", parents=[json_parent], help="审核人审核一个报送周期的下一版报送包（之后才能导出）"
    )
    sign_off.add_argument("--cycle", required=True, help="报送周期，例如 2026-11")
    sign_off.add_argument("--reviewer", required=True, metavar="NAME", help="审核人账号")
    sign_off.add_argument("--prepared-by", metavar="NAME", help="填表人（默认：上次保存的）")
    sign_off.add_argument("--version", type=int, help="审核的版本（默认：下一次生成的版本）")
    sign_off.add_argument("--password-stdin", action="store_true", help="从标准输入读一行作为审核人密码")
    sign_off.set_defaults(handler=cmd_sign_off)
    lock = users.add_parser(
        "lock",
        parents=[json_parent],
        help=QT_TRANSLATE_NOOP("cli", "程序锁定：密码与空闲自动锁定"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "程序锁定：密码与空闲自动锁定。已有账号时只有管理员可以修改（--admin 名称，并给出其密码）。",
        ),
    )
    lock.add_argument(
        "--password-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "从标准输入读密码，每行一个：先是 --admin 管理员的密码（该管理员设了密码时），再是锁定密码。"
            "标准输入是终端时改为逐个提示输入（不回显）",
        ),
    )
    lock.add_argument(
        "--admin", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "修改者（已有账号时须是管理员）")
    )
    lock.add_argument("--idle-minutes", type=int, default=0, help="空闲多少分钟后自动锁定（0：不自动锁定）")
    lock.add_argument("--off", action="store_true", help="取消程序锁定")
    lock.set_defaults(handler=cmd_lock)
