"""How ledger facts read on screen: field names, sources, match reasons, masked personal numbers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.catalog.fields import Catalog
from desktop.privacy.masking import mask_in_text, mask_key, mask_value

CONTEXT = "ledger"

SOURCES = {
    "import": QT_TRANSLATE_NOOP("ledger", "导入"),
    "entry": QT_TRANSLATE_NOOP("ledger", "录入"),
    "resolution": QT_TRANSLATE_NOOP("ledger", "人工核定"),
}
MATCH_REASONS = {
    "name_birth_village": QT_TRANSLATE_NOOP("ledger", "姓名、出生日期、所在村相同"),
    "key_typo": QT_TRANSLATE_NOOP("ledger", "身份号码只差一位，姓名相同"),
    "key_corrected": QT_TRANSLATE_NOOP("ledger", "更正了以前录错的身份号码"),
}
KEY_PROBLEMS = {
    "invalid": QT_TRANSLATE_NOOP("ledger", "号码无效，已保留待核"),
    "missing": QT_TRANSLATE_NOOP("ledger", "未填号码，已保留待核"),
}


def _t(table: dict[str, str], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def source_label(source: str) -> str:
    return _t(SOURCES, source)


def match_reason(how: str) -> str:
    return _t(MATCH_REASONS, how)


def key_problem(reason: str) -> str:
    return _t(KEY_PROBLEMS, reason)


def english() -> bool:
    return QLocale().language() == QLocale.Language.English


def field_name(catalog: Catalog, field_id: str) -> str:
    """The catalog's name of a field in the interface language; the id when the catalog lacks it."""
    field = catalog.get(field_id)
    if field is None:
        return field_id
    return field.name_en if english() and field.name_en else field.name_zh


def shown_value(catalog: Catalog, field_id: str, value: str | None, masked: bool) -> str:
    """A value as displayed: masked when it is a personal number and masking is on."""
    if value is None:
        return ""
    if not masked:
        return value
    field = catalog.get(field_id)
    return mask_value(field_id, field.type if field else None, value)


def shown_message(catalog: Catalog, field_id: str, text: str, raw: str, masked: bool) -> str:
    """A message about a value (an invalid cell's reason) with the personal numbers in it masked."""
    if not masked:
        return text
    field = catalog.get(field_id)
    return mask_in_text(field_id, field.type if field else None, text, raw)


def shown_key(kind: str, key: str | None, masked: bool) -> str:
    return mask_key(kind, key) if masked else (key or "")


def day(stamp: str | None) -> str:
    """2026-11-25T10:00:00 → 2026-11-25."""
    return (stamp or "")[:10]
