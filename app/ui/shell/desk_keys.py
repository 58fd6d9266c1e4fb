"""The desk's keys work from every one of its text fields.

A text field may keep a key combination for itself: on Linux a line edit takes Ctrl+E to move to
the end of the line, so Ctrl+E (End session…) typed in the note field would only move the cursor.
`DeskKeys` watches the desk's text fields and lets through every combination that is the
shortcut of one of the window's actions while that action can be used; any other stays the
field's."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class DeskKeys(QObject):
    def __init__(self, actions: Iterable[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = [action for action in actions if not action.shortcut().isEmpty()]

    def watch_fields_of(self, window: QWidget) -> None:
        for kind in TEXT_FIELDS:
            for field in window.findChildren(kind):
                self.watch(field)

    def watch(self, field: QWidget) -> None:
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        if any(a.isEnabled() and a.shortcut().matches(pressed) == exact for a in self._actions):
            event.ignore()  # not the field's: the window's shortcut takes it
            return True
        return False
