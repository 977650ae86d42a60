"""How a package's status reads and looks: a word for every status and a colour that repeats it (never the
colour alone: the word is always in the cell)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

GOOD, SAME, WARN, BAD = "#dff3e4", "#eef1f4", "#fff4e0", "#fde2e1"

# status → (word, background). Before an import (the scan) and after it (the result).
STATUSES = {
    "would-import": (QT_TRANSLATE_NOOP("SyncStatus", "将导入"), GOOD),
    "new": (QT_TRANSLATE_NOOP("SyncStatus", "将导入"), GOOD),
    "newer": (QT_TRANSLATE_NOOP("SyncStatus", "将导入（新版本）"), GOOD),
    "would-replace": (QT_TRANSLATE_NOOP("SyncStatus", "将导入（新版本）"), GOOD),
    "imported": (QT_TRANSLATE_NOOP("SyncStatus", "已导入"), GOOD),
    "already-imported": (QT_TRANSLATE_NOOP("SyncStatus", "以前已导入"), SAME),
    "superseded-older": (QT_TRANSLATE_NOOP("SyncStatus", "旧版本，不导入"), WARN),
    "older": (QT_TRANSLATE_NOOP("SyncStatus", "旧版本，不导入"), WARN),
    "untrusted": (QT_TRANSLATE_NOOP("SyncStatus", "密钥待核对"), WARN),
    "refused": (QT_TRANSLATE_NOOP("SyncStatus", "拒收"), BAD),
    "cancelled": (QT_TRANSLATE_NOOP("SyncStatus", "已取消"), SAME),
}
IMPORTABLE = {"would-import", "new", "newer", "would-replace"}
UNTRUSTED = "untrusted"


def status_text(status: str) -> str:
    word = STATUSES.get(status, (status, SAME))[0]
    return QCoreApplication.translate("SyncStatus", word)


def status_colour(status: str) -> str:
    return STATUSES.get(status, (status, SAME))[1]
