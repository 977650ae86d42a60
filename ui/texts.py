"""Translation helpers for widgets: vocabulary terms and core error messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import ExportMessageError, Notice, UserFacingError, disk_error


def vocab(term: str | None) -> str:
    """A stored vocabulary term (待办, 会议 …) in the interface language."""
    return QCoreApplication.translate("vocab", term) if term else ""


def kind_label(kind: str) -> str:
    from desktop.registry.vocab import KINDS

    return vocab(KINDS.get(kind, kind))


def error_text(error: UserFacingError | Notice | ExportMessageError | BaseException) -> str:
    """The message of a core error in the interface language. A full disk or a missing permission that
    reached the window as a plain OSError or SQLite error reads the same as when the core names it."""
    if not hasattr(error, "translated"):
        error = disk_error(error) or error
    if hasattr(error, "translated"):
        return error.translated(QCoreApplication.translate)
    return str(error)
