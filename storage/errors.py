"""User-facing errors of the core, translatable without importing Qt.

A message is a Chinese source template marked with QT_TRANSLATE_NOOP("errors", …) so that
pyside6-lupdate collects it, and its parameters. Any object with ``template`` and ``params`` is a message —
these errors and notices, and exports/'s (``exports.messages``), which cannot import this module —
and `format_message` is the one function that writes it out, in Chinese or through a translate
function (``desktop.errors.message_text`` for the window and the command line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ERRORS_CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


VOCAB_CONTEXT = "vocab"
LIST_SEPARATOR = QT_TRANSLATE_NOOP("errors", "、")


def format_message(template: str, params: dict[str, Any], translate=None) -> str:
    """Fill a message template, translating it first when a `translate(context, text)` is given.

    Parameters that are terms (a str marked in the "vocab" context, or a tuple of them) are translated
    too, so "“{value}”不是有效的{label}" reads whole in English; other strings pass through unchanged.
    A parameter that is itself a message (the cause of this one) is written out the same way.
    """
    translate = translate or (lambda _context, text: text)

    def term(value: Any) -> str:
        if is_message(value):
            return format_message(value.template, value.params, translate)
        if isinstance(value, tuple):
            return translate(ERRORS_CONTEXT, LIST_SEPARATOR).join(term(v) for v in value)
        return translate(VOCAB_CONTEXT, value) if isinstance(value, str) and value else str(value)

    return translate(ERRORS_CONTEXT, template).format(**{key: term(value) for key, value in params.items()})


def is_message(value: Any) -> bool:
    """Whether ``value`` follows the message rule: a str ``template`` and a mapping of ``params``."""
    return isinstance(getattr(value, "template", None), str) and isinstance(
        getattr(value, "params", None), dict
    )


@dataclass(frozen=True)
class Notice:
    """A warning that does not stop the operation, e.g. a 文号 of unusual shape."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return format_message(self.template, self.params)

    def translated(self, translate) -> str:
        return format_message(self.template, self.params, translate)


class UserFacingError(Exception):
    """An error whose message a clerk reads: it names the problem and what to do."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(format_message(template, params))

    def translated(self, translate) -> str:
        """The message through `translate(context, text)`, e.g. QCoreApplication.translate."""
        return format_message(self.template, self.params, translate)


class StorageError(UserFacingError):
    """A problem with the database file or the file store."""
