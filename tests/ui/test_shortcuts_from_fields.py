"""The session's keys work from every field of the desk, the note field included: a line edit
keeps Ctrl+E (end of line) and Ctrl+H (erase) for itself unless told otherwise (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.records import CustomerRecord
from app.ui.shell.desk import Desk
from tests.ui.helpers import pick_customer, start_and_accept, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_e_ends_the_session_from_the_note_field(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)
    entry = desk.panel.notes_view.entry
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    type_text(entry, "Printer driver reinstalled")

    QTest.keyClick(entry, Qt.Key.Key_E, CTRL)

    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    dialog.reject()


def test_ctrl_p_pauses_from_the_note_field(qtbot: QtBot, desk: Desk, ana: CustomerRecord) -> None:
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)
    entry = desk.panel.notes_view.entry
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)

    QTest.keyClick(entry, Qt.Key.Key_P, CTRL)

    qtbot.waitUntil(lambda: desk.window.panel.pause.text() == "Resume")


class KeepsEveryKey(QLineEdit):
    """A field that keeps every key combination, as a line edit keeps Ctrl+E on Linux."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def overridden(field: QLineEdit, key: Qt.Key) -> bool:
    """Whether `field` keeps Ctrl+`key` from the window's shortcuts."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, CTRL)
    QApplication.sendEvent(field, event)
    return event.isAccepted()


def test_a_field_that_keeps_ctrl_e_lets_the_desks_shortcut_through(
    qtbot: QtBot, desk: Desk, ana: CustomerRecord
) -> None:
    field = KeepsEveryKey(desk.window.panel)
    desk.keys.watch(field)
    assert overridden(field, Qt.Key.Key_E)  # no session: End session… is off, the field keeps it

    pick_customer(qtbot, desk, "ana", "Ana Silva")
    start_and_accept(qtbot, desk)

    assert not overridden(field, Qt.Key.Key_E)  # End session…
    assert not overridden(field, Qt.Key.Key_P)  # Pause
    assert overridden(field, Qt.Key.Key_B)  # no action of the desk's: the field's own
