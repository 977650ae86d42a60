"""Errors of the application core. Every message names the problem and what to do."""

from __future__ import annotations

from exports.messages import ExportMessageError
from storage.disk_errors import disk_error
from storage.errors import QT_TRANSLATE_NOOP, Notice, StorageError, UserFacingError

__all__ = [
    "ExportMessageError",
    "disk_error",
    "QT_TRANSLATE_NOOP",
    "Notice",
    "StorageError",
    "UserFacingError",
    "ValidationError",
    "NotFoundError",
]


class ValidationError(UserFacingError):
    """Input that cannot be accepted; nothing was changed."""

    def __init__(self, template: str, field: str = "", **params) -> None:
        super().__init__(template, **params)
        self.field = field


class NotFoundError(UserFacingError):
    """An id or name that does not exist."""
