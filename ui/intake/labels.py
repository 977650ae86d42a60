"""Interface names of catalog entities and field types, and how a field is written in lists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.catalog.fields import Field
from ui.ledger.labels import english

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


NEW_FIELD = "new:"
"""Placeholder id prefix of a custom field planned in the template review (made when the template is registered)."""


def field_tip(field: Field) -> str:
    """A field's tooltip: its id, for whoever needs to match it (a planned custom field has none yet)."""
    if field.id.startswith(NEW_FIELD):
        return QCoreApplication.translate("entity", "新的自定义字段，登记报表时建立")
    return field.id


def field_name(field: Field) -> str:
    """A field's name in the interface language (a custom field carries the clerk's own wording)."""
    return field.name_en if english() and field.name_en else field.name_zh


def foreign(field: Field, entity: str) -> bool:
    """The field belongs to another kind of record than the form's rows (e.g. a 户 field on a 人员 form)."""
    return field.entity not in (entity, "meta", "other") and not field.custom


def field_label(field: Field, entity: str = "") -> str:
    """How a field appears in lists: its name, and its kind of record when that is not the form's
    (户编号 appears for 人员 and for 户); the id is shown only in tooltips."""
    name = field_name(field)
    if entity and foreign(field, entity):
        return (
            QCoreApplication.translate("entity", "%1（%2）")
            .replace("%1", name)
            .replace("%2", entity_label(field.entity))
        )
    return name
