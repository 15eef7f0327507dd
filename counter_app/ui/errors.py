"""The window's words for an error: the template and its Word parameters through the translation
catalogue (context "errors"), values filled in. Every message box, status line and label that
tells a person what went wrong shows error_text(exc), never str(exc) (Simplified Chinese)."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication

from ..core.errors import text_of, words

CONTEXT = "errors"


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: BaseException) -> str:
    """`error` in the window's language (any exception; a non-CounterError is shown as is)."""
    return words(error, translate) or type(error).__name__


def said(value) -> str:
    """A finding or a Word (a check's problem, a note) in the window's language, values filled in."""
    return text_of(value, translate)
