"""Translation helpers for widgets: vocabulary terms and core error messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import disk_error, is_message, message_text


def vocab(term: str | None) -> str:
    """A stored vocabulary term (待办, 会议 …) in the interface language."""
    return QCoreApplication.translate("vocab", term) if term else ""


def kind_label(kind: str) -> str:
    from desktop.registry.vocab import KINDS

    return vocab(KINDS.get(kind, kind))


def error_text(error: object) -> str:
    """A message of any layer (an error or notice with ``template`` and ``params``) in the interface
    language, through the one translation the command line uses too. A full disk or a missing permission
    that reached the window as a plain OSError or SQLite error reads the same as when the core names it."""
    if not is_message(error) and isinstance(error, BaseException):
        error = disk_error(error) or error
    return message_text(error, QCoreApplication.translate)
