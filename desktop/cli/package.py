"""`yibiao package …`: build a cycle's submission package, verify one, show its manifest, list the history.

``show`` reads only the file. ``verify`` exits 0 and prints OK when the signature, every hash and the manifest
schema check out *and* the signer's key is one the office (``--db``) knows — its own, its county's, a trusted
township's — else exits 1 with the first problem (an unknown or changed key, an unsigned old package).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError, message_text

NOT_FOUND = QT_TRANSLATE_NOOP("errors", "找不到数据包“{path}”，请检查路径。")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "无法读取数据包“{path}”：{reason}")
SUBMITTED = QT_TRANSLATE_NOOP(
    "errors",
    "报送周期 {cycle} 的第 {version} 版已于 {at} 报送；此后台账新增 {rows} 行、改动 {values} 个值。"
    "确实要生成新版本，请加 --new-version。",
)


def _existing(path_text: str) -> Path:
    path = Path(path_text)
    if not path.is_file():
        raise UserFacingError(NOT_FOUND, path=path)
    return path


def cmd_build(ctx) -> int:
    args = ctx.args
    signers = {"填表人": args.filler or "", "审核人": args.reviewer or "", "负责人": args.head or ""}
    quiet = getattr(args, "json", False) or not sys.stderr.isatty()

    def progress(done: int, total: int, text: str) -> None:
        if not quiet:
            print(f"[{done}/{total}] {text}", file=sys.stderr)

    with ctx.open_office() as office:
        submitted = office.cycles.submission(args.cycle)
        if submitted is not None and not args.new_version:
            # Like the window, which asks first: a package that went out is not replaced by accident.
            changes = office.submissions.changes(args.cycle)
            raise UserFacingError(
                SUBMITTED,
                cycle=office.cycles.parse(args.cycle).key,
                version=submitted.version,
                at=submitted.at[:16].replace("T", " "),
                rows=changes.rows_added if changes else 0,
                values=changes.values_changed if changes else 0,
            )
        office.packages.translate = ctx.translate
        result = office.packages.build(
            args.cycle, Path(args.out) if args.out else None, signers=signers, progress=progress
        )
    data = {
        "path": str(result.path),
        "version": result.version,
        "forms": result.forms,
        "rows": result.rows,
        "sha256": result.sha256,
        "size": result.size,
        "fingerprint": result.fingerprint,
    }
    return ctx.emit(
        data,
        lambda: "\n".join(
            [
                ctx.t(
                    QT_TRANSLATE_NOOP(
                        "cli", "已生成报送包第 {version} 版（{forms} 张报表，{rows} 行）：{path}"
                    ),
                    version=result.version,
                    forms=result.forms,
                    rows=result.rows,
                    path=result.path,
                ),
                ctx.t(QT_TRANSLATE_NOOP("cli", "数据包指纹：{fingerprint}"), fingerprint=result.fingerprint),
                ctx.t(QT_TRANSLATE_NOOP("cli", "文件 SHA-256：{sha256}"), sha256=result.sha256),
            ]
        ),
    )


def _signer_check(ctx):
    """What the office (``--db``) knows of keys; nothing when there is no office database there."""
    from desktop.trust.signers import SignerCheck, signer_check

    if not ctx.db_path.is_file():  # verify must not create an office as a side effect
        return SignerCheck(None, None, None, [])
    with ctx.open_office() as office:
        return signer_check(office)


def cmd_verify(ctx) -> int:
    from desktop.packages.checked import check_package_file

    path = _existing(ctx.args.file)
    check = check_package_file(path, lambda: _signer_check(ctx))
    problems = check.problems
    ok = check.ok
    if getattr(ctx.args, "json", False):
        texts = [message_text(p, ctx.translate) for p in problems]
        ctx.emit(
            {
                "ok": ok,
                "intact": check.intact,
                "signed": check.signed,
                "signer": check.verdict.status if check.verdict else None,
                "signer_fingerprint": check.signer_fingerprint,
                "encrypted": check.encrypted,
                "fingerprint": check.fingerprint,  # as on the PDF cover
                "problems": texts,
            },
            str,
        )
    elif ok:
        print("OK")
    else:
        problem = message_text(problems[0], ctx.translate)
        print(ctx.t(QT_TRANSLATE_NOOP("cli", "校验未通过：{problem}"), problem=problem))
    return 0 if ok else 1


def cmd_show(ctx) -> int:
    from exports.package.manifest import PackageError
    from exports.package.verify import read_manifest

    path = _existing(ctx.args.file)
    try:
        manifest = read_manifest(path)
    except PackageError as exc:
        raise UserFacingError(UNREADABLE, path=path, reason=exc) from exc

    def human() -> str:
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "{office}（{code}）报送周期 {cycle} 第 {version} 版，生成于 {created}"
                ),
                office=manifest.get("office_name", ""),
                code=manifest.get("office_code", ""),
                cycle=manifest.get("cycle", ""),
                version=manifest.get("version", ""),
                created=manifest.get("created", ""),
            )
        ]
        for form in manifest.get("forms", []):
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP("cli", "  报表 #{id} {title}（{department}）：{rows} 行"),
                    id=form.get("item_id", ""),
                    title=form.get("title", ""),
                    department=form.get("department", ""),
                    rows=form.get("rows", ""),
                )
            )
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "数据包指纹：{fingerprint}"), fingerprint=manifest.get("fingerprint")
            )
        )
        signer = manifest.get("signer") if isinstance(manifest.get("signer"), dict) else None
        if signer:
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP("cli", "签名者密钥指纹：{fingerprint}"),
                    fingerprint=signer.get("fingerprint"),
                )
            )
        else:
            lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "未签名（旧格式）")))
        if "encryption" in manifest:
            lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "数据已加密，只有指定的接收单位能打开")))
        return "\n".join(lines)

    return ctx.emit(manifest, human)


def cmd_history(ctx) -> int:
    with ctx.open_office() as office:
        records = office.packages.history(ctx.args.cycle)
    lines = [
        ctx.t(
            QT_TRANSLATE_NOOP(
                "cli", "{cycle} 第 {version} 版\t{built_at}\t{forms} 张报表，{rows} 行\t{path}"
            ),
            cycle=r.cycle,
            version=r.version,
            built_at=r.built_at,
            forms=r.forms,
            rows=r.rows,
            path=r.path,
        )
        for r in records
    ]
    return ctx.emit(
        [r.to_dict() for r in records],
        lambda: "\n".join(lines) or ctx.t(QT_TRANSLATE_NOOP("cli", "（还没有生成过报送包）")),
    )


def register(commands, json_parent) -> None:
    package = commands.add_parser(
        "package", help=QT_TRANSLATE_NOOP("cli", "报送包：生成、校验、查看清单、历史版本")
    ).add_subparsers(dest="package_command", metavar="ACTION", required=True)
    build = package.add_parser(
        "build", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "按台账生成一个报送周期的报送包")
    )
    build.add_argument(
        "--cycle",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "报送周期，例如 2026-11、2026-Q4、2026 或专项名称"),
    )
    build.add_argument(
        "--out",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP("cli", "另存一份到这个文件夹（例如 U 盘）；历史版本总会保留"),
    )
    build.add_argument("--filler", help=QT_TRANSLATE_NOOP("cli", "填表人（默认：上次保存的）"))
    build.add_argument("--reviewer", help=QT_TRANSLATE_NOOP("cli", "审核人"))
    build.add_argument("--head", help=QT_TRANSLATE_NOOP("cli", "负责人"))
    build.add_argument(
        "--new-version",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "周期已报送时仍生成新版本（默认拒绝，并说明此后的变化）"),
    )
    build.set_defaults(handler=cmd_build)
    verify = package.add_parser(
        "verify",
        parents=[json_parent],
        help=QT_TRANSLATE_NOOP("cli", "校验数据包：签名、签名者是否可信、清单、每个文件的 SHA-256"),
    )
    verify.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", ".yibiao 数据包"))
    verify.set_defaults(handler=cmd_verify)
    show = package.add_parser(
        "show", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "显示数据包的清单（manifest.json）")
    )
    show.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", ".yibiao 数据包"))
    show.set_defaults(handler=cmd_show)
    history = package.add_parser(
        "history", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "列出生成过的每个版本（最新在前）")
    )
    history.add_argument("--cycle", help=QT_TRANSLATE_NOOP("cli", "只看这个报送周期"))
    history.set_defaults(handler=cmd_history)
