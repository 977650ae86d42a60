"""The `yibiao` command: no sub-command opens the window; sub-commands work headless.

Exit codes: 0 success, 1 user error (one line on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.cli import audit as cli_audit
from desktop.cli import backup as cli_backup
from desktop.cli import burden as cli_burden
from desktop.cli import config as cli_config
from desktop.cli import county as cli_county
from desktop.cli import cycles as cli_cycles
from desktop.cli import forms as cli_forms
from desktop.cli import intake as cli_intake
from desktop.cli import items as cli_items
from desktop.cli import keys as cli_keys
from desktop.cli import ledger as cli_ledger
from desktop.cli import office as cli_office
from desktop.cli import package as cli_package
from desktop.cli import selftest as cli_selftest
from desktop.cli import users as cli_users
from desktop.errors import QT_TRANSLATE_NOOP, ExportMessageError, UserFacingError, message_text
from desktop.i18n import normalize_lang, translator_function
from desktop.paths import resolve_db_path
from storage.disk_errors import disk_error

WindowLauncher = Callable[[argparse.Namespace], int]


class CliContext:
    """What a command handler needs: parsed args, output helpers, the translate function."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.translate = translator_function(args.lang)
        self.db_path = resolve_db_path(args.db)

    def open_office(self):
        from desktop.office import Office

        return Office(self.db_path)

    def emit(self, data: Any, human: Callable[[], str]) -> int:
        if getattr(self.args, "json", False):
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        else:
            print(human())
        return 0

    def t(self, text: str, **params: Any) -> str:
        return self.translate("cli", text).format(**params)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yibiao",
        description=QT_TRANSLATE_NOOP(
            "cli", "一表通·乡镇版 — 收文登记、报表整合与报送。不带子命令时打开窗口。"
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("cli", "数据库文件（默认：用户数据目录；或环境变量 YIBIAO_DB）"),
    )
    parser.add_argument(
        "--demo", action="store_true", help=QT_TRANSLATE_NOOP("cli", "打开示范单位（已填好示例数据）")
    )
    parser.add_argument(
        "--lang", default="zh_CN", help=QT_TRANSLATE_NOOP("cli", "界面语言：zh_CN（默认）或 en")
    )
    parser.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "以 JSON 输出结果"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    json_parent = argparse.ArgumentParser(add_help=False)
    json_parent.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("cli", "以 JSON 输出结果"),
    )
    cli_items.register(commands, json_parent)
    cli_office.register(commands, json_parent)
    cli_intake.register(commands, json_parent)
    cli_ledger.register(commands, json_parent)
    cli_forms.register(commands, json_parent)
    cli_cycles.register(commands, json_parent)
    cli_package.register(commands, json_parent)
    cli_backup.register(commands, json_parent)
    cli_burden.register(commands, json_parent)
    cli_config.register(commands, json_parent)
    cli_county.register(commands, json_parent)
    cli_keys.register(commands, json_parent)
    cli_users.register(commands, json_parent)
    cli_audit.register(commands, json_parent)
    cli_selftest.register(commands, json_parent)
    opener = commands.add_parser(
        "open",
        help=QT_TRANSLATE_NOOP("cli", "打开窗口并打开这个文件（数据包 .yibiao）；也可以直接写 yibiao 文件"),
    )
    opener.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "报送包或配置包（.yibiao）"))
    opener.set_defaults(handler=None)
    parser.set_defaults(command_names=frozenset(commands.choices))
    return parser


OPTIONS_WITH_VALUE = {"--db", "--lang"}
PACKAGE_SUFFIXES = (".yibiao", ".zip")


def file_as_open(argv: Sequence[str], command_names: frozenset[str]) -> list[str]:
    """`yibiao [options] FILE` is `yibiao [options] open FILE` (a double-clicked package: the desktop entry's
    `yibiao %f`, Windows' `"yibiao-gui.exe" "%1"`). Only an existing file or a package's name is taken so;
    a mistyped command stays a usage error."""
    words = list(argv)
    at = 0
    while at < len(words):
        word = words[at]
        if word in OPTIONS_WITH_VALUE:
            at += 2
            continue
        if word.startswith("-"):
            at += 1
            continue
        if word not in command_names and (Path(word).is_file() or word.lower().endswith(PACKAGE_SUFFIXES)):
            return [*words[:at], "open", *words[at:]]
        return words  # a sub-command (or a mistake): as typed
    return words


def requested_lang(words: Sequence[str]) -> str:
    """The --lang given on the command line, read before parsing: the help texts depend on it."""
    for at, word in enumerate(words):
        if word == "--lang" and at + 1 < len(words):
            return words[at + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return "zh_CN"


def translate_help(parser: argparse.ArgumentParser, translate: Callable[[str, str], str]) -> None:
    """Every description and help text of the parser and its sub-commands, in the interface language
    (the texts are QT_TRANSLATE_NOOP("cli", …) sources; one without a translation stays as it is)."""
    done: set[int] = set()

    def walk(node: argparse.ArgumentParser) -> None:
        if node.description:
            node.description = translate("cli", node.description)
        for action in node._actions:
            if id(action) in done:  # the --json of json_parent is shared by many sub-commands
                continue
            done.add(id(action))
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = translate("cli", action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:  # the sub-command list
                    if choice.help:
                        choice.help = translate("cli", choice.help)
                for sub in dict.fromkeys(action.choices.values()):
                    walk(sub)

    walk(parser)


def main(
    argv: Sequence[str] | None = None,
    open_window: WindowLauncher | None = None,
    window_checks: cli_selftest.WindowChecks | None = None,
) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    lang = normalize_lang(requested_lang(words))
    if lang != "zh_CN":  # --help in the interface language (Qt's translator loads only then)
        translate_help(parser, translator_function(lang))
    args = parser.parse_args(file_as_open(words, parser.get_default("command_names")))
    args.lang = normalize_lang(args.lang)
    if args.command in (None, "open"):
        if open_window is None:
            parser.print_help()
            return 2
        return open_window(args)
    ctx = CliContext(args)
    ctx.window_checks = window_checks  # the self-test's window part (ui/selftest.py, given by the launcher)
    try:
        return args.handler(ctx)
    except (UserFacingError, ExportMessageError) as exc:  # any layer's message, translated the one way
        print(
            ctx.t(QT_TRANSLATE_NOOP("cli", "错误：{message}"), message=message_text(exc, ctx.translate)),
            file=sys.stderr,
        )
        return 1
    except (sqlite3.Error, OSError) as exc:
        if (plain := disk_error(exc, ctx.db_path)) is not None:  # full disk, read-only file or folder
            message = message_text(plain, ctx.translate)
        elif isinstance(exc, sqlite3.Error):
            message = ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "数据库“{path}”暂时无法使用（{reason}）。请关闭其他正在使用它的一表通窗口后重试。"
                ),
                path=ctx.db_path,
                reason=exc,
            )
        else:
            message = f"{exc.filename or ''} {exc.strerror}"
        print(ctx.t(QT_TRANSLATE_NOOP("cli", "错误：{message}"), message=message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
