"""Messages of the file-format layer: a translatable template and its parameters, with no Qt here.

Every layer's messages follow one rule (docs/architecture.md, "Messages and translation"): a message is
an object with ``template`` (Chinese source text marked with ``QT_TRANSLATE_NOOP("errors", …)``) and
``params``. ``desktop.errors.message_text`` turns any such object into text in the interface language —
for the window (``ui.texts.error_text``) and the command line alike. exports/ may not import storage/
(nor storage exports/), so this module holds only what a file-format function needs to *carry* a message;
the translating is done once, above both.

``Message`` is a ``str`` (the Chinese text, for logs and for callers that only compare text) that also
carries its template and parameters; a parameter may itself be a message, translated in turn.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


def _fill(template: str, params: dict[str, Any]) -> str:
    return template.format(**params)


class Message(str):
    """A translatable sentence: its value is the Chinese text; ``template`` and ``params`` translate it."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        self = super().__new__(cls, _fill(template, params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self):  # pickled across the isolated reader's pipe
        return (_message, (type(self), self.template, self.params))


def _message(cls: type[Message], template: str, params: dict[str, Any]) -> Message:
    return cls(template, **params)


class ExportMessageError(Exception):
    """An error of exports/ a clerk reads; every file-format error derives from it.

    ``message`` is the Chinese text (also ``str(error)``); ``template`` and ``params`` translate it.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        self.message = Message(template, **params)
        super().__init__(self.message)
