"""Interface names of catalog entities and field types, and how a field is written in lists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.catalog.fields import Field

ENTITY_NAMES = {
    "person": QT_TRANSLATE_NOOP("entity", "人员"),
    "household": QT_TRANSLATE_NOOP("entity", "户"),
    "village": QT_TRANSLATE_NOOP("entity", "村（社区）"),
    "enterprise": QT_TRANSLATE_NOOP("entity", "企业/单位"),
    "other": QT_TRANSLATE_NOOP("entity", "其他"),
    "meta": QT_TRANSLATE_NOOP("entity", "通用"),
}

TYPE_NAMES = {
    "text": QT_TRANSLATE_NOOP("fieldtype", "文本"),
    "integer": QT_TRANSLATE_NOOP("fieldtype", "整数"),
    "number": QT_TRANSLATE_NOOP("fieldtype", "数值"),
    "decimal": QT_TRANSLATE_NOOP("fieldtype", "数值"),
    "money": QT_TRANSLATE_NOOP("fieldtype", "金额"),
    "area": QT_TRANSLATE_NOOP("fieldtype", "面积"),
    "date": QT_TRANSLATE_NOOP("fieldtype", "日期"),
    "yesno": QT_TRANSLATE_NOOP("fieldtype", "是/否"),
    "enum": QT_TRANSLATE_NOOP("fieldtype", "选项"),
    "phone": QT_TRANSLATE_NOOP("fieldtype", "电话"),
    "id_number": QT_TRANSLATE_NOOP("fieldtype", "身份证号"),
    "credit_code": QT_TRANSLATE_NOOP("fieldtype", "信用代码"),
    "code": QT_TRANSLATE_NOOP("fieldtype", "编码"),
}
CUSTOM_TYPES = ("text", "integer", "number", "money", "area", "date", "yesno", "phone", "code")
"""Types a clerk may give a custom field (all accepted by the catalog service)."""


def entity_label(entity: str) -> str:
    """人员 / 户 / … for a catalog entity, in the interface language."""
    name = ENTITY_NAMES.get(entity)
    return QCoreApplication.translate("entity", name) if name else entity


def type_label(field_type: str) -> str:
    name = TYPE_NAMES.get(field_type)
    return QCoreApplication.translate("fieldtype", name) if name else field_type


def field_label(field: Field) -> str:
    """How a field appears in dropdowns: its Chinese name and id, e.g. 姓名 (person.name)."""
    return f"{field.name_zh} ({field.id})"
