"""Errors of the application core, and the one way a message becomes text. Every message names the problem
and what to do.

A message is any object with ``template`` (Chinese source text marked with ``QT_TRANSLATE_NOOP("errors", …)``)
and ``params``: the core's errors and notices (`UserFacingError`, `Notice`, from storage/errors.py) and the
file formats' (`ExportMessageError`, `Message`, from exports/messages.py, which may not import storage/).
`message_text` writes any of them in the interface language; the window (``ui.texts.error_text``) and the
command line both call it, so a message reads the same in both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exports.messages import ExportMessageError, Message
from storage.disk_errors import disk_error
from storage.errors import (
    QT_TRANSLATE_NOOP,
    Notice,
    StorageError,
    UserFacingError,
    format_message,
    is_message,
)

__all__ = [
    "ExportMessageError",
    "Message",
    "disk_error",
    "is_message",
    "message_text",
    "QT_TRANSLATE_NOOP",
    "Notice",
    "StorageError",
    "UserFacingError",
    "ValidationError",
    "NotFoundError",
]

Translate = Callable[[str, str], str]


def message_text(message: Any, translate: Translate | None = None) -> str:
    """A message in the language of ``translate(context, text)`` (e.g. QCoreApplication.translate, or the
    command line's translator); Chinese without one. Anything that is not a message is ``str()``-ed."""
    if not is_message(message):
        return str(message)
    return format_message(message.template, message.params, translate)


class ValidationError(UserFacingError):
    """Input that cannot be accepted; nothing was changed."""

    def __init__(self, template: str, field: str = "", **params) -> None:
        super().__init__(template, **params)
        self.field = field


class NotFoundError(UserFacingError):
    """An id or name that does not exist."""
