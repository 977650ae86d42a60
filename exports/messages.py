"""Messages of the file-format layer, written so the window can translate them without exports/ importing Qt.

Templates are marked with `QT_TRANSLATE_NOOP` (a no-op here that lupdate recognises) in the "errors" context,
like the core's messages; ``message`` is the Chinese text, ``translated(translate)`` the interface language's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ERRORS_CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class ExportMessageError(Exception):
    """An error whose message a clerk reads: a translatable template and its parameters."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params)
        super().__init__(self.message)

    def translated(self, translate: Callable[[str, str], str]) -> str:
        return translate(ERRORS_CONTEXT, self.template).format(**self.params)
