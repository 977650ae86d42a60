"""Translation helpers for widgets: vocabulary terms and core error messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import ExportMessageError, Notice, UserFacingError


def vocab(term: str | None) -> str:
    """A stored vocabulary term (待办, 会议 …) in the interface language."""
    return QCoreApplication.translate("vocab", term) if term else ""


def kind_label(kind: str) -> str:
    from desktop.vocab import KINDS

    return vocab(KINDS.get(kind, kind))


def error_text(error: UserFacingError | Notice | ExportMessageError) -> str:
    return error.translated(QCoreApplication.translate)
