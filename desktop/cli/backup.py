"""`yibiao backup …` (create, list, restore, export, import) and `yibiao check`.

``restore`` and ``import`` replace the whole database: without ``--yes`` they only say what would
happen (exit 1). They work without opening the office normally, so a damaged database can be restored.
``check`` exits 1 when the database or any stored original is damaged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

NO_PASSPHRASE = QT_TRANSLATE_NOOP("errors", "无法读取密码文件“{path}”，请检查路径。")


def _backup_dict(backup) -> dict:
    return backup.to_dict()


def _summary_text(ctx, summary) -> str:
    return ctx.t(
        QT_TRANSLATE_NOOP(
            "cli",
            "{items} 件事项，{persons} 名人员（共 {entities} 个台账对象），{forms} 张报表模板，"
            "{packages} 个报送包；最近修改：{latest}",
        ),
        items=summary.items,
        persons=summary.persons,
        entities=summary.entities,
        forms=summary.forms,
        packages=summary.packages,
        latest=summary.latest_change or "—",
    )


def _progress(ctx):
    quiet = getattr(ctx.args, "json", False) or not sys.stderr.isatty()

    def tell(done: int, total: int, *_text: str) -> None:
        if not quiet and total:
            print(f"\r{done * 100 // total:3d}%", end="\n" if done >= total else "", file=sys.stderr)

    return tell


def _passphrase(path_text: str) -> str:
    try:
        return Path(path_text).read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(NO_PASSPHRASE, path=path_text) from exc


def cmd_create(ctx) -> int:
    with ctx.open_office() as office:
        made = office.backups.create("manual", _progress(ctx))
    return ctx.emit(
        _backup_dict(made),
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已备份：{path}（{size} 字节）"), path=made.path, size=made.size
        ),
    )


def cmd_list(ctx) -> int:
    from storage.backup_files import backups_dir_for, list_backups

    found = list_backups(backups_dir_for(ctx.db_path))
    return ctx.emit(
        [_backup_dict(b) for b in found],
        lambda: (
            "\n".join(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.reason:<16} {b.size:>12,}  {b.path}" for b in found)
            or ctx.t(QT_TRANSLATE_NOOP("cli", "还没有备份。"))
        ),
    )


def _confirm(ctx, backup: Path, summary) -> None:
    """Refuse without --yes, saying what the restore would do."""
    if ctx.args.yes:
        return
    raise UserFacingError(
        QT_TRANSLATE_NOOP(
            "errors",
            "恢复会用备份“{backup}”（{summary}）替换数据库“{path}”的全部内容；当前内容会先另存为一个备份。"
            "确认恢复请加 --yes。",
        ),
        backup=backup.name,
        summary=_summary_text(ctx, summary),
        path=ctx.db_path,
    )


def _restored(ctx, result) -> int:
    data = {
        "restored": str(result.restored),
        "before": _backup_dict(result.before) if result.before else None,
        "summary": result.summary.to_dict(),
    }
    return ctx.emit(
        data,
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已恢复备份“{backup}”：{summary}。恢复前的内容已另存为 {before}"),
            backup=result.restored.name,
            summary=_summary_text(ctx, result.summary),
            before=result.before.path if result.before else "—",
        ),
    )


def cmd_restore(ctx) -> int:
    from desktop.backup.service import restore_database
    from storage.backups import read_summary

    backup = Path(ctx.args.file)
    if not backup.is_file():
        raise UserFacingError(
            QT_TRANSLATE_NOOP("errors", "找不到备份文件“{path}”，请检查路径。"), path=backup
        )
    _confirm(ctx, backup, read_summary(backup))
    return _restored(ctx, restore_database(ctx.db_path, backup, progress=_progress(ctx)))


def cmd_export(ctx) -> int:
    passphrase = _passphrase(ctx.args.passphrase_file)
    with ctx.open_office() as office:
        copied = office.backups.export_encrypted(Path(ctx.args.to), passphrase, _progress(ctx))
    return ctx.emit(
        {"path": str(copied.path), "sha256": copied.sha256, "size": copied.size},
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已写入加密备份：{path}（读回校验一致）。请把密码记在安全的地方。"),
            path=copied.path,
        ),
    )


def cmd_import(ctx) -> int:
    from desktop.backup.service import service_for

    passphrase = _passphrase(ctx.args.passphrase_file)
    with service_for(ctx.db_path) as service:
        imported = service.import_encrypted(Path(ctx.args.file), passphrase, _progress(ctx))
        _confirm(ctx, imported.path, service.summary(imported.path))
        return _restored(ctx, service.restore(imported.path, _progress(ctx)))


def cmd_check(ctx) -> int:
    from desktop.backup.integrity import check_office

    result = check_office(ctx.db_path)

    def human() -> str:
        lines = [
            ctx.t(QT_TRANSLATE_NOOP("cli", "数据库：{state}"), state=result.database),
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "原件：检查了 {checked} 个，有问题 {bad} 个"),
                checked=result.checked,
                bad=len(result.bad),
            ),
        ]
        lines += [f"  {bad['problem']}: {bad['path']}" for bad in result.bad]
        if result.audit_break is not None:
            from desktop.cli.audit import broken_text

            lines.append(broken_text(ctx, result.audit_break))
        return "\n".join(lines)

    ctx.emit(result.to_dict(), human)
    return 0 if result.ok else 1


def register(commands, json_parent) -> None:
    backup = commands.add_parser(
        "backup", help=QT_TRANSLATE_NOOP("cli", "备份与恢复（备份在数据库旁的 数据库名_backups 文件夹）")
    )
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    actions.add_parser("create", parents=[json_parent], help="立即备份").set_defaults(handler=cmd_create)
    actions.add_parser("list", parents=[json_parent], help="列出备份（最新的在前）").set_defaults(
        handler=cmd_list
    )
    restore = actions.add_parser("restore", parents=[json_parent], help="用一个备份替换数据库的全部内容")
    restore.add_argument("file", help="备份文件（见 backup list）")
    restore.add_argument("--yes", action="store_true", help="确认恢复（当前内容会先另存为备份）")
    restore.set_defaults(handler=cmd_restore)
    export = actions.add_parser("export", parents=[json_parent], help="加密备份到 U 盘或文件夹")
    export.add_argument("--to", required=True, metavar="DIR", help="目标文件夹，例如 U 盘")
    export.add_argument("--passphrase-file", required=True, metavar="FILE", help="存放密码的文本文件")
    export.set_defaults(handler=cmd_export)
    importer = actions.add_parser("import", parents=[json_parent], help="从加密备份还原")
    importer.add_argument("file", help="加密备份文件（.yibiao-backup）")
    importer.add_argument("--passphrase-file", required=True, metavar="FILE", help="存放密码的文本文件")
    importer.add_argument("--yes", action="store_true", help="确认还原（当前内容会先另存为备份）")
    importer.set_defaults(handler=cmd_import)

    check = commands.add_parser(
        "check",
        parents=[json_parent],
        help=QT_TRANSLATE_NOOP("cli", "检查数据库和原件是否完好（有问题时退出码 1）"),
    )
    check.set_defaults(handler=cmd_check)
