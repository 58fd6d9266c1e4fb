"""Translations. Every user-visible string in app/ui goes through `translate(context, text)`
(or, where it must be a constant, `QT_TRANSLATE_NOOP(context, text)` translated when shown), with
the context a short name for the window or widget ("Desk", "EndSessionDialog"). Only literal
strings are found by `make translations` (pyside6-lupdate): use placeholders and `.format()`,
never an f-string, inside `translate`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["QT_TRANSLATE_NOOP", "translate"]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language installed on the application (itself when there is none)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
