"""Workbook read failures as the core's errors: the reader's own translatable message, which names the file,
what is wrong and what to do (exports.excel.reader.WorkbookReadError)."""

from __future__ import annotations

from desktop.errors import UserFacingError
from exports.excel.reader import WorkbookReadError


class IntakeError(UserFacingError):
    """A template or return that cannot be read; nothing was registered."""


def read_error(exc: WorkbookReadError) -> IntakeError:
    error = IntakeError(exc.template, **exc.params)
    error.reason = exc.reason
    return error
