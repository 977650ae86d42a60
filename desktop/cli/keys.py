"""`yibiao keys show`: the office's public keys and the fingerprint its PDF cover prints."""

from __future__ import annotations

from desktop.errors import QT_TRANSLATE_NOOP


def cmd_keys_show(ctx) -> int:
    with ctx.open_office() as office:
        public = office.keys.ensure()  # made on first need, like at `profile set`
        county = office.keys.county()
        folder = office.keys.folder
    data = {**public.to_dict(), "county": county.to_dict() if county else None, "folder": str(folder)}

    def human() -> str:
        lines = [
            ctx.t(QT_TRANSLATE_NOOP("cli", "本单位密钥指纹：{fingerprint}"), fingerprint=public.fingerprint),
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "私钥保存在：{folder}（不会写进数据库、备份或数据包）"),
                folder=folder,
            ),
        ]
        if county is not None:
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP("cli", "县级单位密钥指纹：{fingerprint}"),
                    fingerprint=county.fingerprint,
                )
            )
        return "\n".join(lines)

    return ctx.emit(data, human)


def register(commands, json_parent) -> None:
    keys = commands.add_parser(
        "keys", help=QT_TRANSLATE_NOOP("cli", "本单位的签名与加密密钥")
    ).add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = keys.add_parser("show", parents=[json_parent], help="显示本单位公钥和密钥指纹（没有时先生成）")
    show.set_defaults(handler=cmd_keys_show)
