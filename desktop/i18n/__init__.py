"""Loading the shipped translations. zh_CN is the source language; English ships as a .qm.

Lives in the core (QtCore only, no widgets) so the command line can print English too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).parent
LANGUAGES = ("zh_CN", "en")
Translate = Callable[[str, str], str]


def normalize_lang(lang: str | None) -> str:
    text = (lang or "zh_CN").replace("-", "_").lower()
    return "en" if text.startswith("en") else "zh_CN"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"yibiao_{lang}.qm"


def load_qt_translator(lang: str):
    """A loaded QTranslator for `lang`, or None for the source language (Chinese)."""
    if normalize_lang(lang) == "zh_CN":
        return None
    from PySide6.QtCore import QTranslator  # imported late: the CLI in Chinese needs no Qt

    translator = QTranslator()
    if not translator.load(str(qm_path("en"))):
        return None
    return translator


def translator_function(lang: str) -> Translate:
    """translate(context, text) for messages outside a running Qt application (the CLI)."""
    translator = load_qt_translator(lang)
    if translator is None:
        return lambda _context, text: text

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate
