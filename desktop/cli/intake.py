"""`yibiao intake …` and `yibiao catalog …`: templates and the field catalog from the command line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.catalog.fields import ENTITIES
from desktop.cli.items import item_json, item_text
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:
    from desktop.intake.inspect import TemplateInspection

_MAP = re.compile(r"^\s*([A-Za-z]+|\d+)\s*=\s*(\S*)\s*$")


def _column_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    number = 0
    for char in text.upper():
        number = number * 26 + ord(char) - 64
    return number


def parse_mapping(pairs: list[str] | None) -> dict[int, str | None]:
    """'E=person.phone' or '5=person.phone'; an empty or 'none' field unmaps the column."""
    mapping: dict[int, str | None] = {}
    for pair in pairs or ():
        match = _MAP.match(pair)
        if not match:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{value}”格式不对，应写成 列=字段，例如 E=person.phone。"),
                field="map",
                value=pair,
            )
        field_id = match[2]
        mapping[_column_number(match[1])] = None if field_id.lower() in ("", "none", "null") else field_id
    return mapping


def _inspection_text(ctx, inspection: TemplateInspection) -> str:
    data = inspection.to_dict()
    lines = [
        f"{data['file']}",
        ctx.t(
            QT_TRANSLATE_NOOP("cli", "工作表：{sheet}　对象：{entity}　标题：{title}"),
            sheet=data["sheet"],
            entity=data["entity"],
            title=data["title"],
        ),
        ctx.t(
            QT_TRANSLATE_NOOP("cli", "表头行：{first}–{last}　示例行：{example}　数据起始行：{start}"),
            first=data["header_rows"][0],
            last=data["header_rows"][1],
            example=data["example_row"] or "—",
            start=data["data_start_row"],
        ),
    ]
    for column in data["columns"]:
        field = column["field"] or "—"
        hint = ""
        if not column["field"] and column["suggestions"]:
            hint = "  ? " + ", ".join(s["field"] for s in column["suggestions"][:3])
        lines.append(
            f"  {column['letter']:>3}  {column['header']:<24}  {field:<28} {column['confidence']:.2f}{hint}"
        )
    return "\n".join(lines)


def cmd_inspect(ctx) -> int:
    with ctx.open_office() as office:
        department_id = office.departments.resolve(ctx.args.department).id if ctx.args.department else None
        inspection = office.intake.inspect(Path(ctx.args.file), ctx.args.sheet, department_id)
    return ctx.emit(inspection.to_dict(), lambda: _inspection_text(ctx, inspection))


def cmd_add(ctx) -> int:
    args = ctx.args
    values = {
        "department": args.department,
        "title": args.title,
        "doc_no": args.doc_no,
        "due": args.due,
        "received": args.received,
        "urgency": args.urgency,
        "assignee": args.assignee,
        "notes": args.notes,
    }
    with ctx.open_office() as office:
        saved = office.intake.register(Path(args.file), values, parse_mapping(args.map), args.sheet)
        template = office.intake.template(saved.item.id)
    data = item_json(saved.item)
    data["form"] = {
        "sheet": template.sheet,
        "entity": template.entity,
        "columns": [
            {"col": c.col, "header": c.header, "field": c.field_id, "source": c.source}
            for c in template.columns
        ],
    }
    data["warnings"] = [notice.translated(ctx.translate) for notice in saved.notices]
    return ctx.emit(data, lambda: item_text(ctx, saved.item, saved.notices))


def cmd_catalog_list(ctx) -> int:
    with ctx.open_office() as office:
        catalog = office.catalog.catalog()
    fields = [f for f in catalog if not ctx.args.entity or f.entity == ctx.args.entity]
    rows = [
        {
            "id": f.id,
            "entity": f.entity,
            "name_zh": f.name_zh,
            "name_en": f.name_en,
            "type": f.type,
            "synonyms": list(f.synonyms),
            "learned": list(f.learned),
            "custom": f.custom,
        }
        for f in fields
    ]
    return ctx.emit(
        rows,
        lambda: "\n".join(f"{f.id:<34} {f.name_zh}  {'|'.join((*f.synonyms, *f.learned))}" for f in fields),
    )


def cmd_catalog_learn(ctx) -> int:
    with ctx.open_office() as office:
        if ctx.args.field not in office.catalog.catalog():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "指标库中没有字段“{field_id}”。请从列表中选择，或先新建自定义字段。"
                ),
                field="field",
                field_id=ctx.args.field,
            )
        added = office.catalog.learn(ctx.args.field, ctx.args.wording)
    return ctx.emit(
        {"field": ctx.args.field, "synonym": ctx.args.wording, "added": added},
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已记住：“{wording}” → {field}"),
            wording=ctx.args.wording,
            field=ctx.args.field,
        ),
    )


def cmd_catalog_add(ctx) -> int:
    with ctx.open_office() as office:
        department_id = office.departments.resolve(ctx.args.department).id if ctx.args.department else None
        field = office.catalog.add_custom_field(ctx.args.name, ctx.args.entity, department_id, ctx.args.type)
    return ctx.emit(
        {"id": field.id, "entity": field.entity, "name_zh": field.name_zh, "type": field.type},
        lambda: f"{field.id}  {field.name_zh}",
    )


def cmd_catalog_export_synonyms(ctx) -> int:
    from desktop.catalog.synonym_transfer import export_synonyms

    with ctx.open_office() as office:
        profile = office.profile.get()
        doc = export_synonyms(
            office.catalog, office.departments.list(True), ctx.args.out, profile.name if profile else ""
        )
    data = {
        "file": str(ctx.args.out),
        "synonyms": len(doc["synonyms"]),
        "custom_fields": len(doc["custom_fields"]),
    }
    return ctx.emit(
        data,
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已导出 {synonyms} 个同义词、{custom} 个自定义字段到 {file}"),
            synonyms=data["synonyms"],
            custom=data["custom_fields"],
            file=data["file"],
        ),
    )


def cmd_catalog_review_synonyms(ctx) -> int:
    from desktop.catalog.synonym_review import NOT_A_FIELD, catalog_review

    with ctx.open_office() as office:
        review = catalog_review(office.catalog, office.departments.list(True), ctx.args.files)
    data = review.to_dict()
    status = {
        "conflict": ctx.t(QT_TRANSLATE_NOOP("cli", "冲突")),
        "new": ctx.t(QT_TRANSLATE_NOOP("cli", "新增")),
        "known": ctx.t(QT_TRANSLATE_NOOP("cli", "已有")),
        "unknown": ctx.t(QT_TRANSLATE_NOOP("cli", "无此字段")),
    }

    def human() -> str:
        counts = data["counts"]
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{files} 个文件：冲突 {conflict} 条（{wordings} 个用语），新增 {new} 条，已有 {known} 条",
                ),
                files=len(data["files"]),
                conflict=counts["conflict"],
                wordings=counts["conflicting_wordings"],
                new=counts["new"],
                known=counts["known"],
            )
        ]
        for row in review.rows:
            target = f"{row.field} {row.name_zh}".strip() if row.field else NOT_A_FIELD
            if row.field and row.field.startswith("+"):
                target = ctx.t(QT_TRANSLATE_NOOP("cli", "{name}（新自定义字段）"), name=row.name_zh)
            other = "、".join(f or NOT_A_FIELD for f in row.conflicts_with)
            lines.append(
                f"  [{status[row.status]}] {row.wording} → {target}　{'、'.join(row.offices)}"
                + (f"　≠ {other}" if other else "")
            )
        for custom in data["custom_fields"]:
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP("cli", "  自定义字段 {name}（{entity}）[{status}]　{offices}"),
                    name=custom["name_zh"],
                    entity=custom["entity"],
                    status=status[custom["status"]],
                    offices="、".join(custom["offices"]),
                )
            )
        return "\n".join(lines)

    return ctx.emit(data, human)


def cmd_catalog_import_synonyms(ctx) -> int:
    from desktop.catalog.synonym_review import import_synonym_files

    args = ctx.args
    with ctx.open_office() as office:
        result = import_synonym_files(
            office.catalog,
            office.departments.list(True),
            args.files,
            args.skip or (),
            args.choose or (),
            args.only_agreed,
        )

    def human() -> str:
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "新增 {added} 个同义词（已有 {known} 个），新建 {custom} 个自定义字段，跳过 {skipped} 个",
                ),
                added=result.added,
                known=result.known,
                custom=len(result.custom_fields_made),
                skipped=len(result.skipped),
            )
        ]
        if result.skipped:
            lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "本版本指标库中没有这些字段，已跳过：")))
            lines.extend(f"  {s}" for s in result.skipped)
        if result.left_out:
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP("cli", "未导入（冲突的用语可用 --choose 用语=字段 指定含义后再导入）：")
                )
            )
            reasons = {
                "conflict": ctx.t(QT_TRANSLATE_NOOP("cli", "冲突")),
                "not-chosen": ctx.t(QT_TRANSLATE_NOOP("cli", "未选这个含义")),
                "skip": ctx.t(QT_TRANSLATE_NOOP("cli", "按 --skip 不导入")),
                "not-agreed": ctx.t(QT_TRANSLATE_NOOP("cli", "只有一个单位教过")),
            }
            lines.extend(
                f"  {o['wording']} → {o['field'] or 'none'}　{reasons[o['reason']]}　{'、'.join(o['offices'])}"
                for o in result.left_out
            )
        if result.forgotten:
            lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "按所选含义，不再使用这些同义词：")))
            lines.extend(f"  {s}" for s in result.forgotten)
        return "\n".join(lines)

    return ctx.emit(result.to_dict(), human)


def register(commands, json_parent) -> None:
    intake = commands.add_parser(
        "intake", help=QT_TRANSLATE_NOOP("cli", "报表模板：识别版式与字段对应，登记报表")
    ).add_subparsers(dest="intake_command", metavar="ACTION", required=True)
    inspect = intake.add_parser("inspect", parents=[json_parent], help="识别模板的版式和每一列对应的字段")
    inspect.add_argument("file")
    inspect.add_argument("--sheet", help="工作表名称（默认自动选择）")
    inspect.add_argument("--department", help="来文单位：按它记住的“不对应字段”处理表头")
    inspect.set_defaults(handler=cmd_inspect)
    add = intake.add_parser("add", parents=[json_parent], help="把模板登记为一件报表事项")
    add.add_argument("file")
    add.add_argument("--department", required=True, help="来文单位")
    add.add_argument("--title", help="标题（默认取模板的标题行）")
    add.add_argument("--doc-no", dest="doc_no", help="文号")
    add.add_argument("--due", help="办理时限 YYYY-MM-DD[THH:MM]")
    add.add_argument("--received", help="收文日期（默认今天）")
    add.add_argument("--urgency", help="平件 | 加急 | 特急")
    add.add_argument("--assignee", help="承办人")
    add.add_argument("--notes", help="备注")
    add.add_argument("--sheet", help="工作表名称（默认自动选择）")
    add.add_argument(
        "--map",
        action="append",
        metavar="COL=FIELD",
        help="更正某列的对应字段，例如 E=person.phone；E=none 表示不对应，可多次使用",
    )
    add.set_defaults(handler=cmd_add)

    catalog = commands.add_parser(
        "catalog", help=QT_TRANSLATE_NOOP("cli", "指标库：查看字段、添加同义词和自定义字段")
    ).add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    lister = catalog.add_parser("list", parents=[json_parent], help="列出字段")
    lister.add_argument("--entity", choices=ENTITIES + ("meta",))
    lister.set_defaults(handler=cmd_catalog_list)
    learn = catalog.add_parser("learn", parents=[json_parent], help="为字段添加一个同义词")
    learn.add_argument("field")
    learn.add_argument("wording")
    learn.set_defaults(handler=cmd_catalog_learn)
    add_field = catalog.add_parser("add-field", parents=[json_parent], help="新建自定义字段")
    add_field.add_argument("name")
    add_field.add_argument("--entity", required=True, choices=ENTITIES)
    add_field.add_argument("--type", default="text")
    add_field.add_argument("--department", help="只属于某个来文单位")
    add_field.set_defaults(handler=cmd_catalog_add)
    export = catalog.add_parser(
        "export-synonyms", parents=[json_parent], help="把本单位学到的同义词和自定义字段导出，供其他单位导入"
    )
    export.add_argument("--out", required=True, help="导出的文件（.json）")
    export.set_defaults(handler=cmd_catalog_export_synonyms)
    review = catalog.add_parser(
        "review-synonyms",
        parents=[json_parent],
        help="审核各乡镇导出的同义词文件：谁教的、新增/已有/冲突（不写入任何内容）",
    )
    review.add_argument("files", nargs="+", metavar="FILE")
    review.set_defaults(handler=cmd_catalog_review_synonyms)
    importer = catalog.add_parser(
        "import-synonyms", parents=[json_parent], help="导入其他单位导出的同义词和自定义字段（冲突的不导入）"
    )
    importer.add_argument("files", nargs="+", metavar="FILE")
    importer.add_argument("--skip", action="append", metavar="WORDING", help="不导入这个用语，可多次使用")
    importer.add_argument(
        "--choose",
        action="append",
        metavar="WORDING=FIELD",
        help="冲突的用语按所选字段导入，例如 帮扶人=person.helper；不是字段写 none，可多次使用",
    )
    importer.add_argument(
        "--only-agreed", dest="only_agreed", action="store_true", help="只导入至少两个单位都教过的用语"
    )
    importer.set_defaults(handler=cmd_catalog_import_synonyms)
